/**
 * Eigenvector centrality and PageRank: convergence on two-mode graphs,
 * non-convergence reported (not thrown), disconnected graphs, dangling
 * nodes, and agreement with graphology-metrics on a seeded random graph.
 */
import { UndirectedGraph } from 'graphology';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import { describe, expect, it } from 'vitest';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { buildCsr, eigenvector, eigenvectorDescriptor, pagerank, pagerankDescriptor, resolveParameters } from '../../../src/core/metrics';
import { loadReference } from '../../helpers/reference-graph';
import { randomGraph } from './random-graph';

function graphOf(edges: [string, string, number?][], isolated: string[] = []): AtlasGraph {
  const graph: AtlasGraph = new UndirectedGraph();
  const add = (k: string) => graph.mergeNode(k, { label: k, type: 'unknown', extra: {} });
  for (const [a, b, w] of edges) {
    add(a);
    add(b);
    graph.addEdge(a, b, { weight: w ?? 1, relations: [], years: [], evidence: [], lines: [], extra: {} });
  }
  isolated.forEach(add);
  return graph;
}

describe('eigenvector(csr)', () => {
  it('converges on a star (bipartite): centre 1/√2, leaves 1/√(2k)', () => {
    const k = 5;
    const star = graphOf(Array.from({ length: k }, (_, i) => ['hub', `leaf${i}`] as [string, string]));
    const result = eigenvector(buildCsr(star, null));
    expect(result.converged).toBe(true);
    expect(result.values[0]).toBeCloseTo(Math.SQRT1_2, 9);
    for (let i = 1; i <= k; i++) expect(result.values[i]).toBeCloseTo(1 / Math.sqrt(2 * k), 9);
  });

  it('converges on the two-mode davis graph well within 1000 iterations, unit norm, positive', () => {
    const result = eigenvector(buildCsr(loadReference('davis').graph, null));
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeLessThan(1000);
    expect(result.values.every((v) => v > 0)).toBe(true);
    expect(Math.hypot(...result.values)).toBeCloseTo(1, 12);
  });

  it('reports non-convergence in stats and notes instead of throwing', () => {
    const { graph } = loadReference('davis');
    const result = eigenvectorDescriptor.run(graph, resolveParameters(eigenvectorDescriptor, { maxIterations: 3 }));
    expect(result.stats.converged).toBe(false);
    expect(result.stats.iterations).toBe(3);
    expect(result.notes[0]).toMatch(/did not converge in 3 iterations/);
  });

  it('on a disconnected graph, concentrates on the component of largest eigenvalue (as networkx)', () => {
    const graph = graphOf(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['x', 'y'],
      ],
      ['z'],
    );
    const { values, converged } = eigenvector(buildCsr(graph, null));
    expect(converged).toBe(true);
    for (let i = 0; i < 3; i++) expect(values[i]).toBeCloseTo(1 / Math.sqrt(3), 9);
    for (let i = 3; i < 6; i++) expect(values[i]).toBeLessThan(1e-9);
  });

  it('agrees with graphology-metrics (also A + I, uniform start) on a seeded G(300, 0.02), weighted', () => {
    const graph = randomGraph(300, 0.02, 11);
    const theirs = eigenvectorCentrality(graph, { getEdgeWeight: 'weight', maxIterations: 1000, tolerance: 1e-12 });
    const csr = buildCsr(graph);
    const ours = eigenvector(csr, { weighted: true });
    csr.keys.forEach((k, i) => expect(ours.values[i]).toBeCloseTo(theirs[k]!, 9));
  });
});

describe('pagerank(csr)', () => {
  it('spreads the rank of isolated (dangling) nodes uniformly and sums to 1', () => {
    const graph = graphOf(
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      ['d', 'e'],
    );
    const { values, converged } = pagerank(buildCsr(graph));
    expect(converged).toBe(true);
    expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(values[3]).toBeCloseTo(values[4]!, 15);
    expect(values[0]).toBeCloseTo(values[2]!, 15);
    expect(values[1]).toBeGreaterThan(values[0]!);
  });

  it('is uniform with damping 0', () => {
    const { values } = pagerank(buildCsr(loadReference('karate').graph), { damping: 0 });
    for (const v of values) expect(v).toBeCloseTo(1 / 34, 15);
  });

  it.each([
    ['unweighted', null, false],
    ['weighted', 'weight', true],
  ] as const)('agrees with graphology-metrics %s on a seeded G(300, 0.01) with isolated nodes', (_label, attribute, weighted) => {
    const graph = randomGraph(300, 0.01, 3);
    const csr = buildCsr(graph);
    expect(Array.from(csr.keys, (_k, i) => csr.offsets[i + 1]! - csr.offsets[i]!)).toContain(0);
    // Their power iteration run to 1e-15: at 1e-12 it stops 7e-11 short of the fixed point, which the linear solve reaches.
    const theirs = pagerankCentrality(graph, { getEdgeWeight: attribute, maxIterations: 100_000, tolerance: 1e-15 });
    const ours = pagerank(csr, { weighted });
    csr.keys.forEach((k, i) => expect(ours.values[i]).toBeCloseTo(theirs[k]!, 10));
  });

  it('run defaults to damping 0.85, weighted, 1000 iterations, tolerance 1e-12', () => {
    expect(resolveParameters(pagerankDescriptor)).toEqual({
      damping: 0.85,
      weighted: true,
      maxIterations: 1000,
      tolerance: 1e-12,
    });
    const result = pagerankDescriptor.run(loadReference('lesmis').graph, resolveParameters(pagerankDescriptor));
    expect(result.stats.converged).toBe(true);
    expect(result.notes).toEqual([]);
  });

  it('reports non-convergence instead of throwing', () => {
    const result = pagerankDescriptor.run(loadReference('lesmis').graph, resolveParameters(pagerankDescriptor, { maxIterations: 2 }));
    expect(result.stats.converged).toBe(false);
    expect(result.notes[0]).toMatch(/did not converge/);
  });
});

describe('progress of the power iterations', () => {
  it.each([eigenvectorDescriptor, pagerankDescriptor])('$id reports progress ending at 1 when it converges early', (descriptor) => {
    const progress: number[] = [];
    descriptor.run(loadReference('karate').graph, resolveParameters(descriptor), { onProgress: (f) => progress.push(f) });
    expect(progress.at(-1)).toBe(1);
  });
});
