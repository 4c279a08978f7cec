import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { openPairBrokerage } from '../../../src/core/metrics/brokerage';
import { buildCsr } from '../../../src/core/metrics/csr';

function graph(edges: [string, string][]): AtlasGraph {
  const g: AtlasGraph = new UndirectedGraph();
  for (const [s, t] of edges) {
    for (const id of [s, t]) if (!g.hasNode(id)) g.addNode(id, { label: id, type: 'unknown', extra: {} });
    g.addEdge(s, t, { weight: 1, relations: [], years: [], evidence: [], lines: [], extra: {} });
  }
  return g;
}

describe('openPairBrokerage', () => {
  it('openPairBrokerage(csr) counts k(k−1)/2 pairs of neighbours minus the links among them', () => {
    // b's neighbours a, c, d, e; a–c linked: 6 pairs − 1 = 5. a's neighbours b, c (linked): 0. e a leaf: 0.
    const g = graph([
      ['b', 'a'],
      ['b', 'c'],
      ['b', 'd'],
      ['b', 'e'],
      ['a', 'c'],
    ]);
    const values = openPairBrokerage(buildCsr(g, null));
    const of = (k: string) => values[g.nodes().indexOf(k)];
    expect(of('b')).toBe(5);
    expect(of('a')).toBe(0);
    expect(of('e')).toBe(0);
  });

  it('openPairBrokerage(path a–b–c–d) gives the two inner nodes one pair each', () => {
    const g = graph([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
    expect([...openPairBrokerage(buildCsr(g, null))]).toEqual([0, 1, 1, 0]);
  });
});
