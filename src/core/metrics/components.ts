/**
 * Connected components by breadth-first search (Hopcroft, J. & Tarjan, R.
 * (1973). "Algorithm 447: efficient algorithms for graph manipulation".
 * Communications of the ACM 16(6), 372–378), numbered by size.
 *
 * Why not graphology-components: it returns arrays of node keys in discovery
 * order, unsorted; here components are numbered 0 = largest, ties broken by
 * their smallest node index, so colours and legends do not depend on the
 * order nodes were added.
 */
import { csrFor, type Csr } from './csr';
import type { AlgorithmDescriptor } from './descriptor';

/** Components as ascending arrays of node indices, largest first (ties: smallest first node). */
export function connectedComponents(csr: Csr): Int32Array[] {
  const { n, offsets, neighbors } = csr;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  const found: Int32Array[] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
        const w = neighbors[p]!;
        if (!seen[w]) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    found.push(queue.slice(0, tail).sort());
  }
  // Components were found in order of their smallest node, and sort is stable.
  return found.sort((a, b) => b.length - a.length);
}

/** Component number of every node (0 = largest) and the number of components. */
export function componentLabels(csr: Csr): { labels: Float64Array; count: number } {
  const components = connectedComponents(csr);
  const labels = new Float64Array(csr.n);
  components.forEach((members, c) => {
    for (const v of members) labels[v] = c;
  });
  return { labels, count: components.length };
}

export const componentsDescriptor: AlgorithmDescriptor = {
  id: 'components',
  label: 'Connected components',
  description: 'Groups of nodes linked by some path; numbered by size, 0 being the largest.',
  reference: 'Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph manipulation. Communications of the ACM, 16(6), 372–378.',
  parameters: [],
  outputs: [{ id: 'component', label: 'Component', kind: 'category', description: 'Component number, 0 = largest.' }],
  run(graph, _params, context) {
    const { labels, count } = componentLabels(csrFor(graph, null, context?.csrCache));
    let largest = 0;
    for (const c of labels) if (c === 0) largest++;
    return {
      values: { component: labels },
      stats: { count, largest },
      notes: count > 1 ? [`The graph has ${count} connected components; the largest holds ${largest} nodes.`] : [],
    };
  },
};
