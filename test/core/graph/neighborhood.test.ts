import { describe, expect, it } from 'vitest';
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
