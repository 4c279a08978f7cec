/**
 * Degree and weighted degree (strength): Freeman, L. C. (1979). "Centrality in
 * social networks: conceptual clarification". Social Networks 1(3), 215–239;
 * strength after Barrat, A. et al. (2004). "The architecture of complex
 * weighted networks". PNAS 101(11), 3747–3752.
 *
 * Why not graphology-metrics' degree helpers: they return object maps keyed by
 * node; every other measure here returns a Float64Array aligned with the CSR,
 * and reading the CSR offsets is all it takes.
 */
import { csrFor, type Csr } from './csr';
import type { AlgorithmDescriptor } from './descriptor';

/** Number of neighbours of every node. */
export function degree(csr: Csr): Float64Array {
  const out = new Float64Array(csr.n);
  for (let i = 0; i < csr.n; i++) out[i] = csr.offsets[i + 1]! - csr.offsets[i]!;
  return out;
}

/** Sum of the weights of every node's edges. */
export function weightedDegree(csr: Csr): Float64Array {
  const { n, offsets, weights } = csr;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let p = offsets[i]!, end = offsets[i + 1]!; p < end; p++) sum += weights[p]!;
    out[i] = sum;
  }
  return out;
}

export const degreeDescriptor: AlgorithmDescriptor = {
  id: 'degree',
  label: 'Degree',
  description: 'Number of partners of each node, and the sum of the weights of its links (weighted degree).',
  reference:
    'Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social Networks, 1(3), 215–239; ' +
    'Barrat, A., Barthélemy, M., Pastor-Satorras, R. & Vespignani, A. (2004). The architecture of complex weighted networks. PNAS, 101(11), 3747–3752.',
  parameters: [],
  outputs: [
    { id: 'degree', label: 'Degree', kind: 'number', description: 'Number of neighbours.' },
    { id: 'weightedDegree', label: 'Weighted degree', kind: 'number', description: 'Sum of link weights.' },
  ],
  run(graph, _params, context) {
    const csr = csrFor(graph, 'weight', context?.csrCache);
    return { values: { degree: degree(csr), weightedDegree: weightedDegree(csr) }, stats: {}, notes: [] };
  },
};
