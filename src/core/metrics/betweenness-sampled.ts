/**
 * Sampled (approximate) betweenness: Brandes, U. & Pich, C. (2007).
 * "Centrality estimation in large networks". International Journal of
 * Bifurcation and Chaos 17(7), 2303–2318.
 *
 * Brandes' accumulation is run from k pivots drawn uniformly without
 * replacement by a seeded generator, and the sums are scaled by n/k, which is
 * an unbiased estimate of the exact values (same scaling as networkx's `k`).
 * Cost is k/n of the exact run. graphology-metrics has no sampled variant.
 */
import { createRng } from '../random';
import { accumulateDependencies, BETWEENNESS_DEFAULTS, betweennessScale, NORMALIZED_PARAMETER, scaleInPlace } from './betweenness';
import { csrFor, type Csr } from './csr';
import { resolveParameters, type AlgorithmDescriptor, type RunContext } from './descriptor';
import { describeWeighting, edgeLengths, type PathWeighting, WEIGHTS_PARAMETER } from './path-weights';

export interface SampledBetweennessOptions {
  /** Number of pivots k (clamped to [1, n]). */
  samples?: number;
  /** Seed of the pivot draw. Same seed, same graph → identical output. */
  seed?: number;
  weights?: PathWeighting;
  normalized?: boolean;
}

/** Defaults of {@link sampledBetweenness}, read by its descriptor too: 100 pivots, seed 1, exact betweenness's weights and scale. */
export const SAMPLED_BETWEENNESS_DEFAULTS = { samples: 100, seed: 1, ...BETWEENNESS_DEFAULTS } as const;

/** Draws k distinct node indices from 0..n−1 (partial Fisher–Yates), in draw order. */
export function drawPivots(n: number, k: number, seed: number): Int32Array {
  const rng = createRng(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const picked = pool[j]!;
    pool[j] = pool[i]!;
    pool[i] = picked;
  }
  return pool.slice(0, k);
}

/** Brandes–Pich estimate of betweenness, on the same scale as `betweenness`. */
export function sampledBetweenness(csr: Csr, options: SampledBetweennessOptions = {}, context?: RunContext): Float64Array {
  const n = csr.n;
  if (n === 0) return new Float64Array(0);
  const d = SAMPLED_BETWEENNESS_DEFAULTS;
  const k = Math.max(1, Math.min(n, Math.floor(options.samples ?? d.samples)));
  const pivots = drawPivots(n, k, options.seed ?? d.seed);
  const total = accumulateDependencies(csr, edgeLengths(csr, options.weights ?? d.weights), pivots, context);
  return scaleInPlace(total, (betweennessScale(n, options.normalized ?? d.normalized) * n) / k);
}

export const sampledBetweennessDescriptor: AlgorithmDescriptor = {
  id: 'betweenness-sampled',
  label: 'Betweenness (sampled)',
  description:
    'Estimate of betweenness from shortest paths starting at a random sample of nodes, for graphs too large for the exact ' +
    'measure. Same scale and weight options as Betweenness (default weights: none); the same seed gives the same result.',
  reference: 'Brandes, U. & Pich, C. (2007). Centrality estimation in large networks. International Journal of Bifurcation and Chaos, 17(7), 2303–2318.',
  parameters: [
    {
      id: 'samples',
      label: 'Sample size',
      description: 'Number of source nodes (pivots); capped at the number of nodes, where the result is exact.',
      type: 'integer',
      default: SAMPLED_BETWEENNESS_DEFAULTS.samples,
      min: 1,
      step: 1,
    },
    {
      id: 'seed',
      label: 'Random seed',
      description: 'Seed of the pivot draw.',
      type: 'integer',
      default: SAMPLED_BETWEENNESS_DEFAULTS.seed,
      min: 0,
      step: 1,
    },
    WEIGHTS_PARAMETER,
    NORMALIZED_PARAMETER,
  ],
  outputs: [
    {
      id: 'betweenness',
      label: 'Betweenness (estimate)',
      kind: 'number',
      description: 'Estimated sum over pairs of the share of their shortest paths passing through the node.',
    },
  ],
  run(graph, params, context) {
    const p = resolveParameters(sampledBetweennessDescriptor, params);
    const weighting = p.weights as PathWeighting;
    const normalized = p.normalized as boolean;
    const samples = p.samples as number;
    const seed = p.seed as number;
    const csr = csrFor(graph, weighting === 'none' ? null : 'weight', context?.csrCache);
    const used = Math.max(1, Math.min(csr.n, Math.floor(samples)));
    const notes = [describeWeighting(weighting)];
    notes.push(
      used >= csr.n ? `All ${csr.n} nodes were used as sources, so the values are exact.` : `Estimated from ${used} of ${csr.n} source nodes (seed ${seed}).`,
    );
    return {
      values: { betweenness: sampledBetweenness(csr, { samples, seed, weights: weighting, normalized }, context) },
      stats: { samples: Math.min(used, csr.n), seed, weights: weighting, normalized },
      notes,
    };
  },
};
