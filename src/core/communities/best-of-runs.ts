/**
 * The outer loop Louvain and Leiden share: validates the options, runs the
 * algorithm `runs` times with seeds derived from the seed, keeps the
 * partition of highest modularity and numbers its communities by size.
 */
import { ParameterError } from '../errors';
import type { Csr } from '../metrics/csr';
import { createRng } from '../random';
import type { LevelGraph } from './louvain-level';
import { modularity } from './modularity';
import { renumberBySize } from './renumber';

/** Options of a best-of-runs community detection ({@link louvain}, {@link leiden}). */
export interface CommunityOptions {
  /** γ: above 1 gives more, smaller communities. Default 1. */
  resolution?: number;
  /** Read the CSR weights (default) or count every edge as 1. */
  weighted?: boolean;
  /** Seed of the random node orders. Default 42. */
  seed?: number;
  /** Independent runs; the partition of highest modularity is kept. Default 10. */
  runs?: number;
  /** Called with the fraction of runs done. */
  onProgress?: (fraction: number) => void;
}

export const COMMUNITY_DEFAULTS = { resolution: 1, weighted: true, seed: 42, runs: 10 } as const;

/** What a best-of-runs community detection returns. */
export interface CommunityResult {
  /** Community of each node (aligned with `csr.keys`): 0 = largest, isolated nodes last. */
  communities: Int32Array;
  count: number;
  /** Modularity of `communities` at the requested resolution. */
  modularity: number;
  /** Modularity of every run, in run order. */
  runModularities: number[];
  /** Index of the run kept. */
  bestRun: number;
}

/** One run of an algorithm on the base level with its own generator; returns a label per node. */
export type CommunityRun = (base: LevelGraph, resolution: number, rng: () => number) => Int32Array;

/**
 * Best of `runs` calls of `run`, with seeds drawn from `seed`: the same CSR
 * and options always give the same partition. `name` prefixes errors.
 */
export function bestOfRuns(csr: Csr, options: CommunityOptions, name: string, run: CommunityRun): CommunityResult {
  const resolution = options.resolution ?? COMMUNITY_DEFAULTS.resolution;
  const weighted = options.weighted ?? COMMUNITY_DEFAULTS.weighted;
  const seed = options.seed ?? COMMUNITY_DEFAULTS.seed;
  const runs = options.runs ?? COMMUNITY_DEFAULTS.runs;
  if (!(resolution > 0)) throw new ParameterError(`communities/${name}: resolution must be positive, got ${resolution}`);
  if (!Number.isInteger(runs) || runs < 1) throw new ParameterError(`communities/${name}: runs must be a whole number ≥ 1, got ${runs}`);

  const base: LevelGraph = {
    n: csr.n,
    offsets: csr.offsets,
    neighbors: csr.neighbors,
    weights: weighted ? csr.weights : new Float64Array(csr.neighbors.length).fill(1),
    loops: new Float64Array(csr.n),
  };
  const seeds = createRng(seed);
  let best: Int32Array | null = null;
  let bestQ = -Infinity;
  let bestRun = 0;
  const runModularities: number[] = [];
  for (let r = 0; r < runs; r++) {
    const membership = run(base, resolution, createRng(Math.floor(seeds() * 4294967296)));
    const q = modularity(csr, membership, { resolution, weighted });
    runModularities.push(q);
    if (q > bestQ) {
      best = membership;
      bestQ = q;
      bestRun = r;
    }
    options.onProgress?.((r + 1) / runs);
  }
  const { communities, count } = renumberBySize(csr, best!);
  return { communities, count, modularity: bestQ, runModularities, bestRun };
}
