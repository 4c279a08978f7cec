/**
 * PageRank as a linear system (pagerank-linear.ts): the fixed point of
 * networkx's iteration reached in far fewer steps, at damping close to 1 too;
 * damping 1 falls back to power iteration, whose fixed point on a connected
 * non-bipartite graph is the random walk's stationary distribution
 * strength / total strength.
 */
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import { describe, expect, it } from 'vitest';
import { buildCsr, pagerank } from '../../../src/core/metrics';
import { loadReference } from '../../helpers/reference-graph';
import { randomGraph } from './random-graph';

describe('pagerank(csr) by conjugate gradients', () => {
  it.each([0.5, 0.85, 0.99])('equals graphology-metrics run to 1e-15 at damping %s, weighted, with isolated nodes', (damping) => {
    const graph = randomGraph(400, 0.008, 21);
    const csr = buildCsr(graph);
    const theirs = pagerankCentrality(graph, { alpha: damping, getEdgeWeight: 'weight', maxIterations: 100_000, tolerance: 1e-15 });
    const ours = pagerank(csr, { damping });
    expect(ours.converged).toBe(true);
    // The stopping rule's guarantee: Σ|x − x*| < n·tolerance, tolerance 1e-12.
    let error = 0;
    csr.keys.forEach((k, i) => (error += Math.abs(ours.values[i]! - theirs[k]!)));
    expect(error).toBeLessThan(csr.n * 1e-12);
    expect(ours.values.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 13);
  });

  it('takes fewer than half the steps of power iteration at 0.85 (lesmis, weighted)', () => {
    const csr = buildCsr(loadReference('lesmis').graph);
    const linear = pagerank(csr).iterations;
    // Power iteration's step count: networkx's rule Σ|Δx| < n·1e-12, counted here.
    let x = new Float64Array(csr.n).fill(1 / csr.n);
    let steps = 0;
    for (let change = Infinity; change >= csr.n * 1e-12; steps++) {
      const next = new Float64Array(csr.n).fill(0.15 / csr.n);
      for (let i = 0; i < csr.n; i++) {
        let s = 0;
        for (let p = csr.offsets[i]!; p < csr.offsets[i + 1]!; p++) s += csr.weights[p]!;
        for (let p = csr.offsets[i]!; p < csr.offsets[i + 1]!; p++) next[csr.neighbors[p]!]! += (0.85 * x[i]! * csr.weights[p]!) / s;
      }
      change = next.reduce((sum, v, i) => sum + Math.abs(v - x[i]!), 0);
      x = next;
    }
    expect(linear).toBeLessThan(steps / 2);
  });

  it('gives bit-identical ranks to nodes in symmetric positions', () => {
    const { values } = pagerank(buildCsr(loadReference('karate').graph, null));
    // Karate nodes 17 and 21 ('17', '21') both link exactly to 0 and 1.
    const csr = buildCsr(loadReference('karate').graph, null);
    expect(values[csr.keys.indexOf('17')]).toBe(values[csr.keys.indexOf('21')]);
  });

  it('at damping 1 (power iteration) gives strength / total strength on a connected non-bipartite graph', () => {
    const csr = buildCsr(loadReference('lesmis').graph);
    const { values, converged } = pagerank(csr, { damping: 1 });
    expect(converged).toBe(true);
    const total = csr.weights.reduce((s, w) => s + w, 0);
    for (let i = 0; i < csr.n; i++) {
      let s = 0;
      for (let p = csr.offsets[i]!; p < csr.offsets[i + 1]!; p++) s += csr.weights[p]!;
      expect(values[i]).toBeCloseTo(s / total, 9);
    }
  });
});
