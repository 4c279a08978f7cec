/**
 * Seeded generator of benchmark graphs shaped like the municipal data: typed
 * city–project–firm networks with planted communities (a group of cities
 * around a few projects and firms), about 5 edges per node, a skewed degree
 * distribution inside each community (Zipf choice of projects and firms) and
 * a few national "platform" stars that a share of all cities use, like
 * GlobaLeaks or Decidim in the real data. Written as CSV in the app's edges
 * format. The same size and seed always give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../src/core/random';

/** Named sizes of the benchmark, in nodes. */
export const SIZES: Readonly<Record<string, number>> = { '1k': 1_000, '10k': 10_000, '50k': 50_000, '100k': 100_000 };

export const GENERATOR_DEFAULTS = {
  seed: 1,
  /** Edges per node (the largest graph: 100k nodes, 500k edges). */
  edgesPerNode: 5,
  /** Nodes per planted community. */
  communitySize: 250,
  /** Share of links that leave their community. */
  mixing: 0.1,
  /** Share of city–project links that go to one of the national platform stars. */
  starShare: 0.02,
  stars: 3,
} as const;

export type GeneratorOptions = Partial<{ -readonly [K in keyof typeof GENERATOR_DEFAULTS]: number }>;

const HEADER = 'source,source_type,target,target_type,relation,weight,year,evidence';
const TYPES = ['city', 'project', 'firm'] as const;
type Kind = 0 | 1 | 2; // city, project, firm

/** Number of nodes for a size name (`10k`) or a plain number (`300`). */
export function sizeNodes(size: string): number {
  const n = SIZES[size] ?? Number(size);
  if (!Number.isInteger(n) || n < 30) throw new Error(`bench/generate: unknown size '${size}' (use 1k, 10k, 50k, 100k or a number ≥ 30)`);
  return n;
}

/** Cumulative Zipf weights 1/(r+1) over `count` ranks. */
function zipfCumulative(count: number): Float64Array {
  const out = new Float64Array(count);
  let sum = 0;
  for (let r = 0; r < count; r++) out[r] = sum += 1 / (r + 1);
  return out;
}

/** Rank drawn from a cumulative table by binary search. */
function drawRank(cumulative: Float64Array, u: number): number {
  const target = u * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The edges CSV of an `n`-node graph. */
export function generateEdgesCsv(n: number, options: GeneratorOptions = {}): string {
  const o = { ...GENERATOR_DEFAULTS, ...options };
  const rng = createRng(o.seed);
  const counts = [Math.round(0.7 * n), Math.round(0.1 * n)];
  counts.push(n - counts[0]! - counts[1]!);
  const k = Math.max(2, Math.round(n / o.communitySize));
  // members[kind][community] = node indices (within the kind), in a fixed order: the first is the community's biggest hub.
  const members: number[][][] = TYPES.map(() => Array.from({ length: k }, () => [] as number[]));
  const communityOf: Int32Array[] = counts.map((c) => new Int32Array(c));
  counts.forEach((count, kind) => {
    for (let i = 0; i < count; i++) {
      const c = i < k ? i : Math.floor(rng() * k); // every community gets one node of each kind
      communityOf[kind]![i] = c;
      members[kind]![c]!.push(i);
    }
  });
  const zipf = members.map((byCommunity) => byCommunity.map((list) => zipfCumulative(list.length)));
  const stars = Math.min(o.stars, counts[1]!);

  const lines = [HEADER];
  const seen = new Set<number>();
  const id = (kind: Kind, i: number) => `${TYPES[kind]}_${i}`;
  const add = (ka: Kind, a: number, kb: Kind, b: number, relation: string): boolean => {
    const ga = ka * n + a;
    const gb = kb * n + b;
    const key = ga < gb ? ga * 3 * n + gb : gb * 3 * n + ga;
    if (seen.has(key)) return false;
    seen.add(key);
    const weight = rng() < 0.8 ? 1 : 2 + Math.floor(rng() * 3);
    const year = 2008 + Math.floor(rng() * 17);
    lines.push(`${id(ka, a)},${TYPES[ka]},${id(kb, b)},${TYPES[kb]},${relation},${weight},${year},https://example.org/evidence/${seen.size}`);
    return true;
  };
  /** A node of `kind` near community `c`: Zipf within it, or (mixing) within a random community. */
  const pick = (kind: Kind, c: number): number => {
    const home = rng() < o.mixing ? Math.floor(rng() * k) : c;
    return members[kind]![home]![drawRank(zipf[kind]![home]!, rng())]!;
  };

  // Every node gets one link first, so none is missing from the edges file.
  for (let i = 0; i < counts[0]!; i++) add(0, i, 1, pick(1, communityOf[0]![i]!), 'uses');
  for (let i = 0; i < counts[2]!; i++) add(2, i, 1, pick(1, communityOf[2]![i]!), 'develops');
  for (let i = 0; i < counts[1]!; i++) add(1, i, 0, pick(0, communityOf[1]![i]!), 'uses');

  const target = o.edgesPerNode * n;
  for (let attempts = 0; seen.size < target && attempts < 4 * target; attempts++) {
    const u = rng();
    if (u < 0.55) {
      const city = Math.floor(rng() * counts[0]!);
      const project = rng() < o.starShare ? Math.floor(rng() * stars) : pick(1, communityOf[0]![city]!);
      add(0, city, 1, project, 'uses');
    } else if (u < 0.8) {
      const firm = Math.floor(rng() * counts[2]!);
      add(2, firm, 1, pick(1, communityOf[2]![firm]!), rng() < 0.5 ? 'develops' : 'maintains');
    } else {
      const city = Math.floor(rng() * counts[0]!);
      add(0, city, 2, pick(2, communityOf[0]![city]!), 'contracts');
    }
  }
  return lines.join('\n') + '\n';
}

/** Path of the edges file of a size in `dir` (`10k-edges.csv`, the name bench/browser reads too). */
export function syntheticPath(dir: string, size: string): string {
  return join(dir, `${size}-edges.csv`);
}

/** Writes the edges file of each size into `dir` and returns the paths. */
export function writeSynthetic(dir: string, sizes: readonly string[], options: GeneratorOptions = {}): string[] {
  mkdirSync(dir, { recursive: true });
  return sizes.map((size) => {
    const path = syntheticPath(dir, size);
    writeFileSync(path, generateEdgesCsv(sizeNodes(size), options));
    return path;
  });
}
