/**
 * Sampled (approximate) closeness for graphs where one BFS per node is too
 * slow: Eppstein, D. & Wang, J. (2004). "Fast approximation of centrality".
 * Journal of Graph Algorithms and Applications 8(1), 39–45.
 *
 * A node's mean distance to the others of its component is estimated by its
 * mean distance from k seeded pivots of that component (one BFS per pivot),
 * and closeness is 1 / that mean, times (r−1)/(n−1) with the Wasserman–Faust
 * correction, as in the exact measure. Pivots are spread over the components
 * in proportion to their size (at least 2 in each large one); components of
 * up to SMALL_COMPONENT nodes are computed exactly, which is cheap. Unweighted
 * (hops). graphology has no sampled closeness.
 */
import { createRng } from '../random';
import { CLOSENESS_DEFAULTS, WASSERMAN_FAUST_PARAMETER } from './closeness';
import { connectedComponents } from './components';
import { csrFor, type Csr } from './csr';
import { resolveParameters, type AlgorithmDescriptor, type RunContext } from './descriptor';
import { createCheckpoint } from './progress';

/** Components up to this size get exact closeness. */
const SMALL_COMPONENT = 200;

export interface SampledClosenessOptions {
  /** Number of pivots k over the large components (at least 2). */
  samples?: number;
  /** Seed of the pivot draw. */
  seed?: number;
  wassermanFaust?: boolean;
}

/** Defaults of {@link sampledCloseness}, read by its descriptor too: 100 pivots, seed 1, corrected. */
export const SAMPLED_CLOSENESS_DEFAULTS = { samples: 100, seed: 1, wassermanFaust: CLOSENESS_DEFAULTS.wassermanFaust } as const;

/** Estimated closeness of every node of `csr` (unweighted). */
export function sampledCloseness(csr: Csr, options: SampledClosenessOptions = {}, context?: RunContext): Float64Array {
  const { n, m, offsets, neighbors } = csr;
  const result = new Float64Array(n);
  if (n < 2) return result;
  const k = Math.max(2, Math.floor(options.samples ?? SAMPLED_CLOSENESS_DEFAULTS.samples));
  const wassermanFaust = options.wassermanFaust ?? SAMPLED_CLOSENESS_DEFAULTS.wassermanFaust;
  const rng = createRng(options.seed ?? SAMPLED_CLOSENESS_DEFAULTS.seed);
  const components = connectedComponents(csr);
  const large = components.filter((c) => c.length > SMALL_COMPONENT);
  const largeTotal = large.reduce((a, c) => a + c.length, 0);

  // Sources: every node of a small component (exact), pivots in the large ones.
  const sources: { node: number; pivot: boolean }[] = [];
  for (const members of components) {
    if (members.length <= SMALL_COMPONENT) {
      for (const v of members) sources.push({ node: v, pivot: false });
      continue;
    }
    const want = Math.min(members.length, Math.max(2, Math.round((k * members.length) / largeTotal)));
    const pool = Int32Array.from(members);
    for (let i = 0; i < want; i++) {
      const j = i + Math.floor(rng() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      sources.push({ node: pool[i]!, pivot: true });
    }
  }

  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const sum = new Float64Array(n); // pivots: Σ d(p, v) over pivots p ≠ v
  const hits = new Int32Array(n); // pivots: how many pivots p ≠ v reached v
  const size = new Int32Array(n);
  for (const members of components) for (const v of members) size[v] = members.length;
  const checkpoint = createCheckpoint(context, sources.length, n + 2 * m);

  sources.forEach(({ node: s, pivot }, index) => {
    checkpoint(index);
    dist[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let total = 0;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
        const w = neighbors[p]!;
        if (dist[w]! < 0) {
          dist[w] = next;
          total += next;
          order[tail++] = w;
        }
      }
    }
    if (pivot) {
      for (let i = 1; i < tail; i++) {
        const v = order[i]!;
        sum[v]! += dist[v]!;
        hits[v]!++;
      }
    } else if (total > 0) {
      result[s] = ((tail - 1) / total) * (wassermanFaust ? (tail - 1) / (n - 1) : 1);
    }
    for (let i = 0; i < tail; i++) dist[order[i]!] = -1;
  });
  checkpoint(sources.length);

  for (let v = 0; v < n; v++) {
    if (hits[v]! === 0) continue;
    const r = size[v]!;
    const estimate = hits[v]! / sum[v]!; // 1 / mean distance from the pivots
    result[v] = estimate * (wassermanFaust ? (r - 1) / (n - 1) : 1);
  }
  return result;
}

export const sampledClosenessDescriptor: AlgorithmDescriptor = {
  id: 'closeness-sampled',
  label: 'Closeness (sampled)',
  description:
    'Closeness estimated from k seeded pivots (Eppstein–Wang): for graphs too large for one traversal per node. ' +
    'Small components are computed exactly. Hops only; Wasserman–Faust correction as in the exact measure.',
  reference: 'Eppstein, D. & Wang, J. (2004). Fast approximation of centrality. Journal of Graph Algorithms and Applications, 8(1), 39–45.',
  parameters: [
    {
      id: 'samples',
      label: 'Pivots',
      description: 'Number of source nodes over the large components.',
      type: 'integer',
      default: SAMPLED_CLOSENESS_DEFAULTS.samples,
      min: 2,
    },
    { id: 'seed', label: 'Seed', description: 'Seed of the pivot draw.', type: 'integer', default: SAMPLED_CLOSENESS_DEFAULTS.seed, min: 0 },
    WASSERMAN_FAUST_PARAMETER,
  ],
  outputs: [{ id: 'closeness', label: 'Closeness', kind: 'number', description: 'Estimated inverse mean distance to reachable nodes.' }],
  run(graph, params, context) {
    const p = resolveParameters(sampledClosenessDescriptor, params);
    const samples = p.samples as number;
    const csr: Csr = csrFor(graph, null, context?.csrCache);
    const values = sampledCloseness(csr, { samples, seed: p.seed as number, wassermanFaust: p.wassermanFaust as boolean }, context);
    return {
      values: { closeness: values },
      stats: { samples },
      notes: [`Closeness was estimated from ${samples} pivots (Eppstein–Wang); small components are exact.`],
    };
  },
};
