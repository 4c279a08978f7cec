/**
 * Brandes betweenness beyond the reference graphs: path counts past 2^32,
 * tolerant tie handling, agreement with graphology-metrics, progress.
 */
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { betweenness, betweennessDescriptor, buildCsr, resolveParameters } from '../../../src/core/metrics';
import { loadReference } from '../../helpers/reference-graph';
import { randomGraph } from './random-graph';

function edge(weight = 1) {
  return { weight, relations: [], years: [], evidence: [], lines: [], extra: {} };
}

function grid(side: number): AtlasGraph {
  const graph: AtlasGraph = new UndirectedGraph();
  const key = (r: number, c: number) => `${r},${c}`;
  for (let r = 0; r < side; r++) for (let c = 0; c < side; c++) graph.addNode(key(r, c), { label: key(r, c), type: 'unknown', extra: {} });
  for (let r = 0; r < side; r++)
    for (let c = 0; c < side; c++) {
      if (c + 1 < side) graph.addEdge(key(r, c), key(r, c + 1), edge());
      if (r + 1 < side) graph.addEdge(key(r, c), key(r + 1, c), edge());
    }
  return graph;
}

function binomial(n: number, k: number): number {
  let b = 1;
  for (let i = 1; i <= k; i++) b = (b * (n - k + i)) / i;
  return b;
}

describe('betweenness(csr) on a 40×40 grid (corner-to-corner path counts ~1e22, far past 2^32)', () => {
  const side = 40;
  const graph = grid(side);
  const csr = buildCsr(graph, null);
  const values = betweenness(csr);
  const at = (r: number, c: number) => values[r * side + c]!;

  it('gives every corner the same finite value, Σ_{i,j≥1} 1/C(i+j, i)', () => {
    // The corner is inside a shortest path only between (0, j) and (i, 0),
    // and only on 1 of their C(i+j, i) shortest paths.
    let expected = 0;
    for (let i = 1; i < side; i++) for (let j = 1; j < side; j++) expected += 1 / binomial(i + j, i);
    for (const v of [at(0, 0), at(0, side - 1), at(side - 1, 0), at(side - 1, side - 1)]) {
      expect(Number.isFinite(v)).toBe(true);
      expect(Math.abs(v - expected) / expected).toBeLessThan(1e-9);
    }
  });

  it('is symmetric under the grid’s reflections', () => {
    let worst = 0;
    for (let r = 0; r < side; r++)
      for (let c = 0; c < side; c++) {
        const v = at(r, c);
        worst = Math.max(worst, Math.abs(v - at(c, r)), Math.abs(v - at(side - 1 - r, c)), Math.abs(v - at(r, side - 1 - c)));
      }
    expect(worst / Math.max(...values)).toBeLessThan(1e-9);
  });

  it('sums to Σ over unordered pairs of (d(s, t) − 1)', () => {
    // Each pair at distance d contributes exactly d − 1 (its inner nodes, shares summing to 1 each).
    let expected = 0;
    const n = side * side;
    for (let a = 0; a < n; a++)
      for (let b = a + 1; b < n; b++) {
        const d = Math.abs(Math.floor(a / side) - Math.floor(b / side)) + Math.abs((a % side) - (b % side));
        expected += d - 1;
      }
    const total = values.reduce((s, v) => s + v, 0);
    expect(Math.abs(total - expected) / expected).toBeLessThan(1e-12);
  });
});

describe('betweenness(csr, {weights}) ties', () => {
  it("counts two routes as equally short when their 'strength' lengths differ only by rounding", () => {
    // s–a–t: 1/10 + 1/5 = 0.30000000000000004; s–b–t: 2 · 1/(20/3) = 0.3.
    const graph: AtlasGraph = new UndirectedGraph();
    for (const k of ['s', 'a', 'b', 't']) graph.addNode(k, { label: k, type: 'unknown', extra: {} });
    graph.addEdge('s', 'a', edge(10));
    graph.addEdge('a', 't', edge(5));
    graph.addEdge('s', 'b', edge(20 / 3));
    graph.addEdge('b', 't', edge(20 / 3));
    const values = betweenness(buildCsr(graph), { weights: 'strength' });
    // s is also the only inner node of the shortest a–b path (0.25 vs 0.35).
    // With exact equality a would get 0 and b 1.
    expect(Array.from(values)).toEqual([1, 0.5, 0.5, 0]);
  });

  it("'strength' on lesmis equals 'distance' on lesmis with weights replaced by 1/weight", () => {
    const { graph } = loadReference('lesmis');
    const inverted = graph.copy();
    inverted.forEachEdge((e, a) => inverted.setEdgeAttribute(e, 'weight', 1 / a.weight));
    const strength = betweenness(buildCsr(graph), { weights: 'strength' });
    const distance = betweenness(buildCsr(inverted), { weights: 'distance' });
    expect(Array.from(strength)).toEqual(Array.from(distance));
  });
});

describe('betweenness(csr) against graphology-metrics on a seeded G(300, 0.02)', () => {
  const graph = randomGraph(300, 0.02, 7);
  const csr = buildCsr(graph);

  it('unweighted raw values agree (getEdgeWeight: null)', () => {
    const theirs = betweennessCentrality(graph, { getEdgeWeight: null, normalized: false });
    const ours = betweenness(csr);
    csr.keys.forEach((k, i) => expect(ours[i]).toBeCloseTo(theirs[k]!, 9));
  });

  it('weights as distances agree, normalized', () => {
    const theirs = betweennessCentrality(graph, { getEdgeWeight: 'weight', normalized: true });
    const ours = betweenness(csr, { weights: 'distance', normalized: true });
    csr.keys.forEach((k, i) => expect(ours[i]).toBeCloseTo(theirs[k]!, 12));
  });
});

describe('betweennessDescriptor.run', () => {
  it("defaults to weights 'none', not normalized, and says so in a note", () => {
    const { graph } = loadReference('lesmis');
    const params = resolveParameters(betweennessDescriptor);
    expect(params).toEqual({ weights: 'none', normalized: false });
    const result = betweennessDescriptor.run(graph, params);
    expect(result.stats.weights).toBe('none');
    expect(result.notes.join(' ')).toMatch(/ignored/);
    const strength = betweennessDescriptor.run(graph, resolveParameters(betweennessDescriptor, { weights: 'strength' }));
    expect(strength.notes.join(' ')).toMatch(/1\/w/);
  });

  it('reports progress rising to 1', () => {
    const progress: number[] = [];
    betweennessDescriptor.run(grid(20), resolveParameters(betweennessDescriptor), {
      onProgress: (f) => progress.push(f),
    });
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
  });
});
