/**
 * Graph files as input: GEXF and GraphML, told from tables by their content,
 * read into the same edge and node rows as the CSV readers produce.
 */
import { detectGraphFormat } from './detect';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import type { ImportedRows } from './rows';

export { detectGraphFormat } from './detect';
export type { ImportedRows } from './rows';

/** The rows of `text` when it is a GEXF or GraphML file, else undefined (read it as a table). */
export function readGraphFile(text: string, file: string): ImportedRows | undefined {
  const { format } = detectGraphFormat(text);
  if (format === 'gexf') return readGexf(text, file);
  if (format === 'graphml') return readGraphml(text, file);
  return undefined;
}
