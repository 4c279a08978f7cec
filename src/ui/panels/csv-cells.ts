/**
 * CSV writing for downloads from the page (the table's "Download CSV"):
 * RFC 4180 quoting, and neutralisation of cells a spreadsheet would run as a
 * formula (OWASP "CSV injection": a text cell starting with = + - @ tab or CR
 * gets a leading single quote). No DOM here, so it is tested in Node.
 */

/** A cell value: text, or a number (NaN = missing, written empty). */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * Makes a text cell safe to open in a spreadsheet: text starting with
 * `=`, `+`, `-`, `@`, tab or carriage return is prefixed with `'`.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV field: numbers as JavaScript writes them (NaN, null and undefined
 * empty), text neutralised, then quoted (with doubled quotes) when it holds a
 * comma, quote, line break or surrounding space.
 */
export function escapeCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: a header row then one line per row, CRLF line ends (RFC 4180). */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(escapeCsvCell).join(',')];
  for (const row of rows) lines.push(row.map(escapeCsvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}
