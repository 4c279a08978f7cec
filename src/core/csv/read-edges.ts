/**
 * Reads an edges file: one row per link between a source and a target, with
 * optional node types, relation, weight, year and evidence. Rows that cannot
 * be links are dropped with an error; doubtful values are kept with a warning.
 */
import { setOwn } from '../util/dict';
import { EDGE_FIELDS } from './columns';
import { error, quote } from './issue';
import { checkLongFields, checkNameLineBreaks, collectAttributes, streamTable } from './read-table';
import type { OpenTable, TableKind } from './read-table';
import type { RawRecord } from './records';
import type { ColumnMapping, EdgeField, EdgeRow, Issue, ParseResult } from './types';
import { readId, readText, readType, readWeight, readYear } from './values';

/** Options of {@link readEdges}. */
export interface ReadEdgesOptions {
  /** File name as the user gave it; starts every message. */
  file: string;
  /** Logical field → header; wins over detection. */
  mapping?: ColumnMapping<EdgeField>;
  /** Reference year for the plausibility check of years; defaults to the current year. */
  now?: number;
  /**
   * Types for the nodes of a column when a row gives none: `{ source: 'city',
   * target: 'project' }` reads "the first column lists cities, the second
   * projects". A row's own `source_type` / `target_type` wins; the types are
   * read like a type cell (trimmed, lower case), an empty one is ignored.
   */
  defaultTypes?: DefaultTypes;
}

/** A type for every node of the source column, of the target column, or both. */
export interface DefaultTypes {
  source?: string;
  target?: string;
}

const EDGES: TableKind<EdgeField> = {
  fields: EDGE_FIELDS,
  expected: 'a CSV with one row per link under source,target,…',
  rowsExpected: 'one row per link under source,target,…',
};

/** Columns holding names, checked against the shorter length limit. */
const NAME_FIELDS: readonly EdgeField[] = ['source', 'target', 'source_type', 'target_type', 'relation'];

/** What {@link streamEdges} tells besides the rows: a {@link ParseResult} without them, and their number. */
export type EdgeReadSummary = Omit<ParseResult<EdgeRow, EdgeField>, 'rows'> & { rowCount: number };

/**
 * Reads the text of an edges file (a BOM is stripped). Every problem that
 * leaves the file usable is an issue in the result: an error drops its row, a
 * warning keeps it.
 *
 * @throws FatalInputError when the file cannot be used at all (see
 * `ISSUE_CODES` entries of severity `fatal`).
 */
export function readEdges(text: string, options: ReadEdgesOptions): ParseResult<EdgeRow, EdgeField> {
  const rows: EdgeRow[] = [];
  const { rowCount: _, ...summary } = streamEdges(text, options, (row) => rows.push(row));
  return { ...summary, rows };
}

/**
 * {@link readEdges} handing each row to `onRow` as soon as its record is
 * read, in file order, instead of returning them: a large file's rows and
 * records never all exist at once (the CLI builds the graph this way). The
 * issues and fatal errors are those of `readEdges`; a fatal error may come
 * after some rows were handed out.
 */
export function streamEdges(text: string, options: ReadEdgesOptions, onRow: (row: EdgeRow) => void): EdgeReadSummary {
  const now = options.now ?? new Date().getFullYear();
  const fill = { source: readType(options.defaultTypes?.source ?? ''), target: readType(options.defaultTypes?.target ?? '') };
  let rowCount = 0;
  const table = streamTable(text, options.file, EDGES, options.mapping, (opened, record) => {
    const row = readEdgeRecord(opened, record, now, fill);
    if (!row) return;
    rowCount++;
    onRow(row);
  });
  return {
    file: table.file,
    rowCount,
    recordCount: table.recordCount,
    mapping: table.detection.mapping,
    mappingReport: table.detection.report,
    delimiter: table.delimiter,
    issues: table.issues,
  };
}

/** One record as an edge, or undefined when an error drops it. */
function readEdgeRecord(table: OpenTable<EdgeField>, record: RawRecord, now: number, fill: DefaultTypes): EdgeRow | undefined {
  const { file, delimiter, headers } = table;
  const index = table.detection.index;
  const cell = (field: EdgeField): string => {
    const at = index[field];
    return at === undefined ? '' : (record.fields[at] ?? '');
  };
  const place = (field: EdgeField) => ({ file, line: record.line, column: headers[index[field] ?? -1] ?? field });
  const warnings: Issue[] = [];
  const merged = checkNameLineBreaks(table, record, NAME_FIELDS);
  if (merged) {
    table.issues.add(merged);
    return undefined;
  }
  const errors: Issue[] = [];

  const source = readId(cell('source'), place('source'));
  const target = readId(cell('target'), place('target'));
  if (!source.value) {
    const both = target.value ? '' : ' (and so is the target)';
    errors.push(error('missing-source', place('source'), `the source is empty${both}; the row was dropped`));
  } else if (!target.value) {
    errors.push(error('missing-target', place('target'), `the target is empty; the row was dropped`));
  } else if (source.value === target.value) {
    errors.push(error('self-loop', place('target'), `source and target are both ${quote(source.value)}, a link to itself; the row was dropped`));
  }
  const weight = index.weight === undefined ? { value: 1 } : readWeight(cell('weight'), delimiter, place('weight'));
  if (weight.issue) errors.push(weight.issue);
  if (errors.length > 0) {
    for (const issue of errors) table.issues.add(issue);
    return undefined;
  }

  for (const r of [source, target]) if (r.issue) warnings.push(r.issue);
  const attributes = collectAttributes(table, record);
  const year = readYear(cell('year'), delimiter, now, place('year'));
  if (year.issue) {
    warnings.push(year.issue);
    setOwn(attributes, table.generatedKey('year_raw'), cell('year').trim());
  }
  warnings.push(...checkLongFields(table, record, NAME_FIELDS));
  for (const issue of warnings) table.issues.add(issue);

  const row: EdgeRow = {
    line: record.line,
    source: source.value!,
    target: target.value!,
    weight: weight.value ?? 1,
    attributes,
  };
  const sourceType = readType(cell('source_type')) ?? fill.source;
  const targetType = readType(cell('target_type')) ?? fill.target;
  const relation = readType(cell('relation'));
  const evidence = readText(cell('evidence'));
  if (sourceType !== undefined) row.sourceType = sourceType;
  if (targetType !== undefined) row.targetType = targetType;
  if (relation !== undefined) row.relation = relation;
  if (year.value !== undefined) row.year = year.value;
  if (evidence !== undefined) row.evidence = evidence;
  return row;
}
