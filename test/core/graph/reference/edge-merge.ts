/**
 * Merging the rows that name one pair of nodes into one edge: weights
 * summed, relations, years, evidence, lines and extra columns kept as
 * distinct lists, and exact duplicate rows told apart from repeated pairs by
 * a signature of everything a row says. Linear in the rows, however often a
 * pair repeats (a set per list past a few values; signatures only once a
 * pair repeats).
 */
import type { EdgeRow } from '../../../../src/core/csv/types';
import { dict, getOwn, setOwn } from '../../../../src/core/util/dict';
import type { AtlasEdgeAttributes } from '../../../../src/core/graph/types';

/** One merged edge while the graph is built: its ends as graph keys, its first row and, once it repeats, its rows' signatures. */
export interface MergedEdge {
  source: string;
  target: string;
  first: EdgeRow;
  attributes: AtlasEdgeAttributes;
  /** First line of each distinct row signature; made when the pair first repeats. */
  signatures?: Map<string, number>;
}

/**
 * "Add if absent" for the value lists of merged edges. A list is scanned
 * while it is short; past {@link SCAN_LIMIT} values it gets a Set, so a pair
 * repeated on 20,000 rows with a different value each costs linear time.
 */
export class DistinctLists {
  private readonly sets = new Map<unknown[], Set<unknown>>();

  add<T>(list: T[], value: T | undefined): boolean {
    if (value === undefined || value === '') return false;
    if (list.length < SCAN_LIMIT) {
      if (list.includes(value)) return false;
    } else {
      let set = this.sets.get(list) as Set<T> | undefined;
      if (!set) this.sets.set(list, (set = new Set(list)) as Set<unknown>);
      if (set.has(value)) return false;
      set.add(value);
    }
    list.push(value);
    return true;
  }
}

/** Values a list holds before {@link DistinctLists} gives it a Set. */
const SCAN_LIMIT = 16;

/** Everything a row says, in either direction: equal signatures = exact duplicate rows. */
export function rowSignature(row: EdgeRow): string {
  const ends = [
    [row.source, row.sourceType],
    [row.target, row.targetType],
  ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  return JSON.stringify([ends, row.relation, row.weight, row.year, row.evidence, row.attributes]);
}

/**
 * The attributes of a new edge, from the first row that names its pair:
 * what {@link mergeInto} makes of that row on empty lists, with each list
 * made at its size (an array grown by `push` reserves 16 slots; a million
 * edges with four lists each would carry ~500 MB of empty slots).
 */
export function newEdgeAttributes(row: EdgeRow): AtlasEdgeAttributes {
  const extra = dict<string[]>();
  // Column names are data (`constructor`, `__proto__`…): own keys only.
  for (const key of Object.keys(row.attributes)) {
    const value = getOwn(row.attributes, key);
    if (value !== undefined) setOwn(extra, key, value === '' ? [] : [value]);
  }
  return {
    weight: 0 + row.weight,
    relations: row.relation === undefined || row.relation === '' ? [] : [row.relation],
    years: row.year === undefined ? [] : [row.year],
    evidence: row.evidence === undefined || row.evidence === '' ? [] : [row.evidence],
    lines: [row.line],
    extra,
  };
}

/** Adds a row to an edge: weight summed, values kept once each, years ascending, the line recorded. */
export function mergeInto(attributes: AtlasEdgeAttributes, row: EdgeRow, distinct: DistinctLists, options: { sameStatement?: boolean } = {}): void {
  attributes.weight += row.weight;
  distinct.add(attributes.relations, row.relation);
  distinct.add(attributes.evidence, row.evidence);
  if (distinct.add(attributes.years, row.year)) {
    // Kept ascending: the new year moves down to its place (years are few).
    const years = attributes.years;
    for (let i = years.length - 1; i > 0 && years[i - 1]! > years[i]!; i--) [years[i - 1], years[i]] = [years[i]!, years[i - 1]!];
  }
  if (!options.sameStatement) attributes.lines.push(row.line);
  // Column names are data (`constructor`, `__proto__`…): own keys only.
  for (const key of Object.keys(row.attributes)) {
    const value = getOwn(row.attributes, key);
    if (value === undefined) continue;
    let list = getOwn(attributes.extra, key);
    if (!list) setOwn(attributes.extra, key, (list = []));
    distinct.add(list, value);
  }
}
