/**
 * Modularity of a partition over the CSR adjacency.
 *
 * Newman & Girvan, "Finding and evaluating community structure in networks",
 * Phys. Rev. E 69, 026113 (2004), with the resolution parameter γ of
 * Reichardt & Bornholdt, "Statistical mechanics of community detection",
 * Phys. Rev. E 74, 016110 (2006):
 *
 *   Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ]
 *
 * where L_c is the total weight of edges inside community c, d_c the sum of
 * the (weighted) degrees of its nodes and m the total edge weight. This is the
 * formula of `networkx.algorithms.community.modularity` and igraph.
 */
import type { Csr } from '../metrics/csr';

/** Options of {@link modularity}. */
export interface ModularityOptions {
  /** γ: above 1 favours smaller communities, below 1 larger ones. Default 1. */
  resolution?: number;
  /** Read the CSR weights (default) or count every edge as 1. */
  weighted?: boolean;
}

export const MODULARITY_DEFAULTS: Required<ModularityOptions> = { resolution: 1, weighted: true };

/**
 * Modularity of the partition `communities` (one label per node, aligned with
 * `csr.keys`; any numbers, they are only compared for equality).
 * Returns 0 for a graph without edges, where modularity is undefined.
 */
export function modularity(
  csr: Pick<Csr, 'n' | 'offsets' | 'neighbors' | 'weights'>,
  communities: Int32Array | Float64Array,
  options: ModularityOptions = {},
): number {
  const { resolution, weighted } = { ...MODULARITY_DEFAULTS, ...options };
  const { n, offsets, neighbors, weights } = csr;
  if (communities.length !== n) throw new Error(`communities/modularity: expected ${n} labels, got ${communities.length}`);

  const label = denseLabels(communities);
  let count = 0;
  for (let i = 0; i < n; i++) if (label[i]! >= count) count = label[i]! + 1;
  const inside = new Float64Array(count); // twice the internal weight (each edge seen from both ends)
  const degree = new Float64Array(count);

  let total = 0; // 2m
  for (let i = 0; i < n; i++) {
    const c = label[i]!;
    for (let p = offsets[i]!, end = offsets[i + 1]!; p < end; p++) {
      const w = weighted ? weights[p]! : 1;
      degree[c]! += w;
      if (label[neighbors[p]!] === c) inside[c]! += w;
    }
  }
  for (let c = 0; c < count; c++) total += degree[c]!;
  if (total === 0) return 0;

  const m = total / 2;
  const norm = 1 / (total * total);
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c]! / 2 / m - resolution * degree[c]! * degree[c]! * norm;
  return q;
}

/**
 * Maps arbitrary labels to 0..k−1. Labels that already are integers in
 * [0, n) are used as they are (the common case, no map needed).
 */
function denseLabels(communities: Int32Array | Float64Array): Int32Array {
  const n = communities.length;
  const out = new Int32Array(n);
  let direct = true;
  for (let i = 0; i < n; i++) {
    const c = communities[i]!;
    if (!Number.isInteger(c) || c < 0 || c >= n) {
      direct = false;
      break;
    }
    out[i] = c;
  }
  if (direct) return out;
  const ids = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = communities[i]!;
    let id = ids.get(c);
    if (id === undefined) {
      id = ids.size;
      ids.set(c, id);
    }
    out[i] = id;
  }
  return out;
}
