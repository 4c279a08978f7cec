/**
 * The part of reading an edges or nodes file that does not depend on which:
 * refuse unusable text, prepare it (line breaks, comments, size limits, NUL
 * characters), pick the delimiter, split records, match columns, refuse a
 * file without rows; then, per record, gather the unmapped columns as
 * attributes, flag very long fields and line breaks inside names.
 */
import { dict, setOwn } from '../util/dict';
import type { Dict } from '../util/dict';
import { detectColumns } from './columns';
import type { ColumnDetection, FieldSpec } from './columns';
import { stripBom } from './decode';
import { error, quote, warning } from './issue';
import { assertLineLengths } from './limits';
import { countLineBreaks } from './line-counter';
import { assertNoNul, normaliseLineBreaks, readLeadingComments } from './prepare';
import { fieldLine, lineSpan, readRecords } from './records';
import type { RawRecord } from './records';
import { assertLooksLikeCsv, detectDelimiter } from './sniff';
import { FatalInputError, IssueLog } from './types';
import type { ColumnMapping, Issue } from './types';
import { checkLength, LONG_FIELD, LONG_NAME } from './values';

/** A file opened for row reading. */
export interface OpenTable<F extends string> {
  file: string;
  delimiter: string;
  /** Headers as written (trimmed). */
  headers: string[];
  records: RawRecord[];
  recordCount: number;
  detection: ColumnDetection<F>;
  /** Unmapped columns: index and unique attribute key. */
  attributeColumns: { index: number; key: string }[];
  /**
   * The attribute key for a value the reader keeps under a name of its own
   * (`year_raw`, `lat_raw`, `extra_1`…): `base`, or `base_2`, `base_3`… when
   * a column of the file already has that name, so a kept value never
   * overwrites a user's column.
   */
  generatedKey(base: string): string;
  issues: IssueLog;
}

/** What a file of one kind should hold, for the messages of fatal errors. */
export interface TableKind<F extends string> {
  fields: readonly FieldSpec<F>[];
  /** "a CSV with one row per link under source,target,…" */
  expected: string;
  /** "one row per link under source,target,…" */
  rowsExpected: string;
}

export { blankLeadingComments } from './prepare';

/**
 * Opens `text` as a table of `kind`, its records kept in `records`.
 *
 * @throws FatalInputError `empty-file`, `not-text` (binary, or a NUL
 * anywhere), `not-csv`, `line-too-long`, `too-many-columns`,
 * `field-too-long`, `one-column`, `unknown-column`, `missing-column`,
 * `no-rows`, `unbalanced-quote` (in the header).
 */
export function openTable<F extends string>(rawText: string, file: string, kind: TableKind<F>, given?: ColumnMapping<F>): OpenTable<F> {
  return streamTable(rawText, file, kind, given);
}

/**
 * Opens `text` as a table of `kind` and hands each record to `onRecord` as
 * it is read (the table's `records` stay empty), so a large file's records
 * never all exist at once. Without `onRecord` it is {@link openTable}.
 *
 * The result is the same either way: the fatal errors are thrown in the same
 * order (the columns are matched as soon as the header is read, but a
 * mismatch is thrown only after the records, as when they were read first),
 * and the issues come in the same order — the records' structure, then the
 * header's, then whatever `onRecord` added to `table.issues`.
 *
 * @throws FatalInputError as {@link openTable}.
 */
export function streamTable<F extends string>(
  rawText: string,
  file: string,
  kind: TableKind<F>,
  given?: ColumnMapping<F>,
  onRecord?: (table: OpenTable<F>, record: RawRecord) => void,
): OpenTable<F> {
  const bare = stripBom(rawText);
  assertLooksLikeCsv(bare, file, kind.expected);
  const { text, ours } = readLeadingComments(normaliseLineBreaks(bare));
  assertLineLengths(text, file, detectDelimiter);
  const delimiter = detectDelimiter(text);
  assertNoNul(text, file, delimiter);
  const structure = new IssueLog();
  const headerIssues = new IssueLog();
  const rowIssues = new IssueLog();
  let table: OpenTable<F> | undefined;
  let refused: unknown;
  const open = (headers: string[], headerLine: number): void => {
    try {
      table = describeColumns(file, kind, given, headers, headerLine, delimiter, headerIssues, rowIssues);
    } catch (e) {
      refused = e;
    }
  };
  const read = readRecords(text, file, delimiter, structure, {
    unprefix: ours,
    onHeader: open,
    ...(onRecord ? { onRecord: (record: RawRecord) => table && onRecord(table, record) } : {}),
  });
  if (!table && refused === undefined) open(read.headers, read.headerLine);
  if (refused !== undefined) throw refused;
  if (read.recordCount === 0) {
    throw new FatalInputError(file, 'no-rows', `${file} has a header but no rows; expected ${kind.rowsExpected}`);
  }
  const issues = new IssueLog();
  issues.merge(structure);
  issues.merge(headerIssues);
  issues.merge(rowIssues);
  return { ...table!, records: read.records, recordCount: read.recordCount, issues };
}

/**
 * Matches the header to the fields of `kind` and names the attribute
 * columns; the header's warnings go to `headerIssues`, and the table's
 * `issues` is `rowIssues`, where the rows' readers add theirs.
 */
function describeColumns<F extends string>(
  file: string,
  kind: TableKind<F>,
  given: ColumnMapping<F> | undefined,
  headers: string[],
  headerLine: number,
  delimiter: string,
  headerIssues: IssueLog,
  rowIssues: IssueLog,
): OpenTable<F> {
  const oneColumn = (): FatalInputError =>
    new FatalInputError(
      file,
      'one-column',
      `${file} has only one column, ${quote(headers[0] ?? '')}: no comma, semicolon or tab splits the header; expected ${kind.expected}, the columns separated by commas (or semicolons, or tabs)`,
    );
  let detection: ColumnDetection<F>;
  try {
    detection = detectColumns(headers, kind.fields, file, given);
  } catch (e) {
    if (e instanceof FatalInputError && e.code === 'missing-column' && headers.length <= 1) {
      throw oneColumn();
    }
    throw e;
  }
  // A nodes file may be a bare list of ids; an edges file needs two columns.
  if (headers.length <= 1 && kind.fields.some((f) => f.field === 'target')) throw oneColumn();

  const mapped = new Set(Object.values(detection.index) as number[]);
  const attributeColumns: { index: number; key: string }[] = [];
  const seen = new Map<string, number>();
  // Every key in use: a renamed duplicate or a generated key takes the first free `name_N`.
  const taken = new Set(headers);
  const freeKey = (base: string, from: number): string => {
    let n = from;
    while (taken.has(`${base}_${n}`)) n++;
    const key = `${base}_${n}`;
    taken.add(key);
    return key;
  };
  headers.forEach((header, index) => {
    const count = (seen.get(header) ?? 0) + 1;
    seen.set(header, count);
    const key = count === 1 ? header : freeKey(header, count);
    if (count > 1) {
      headerIssues.add(
        warning(
          'duplicate-column',
          { file, line: headerLine, column: header },
          `the header ${quote(header)} appears ${count} times; column ${index + 1} was read as ${quote(key)}`,
        ),
      );
    }
    if (!mapped.has(index)) attributeColumns.push({ index, key });
  });
  if (detection.ambiguousType !== undefined) {
    headerIssues.add(
      warning(
        'ambiguous-column',
        { file, line: headerLine, column: headers[detection.ambiguousType]! },
        `a bare 'type' column in an edges file could name the relation or a node type; it was read as the relation. Give a column mapping if it means something else`,
      ),
    );
  }
  const generated = new Map<string, string>();
  const generatedKey = (base: string): string => {
    let key = generated.get(base);
    if (key === undefined) {
      key = taken.has(base) ? freeKey(base, 2) : base;
      taken.add(key);
      generated.set(base, key);
    }
    return key;
  };
  return { file, delimiter, headers, records: [], recordCount: 0, detection, attributeColumns, generatedKey, issues: rowIssues };
}

/** The record's unmapped, non-empty cells by attribute key, then extras as `extra_1`… */
export function collectAttributes<F extends string>(table: OpenTable<F>, record: RawRecord): Dict<string> {
  // Column names are user strings: `__proto__` or `constructor` are attributes like any other.
  const attributes = dict<string>();
  for (const { index, key } of table.attributeColumns) {
    const value = record.fields[index]?.trim();
    if (value) setOwn(attributes, key, value);
  }
  record.extras.forEach((raw, i) => {
    const value = raw.trim();
    if (value) setOwn(attributes, table.generatedKey(`extra_${i + 1}`), value);
  });
  return attributes;
}

/**
 * A `merged-lines` error when a name column (id, type, relation) of the
 * record holds a line break: a name never does, so a quote opened there
 * joined the following lines, each of which may have been a row.
 */
export function checkNameLineBreaks<F extends string>(table: OpenTable<F>, record: RawRecord, names: readonly F[]): Issue | undefined {
  // A record on one line holds no line break (the text has no lone CR: normaliseLineBreaks), so most records need no test.
  if (record.endLine === record.line) return undefined;
  for (const field of names) {
    const at = table.detection.index[field];
    const value = at === undefined ? undefined : record.fields[at];
    if (at === undefined || value === undefined || !/[\r\n]/.test(value)) continue;
    const from = fieldLine(record.fields, at, record.line);
    const to = from + countLineBreaks(value);
    const place = { file: table.file, line: record.line, endLine: record.endLine, column: table.headers[at]! };
    return error(
      'merged-lines',
      place,
      `the value spans ${lineSpan(from, to)} (${quote(value)}); an id, type or relation never holds a line break, ` +
        `so the quote opened on line ${from} is probably stray and ${lineSpan(record.line, record.endLine)} were read as one record; ` +
        'the record was dropped, and with it any row those lines held; check the quotes there',
    );
  }
  return undefined;
}

/**
 * `field-very-long` warnings for the record: over 1,000 characters in the
 * columns of `names` (ids, types, relations), over 100,000 in any other.
 */
export function checkLongFields<F extends string>(table: OpenTable<F>, record: RawRecord, names: readonly F[]): Issue[] {
  const found: Issue[] = [];
  const { fields, extras } = record;
  const width = fields.length;
  // Each record's fields are read once here: the place (and the name columns) are looked at only for a field past the shorter limit.
  for (let i = 0; i < width + extras.length; i++) {
    const raw = i < width ? fields[i]! : extras[i - width]!;
    if (raw.length <= LONG_NAME) continue;
    const column = table.headers[i] ?? `extra_${i - table.headers.length + 1}`;
    const limit = names.some((f) => table.detection.index[f] === i) ? LONG_NAME : LONG_FIELD;
    const issue = checkLength(raw, limit, { file: table.file, line: record.line, column });
    if (issue) found.push(issue);
  }
  return found;
}
