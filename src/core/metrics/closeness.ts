/**
 * Closeness centrality: Freeman, L. C. (1979). "Centrality in social networks:
 * conceptual clarification". Social Networks 1(3), 215–239; with the
 * correction for disconnected graphs of Wasserman, S. & Faust, K. (1994).
 * Social Network Analysis, Cambridge University Press, p. 201.
 *
 * c(v) = (r−1) / Σ d(v, u) over the r nodes reachable from v (v included),
 * times (r−1)/(n−1) with the Wasserman–Faust correction; 0 for an isolated
 * node. Same values as networkx `closeness_centrality(wf_improved=…)`.
 *
 * Why not graphology-metrics' closeness: it walks graphology's object-keyed
 * adjacency and allocates a fresh queue per source, and its default is the
 * uncorrected formula, which ranks small components above the main one. Here
 * it is one BFS (or Dijkstra) per node over the CSR with buffers reused, and
 * none for a leaf: its distance sum is its neighbour's plus (r − 2) times the
 * leaf's edge length (leaf-folding.ts).
 */
import { csrFor, type Csr } from './csr';
import { resolveParameters, type AlgorithmDescriptor, type ParameterSpec, type RunContext } from './descriptor';
import { IndexHeap } from './index-heap';
import { foldTargets } from './leaf-folding';
import { DEFAULT_PATH_WEIGHTING, describeWeighting, edgeLengths, type PathWeighting, WEIGHTS_PARAMETER } from './path-weights';
import { createCheckpoint } from './progress';

export interface ClosenessOptions {
  /** Scale by the reachable share (r−1)/(n−1). */
  wassermanFaust?: boolean;
  /** How edge weights become path lengths. */
  weights?: PathWeighting;
}

/** Defaults of {@link closeness} (corrected, hops), read by its descriptor too. */
export const CLOSENESS_DEFAULTS = { wassermanFaust: true, weights: DEFAULT_PATH_WEIGHTING } as const;

/** The `wassermanFaust` parameter of the closeness measures (exact and sampled). */
export const WASSERMAN_FAUST_PARAMETER: ParameterSpec = {
  id: 'wassermanFaust',
  label: 'Wasserman–Faust correction',
  description: 'Multiply by (reachable − 1)/(n − 1), which is what disconnected graphs need.',
  type: 'boolean',
  default: CLOSENESS_DEFAULTS.wassermanFaust,
};

/** Closeness of every node of `csr`. */
export function closeness(csr: Csr, options: ClosenessOptions = {}, context?: RunContext): Float64Array {
  const { n, m, offsets, neighbors } = csr;
  const wassermanFaust = options.wassermanFaust ?? CLOSENESS_DEFAULTS.wassermanFaust;
  const lengths = edgeLengths(csr, options.weights ?? CLOSENESS_DEFAULTS.weights);
  const result = new Float64Array(n);
  const order = new Int32Array(n);
  const into = foldTargets(csr);
  let traversals = 0;
  for (let v = 0; v < n; v++) if (into[v]! < 0) traversals++;
  const checkpoint = createCheckpoint(context, traversals, n + 2 * m);
  let done = 0;
  // Per traversed node: nodes reached (itself included) and the distance sum, for its folded leaves.
  const reachedOf = new Int32Array(n);
  const sumOf = new Float64Array(n);

  const finish = (s: number, reached: number, sum: number) => {
    reachedOf[s] = reached;
    sumOf[s] = sum;
    if (sum > 0 && n > 1) {
      let c = (reached - 1) / sum;
      if (wassermanFaust) c *= (reached - 1) / (n - 1);
      result[s] = c;
    }
  };

  if (lengths === null) {
    const dist = new Int32Array(n).fill(-1);
    for (let s = 0; s < n; s++) {
      if (into[s]! >= 0) continue;
      checkpoint(done++);
      dist[s] = 0;
      order[0] = s;
      let head = 0;
      let tail = 1;
      let sum = 0;
      while (head < tail) {
        const v = order[head++]!;
        const next = dist[v]! + 1;
        for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
          const w = neighbors[p]!;
          if (dist[w]! < 0) {
            dist[w] = next;
            sum += next;
            order[tail++] = w;
          }
        }
      }
      finish(s, tail, sum);
      for (let i = 0; i < tail; i++) dist[order[i]!] = -1;
    }
  } else {
    const dist = new Float64Array(n).fill(Infinity);
    const settled = new Uint8Array(n);
    const heap = new IndexHeap(n, dist);
    for (let s = 0; s < n; s++) {
      if (into[s]! >= 0) continue;
      checkpoint(done++);
      dist[s] = 0;
      heap.pushOrDecrease(s);
      let count = 0;
      let sum = 0;
      while (heap.length > 0) {
        const v = heap.pop();
        const dv = dist[v]!;
        settled[v] = 1;
        order[count++] = v;
        sum += dv;
        for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
          const w = neighbors[p]!;
          if (settled[w]) continue;
          const candidate = dv + lengths[p]!;
          if (candidate < dist[w]!) {
            dist[w] = candidate;
            heap.pushOrDecrease(w);
          }
        }
      }
      finish(s, count, sum);
      for (let i = 0; i < count; i++) {
        const v = order[i]!;
        dist[v] = Infinity;
        settled[v] = 0;
      }
    }
  }
  for (let v = 0; v < n; v++) {
    const u = into[v]!;
    if (u < 0) continue;
    const r = reachedOf[u]!;
    finish(v, r, sumOf[u]! + (r - 2) * (lengths === null ? 1 : lengths[offsets[v]!]!));
  }
  checkpoint(traversals);
  return result;
}

export const closenessDescriptor: AlgorithmDescriptor = {
  id: 'closeness',
  label: 'Closeness',
  description:
    'How near a node is to every node it can reach: (reachable − 1) / sum of shortest-path lengths, scaled by the reachable share ' +
    "(Wasserman–Faust) so nodes of small components do not look central. Weights default to 'none' (hops).",
  reference:
    'Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social Networks, 1(3), 215–239; ' +
    'Wasserman, S. & Faust, K. (1994). Social Network Analysis. Cambridge University Press.',
  parameters: [WASSERMAN_FAUST_PARAMETER, WEIGHTS_PARAMETER],
  outputs: [{ id: 'closeness', label: 'Closeness', kind: 'number', description: 'Inverse mean distance to reachable nodes.' }],
  run(graph, params, context) {
    const p = resolveParameters(closenessDescriptor, params);
    const weighting = p.weights as PathWeighting;
    const wassermanFaust = p.wassermanFaust as boolean;
    const csr = csrFor(graph, weighting === 'none' ? null : 'weight', context?.csrCache);
    return {
      values: { closeness: closeness(csr, { wassermanFaust, weights: weighting }, context) },
      stats: { wassermanFaust, weights: weighting },
      notes: [describeWeighting(weighting)],
    };
  },
};
