/**
 * Local clustering coefficient: Watts, D. J. & Strogatz, S. H. (1998).
 * "Collective dynamics of 'small-world' networks". Nature 393, 440–442.
 *
 * c(v) = 2·T(v) / (k(v)(k(v)−1)), T(v) the triangles through v, 0 when
 * k(v) < 2; unweighted, as networkx `clustering`. In a bipartite graph it is 0
 * everywhere (no triangles), which the UI should say rather than hide.
 *
 * Why not graphology-metrics: it has no local clustering coefficient. Here
 * neighbours of v are stamped in one Int32Array, then each neighbour's list is
 * scanned for stamped nodes: O(Σ k²) with no allocation per node.
 */
import { csrFor, type Csr } from './csr';
import type { AlgorithmDescriptor } from './descriptor';

/** Local clustering coefficient of every node. */
export function clustering(csr: Csr): Float64Array {
  const { n, offsets, neighbors } = csr;
  const out = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    const k = end - start;
    if (k < 2) continue;
    for (let p = start; p < end; p++) stamp[neighbors[p]!] = v;
    let links = 0; // each triangle through v is seen twice
    for (let p = start; p < end; p++) {
      const u = neighbors[p]!;
      for (let q = offsets[u]!, qEnd = offsets[u + 1]!; q < qEnd; q++) if (stamp[neighbors[q]!] === v) links++;
    }
    out[v] = links / (k * (k - 1));
  }
  return out;
}

export const clusteringDescriptor: AlgorithmDescriptor = {
  id: 'clustering',
  label: 'Clustering coefficient',
  description: "Share of a node's pairs of neighbours that are linked to each other (unweighted). Always 0 in a two-mode graph, which has no triangles.",
  reference: "Watts, D. J. & Strogatz, S. H. (1998). Collective dynamics of 'small-world' networks. Nature, 393, 440–442.",
  parameters: [],
  outputs: [{ id: 'clustering', label: 'Clustering', kind: 'number', description: 'Local clustering coefficient in [0, 1].' }],
  run(graph, _params, context) {
    return { values: { clustering: clustering(csrFor(graph, null, context?.csrCache)) }, stats: {}, notes: [] };
  },
};
