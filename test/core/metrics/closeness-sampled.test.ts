import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { closeness } from '../../../src/core/metrics/closeness';
import { sampledCloseness } from '../../../src/core/metrics/closeness-sampled';
import { buildCsr } from '../../../src/core/metrics/csr';
import { createRng } from '../../../src/core/random';

/** A connected sparse graph: a random tree plus random chords (n nodes, ~2n edges). */
function sparseGraph(n: number, seed: number, offset = 0): UndirectedGraph {
  const rng = createRng(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(offset + i));
  for (let i = 1; i < n; i++) g.addEdge(String(offset + i), String(offset + Math.floor(rng() * i)));
  for (let k = 0; k < n; k++) g.mergeEdge(String(offset + Math.floor(rng() * n)), String(offset + ((Math.floor(rng() * n) + 1) % n)));
  g.forEachEdge((e, _a, s, t) => s === t && g.dropEdge(e));
  return g;
}

describe('sampledCloseness', () => {
  const g = sparseGraph(2000, 3);
  const csr = buildCsr(g, null);
  const exact = closeness(csr, { wassermanFaust: true });

  it('sampledCloseness(csr, {samples: 200}) is within 5% of the exact values on a 2,000-node graph', () => {
    const approx = sampledCloseness(csr, { samples: 200, seed: 7 });
    let worst = 0;
    approx.forEach((x, i) => (worst = Math.max(worst, Math.abs(x - exact[i]!) / exact[i]!)));
    expect(worst).toBeLessThan(0.05);
  });

  it('sampledCloseness(csr, {samples: 100}) keeps the order: Spearman rank correlation with the exact values above 0.95', () => {
    const approx = sampledCloseness(csr, { samples: 100, seed: 1 });
    const ranks = (v: Float64Array) => {
      const r = new Float64Array(v.length);
      [...v.keys()].sort((a, b) => v[a]! - v[b]!).forEach((i, k) => (r[i] = k));
      return r;
    };
    const [ra, re] = [ranks(approx), ranks(exact)];
    const n = ra.length;
    let d2 = 0;
    for (let i = 0; i < n; i++) d2 += (ra[i]! - re[i]!) ** 2;
    const spearman = 1 - (6 * d2) / (n * (n * n - 1));
    expect(spearman).toBeGreaterThan(0.95);
  });

  it('sampledCloseness(csr) is exact on small components and reproducible with the seed', () => {
    const both = sparseGraph(1000, 5);
    const small = sparseGraph(30, 6, 5000);
    small.forEachNode((n) => both.addNode(n));
    small.forEachEdge((_e, _a, s, t) => both.addEdge(s, t));
    const c = buildCsr(both, null);
    const a = sampledCloseness(c, { samples: 50, seed: 2 });
    const b = sampledCloseness(c, { samples: 50, seed: 2 });
    expect([...a]).toEqual([...b]);
    const ex = closeness(c, { wassermanFaust: true });
    c.keys.forEach((key, i) => {
      if (Number(key) >= 5000) expect(a[i]).toBeCloseTo(ex[i]!, 12);
    });
  });
});
