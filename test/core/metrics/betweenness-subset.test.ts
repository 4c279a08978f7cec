import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { subsetBetweenness } from '../../../src/core/metrics/betweenness-subset';
import { betweenness } from '../../../src/core/metrics/betweenness';
import { buildCsr } from '../../../src/core/metrics/csr';
import { bruteForceSubsetBetweenness as bruteForce } from './brute-force';
import { createRng } from '../../../src/core/random';

function randomGraph(n: number, m: number, seed: number) {
  const rng = createRng(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  while (g.size < m) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a !== b && !g.hasEdge(String(a), String(b))) g.addEdge(String(a), String(b));
  }
  return g;
}

describe('subsetBetweenness', () => {
  it('subsetBetweenness(csr, members, false) matches brute-force path enumeration on random graphs', () => {
    for (const seed of [1, 2, 3]) {
      const csr = buildCsr(randomGraph(18, 30, seed), null);
      const rng = createRng(seed + 100);
      const members = Uint8Array.from({ length: csr.n }, () => (rng() < 0.4 ? 1 : 0));
      const got = subsetBetweenness(csr, members, false);
      const expected = bruteForce(csr, members);
      got.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 9));
      expect(Math.max(...got)).toBeGreaterThan(0);
    }
  });

  it('subsetBetweenness(csr, all nodes, false) equals raw Brandes betweenness', () => {
    const csr = buildCsr(randomGraph(40, 80, 7), null);
    const all = new Uint8Array(csr.n).fill(1);
    const got = subsetBetweenness(csr, all, false);
    const full = betweenness(csr, { weights: 'none', normalized: false });
    got.forEach((x, i) => expect(x).toBeCloseTo(full[i]!, 9));
  });

  it('subsetBetweenness(path a–x–b, {a, b}) gives the middle node 1 when normalised', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'x');
    g.mergeEdge('x', 'b');
    const csr = buildCsr(g, null);
    const members = Uint8Array.from(csr.keys.map((k) => (k === 'x' ? 0 : 1)));
    expect([...subsetBetweenness(csr, members, true)]).toEqual(csr.keys.map((k) => (k === 'x' ? 1 : 0)));
  });
});

describe('subsetBetweenness with sampling', () => {
  it('subsetBetweenness(csr, members, false, _, {maxSources}) is exact when the set fits, and an estimate close to it when sampled', () => {
    const csr = buildCsr(randomGraph(300, 700, 11), null);
    const rng = createRng(5);
    const members = Uint8Array.from({ length: csr.n }, () => (rng() < 0.5 ? 1 : 0));
    const exact = subsetBetweenness(csr, members, false);
    expect([...subsetBetweenness(csr, members, false, undefined, { maxSources: 1000, seed: 1 })]).toEqual([...exact]);
    const sampled = subsetBetweenness(csr, members, false, undefined, { maxSources: 100, seed: 1 });
    const total = (v: Float64Array) => v.reduce((a, b) => a + b, 0);
    expect(Math.abs(total(sampled) - total(exact)) / total(exact)).toBeLessThan(0.15);
    expect([...subsetBetweenness(csr, members, false, undefined, { maxSources: 100, seed: 1 })]).toEqual([...sampled]);
  });
});
