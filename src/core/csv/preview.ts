/**
 * The first rows of a file as the readers would see them, for the page's
 * column-mapping dialog and role detection: same BOM, line-break, comment
 * and leading-`'` rules as `readEdges` / `readNodes`, and bounded work
 * whatever the file (only its first 2,000,000 characters are looked at).
 */
import Papa from 'papaparse';
import { stripBom } from './decode';
import { normaliseLineBreaks, readLeadingComments, unprefixCell } from './prepare';
import { detectDelimiter } from './sniff';

/** How many characters of the file a preview looks at. */
export const PREVIEW_LENGTH = 2_000_000;

/** What {@link previewTable} returns. */
export interface TablePreview {
  delimiter: string;
  /** Header cells, trimmed, as written (the readers name an empty one `column_N`). */
  headers: string[];
  /** Up to `rows` data rows, blank lines skipped. */
  rows: string[][];
}

/** The header and first `rows` data rows of `text`, read by the readers' rules. */
export function previewTable(text: string, rows = 20): TablePreview {
  const prepared = readLeadingComments(normaliseLineBreaks(stripBom(text).slice(0, PREVIEW_LENGTH)));
  const delimiter = detectDelimiter(prepared.text);
  // Papa's preview counts the blank lines it skips: the blanked comment lines (and blank lines) before the header are added.
  const blankLead = /^[ \t\r\n]*/.exec(prepared.text)?.[0].split('\n').length ?? 1;
  const parsed = Papa.parse<string[]>(prepared.text, { delimiter, newline: '\n', preview: rows + blankLead, skipEmptyLines: 'greedy' }).data;
  const cells = parsed.map((row) => {
    const last = row[row.length - 1];
    if (last?.endsWith('\r')) row[row.length - 1] = last.slice(0, -1);
    return prepared.ours ? row.map(unprefixCell) : row;
  });
  return { delimiter, headers: (cells[0] ?? []).map((h) => h.trim()), rows: cells.slice(1) };
}
