import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/export/scene';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { nodeSizeScale } from '../../../src/core/style/legend';
import { aggregateRadius } from '../../../src/core/style/star-display';
import { starId } from '../../../src/core/style/stars';

const edge = (): AtlasEdgeAttributes => ({ weight: 1, relations: [], years: [], evidence: [], lines: [], extra: Object.create(null) });

/** Project P at (0, 0) with 40 leaf cities on a circle of radius 10, and a firm F at (30, 0) linked to P. */
function star(): AtlasGraph {
  const g = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  g.addNode('P', { label: 'GlobaLeaks', type: 'project', x: 0, y: 0, extra: Object.create(null) });
  g.addNode('F', { label: 'F', type: 'firm', x: 30, y: 0, extra: Object.create(null) });
  g.addEdge('P', 'F', edge());
  for (let i = 0; i < 40; i++) {
    const a = (2 * Math.PI * i) / 40;
    g.addNode(`c${i}`, { label: `c${i}`, type: 'city', x: 10 * Math.cos(a), y: 10 * Math.sin(a), extra: Object.create(null) });
    g.addEdge('P', `c${i}`, edge());
  }
  return g;
}
const measures = (g: AtlasGraph) => ({ keys: g.nodes(), values: { degree: Float64Array.from(g.nodes(), (n) => g.degree(n)) } });
const frame = { width: 600, height: 400, padding: 20 };

describe('buildScene with aggregated stars', () => {
  it('draws a collapsed star as one labelled node, sized by its share, with one thick link to its hub', () => {
    const g = star();
    const scene = buildScene({ graph: g, measures: measures(g), settings: { stars: 30 }, ...frame });
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(['F', 'P', 'c0']);
    const aggregate = scene.nodes.find((n) => n.id === 'c0')!;
    expect(aggregate).toMatchObject({ aggregate: true, label: '40 cities use GlobaLeaks', showLabel: true });
    const range = nodeSizeScale(g, measures(g), 'degree', { fit: { width: 600, height: 400 } });
    expect(aggregate.r).toBeCloseTo(aggregateRadius(40, 42, range), 12);
    expect(scene.edges).toHaveLength(2);
    // The legend counts every shown node, the star's members included.
    expect(scene.legend.color.items.map((i) => [i.key, i.count])).toEqual([
      ['city', 40],
      ['project', 1],
      ['firm', 1],
    ]);
    expect(Math.max(...scene.edges.map((e) => e.width))).toBeGreaterThanOrEqual(3);
    // Leaves all around the hub: up and to the right of it (picture y grows downward), 60% of their distance.
    const hub = scene.nodes.find((n) => n.id === 'P')!;
    expect(aggregate.x).toBeGreaterThan(hub.x);
    expect(aggregate.y).toBeLessThan(hub.y);
  });

  it('draws every node with stars 0, with the star expanded, and on the geographic layout', () => {
    const g = star();
    for (const options of [
      { settings: { stars: 0 } },
      { settings: { stars: 30 }, expandedStars: new Set([starId('P', 'city')]) },
      { settings: { stars: 30, layout: 'geo' as const } },
    ]) {
      const scene = buildScene({ graph: g, measures: measures(g), ...frame, ...options });
      expect(scene.nodes).toHaveLength(42);
      expect(scene.nodes.some((n) => n.aggregate)).toBe(false);
      expect(scene.edges).toHaveLength(41);
    }
  });

  it('counts leaves among the shown nodes only: a filter leaving 30 of them draws no aggregate', () => {
    const g = star();
    const nodes = new Set(g.nodes().filter((n) => !['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'].includes(n)));
    const scene = buildScene({ graph: g, measures: measures(g), settings: { stars: 30 }, visible: { nodes }, ...frame });
    expect(scene.nodes).toHaveLength(32);
    expect(scene.nodes.some((n) => n.aggregate)).toBe(false);
  });
});
