/**
 * First looks at a file before parsing it: refusing what is not a table at
 * all (empty, binary, an HTML page, JSON, XML other than the GEXF and
 * GraphML that src/core/import reads) and guessing the delimiter among
 * comma, semicolon and tab.
 */
import Papa from 'papaparse';
import { detectGraphFormat } from '../import/detect';
import { looksBinary } from './decode';
import { FatalInputError } from './types';

/** Delimiters the readers recognise, in order of preference on a tie. */
export const DELIMITERS = [',', ';', '\t'] as const;

/** How many rows the delimiter guess looks at. */
const GUESS_ROWS = 20;

/**
 * Throws a {@link FatalInputError} when `text` (BOM already stripped) cannot
 * be a delimited table: `empty-file`, `not-text` (binary), `not-csv` (an HTML
 * page or JSON, told apart by the error's `kind`; other XML, without a kind). `expected` describes the
 * wanted content for the messages.
 */
export function assertLooksLikeCsv(text: string, file: string, expected: string): void {
  const head = text.trimStart();
  if (head === '') {
    throw new FatalInputError(file, 'empty-file', `${file} is empty; expected ${expected}`);
  }
  if (looksBinary(text)) {
    throw new FatalInputError(file, 'not-text', `${file} is not a text file (it holds binary data); expected ${expected} saved as UTF-8 text`);
  }
  const lower = head.slice(0, 100).toLowerCase();
  if (lower.startsWith('<!doctype') || lower.startsWith('<html')) {
    throw new FatalInputError(
      file,
      'not-csv',
      `${file} looks like an HTML page, maybe a login or error page instead of the file; expected ${expected}`,
      'html',
    );
  }
  if (head.startsWith('{') || /^\[\s*[[{"\d\]-]/.test(head)) {
    throw new FatalInputError(file, 'not-csv', `${file} looks like JSON, not CSV; expected ${expected}`, 'json');
  }
  // GEXF and GraphML never reach here (the graph-file readers take them); other XML is refused by name.
  const xml = detectGraphFormat(head);
  if (xml.format === 'xml' && xml.root.toLowerCase() !== 'html') {
    throw new FatalInputError(
      file,
      'not-csv',
      `${file} is an XML file whose root element is <${xml.root}>, not a table, GEXF (<gexf>) or GraphML (<graphml>); expected ${expected}`,
    );
  }
}

/**
 * Guesses the delimiter of `text`. Each candidate parses the first rows
 * (with papaparse, so quoted fields are honoured); candidates whose header
 * has a single field are out; among the rest the one whose data rows most
 * often have as many fields as the header wins, then the one with the most
 * header fields, then the earlier of comma, semicolon, tab. A semicolon file
 * whose fields contain commas is thus read as semicolon-separated: its header
 * has no commas. Returns comma when no candidate splits the header.
 */
export function detectDelimiter(text: string): string {
  let best: { delimiter: string; consistent: number; width: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(text, {
      delimiter,
      preview: GUESS_ROWS + 1,
      skipEmptyLines: 'greedy',
    }).data;
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const consistent = rows.slice(1).filter((row) => row.length === width).length;
    if (!best || consistent > best.consistent || (consistent === best.consistent && width > best.width)) {
      best = { delimiter, consistent, width };
    }
  }
  return best?.delimiter ?? ',';
}
