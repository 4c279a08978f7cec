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
  let header: string[] | undefined;
  let start = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const fields = result.data;
      const line = lines.lineAt(start);
      start = result.meta.cursor;
      const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
      const quoteLine = (e: { index?: number } | undefined): number =>
        e?.index === undefined ? line : lines.lineAt(e.index);
      if (fields.length <= 1 && isBlank(fields) && !unclosed) return;

      if (!header) {
        if (unclosed) {
          const from = quoteLine(unclosed);
          throw new FatalInputError(
            file,
            'unbalanced-quote',
            `${file} line ${from}: the quote opened in the header on line ${from} is never closed; ${lineSpan(from, lastLine)} were read as one field, so no rows are left; expected a header like source,target`,
          );
        }
        header = fields;
        table.headerLine = line;
        table.headers = fields.map((h, i) => h.trim() || `column_${i + 1}`);
        return;
      }
      table.recordCount++;
      const headers = table.headers;
      const columnOf = (i: number): string => headers[i] ?? `extra_${i - headers.length + 1}`;

      if (unclosed) {
        const from = quoteLine(unclosed);
        // papaparse also gives up when text follows a closing quote and no later quote ends the field.
        const stray = result.errors.some((e) => e.code === 'InvalidQuotes') ? ' (text follows a quote inside it)' : '';
        issues.add(
          error('unbalanced-quote', { file, line: from, column: columnOf(fields.length - 1) }, `the quote opened on line ${from} is never closed${stray}; ${lineSpan(from, lastLine)} were read as one field, so this row and every row after it were dropped; close the quote or remove it`),
        );
        return;
      }
      if (isBlank(fields)) {
        issues.add(error('empty-row', { file, line, column: columnOf(0) }, 'the line holds only delimiters, no values; the row was dropped'));
        return;
      }
      // One warning per record, however many stray quotes papaparse saw in it.
      const invalid = result.errors.find((e) => e.code === 'InvalidQuotes');
      if (invalid) {
        const from = quoteLine(invalid);
        const at = fields.findIndex((f) => f.includes('"'));
        const end = lines.lineAt(Math.max(start - 1, 0));
        const span = end > line ? `; ${lineSpan(line, end)} were read as one record, check the quotes there` : '';
        issues.add(
          warning('malformed-quote', { file, line: from, column: columnOf(Math.max(at, 0)) }, `a quoted field has text after its closing quote, read as ${quote(fields[at] ?? '')}${span}; the row was kept`),
        );
      }

      const width = headers.length;
      if (fields.length < width) {
        const missing = headers.slice(fields.length);
        issues.add(
          warning('field-count', { file, line, column: missing[0]! }, `the row has ${fields.length} fields but the header has ${width}; ${missing.map((h) => `'${h}'`).join(', ')} read as empty`),
        );
      } else if (fields.length > width) {
        const names = fields.slice(width).map((_, i) => `extra_${i + 1}`);
        issues.add(
          warning('field-count', { file, line, column: names[0]! }, `the row has ${fields.length} fields but the header has ${width}; the extra fields were kept as ${names.join(', ')}`),
        );
      }
      const padded = fields.slice(0, width);
      while (padded.length < width) padded.push('');
      table.records.push({ line, fields: padded, extras: fields.slice(width) });
    },
  });
  return table;
}
