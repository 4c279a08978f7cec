/**
 * Splits a file into its header and data records with papaparse, keeping the
 * editor line where each record starts (quoted fields may span lines), and
 * reports the structural problems of a record: only delimiters, a quote never
 * closed, text after a closing quote, too many or too few fields.
 */
import Papa from 'papaparse';
import { error, quote, warning } from './issue';
import { FatalInputError } from './types';
import type { IssueLog } from './types';

/** One data record that survived the structural checks. */
export interface RawRecord {
  /** 1-based line where the record starts. */
  line: number;
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
  records: RawRecord[];
  /** Data records read, including the ones dropped here. */
  recordCount: number;
}

/** Counts editor lines (LF, CRLF or lone CR) up to a character offset. */
export class LineCounter {
  private pos = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  /** 1-based line of the character at `offset`; fastest for growing offsets. */
  lineAt(offset: number): number {
    if (offset < this.pos) {
      this.pos = 0;
      this.line = 1;
    }
    for (; this.pos < offset && this.pos < this.text.length; this.pos++) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 10 || (c === 13 && this.text.charCodeAt(this.pos + 1) !== 10)) this.line++;
    }
    return this.line;
  }
}

const isBlank = (fields: string[]): boolean => fields.every((f) => f.trim() === '');

/** "line 4" or "lines 4–9". */
const lineSpan = (from: number, to: number): string =>
  from === to ? `line ${from}` : `lines ${from}–${to}`;

/** "'weight', 'year'" */
const listed = (names: string[]): string => names.map((h) => `'${h}'`).join(', ');

/**
 * Reads `text` (no BOM) as records separated by `delimiter`. Blank lines are
 * skipped silently; every other problem goes to `issues`.
 *
 * @throws FatalInputError `unbalanced-quote` when a quote in the header is never closed.
 */
export function readRecords(
  text: string,
  file: string,
  delimiter: string,
  issues: IssueLog,
): RecordTable {
  const lines = new LineCounter(text);
  const lastLine = new LineCounter(text).lineAt(text.replace(/[\r\n]+$/, '').length);
  const table: RecordTable = { headers: [], headerLine: 1, records: [], recordCount: 0 };
  let inHeader = true;
  let start = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: ({ data: fields, errors, meta }) => {
      const unclosed = errors.find((e) => e.code === 'MissingQuotes');
      const invalid = errors.find((e) => e.code === 'InvalidQuotes');
      // Lines in offset order, so the counter only moves forward. papaparse
      // gives a quote error the offset just after the opening quote.
      const line = lines.lineAt(start);
      const lineOf = (e: { index?: number } | undefined): number =>
        e?.index === undefined ? line : lines.lineAt(e.index);
      const quoteLines = { invalid: lineOf(invalid), unclosed: lineOf(unclosed) };
      const end = lines.lineAt(Math.max(meta.cursor - 1, start));
      start = meta.cursor;
      const quoteLine = (e: { code: string }): number =>
        e.code === 'MissingQuotes' ? quoteLines.unclosed : quoteLines.invalid;
      if (fields.length <= 1 && isBlank(fields) && !unclosed) return;
      const span = unclosed ? lineSpan(quoteLine(unclosed), lastLine) : '';

      if (inHeader) {
        if (unclosed) {
          throw new FatalInputError(
            file,
            'unbalanced-quote',
            `${file} line ${quoteLine(unclosed)}: the quote opened in the header is never closed; ` +
              `${span} were read as one field, so no rows are left; expected a header like source,target`,
          );
        }
        inHeader = false;
        table.headerLine = line;
        table.headers = fields.map((h, i) => h.trim() || `column_${i + 1}`);
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
      if (isBlank(fields)) {
        const text = 'the line holds only delimiters, no values; the row was dropped';
        issues.add(error('empty-row', { file, line, column: columnOf(0) }, text));
        return;
      }
      if (invalid) {
        // One warning per record, however many stray quotes papaparse saw in it.
        const at = Math.max(0, fields.findIndex((f) => f.includes('"')));
        const merged = end > line ? `; ${lineSpan(line, end)} were read as one record, check the quotes there` : '';
        const text = `a quoted field has text after its closing quote, read as ${quote(fields[at] ?? '')}${merged}; the row was kept`;
        issues.add(warning('malformed-quote', { file, line: quoteLine(invalid), column: columnOf(at) }, text));
      }
      if (fields.length < width) {
        const missing = headers.slice(fields.length);
        const text = `the row has ${fields.length} fields but the header has ${width}; ${listed(missing)} read as empty`;
        issues.add(warning('field-count', { file, line, column: missing[0]! }, text));
      } else if (fields.length > width) {
        const names = fields.slice(width).map((_, i) => `extra_${i + 1}`);
        const text = `the row has ${fields.length} fields but the header has ${width}; the extra fields were kept as ${names.join(', ')}`;
        issues.add(warning('field-count', { file, line, column: names[0]! }, text));
      }
      const padded = fields.slice(0, width);
      while (padded.length < width) padded.push('');
      table.records.push({ line, fields: padded, extras: fields.slice(width) });
    },
  });
  return table;
}
