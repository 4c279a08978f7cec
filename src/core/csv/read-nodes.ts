/**
 * Reads a nodes file: one row per city, project or firm, keyed by id, with
 * optional label, type, country, coordinates, url and kind. A repeated id is
 * merged into its first row; nothing it says is dropped without a word.
 */
import { getOwn, setOwn } from '../util/dict';
import { NODE_FIELDS } from './columns';
import { error, listNames, quote, warning } from './issue';
import { LISTED_NAMES, shortName } from './limits';
import { checkLongFields, checkNameLineBreaks, collectAttributes, openTable } from './read-table';
import type { OpenTable, TableKind } from './read-table';
import type { RawRecord } from './records';
import type { ColumnMapping, Issue, NodeField, NodeRow, ParseResult } from './types';
import { readCoordinate, readId, readText, readType } from './values';

/** Options of {@link readNodes}. */
export interface ReadNodesOptions {
  /** File name as the user gave it; starts every message. */
  file: string;
  /** Logical field → header; wins over detection. */
  mapping?: ColumnMapping<NodeField>;
}

const NODES: TableKind<NodeField> = {
  fields: NODE_FIELDS,
  expected: 'a CSV with one row per node under id,label,type,…',
  rowsExpected: 'one row per node under id,label,type,…',
};

/** Columns holding names, checked against the shorter length limit and for line breaks. */
const NAME_FIELDS: readonly NodeField[] = ['id', 'type'];

/** Fields merged from a duplicate row, in message order. */
const MERGED: readonly (keyof NodeRow & NodeField)[] = ['label', 'type', 'country', 'lat', 'lon', 'url', 'kind'];

/**
 * Reads the text of a nodes file (a BOM is stripped). Every problem that
 * leaves the file usable is an issue in the result: an error drops its row, a
 * warning keeps it.
 *
 * @throws FatalInputError when the file cannot be used at all.
 */
export function readNodes(text: string, options: ReadNodesOptions): ParseResult<NodeRow, NodeField> {
  const table = openTable(text, options.file, NODES, options.mapping);
  const rows: NodeRow[] = [];
  const byId = new Map<string, NodeRow>();
  for (const record of table.records) {
    const row = readNodeRecord(table, record);
    if (!row) continue;
    const first = byId.get(row.id);
    if (first) {
      const column = table.headers[table.detection.index.id!]!;
      table.issues.add(mergeNode(first, row, { file: table.file, line: row.line, column }));
    } else {
      byId.set(row.id, row);
      rows.push(row);
    }
  }
  return {
    file: table.file,
    rows,
    recordCount: table.recordCount,
    mapping: table.detection.mapping,
    mappingReport: table.detection.report,
    delimiter: table.delimiter,
    issues: table.issues,
  };
}

/** One record as a node, or undefined when its id is empty. */
function readNodeRecord(table: OpenTable<NodeField>, record: RawRecord): NodeRow | undefined {
  const { file, delimiter, headers } = table;
  const index = table.detection.index;
  const cell = (field: NodeField): string => {
    const at = index[field];
    return at === undefined ? '' : (record.fields[at] ?? '');
  };
  const place = (field: NodeField) => ({ file, line: record.line, column: headers[index[field] ?? -1] ?? field });

  const merged = checkNameLineBreaks(table, record, NAME_FIELDS);
  if (merged) {
    table.issues.add(merged);
    return undefined;
  }
  const id = readId(cell('id'), place('id'));
  if (!id.value) {
    table.issues.add(error('missing-id', place('id'), 'the id is empty; the row was dropped'));
    return undefined;
  }
  const warnings: Issue[] = id.issue ? [id.issue] : [];
  const row: NodeRow = { line: record.line, id: id.value, attributes: collectAttributes(table, record) };
  for (const axis of ['lat', 'lon'] as const) {
    const coordinate = readCoordinate(cell(axis), axis, delimiter, place(axis));
    if (coordinate.value !== undefined) row[axis] = coordinate.value;
    if (coordinate.issue) {
      warnings.push(coordinate.issue);
      setOwn(row.attributes, table.generatedKey(`${axis}_raw`), cell(axis).trim());
    }
  }
  const type = readType(cell('type'));
  if (type !== undefined) row.type = type;
  for (const field of ['label', 'country', 'url', 'kind'] as const) {
    const value = readText(cell(field));
    if (value !== undefined) row[field] = value;
  }
  warnings.push(...checkLongFields(table, record, NAME_FIELDS));
  for (const issue of warnings) table.issues.add(issue);
  return row;
}

/**
 * Merges `later` into `first` (same id): empty fields and attributes of
 * `first` are filled; conflicting values keep `first`'s and are listed in the
 * returned `duplicate-node` warning.
 */
function mergeNode(first: NodeRow, later: NodeRow, place: { file: string; line: number; column: string }): Issue {
  // Only the first LISTED_NAMES of each list are written out: a row of 1,000
  // columns repeated 10,000 times stays cheap, its message short.
  const filled: string[] = [];
  const conflicts: string[] = [];
  let filledCount = 0;
  let conflictCount = 0;
  const merge = (name: string, had: unknown, value: unknown, set: () => void): void => {
    if (value === undefined) return;
    if (had === undefined) {
      set();
      if (filledCount++ < LISTED_NAMES) filled.push(shortName(name));
    } else if (had !== value && conflictCount++ < LISTED_NAMES) {
      conflicts.push(`${shortName(name)} ${quote(String(had))} (this row: ${quote(String(value))})`);
    }
  };
  for (const field of MERGED) {
    merge(field, first[field], later[field], () => Object.assign(first, { [field]: later[field] }));
  }
  for (const [key, value] of Object.entries(later.attributes)) {
    merge(key, getOwn(first.attributes, key), value, () => setOwn(first.attributes, key, value));
  }
  const parts = [`${quote(first.id)} already appeared on line ${first.line}; the rows were merged`];
  if (filledCount > 0) parts.push(`empty fields filled from this row: ${listNames(filled, filledCount)}`);
  parts.push(conflictCount > 0 ? `conflicting values kept from line ${first.line}: ${listNames(conflicts, conflictCount, '; ')}` : 'no values conflicted');
  return warning('duplicate-node', place, parts.join('; '));
}
