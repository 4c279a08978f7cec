/**
 * Candidate duplicates in a graph: pairs of nodes whose names, types, places,
 * addresses and neighbours suggest one entity under two ids. Not every pair
 * is compared (the municipal catalogue's 6,834 nodes make 23 million): nodes
 * are first put in blocks that share a rare core word, the whole core written
 * without spaces, or an acronym (standard blocking, Christen 2012, "Data
 * Matching", ch. 4), and only pairs within a block are scored
 * (compare.ts). The result lists the pairs at or above the threshold, best
 * first.
 */
import type { ReadGraph } from '../graph/types';
import { COMPARE_DEFAULTS, type CompareWeights, comparePair, type Evidence } from './compare';
import { nodeProfiles, type NodeProfile } from './profile';

export interface DuplicateOptions {
  /** Pairs scoring at least this are listed. */
  threshold: number;
  /** Words shared by more nodes than this do not make a block on their own. */
  maxBlock: number;
  /** Pairs whose names are less alike than this are not scored further. */
  minName: number;
  weights: CompareWeights;
}

export const DUPLICATE_DEFAULTS: DuplicateOptions = {
  threshold: 0.8,
  maxBlock: 100,
  minName: 0.5,
  weights: COMPARE_DEFAULTS,
};

/** One suggested pair, by node id (`a` before `b` in the graph's order). */
export interface DuplicatePair {
  a: string;
  b: string;
  /** Graph keys of a and b. */
  keys: [string, string];
  score: number;
  /** Name similarity alone. */
  name: number;
  reasons: Evidence[];
  against: Evidence[];
}

export interface DuplicateResult {
  pairs: DuplicatePair[];
  /** Nodes read, and pairs scored after blocking. */
  nodes: number;
  compared: number;
}

/** The block keys of a profile: its rarer core words, its joined core, its acronyms and capitals. */
function blockKeys(p: NodeProfile, df: Map<string, number>, maxBlock: number): string[] {
  const keys = new Set<string>();
  let rarest: string | undefined;
  for (const w of p.parts.core) {
    const n = df.get(w) ?? 0;
    if (n <= maxBlock) keys.add(`w:${w}`);
    if (rarest === undefined || n < (df.get(rarest) ?? 0)) rarest = w;
  }
  if (keys.size === 0 && rarest !== undefined) keys.add(`w:${rarest}`);
  if (p.parts.core.length) keys.add(`j:${p.parts.core.join('')}`);
  for (const a of [...p.parts.acronyms, ...p.parts.capitals]) keys.add(`a:${a}`);
  if (p.parts.core.length === 1) keys.add(`a:${p.parts.core[0]}`);
  return [...keys];
}

/** Finds the candidate duplicates of `graph` (see the file header). */
export function findDuplicates(graph: ReadGraph, options: Partial<DuplicateOptions> = {}): DuplicateResult {
  const o: DuplicateOptions = { ...DUPLICATE_DEFAULTS, ...options, weights: { ...COMPARE_DEFAULTS, ...options.weights } };
  const profiles = nodeProfiles(graph);
  const df = new Map<string, number>();
  const capitals = new Map<string, number>();
  for (const p of profiles) {
    for (const w of new Set(p.parts.core)) df.set(w, (df.get(w) ?? 0) + 1);
    for (const w of new Set(p.parts.capitals)) capitals.set(w, (capitals.get(w) ?? 0) + 1);
  }
  const n = profiles.length;

  const blocks = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const k of blockKeys(p, df, o.maxBlock)) {
      const list = blocks.get(k);
      if (list) list.push(i);
      else blocks.set(k, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const members of blocks.values()) {
    // A block past ten times maxBlock comes from names made only of common words ("Comune"): pairing it would be quadratic.
    if (members.length > o.maxBlock * 10) continue;
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const code = members[x]! * n + members[y]!;
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([members[x]!, members[y]!]);
      }
  }

  const ctx = {
    weight: (w: string) => Math.log(1 + n / (df.get(w) ?? 1)),
    capitalCount: (w: string) => capitals.get(w) ?? 0,
    degree: (key: string) => graph.degree(key),
    shared: (a: string, b: string) => {
      const [few, many] = graph.degree(a) <= graph.degree(b) ? [a, b] : [b, a];
      return graph.filterNeighbors(few, (n) => n !== many && graph.areNeighbors(n, many));
    },
    label: (key: string) => graph.getNodeAttribute(key, 'label'),
    weights: o.weights,
  };
  const out: DuplicatePair[] = [];
  for (const [i, j] of pairs) {
    const a = profiles[i]!;
    const b = profiles[j]!;
    const s = comparePair(a, b, ctx);
    if (s.name < o.minName || s.score < o.threshold) continue;
    out.push({ a: a.id, b: b.id, keys: [a.key, b.key], ...s });
  }
  out.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
  return { pairs: out, nodes: n, compared: pairs.length };
}
