/**
 * Betweenness centrality, exact: Brandes, U. (2001). "A faster algorithm for
 * betweenness centrality". Journal of Mathematical Sociology 25(2), 163–177.
 *
 * Why not graphology-metrics' betweenness: it counts shortest paths in a
 * Uint32Array, which overflows past 2^32 paths on grid-like or long regular
 * graphs (a 40×40 grid has ~1.7e21 corner-to-corner paths) and then returns
 * values wrong by orders of magnitude; it allocates predecessor lists for
 * every node on every source (garbage collection dominates on 10k-node
 * graphs); and by default it runs Dijkstra even on unit weights. Here path
 * counts are 64-bit floats, all buffers are allocated once per run, and
 * predecessors are not stored at all: in the backward pass, v precedes w
 * exactly when dist(v) + len(v, w) = dist(w), which we re-test on w's
 * neighbours (same O(m) per source, no lists).
 */
import { csrFor, type Csr } from './csr';
import { resolveParameters, type AlgorithmDescriptor, type ParameterSpec, type RunContext } from './descriptor';
import { IndexHeap } from './index-heap';
import { foldSources } from './leaf-folding';
import { DEFAULT_PATH_WEIGHTING, DISTANCE_EPSILON, describeWeighting, edgeLengths, type PathWeighting, WEIGHTS_PARAMETER } from './path-weights';
import { createCheckpoint } from './progress';

export interface BetweennessOptions {
  /** How edge weights become path lengths. */
  weights?: PathWeighting;
  /** Divide by (n−1)(n−2)/2, the number of pairs not involving the node. */
  normalized?: boolean;
}

/** Defaults of {@link betweenness} (hops, raw pair counts, as networkx), read by its descriptor too. */
export const BETWEENNESS_DEFAULTS = { weights: DEFAULT_PATH_WEIGHTING, normalized: false } as const;

/** The `normalized` parameter of the betweenness measures (exact and sampled). */
export const NORMALIZED_PARAMETER: ParameterSpec = {
  id: 'normalized',
  label: 'Normalized',
  description: 'Divide by (n−1)(n−2)/2, the number of node pairs not involving the node.',
  type: 'boolean',
  default: BETWEENNESS_DEFAULTS.normalized,
};

/**
 * Sums, over the given sources s, the dependencies δ_s(v) of every node v
 * (Brandes' accumulation). With every node as a source the sum counts each
 * unordered pair twice. `lengths` = null means unit lengths (BFS).
 * `targets`, a 0/1 mask, restricts the paths counted to those ending in it
 * (subset betweenness, Brandes 2008 §3.3); absent, every node is a target.
 * Leaf sources are folded into their neighbour (leaf-folding.ts): same sums,
 * one traversal per non-leaf source.
 */
export function accumulateDependencies(
  csr: Csr,
  lengths: Float64Array | null,
  sources: ArrayLike<number>,
  context?: RunContext,
  targets?: Uint8Array,
): Float64Array {
  const { n, m, offsets, neighbors } = csr;
  const ends = targets ?? new Uint8Array(n).fill(1);
  const total = new Float64Array(n);
  const sigma = new Float64Array(n); // path counts: 64-bit floats, never Uint32 (overflow past 2^32)
  const delta = new Float64Array(n);
  const order = new Int32Array(n); // BFS queue / settle order, read backwards as Brandes' stack
  const { proxies, multiplicity, folded, foldedTargets } = foldSources(csr, sources, ends);
  const checkpoint = createCheckpoint(context, proxies.length, n + 2 * m);
  /** δ_v(s) of the leaves folded into s: each reaches every target s reaches but s and itself. */
  const addFolded = (s: number, reachedTargets: number) => {
    if (folded[s]! > 0) total[s]! += folded[s]! * (reachedTargets - ends[s]!) - foldedTargets[s]!;
  };

  if (lengths === null) {
    const dist = new Int32Array(n).fill(-1);
    for (let k = 0; k < proxies.length; k++) {
      checkpoint(k);
      const s = proxies[k]!;
      const times = multiplicity[s]!;
      let reached = ends[s]!;
      dist[s] = 0;
      sigma[s] = 1;
      order[0] = s;
      let head = 0;
      let tail = 1;
      while (head < tail) {
        const v = order[head++]!;
        const next = dist[v]! + 1;
        const sv = sigma[v]!;
        for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
          const w = neighbors[p]!;
          const dw = dist[w]!;
          if (dw < 0) {
            dist[w] = next;
            sigma[w] = sv;
            order[tail++] = w;
          } else if (dw === next) {
            sigma[w]! += sv;
          }
        }
      }
      for (let i = tail - 1; i > 0; i--) {
        const w = order[i]!;
        const coefficient = (ends[w]! + delta[w]!) / sigma[w]!;
        const previous = dist[w]! - 1;
        for (let p = offsets[w]!, end = offsets[w + 1]!; p < end; p++) {
          const v = neighbors[p]!;
          if (dist[v] === previous) delta[v]! += sigma[v]! * coefficient;
        }
        total[w]! += times * delta[w]!;
        reached += ends[w]!;
      }
      addFolded(s, reached);
      for (let i = 0; i < tail; i++) {
        const v = order[i]!;
        dist[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
  } else {
    const dist = new Float64Array(n).fill(Infinity);
    const rank = new Int32Array(n).fill(-1); // settle order, -1 while unsettled
    const heap = new IndexHeap(n, dist);
    for (let k = 0; k < proxies.length; k++) {
      checkpoint(k);
      const s = proxies[k]!;
      const times = multiplicity[s]!;
      let reached = ends[s]!;
      dist[s] = 0;
      heap.pushOrDecrease(s);
      let count = 0;
      while (heap.length > 0) {
        const v = heap.pop();
        const dv = dist[v]!;
        // σ(v) is pulled from settled neighbours with the same tolerant
        // equality the backward pass uses, so both see the same predecessors.
        let sv = v === s ? 1 : 0;
        if (v !== s) {
          const slack = DISTANCE_EPSILON * dv;
          for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
            const u = neighbors[p]!;
            if (rank[u]! >= 0 && Math.abs(dist[u]! + lengths[p]! - dv) <= slack) sv += sigma[u]!;
          }
        }
        sigma[v] = sv;
        rank[v] = count;
        order[count++] = v;
        for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
          const w = neighbors[p]!;
          if (rank[w]! >= 0) continue;
          const candidate = dv + lengths[p]!;
          if (candidate < dist[w]!) {
            dist[w] = candidate;
            heap.pushOrDecrease(w);
          }
        }
      }
      for (let i = count - 1; i > 0; i--) {
        const w = order[i]!;
        const dw = dist[w]!;
        const slack = DISTANCE_EPSILON * dw;
        const rw = rank[w]!;
        const coefficient = (ends[w]! + delta[w]!) / sigma[w]!;
        for (let p = offsets[w]!, end = offsets[w + 1]!; p < end; p++) {
          const v = neighbors[p]!;
          const rv = rank[v]!;
          if (rv >= 0 && rv < rw && Math.abs(dist[v]! + lengths[p]! - dw) <= slack) delta[v]! += sigma[v]! * coefficient;
        }
        total[w]! += times * delta[w]!;
        reached += ends[w]!;
      }
      addFolded(s, reached);
      for (let i = 0; i < count; i++) {
        const v = order[i]!;
        dist[v] = Infinity;
        rank[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
  }
  checkpoint(proxies.length);
  return total;
}

/** Multiplies in place by `factor` and returns the array. */
export function scaleInPlace(values: Float64Array, factor: number): Float64Array {
  for (let i = 0; i < values.length; i++) values[i]! *= factor;
  return values;
}

/**
 * Factor turning ordered-pair dependency sums into the undirected raw value
 * (each unordered pair once) or, when `normalized`, into a share of the
 * (n−1)(n−2)/2 pairs not involving the node (networkx's conventions).
 */
export function betweennessScale(n: number, normalized: boolean): number {
  if (normalized) return n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  return 0.5;
}

/**
 * Exact betweenness of every node of `csr` (endpoints excluded, each
 * unordered pair once, as networkx on an undirected graph).
 */
export function betweenness(csr: Csr, options: BetweennessOptions = {}, context?: RunContext): Float64Array {
  const sources = new Int32Array(csr.n);
  for (let i = 0; i < csr.n; i++) sources[i] = i;
  const total = accumulateDependencies(csr, edgeLengths(csr, options.weights ?? BETWEENNESS_DEFAULTS.weights), sources, context);
  return scaleInPlace(total, betweennessScale(csr.n, options.normalized ?? BETWEENNESS_DEFAULTS.normalized));
}

export const betweennessDescriptor: AlgorithmDescriptor = {
  id: 'betweenness',
  label: 'Betweenness',
  description:
    'How often a node lies on the shortest paths between other nodes: brokers between cities, projects and firms score high. ' +
    "Exact (Brandes). Weights: 'none' (default) counts hops; 'strength' reads a weight as tie strength (length 1/weight), " +
    "usually right for shared-project counts; 'distance' reads it as a length. The result notes which one was used.",
  reference: 'Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical Sociology, 25(2), 163–177.',
  parameters: [WEIGHTS_PARAMETER, NORMALIZED_PARAMETER],
  outputs: [
    {
      id: 'betweenness',
      label: 'Betweenness',
      kind: 'number',
      description: 'Sum over pairs of the share of their shortest paths passing through the node.',
    },
  ],
  run(graph, params, context) {
    const p = resolveParameters(betweennessDescriptor, params);
    const weighting = p.weights as PathWeighting;
    const normalized = p.normalized as boolean;
    const csr = csrFor(graph, weighting === 'none' ? null : 'weight', context?.csrCache);
    return {
      values: { betweenness: betweenness(csr, { weights: weighting, normalized }, context) },
      stats: { weights: weighting, normalized },
      notes: [describeWeighting(weighting)],
    };
  },
};
