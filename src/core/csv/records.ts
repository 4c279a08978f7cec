/**
 * Splits a file into its header and data records with papaparse, keeping the
 * editor lines where each record starts and ends (quoted fields may span
 * lines), and reports the structural problems of a record: only delimiters, a
 * quote never closed, text after a closing quote, a quote that merged lines
 * into one record, too many or too few fields, a field past the size limits.
 */
import Papa from 'papaparse';
import { error, listNames, quote, warning } from './issue';
import { count, LISTED_NAMES, MAX_COLUMNS, MAX_FIELD_LENGTH, MAX_FIELDS, MAX_HEADER_LENGTH, shortName } from './limits';
import { countLineBreaks, LineCounter } from './line-counter';
import { unprefixCell } from './prepare';
import { FatalInputError } from './types';
import type { IssueLog } from './types';

/** One data record that survived the structural checks. */
export interface RawRecord {
  /** 1-based line where the record starts. */
  line: number;
  /** 1-based line where it ends (past `line` when a quoted field spans lines). */
  endLine: number;
  /** Exactly one field per header (missing ones are ''). */
  fields: string[];
  /** Fields beyond the header's, kept as attributes `extra_1`, `extra_2`… */
  extras: string[];
}

/** A file split into header and records. */
export interface RecordTable {
  /** Headers as written, trimmed; an empty header becomes `column_N`. */
  headers: string[];
  /** 1-based line of the header (after any leading blank lines). */
  headerLine: number;
  /** The records, in file order; empty when they went to {@link ReadRecordsOptions.onRecord} instead. */
  records: RawRecord[];
  /** Data records read, including the ones dropped here. */
  recordCount: number;
}

/** Options of {@link readRecords}. */
export interface ReadRecordsOptions {
  /** Remove one leading `'` from every cell (a file our CSV export wrote). */
  unprefix?: boolean;
  /** Called once the header is read, before any record. */
  onHeader?: (headers: string[], headerLine: number) => void;
  /**
   * Receives each record as it is read, instead of the table keeping it, so
   * a large file's records never all exist at once.
   */
  onRecord?: (record: RawRecord) => void;
}

const isBlank = (fields: string[]): boolean => fields.every((f) => f.trim() === '');

/** "line 4" or "lines 4–9". */
export const lineSpan = (from: number, to: number): string => (from === to ? `line ${from}` : `lines ${from}–${to}`);

/** Line on which field `i` of a record starting on `line` starts. */
export const fieldLine = (fields: readonly string[], i: number, line: number): number => fields.slice(0, i).reduce((n, f) => n + countLineBreaks(f), line);

/**
 * Reads `text` (no BOM, no lone CR: see `normaliseLineBreaks`) as records
 * separated by `delimiter`. Blank lines are skipped silently; every other
 * problem goes to `issues`.
 *
 * @throws FatalInputError `unbalanced-quote` when a quote in the header is
 * never closed, `too-many-columns` for a header of more than 1,000 columns,
 * `field-too-long` for a column name over 1,000 characters or a field over
 * 1,000,000.
 */
export function readRecords(text: string, file: string, delimiter: string, issues: IssueLog, options: ReadRecordsOptions = {}): RecordTable {
  const lines = new LineCounter(text);
  // The last line holding text, for the message of a quote never closed (counted only then: it is a pass over the whole text).
  const lastLine = (): number => new LineCounter(text).lineAt(text.replace(/[\r\n]+$/, '').length);
  const table: RecordTable = { headers: [], headerLine: 1, records: [], recordCount: 0 };
  let inHeader = true;
  let start = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    // Records end at LF; a CRLF's CR stays at the end of the last field, removed below.
    newline: '\n',
    skipEmptyLines: false,
    step: ({ data: parsed, errors, meta }) => {
      let fields = parsed;
      const lastField = fields[fields.length - 1];
      if (lastField?.endsWith('\r')) fields[fields.length - 1] = lastField.slice(0, -1);
      if (options.unprefix) fields = fields.map(unprefixCell);
      const unclosed = errors.find((e) => e.code === 'MissingQuotes');
      const invalid = errors.find((e) => e.code === 'InvalidQuotes');
      // Lines in offset order, so the counter only moves forward. papaparse
      // gives a quote error the offset just after the opening quote.
      const line = lines.lineAt(start);
      const lineOf = (e: { index?: number } | undefined): number => (e?.index === undefined ? line : lines.lineAt(e.index));
      const quoteLines = { invalid: lineOf(invalid), unclosed: lineOf(unclosed) };
      const end = lines.lineAt(Math.max(meta.cursor - 1, start));
      start = meta.cursor;
      const quoteLine = (e: { code: string }): number => (e.code === 'MissingQuotes' ? quoteLines.unclosed : quoteLines.invalid);
      if (fields.length <= 1 && isBlank(fields) && !unclosed) return;
      const span = unclosed ? lineSpan(quoteLine(unclosed), lastLine()) : '';

      if (inHeader) {
        if (unclosed) {
          throw new FatalInputError(
            file,
            'unbalanced-quote',
            `${file} line ${quoteLine(unclosed)}: the quote opened in the header is never closed; ` +
              `${span} were read as one field, so no rows are left; expected a header like source,target`,
          );
        }
        assertHeaderSize(fields, file, line);
        inHeader = false;
        table.headerLine = line;
        table.headers = fields.map((h, i) => h.trim() || `column_${i + 1}`);
        options.onHeader?.(table.headers, line);
        return;
      }
      table.recordCount++;
      const headers = table.headers;
      const width = headers.length;
      const columnOf = (i: number): string => headers[i] ?? `extra_${i - width + 1}`;

      if (unclosed) {
        // papaparse also gives up when text follows a closing quote and no later quote ends the field.
        const stray = invalid ? ' (text follows a quote inside it)' : '';
        const place = { file, line: quoteLine(unclosed), column: columnOf(fields.length - 1) };
        const text =
          `the quote opened on line ${place.line} is never closed${stray}; ${span} were read as one field, ` +
          'so this row and every row after it were dropped; close the quote or remove it';
        issues.add(error('unbalanced-quote', place, text));
        return;
      }
      assertFieldLengths(fields, file, line, columnOf);
      if (fields.length > MAX_FIELDS) {
        const text = `the row has ${count(fields.length)} fields, more than the ${count(MAX_FIELDS)} a row may have; the row was dropped`;
        issues.add(error('too-many-fields', { file, line, endLine: end, column: columnOf(MAX_FIELDS) }, text));
        return;
      }
      if (isBlank(fields)) {
        const text = 'the line holds only delimiters, no values; the row was dropped';
        issues.add(error('empty-row', { file, line, column: columnOf(0) }, text));
        return;
      }
      if (end > line && (invalid || fields.length !== width)) {
        // A stray quote made several lines one record: each of them may have been a row.
        const at = invalid
          ? Math.max(
              0,
              fields.findIndex((f) => f.includes('"')),
            )
          : Math.max(
              0,
              fields.findIndex((f) => /[\r\n]/.test(f)),
            );
        const why = invalid
          ? `a quoted field has text after its closing quote (line ${quoteLines.invalid})`
          : `a quoted field spans lines and the record has ${count(fields.length)} fields where the header has ${count(width)}`;
        const text =
          `${why}, so ${lineSpan(line, end)} were read as one record, read as ${quote(fields[at] ?? '')}; ` +
          'the record was dropped, and with it any row those lines held; check the quotes there';
        issues.add(error('merged-lines', { file, line, endLine: end, column: columnOf(at) }, text));
        return;
      }
      if (invalid) {
        // One warning per record, however many stray quotes papaparse saw in it.
        const at = Math.max(
          0,
          fields.findIndex((f) => f.includes('"')),
        );
        const text = `a quoted field has text after its closing quote, read as ${quote(fields[at] ?? '')}; the row was kept`;
        issues.add(warning('malformed-quote', { file, line: quoteLine(invalid), column: columnOf(at) }, text));
      }
      if (fields.length < width) {
        const missing = listNames(
          headers.slice(fields.length, fields.length + LISTED_NAMES).map((h) => `'${shortName(h)}'`),
          width - fields.length,
        );
        const text = `the row has ${count(fields.length)} fields but the header has ${count(width)}; ${missing} read as empty`;
        issues.add(warning('field-count', { file, line, column: headers[fields.length]! }, text));
      } else if (fields.length > width) {
        const extra = fields.length - width;
        const names =
          extra <= LISTED_NAMES
            ? listNames(
                Array.from({ length: extra }, (_, i) => `extra_${i + 1}`),
                extra,
              )
            : `extra_1 … extra_${extra}`;
        const text = `the row has ${count(fields.length)} fields but the header has ${count(width)}; the extra fields were kept as ${names}`;
        issues.add(warning('field-count', { file, line, column: 'extra_1' }, text));
      }
      // papaparse hands each row's array over (it starts a new one for the next row), so a row of the header's width is kept as it is.
      const padded = fields.length === width ? fields : fields.slice(0, width);
      while (padded.length < width) padded.push('');
      const record: RawRecord = { line, endLine: end, fields: padded, extras: fields.length > width ? fields.slice(width) : [] };
      if (options.onRecord) options.onRecord(record);
      else table.records.push(record);
    },
  });
  return table;
}

/** Refuses a header of more than 1,000 columns or a column name over 1,000 characters. */
function assertHeaderSize(fields: readonly string[], file: string, line: number): void {
  if (fields.length > MAX_COLUMNS) {
    throw new FatalInputError(
      file,
      'too-many-columns',
      `${file} line ${line}, column ${MAX_COLUMNS + 1}: the header has ${count(fields.length)} columns, more than the ${count(MAX_COLUMNS)} a file may have; ` +
        'expected one row per link (or node) with a column per field, not a matrix with a column per node: check the delimiter and that the first line is the header',
    );
  }
  const at = fields.findIndex((h) => h.trim().length > MAX_HEADER_LENGTH);
  if (at >= 0) {
    const name = fields[at]!.trim();
    const from = fieldLine(fields, at, line);
    throw new FatalInputError(
      file,
      'field-too-long',
      `${file} ${lineSpan(from, from + countLineBreaks(fields[at]!))}, column ${at + 1}: ` +
        `the column name has ${count(name.length)} characters, more than the ${count(MAX_HEADER_LENGTH)} a column name may have, starting ${quote(name.slice(0, 40))}; ` +
        'check that the first line is the header and that its quotes are closed',
    );
  }
}

/** Refuses a field of more than 1,000,000 characters (a quoted field spanning lines can grow that long). */
function assertFieldLengths(fields: readonly string[], file: string, line: number, columnOf: (i: number) => string): void {
  const at = fields.findIndex((f) => f.length > MAX_FIELD_LENGTH);
  if (at < 0) return;
  const field = fields[at]!;
  const from = fieldLine(fields, at, line);
  throw new FatalInputError(
    file,
    'field-too-long',
    `${file} ${lineSpan(from, from + countLineBreaks(field))}, column '${shortName(columnOf(at))}': the field has ${count(field.length)} characters, ` +
      `more than the ${count(MAX_FIELD_LENGTH)} a field may have, starting ${quote(field.slice(0, 40))}; ` +
      'a quote that is never meant to close may have joined many lines into this field: check the quotes there',
  );
}
