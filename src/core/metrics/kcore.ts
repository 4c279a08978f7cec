/**
 * Core number (k-core index): Batagelj, V. & Zaveršnik, M. (2003). "An O(m)
 * algorithm for cores decomposition of networks". arXiv:cs/0310049.
 *
 * Nodes are bucket-sorted by degree; repeatedly the node of smallest current
 * degree is removed and each neighbour with a larger degree moves down one
 * bucket, in O(1) by swapping it with the first node of its bucket.
 *
 * Why not graphology-metrics: it has no core decomposition. This is the same
 * algorithm networkx `core_number` uses, over typed arrays.
 */
import { csrFor, type Csr } from './csr';
import type { AlgorithmDescriptor } from './descriptor';

/** Core number of every node. */
export function coreNumber(csr: Csr): Float64Array {
  const { n, offsets, neighbors } = csr;
  const deg = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1]! - offsets[v]!;
    if (deg[v]! > maxDegree) maxDegree = deg[v]!;
  }
  // bin[d] = first position in `vert` of the nodes of current degree d.
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) bin[deg[v]!]!++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d]!;
    bin[d] = start;
    start += count;
  }
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const p = bin[deg[v]!]!++;
    pos[v] = p;
    vert[p] = v;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;

  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    const dv = deg[v]!;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const u = neighbors[p]!;
      const du = deg[u]!;
      if (du > dv) {
        const pu = pos[u]!;
        const pw = bin[du]!;
        const w = vert[pw]!;
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        bin[du]!++;
        deg[u] = du - 1;
      }
    }
  }
  return Float64Array.from(deg);
}

export const kcoreDescriptor: AlgorithmDescriptor = {
  id: 'k-core',
  label: 'Core number',
  description:
    'The largest k such that the node belongs to a subgraph where every node has at least k partners: the cohesive centre of the network has the highest values.',
  reference: 'Batagelj, V. & Zaveršnik, M. (2003). An O(m) algorithm for cores decomposition of networks. arXiv:cs/0310049.',
  parameters: [],
  outputs: [{ id: 'core', label: 'Core number', kind: 'number', description: 'k-core index of the node.' }],
  run(graph, _params, context) {
    const values = coreNumber(csrFor(graph, null, context?.csrCache));
    let max = 0;
    for (const v of values) if (v > max) max = v;
    return { values: { core: values }, stats: { maxCore: max }, notes: [] };
  },
};
