/**
 * The reader's size limits, and the checks that refuse a file past them
 * before any per-record work: how many columns, how long a line, a field or
 * a column name may be, how long a message may grow. Each limit bounds the
 * work done per record and the size of what the issue log holds, so a file
 * of one 50 MB line or 200,000 columns is refused in well under a second
 * with a message naming the file, line, column and limit, instead of
 * exhausting memory while building millions of messages.
 *
 * Why these numbers: a table of links or nodes has tens of columns (each
 * unmapped one becomes an attribute of every row, shown in panels and written
 * in exports); a line of a million characters holds a thousand columns of a
 * thousand characters each; a column name is a name.
 */
import Papa from 'papaparse';
import { LineCounter } from './line-counter';
import { FatalInputError } from './types';

export { capMessage } from './types';

/** Most columns a header may have; a wider header is refused (`too-many-columns`). */
export const MAX_COLUMNS = 1_000;
/** Most fields a data row may have; a wider row is dropped with a `too-many-fields` error. */
export const MAX_FIELDS = MAX_COLUMNS;
/** Most characters a line may have between two line breaks (`line-too-long`). */
export const MAX_LINE_LENGTH = 1_000_000;
/** Most characters a field may have, a quoted field spanning lines included (`field-too-long`). */
export const MAX_FIELD_LENGTH = 1_000_000;
/** Most characters a column name may have (`field-too-long`). */
export const MAX_HEADER_LENGTH = 1_000;
/** How many names a message lists before "and N more". */
export const LISTED_NAMES = 10;

/** "1,000,000" */
export const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Where offset `at` of `text` is: its 1-based line and, parsing that line
 * from its start up to `at` with `delimiter`, the 1-based column it falls in
 * and that column's header (when the line is not the header itself). Within
 * a quoted field that spans lines the column counts from the line's start.
 */
export function locate(text: string, at: number, delimiter: string): { line: number; column: string } {
  const line = new LineCounter(text).lineAt(at);
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  const firstRow = (from: number, to: number): string[] => Papa.parse<string[]>(text.slice(from, to), { delimiter, preview: 1, newline: '\n' }).data[0] ?? [''];
  const n = firstRow(lineStart, at + 1).length;
  const headerStart = /^(?:[ \t]*(?:\r\n|\n|\r))*/.exec(text)![0].length;
  if (lineStart <= headerStart) return { line, column: `column ${n}` };
  const headerEnd = text.indexOf('\n', headerStart);
  const name = firstRow(headerStart, headerEnd < 0 || headerEnd > lineStart ? lineStart : headerEnd)[n - 1]?.trim();
  return { line, column: name ? `column ${n} ('${shortName(name)}')` : `column ${n}` };
}

/** A name cut to 60 characters with "…". */
export function shortName(name: string): string {
  return name.length <= 60 ? name : `${name.slice(0, 60)}…`;
}

/**
 * Throws `line-too-long` for the first line longer than
 * {@link MAX_LINE_LENGTH}. `text` has no lone CR (see `normaliseLineBreaks`),
 * so lines end at LF. `delimiterOf` guesses the delimiter from a prefix of
 * the text, for the column in the message.
 */
export function assertLineLengths(text: string, file: string, delimiterOf: (prefix: string) => string): void {
  for (let start = 0; start < text.length; ) {
    const lf = text.indexOf('\n', start);
    const end = lf < 0 ? text.length : lf;
    if (end - start > MAX_LINE_LENGTH) {
      const at = start + MAX_LINE_LENGTH;
      const { line, column } = locate(text, at, delimiterOf(text.slice(0, at)));
      const noBreak = lf < 0 && start === 0 ? ' (the file has no line break)' : '';
      throw new FatalInputError(
        file,
        'line-too-long',
        `${file} line ${line}, ${column}: the line has more than ${count(MAX_LINE_LENGTH)} characters, the most a line may have${noBreak}; ` +
          'expected a CSV with one row per line: check that this is the right file and that its line breaks survived',
      );
    }
    start = end + 1;
  }
}
