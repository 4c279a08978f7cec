/**
 * How edge weights enter shortest-path measures (betweenness, closeness).
 *
 * - `none`: every edge has length 1 (breadth-first search).
 * - `strength`: a weight is a tie strength, so the length is 1 / weight; a pair
 *   that worked together on many projects is "closer". This is usually what a
 *   co-participation count means.
 * - `distance`: the weight is itself a length (networkx's `weight='weight'`).
 */
import type { Csr } from './csr';
import type { ParameterSpec } from './descriptor';

export const PATH_WEIGHTINGS = ['none', 'strength', 'distance'] as const;
export type PathWeighting = (typeof PATH_WEIGHTINGS)[number];

/** The weighting the shortest-path measures use unless told otherwise: hops, as networkx's default. */
export const DEFAULT_PATH_WEIGHTING: PathWeighting = 'none';

/** Edge lengths aligned with `csr.neighbors`, or `null` for unit lengths (use BFS). */
export function edgeLengths(csr: Csr, weighting: PathWeighting): Float64Array | null {
  if (weighting === 'none') return null;
  if (weighting === 'distance') return csr.weights;
  const lengths = new Float64Array(csr.weights.length);
  for (let p = 0; p < lengths.length; p++) lengths[p] = 1 / csr.weights[p]!;
  return lengths;
}

/** Plain-language sentence saying which weighting a result used. */
export function describeWeighting(weighting: PathWeighting): string {
  switch (weighting) {
    case 'none':
      return 'Edge weights were ignored: every link has length 1.';
    case 'strength':
      return 'Edge weights were read as tie strengths: a link of weight w has length 1/w.';
    case 'distance':
      return 'Edge weights were read as distances: a link of weight w has length w.';
  }
}

/**
 * Relative tolerance under which two path lengths count as equal. With
 * `strength` lengths (sums of 1/w) the same distance reached along two routes
 * can differ in the last bits; treating them as different would drop shortest
 * paths. Integer lengths (networkx's reading of lesmis) are exact either way.
 */
export const DISTANCE_EPSILON = 1e-12;

/** The `weights` parameter shared by the shortest-path measures. */
export const WEIGHTS_PARAMETER: ParameterSpec = {
  id: 'weights',
  label: 'Edge weights',
  description: "'none': every link has length 1; 'strength': length 1/weight; 'distance': length = weight.",
  type: 'enum',
  default: DEFAULT_PATH_WEIGHTING,
  options: PATH_WEIGHTINGS,
};
