/**
 * Degree, closeness, clustering, core number and components on hand-built
 * graphs, brute-force checks and graphology on seeded random graphs.
 */
import { UndirectedGraph } from 'graphology';
import { connectedComponents as graphologyComponents } from 'graphology-components';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { describe, expect, it } from 'vitest';
import type { AtlasGraph } from '../../../src/core/graph/types';
import {
  buildCsr,
  closeness,
  closenessDescriptor,
  clustering,
  componentLabels,
  componentsDescriptor,
  connectedComponents,
  coreNumber,
  degree,
  resolveParameters,
  weightedDegree,
} from '../../../src/core/metrics';
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

describe('degree(csr) and weightedDegree(csr)', () => {
  it('count neighbours and sum weights', () => {
    const csr = buildCsr(
      graphOf(
        [
          ['a', 'b', 2],
          ['a', 'c', 0.5],
        ],
        ['d'],
      ),
    );
    expect(Array.from(degree(csr))).toEqual([2, 1, 1, 0]);
    expect(Array.from(weightedDegree(csr))).toEqual([2.5, 2, 0.5, 0]);
  });
});

describe('closeness(csr)', () => {
  const graph = randomGraph(200, 0.012, 5); // several components and isolated nodes
  const csr = buildCsr(graph, null);

  it.each([true, false])('agrees with graphology-metrics (wassermanFaust: %s) on a disconnected G(200, 0.012)', (wf) => {
    const theirs = closenessCentrality(graph, { wassermanFaust: wf });
    const ours = closeness(csr, { wassermanFaust: wf });
    csr.keys.forEach((k, i) => expect(ours[i]).toBeCloseTo(theirs[k]!, 12));
  });

  it('is 0 for an isolated node and uses distance weights when asked', () => {
    const path = graphOf(
      [
        ['a', 'b', 2],
        ['b', 'c', 3],
      ],
      ['z'],
    );
    const plain = closeness(buildCsr(path), { wassermanFaust: false });
    expect(Array.from(plain)).toEqual([2 / 3, 1, 2 / 3, 0]);
    const weighted = closeness(buildCsr(path), { wassermanFaust: false, weights: 'distance' });
    expect(weighted[0]).toBeCloseTo(2 / (2 + 5), 15);
    expect(weighted[1]).toBeCloseTo(2 / (2 + 3), 15);
    const strength = closeness(buildCsr(path), { wassermanFaust: true, weights: 'strength' });
    expect(strength[1]).toBeCloseTo((2 / (1 / 2 + 1 / 3)) * (2 / 3), 15);
  });

  it('defaults to the Wasserman–Faust correction and unweighted paths', () => {
    expect(resolveParameters(closenessDescriptor)).toEqual({ wassermanFaust: true, weights: 'none' });
  });
});

describe('clustering(csr)', () => {
  it('matches a brute-force count of linked neighbour pairs on a seeded G(120, 0.08)', () => {
    const graph = randomGraph(120, 0.08, 9);
    const csr = buildCsr(graph, null);
    const ours = clustering(csr);
    csr.keys.forEach((key, i) => {
      const nbrs = graph.neighbors(key);
      let linked = 0;
      for (let a = 0; a < nbrs.length; a++) for (let b = a + 1; b < nbrs.length; b++) if (graph.hasEdge(nbrs[a]!, nbrs[b]!)) linked++;
      const k = nbrs.length;
      expect(ours[i]).toBeCloseTo(k < 2 ? 0 : linked / ((k * (k - 1)) / 2), 15);
    });
  });

  it('is 0 everywhere on the two-mode davis graph', () => {
    expect(clustering(buildCsr(loadReference('davis').graph)).every((v) => v === 0)).toBe(true);
  });
});

describe('coreNumber(csr)', () => {
  it('matches naive repeated peeling on a seeded G(150, 0.06)', () => {
    const graph = randomGraph(150, 0.06, 13);
    const csr = buildCsr(graph, null);
    const ours = coreNumber(csr);
    // Naive: for k = 1, 2, …, remove nodes of degree < k until none; survivors have core ≥ k.
    const expected = new Float64Array(csr.n);
    for (let k = 1; ; k++) {
      const alive = new Set(csr.keys);
      let changed = true;
      while (changed) {
        changed = false;
        for (const v of alive) {
          if (graph.neighbors(v).filter((u) => alive.has(u)).length < k) {
            alive.delete(v);
            changed = true;
          }
        }
      }
      if (alive.size === 0) break;
      csr.keys.forEach((key, i) => {
        if (alive.has(key)) expected[i] = k;
      });
    }
    expect(Array.from(ours)).toEqual(Array.from(expected));
  });
});

describe('connectedComponents(csr) and componentLabels(csr)', () => {
  it('numbers components by size, ties by smallest node index', () => {
    const graph = graphOf(
      [
        ['a', 'b'],
        ['c', 'd'],
        ['d', 'e'],
        ['g', 'h'],
      ],
      ['f'],
    );
    // node order: a b c d e g h f
    const csr = buildCsr(graph);
    expect(connectedComponents(csr).map((c) => Array.from(c))).toEqual([[2, 3, 4], [0, 1], [5, 6], [7]]);
    const { labels, count } = componentLabels(csr);
    expect(count).toBe(4);
    expect(Array.from(labels)).toEqual([1, 1, 0, 0, 0, 2, 2, 3]);
    const result = componentsDescriptor.run(graph, {});
    expect(result.stats.count).toBe(4);
    expect(result.stats.largest).toBe(3);
    expect(result.notes[0]).toMatch(/4 connected components/);
  });

  it('finds the same components as graphology-components on a seeded G(300, 0.005)', () => {
    const graph = randomGraph(300, 0.005, 21);
    const csr = buildCsr(graph, null);
    const ours = connectedComponents(csr).map((c) => Array.from(c, (i) => csr.keys[i]!).sort());
    const theirs = graphologyComponents(graph).map((c) => [...c].sort());
    const canonical = (cs: string[][]) => cs.map((c) => c.join('|')).sort();
    expect(canonical(ours)).toEqual(canonical(theirs));
    expect(ours.length).toBeGreaterThan(10);
    for (let i = 1; i < ours.length; i++) expect(ours[i - 1]!.length).toBeGreaterThanOrEqual(ours[i]!.length);
  });
});
