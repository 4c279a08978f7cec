/**
 * Which header means what: the aliases each logical field answers to, the
 * detection that matches them against a file's headers (case-insensitive,
 * spaces / hyphens / underscores alike), the caller's explicit mapping that
 * wins over detection, and the one-line-per-field report of the outcome.
 */
import { getOwn } from '../util/dict';
import { listNames, quote } from './issue';
import { LISTED_NAMES, shortName } from './limits';
import { FatalInputError } from './types';
import type { ColumnMapping, EdgeField, NodeField } from './types';

/** How one logical field is found and described. */
export interface FieldSpec<F extends string> {
  field: F;
  /** Normalised header names, best first; the first is the field's own name. */
  names: readonly string[];
  /** Required fields are fatal when missing; `flag` is the CLI option that maps them. */
  flag?: string;
  /** Report line ending when no column holds the field. */
  absent: string;
}

/** Fields of an edges file, in detection order. */
export const EDGE_FIELDS: readonly FieldSpec<EdgeField>[] = [
  { field: 'source', names: ['source', 'from', 'src', 'source_id', 'source_node', 'node1', 'node_1', 'a', 'origin'], flag: '--source', absent: '' },
  { field: 'target', names: ['target', 'to', 'dst', 'target_id', 'target_node', 'node2', 'node_2', 'b', 'destination'], flag: '--target', absent: '' },
  {
    field: 'source_type',
    names: ['source_type', 'from_type', 'src_type', 'type_source', 'source_node_type', 'type_from'],
    absent: 'no column, source types come from the nodes file',
  },
  {
    field: 'target_type',
    names: ['target_type', 'to_type', 'dst_type', 'type_target', 'target_node_type', 'type_to'],
    absent: 'no column, target types come from the nodes file',
  },
  { field: 'relation', names: ['relation', 'rel', 'relationship', 'relation_type', 'edge_type', 'link_type'], absent: 'no column, edges have no relation' },
  { field: 'weight', names: ['weight', 'w', 'value', 'strength'], absent: 'no column, every edge weighs 1' },
  { field: 'year', names: ['year', 'yr'], absent: 'no column, edges have no year' },
  { field: 'evidence', names: ['evidence', 'source_url', 'url', 'citation', 'reference', 'references'], absent: 'no column, edges have no evidence' },
];

/** Fields of a nodes file, in detection order (id before label, so `name` goes to id only when alone). */
export const NODE_FIELDS: readonly FieldSpec<NodeField>[] = [
  { field: 'id', names: ['id', 'node_id', 'node', 'key', 'name'], flag: '--node-id', absent: '' },
  { field: 'label', names: ['label', 'title', 'name'], absent: 'no column, the id is the label' },
  { field: 'type', names: ['type', 'node_type', 'category'], absent: 'no column, types come from the edges file' },
  { field: 'country', names: ['country'], absent: 'no column' },
  { field: 'lat', names: ['lat', 'latitude'], absent: 'no column, nodes have no coordinates' },
  { field: 'lon', names: ['lon', 'lng', 'long', 'longitude'], absent: 'no column, nodes have no coordinates' },
  { field: 'url', names: ['url', 'website', 'homepage'], absent: 'no column' },
  { field: 'kind', names: ['kind'], absent: 'no column' },
];

/** Outcome of matching fields to headers. */
export interface ColumnDetection<F extends string> {
  /** Logical field → header as written. */
  mapping: ColumnMapping<F>;
  /** Logical field → column index. */
  index: Partial<Record<F, number>>;
  report: string[];
  /** Index of a bare `type` column read as the relation of an edges file. */
  ambiguousType?: number;
}

/** Lower-cases and trims a header; runs of spaces, hyphens, dots and underscores become `_`. */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, '_');
}

/**
 * Matches fields to headers. Given mappings win (exact header first, then
 * case-insensitive); the other fields take the first header that matches one
 * of their names, best name first, never a header already taken.
 *
 * @throws FatalInputError `unknown-column` for a mapped header the file lacks,
 * `missing-column` for a required field no header matches.
 */
export function detectColumns<F extends string>(
  headers: readonly string[],
  fields: readonly FieldSpec<F>[],
  file: string,
  given: ColumnMapping<F> = {},
): ColumnDetection<F> {
  const normalized = headers.map(normalizeHeader);
  // Headers as written, at most 20 of them, each cut to 60 characters.
  const found = listNames(headers.slice(0, 2 * LISTED_NAMES).map(shortName), headers.length);
  const taken = new Set<number>();
  const mapping: ColumnMapping<F> = {};
  const index: Partial<Record<F, number>> = {};
  const how: Partial<Record<F, string>> = {};
  const use = (field: F, at: number, reason: string): void => {
    mapping[field] = headers[at]!;
    index[field] = at;
    how[field] = reason;
    taken.add(at);
  };

  for (const { field } of fields) {
    // The mapping may come from JSON or a URL: read only its own entries.
    const wanted = getOwn<string | undefined>(given, field);
    if (wanted === undefined) continue;
    let at = headers.indexOf(wanted.trim());
    if (at < 0) at = normalized.indexOf(normalizeHeader(wanted));
    if (at < 0) {
      throw new FatalInputError(
        file,
        'unknown-column',
        `${file}: the mapping gives ${quote(wanted)} for ${field}, but there is no such column; found columns: ${found}`,
      );
    }
    use(field, at, 'given');
  }
  for (const { field, names } of fields) {
    if (index[field] !== undefined) continue;
    for (const [rank, name] of names.entries()) {
      const at = normalized.findIndex((h, i) => h === name && !taken.has(i));
      if (at >= 0) {
        use(field, at, rank === 0 ? 'name' : 'alias');
        break;
      }
    }
  }

  const detection: ColumnDetection<F> = { mapping, index, report: [] };
  // A bare `type` in an edges file: the relation, unless something better holds it.
  const relation = fields.find((f) => f.field === 'relation');
  if (relation && index[relation.field] === undefined) {
    const at = normalized.findIndex((h, i) => h === 'type' && !taken.has(i));
    if (at >= 0) {
      use(relation.field, at, "guess: a bare 'type' column read as the relation");
      detection.ambiguousType = at;
    }
  }

  const missing = fields.filter((f) => f.flag !== undefined && index[f.field] === undefined);
  if (missing.length > 0) {
    const names = missing.map((f) => `'${f.field}'`).join(' and no ');
    const flags = missing.map((f) => f.flag).join(' and ');
    const hint = missing.length === 1 ? `Map one with ${flags}` : `Map them with ${flags}`;
    throw new FatalInputError(file, 'missing-column', `${file}: no ${names} column; found columns: ${found}. ${hint}`);
  }

  for (const { field, absent } of fields) {
    const at = index[field];
    detection.report.push(at === undefined ? `${field}: ${absent}` : `${field} ← '${shortName(headers[at]!)}' (${how[field]})`);
  }
  const others = headers.filter((_, i) => !taken.has(i));
  const shown = others.slice(0, 5 * LISTED_NAMES).map((h) => `'${shortName(h)}'`);
  detection.report.push(others.length > 0 ? `attributes ← ${listNames(shown, others.length)}` : 'attributes: no other columns');
  return detection;
}
