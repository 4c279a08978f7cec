import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { describe, expect, it } from 'vitest';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { createRng } from '../../../src/core/random';
import { neighborhood, pathEdges, shortestPath } from '../../../src/core/graph/neighborhood';
import { smallGraph, sorted } from '../filter/fixture';

const g = smallGraph();

describe('neighborhood', () => {
  it('neighborhood(g, node, 1) is the node and its neighbours', () => {
    expect(sorted(neighborhood(g, 'Decidim', 1))).toEqual(['Barcelona', 'Decidim', 'Madrid', 'Populate']);
    expect(sorted(neighborhood(g, 'Lonely', 1))).toEqual(['Lonely']);
  });

  it('neighborhood(g, node, 2) adds the neighbours of neighbours', () => {
    expect(sorted(neighborhood(g, 'Barcelona', 2))).toEqual(['Barcelona', 'Decidim', 'Madrid', 'Populate']);
    expect(sorted(neighborhood(g, 'Signalen', 2))).toEqual(['Amsterdam', 'Fund', 'Signalen']);
  });

  it('neighborhood(g, missing, 1) throws a message naming the module', () => {
    expect(() => neighborhood(g, 'Nowhere', 1)).toThrow("graph/neighborhood: no node 'Nowhere' in the graph");
  });
});

describe('shortestPath', () => {
  it('shortestPath(g, a, b) gives the nodes of a path with the fewest links', () => {
    // Two paths of 3 links tie; either is right.
    expect([
      ['Barcelona', 'Decidim', 'Madrid', 'CONSUL'],
      ['Barcelona', 'Decidim', 'Populate', 'CONSUL'],
    ]).toContainEqual(shortestPath(g, 'Barcelona', 'CONSUL'));
    expect(shortestPath(g, 'Barcelona', 'Populate')).toEqual(['Barcelona', 'Decidim', 'Populate']);
  });

  it('shortestPath(g, a, a) is [a]; unreachable gives null', () => {
    expect(shortestPath(g, 'Madrid', 'Madrid')).toEqual(['Madrid']);
    expect(shortestPath(g, 'Madrid', 'Amsterdam')).toBeNull();
    expect(shortestPath(g, 'Lonely', 'Fund')).toBeNull();
  });

  it('shortestPath(g, a, missing) throws', () => {
    expect(() => shortestPath(g, 'Madrid', 'Nowhere')).toThrow("graph/shortestPath: no node 'Nowhere'");
  });
});

describe('pathEdges', () => {
  it('pathEdges(g, path) gives the edge keys along the path in order', () => {
    expect(pathEdges(g, ['Barcelona', 'Decidim', 'Madrid', 'CONSUL'])).toEqual(['Barcelona|Decidim', 'Madrid|Decidim', 'Madrid|CONSUL']);
    expect(pathEdges(g, ['Madrid'])).toEqual([]);
    expect(pathEdges(g, [])).toEqual([]);
  });

  it('pathEdges(g, path) throws when two consecutive nodes are not linked', () => {
    expect(() => pathEdges(g, ['Barcelona', 'Madrid'])).toThrow("graph/pathEdges: 'Barcelona' and 'Madrid' are not linked");
  });
});

describe('shortestPath against graphology-shortest-path', () => {
  it('finds the same path as its bidirectional search on random graphs with many equally short paths', () => {
    const rng = createRng(7);
    let compared = 0;
    for (let round = 0; round < 20; round++) {
      const graph: AtlasGraph = new UndirectedGraph();
      const n = 20 + Math.floor(rng() * 60);
      // Keys that are data, and integer-like keys (listed first by graphology's adjacency).
      const key = (i: number) => (i % 7 === 0 ? `${i}` : i === 1 ? '__proto__x' : `n${i}`);
      for (let i = 0; i < n; i++) graph.addNode(key(i), { label: key(i), type: 'city', extra: {} });
      for (let e = 0; e < 2 * n; e++) {
        const a = key(Math.floor(rng() * n));
        const b = key(Math.floor(rng() * n));
        if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { weight: 1, relations: [], years: [], evidence: [], lines: [], extra: {} });
      }
      for (let q = 0; q < 30; q++) {
        const a = key(Math.floor(rng() * n));
        const b = key(Math.floor(rng() * n));
        expect(shortestPath(graph, a, b)).toEqual(bidirectional(graph, a, b));
        compared++;
      }
    }
    expect(compared).toBe(600);
  });
});
