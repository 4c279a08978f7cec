/**
 * Where a node stands among the nodes of its own type, for each measure of
 * the view: "2nd of 216 cities by betweenness". Higher values rank first
 * (lower first for a measure such as constraint, where low is notable);
 * tied nodes share the better rank. DOM-free so it is tested in Node.
 */
import { measurePhrase, ordinal, pluralType } from './text';

/** A node's place among the nodes of its type for one measure. */
export interface TypeRank {
  /** 1 = highest value (lowest with `lowerFirst`); ties share the better rank. */
  rank: number;
  /** Nodes of this type with a known value. */
  total: number;
  /** Other nodes of this type with exactly the same value. */
  tied: number;
  /** Ranked from the lowest value. */
  lowerFirst?: boolean;
}

/**
 * Rank of the node at `index` among the nodes whose `types[i]` equals its
 * type, by `values` (descending). Returns null when its value is not a
 * number. Linear in the number of nodes: a selection asks for a few measures.
 */
export function rankWithinType(values: ArrayLike<number>, types: ArrayLike<string>, index: number, lowerFirst = false): TypeRank | null {
  const value = values[index];
  const type = types[index];
  if (value === undefined || type === undefined || Number.isNaN(value)) return null;
  let above = 0;
  let tied = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    if (types[i] !== type) continue;
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    total++;
    if (lowerFirst ? v < value : v > value) above++;
    else if (v === value && i !== index) tied++;
  }
  return { rank: above + 1, total, tied, ...(lowerFirst ? { lowerFirst } : {}) };
}

/**
 * The rank in plain language: "2nd of 216 cities by betweenness", with
 * "(tied with 3 others)" when others share the value.
 */
export function rankSentence(rank: TypeRank, type: string, measureLabel: string): string {
  const base = `${ordinal(rank.rank)} of ${rank.total.toLocaleString('en-GB')} ${pluralType(type, rank.total)} by ${rank.lowerFirst ? 'lowest ' : ''}${measurePhrase(measureLabel)}`;
  if (rank.tied === 0) return base;
  return `${base} (tied with ${rank.tied.toLocaleString('en-GB')} ${rank.tied === 1 ? 'other' : 'others'})`;
}

/** Sizes of the groups of a category measure (community, component): value → number of nodes. */
export function categorySizes(values: ArrayLike<number>): Map<number, number> {
  const sizes = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    sizes.set(v, (sizes.get(v) ?? 0) + 1);
  }
  return sizes;
}
