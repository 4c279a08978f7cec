/**
 * Turning a file's text into what the record parser reads, character for
 * character (so offsets and line numbers stay the file's own): a lone CR
 * becomes a line feed, leading comment lines are blanked (noting whether the
 * first is the provenance line of our own CSV exports), and a NUL character
 * anywhere refuses the file with its line and column.
 */
import { locate } from './limits';
import { FatalInputError } from './types';

/** The first comment line of a CSV the atlas exported, as written or as one quoted field. */
const OUR_MARKER = /^[ \t]*"?# Partnership Atlas /;
/** Blank lines and lines starting with `#` or `"#` at the start of the text. */
const LEADING_COMMENTS = /^(?:[ \t]*(?:"?#[^\n]*)?\r?\n)+/;

/**
 * `text` with every CR that is not followed by LF replaced by LF. The parser
 * splits records at LF (a CRLF's CR is trimmed from the record's last
 * field), so a lone CR, which the line counter and every editor count as a
 * line break, ends a record too: `A,B\rC,D` is two rows, not a node `B\rC`.
 * Inside a quoted field a lone CR becomes a line feed.
 */
export function normaliseLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * Blanks the comment lines before the header: lines starting with `#`, or
 * with `"#` (our exports write each comment as one quoted field, so that a
 * spreadsheet never splits it into cells). They are blanked, not removed,
 * so line numbers stay those of the file; a `#` after the header is data.
 * `ours` is true when the first comment line is our provenance line
 * (`# Partnership Atlas …`): such a file's cells carry the leading `'` our
 * writer adds against spreadsheet formulas, which the reader then removes.
 */
export function readLeadingComments(text: string): { text: string; ours: boolean } {
  const match = LEADING_COMMENTS.exec(text);
  if (!match?.[0].includes('#')) return { text, ours: false };
  const firstComment = match[0].split('\n').find((line) => /^[ \t]*"?#/.test(line)) ?? '';
  return {
    text: match[0].replace(/[^\r\n]+/g, '') + text.slice(match[0].length),
    ours: OUR_MARKER.test(firstComment),
  };
}

/**
 * Lines starting with `#` (or `"#`) before the header are comments: they are
 * blanked, not removed, so line numbers stay those of the file.
 */
export function blankLeadingComments(text: string): string {
  return readLeadingComments(text).text;
}

/**
 * Throws `not-text` naming the line and column of the first NUL character:
 * a text file never holds one (the binary sniff only looks at the first 64k
 * characters; a NUL later means a damaged or partly binary file, and ids such
 * as `\0NaN` must not load).
 */
export function assertNoNul(text: string, file: string, delimiter: string): void {
  const at = text.indexOf('\0');
  if (at < 0) return;
  const { line, column } = locate(text, at, delimiter);
  throw new FatalInputError(
    file,
    'not-text',
    `${file} line ${line}, ${column}: a NUL character (byte 0), which a text file never holds; ` +
      'the file is damaged or partly binary data. Save it again as CSV text (UTF-8)',
  );
}

/** Removes one leading `'` from `cell` (see {@link readLeadingComments}). */
export function unprefixCell(cell: string): string {
  return cell.charCodeAt(0) === 39 ? cell.slice(1) : cell;
}
