import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { aggregatePosition, aggregateRadius, spokeWidth, starDisplay, starThresholdOf } from '../../../src/core/style/star-display';
import { findStars, starId } from '../../../src/core/style/stars';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';

const edge = (): AtlasEdgeAttributes => ({ weight: 1, relations: [], years: [], evidence: [], lines: [], extra: Object.create(null) });

/** Hub H at (0, 0) with 40 city leaves placed by `place(i)`, and a firm F linked to H. */
function starGraph(place: (i: number) => { x: number; y: number }): AtlasGraph {
  const g = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  g.addNode('H', { label: 'Hub', type: 'project', x: 0, y: 0, extra: Object.create(null) });
  g.addNode('F', { label: 'F', type: 'firm', x: 5, y: 5, extra: Object.create(null) });
  g.addEdge('H', 'F', edge());
  for (let i = 0; i < 40; i++) {
    g.addNode(`c${i}`, { label: `c${i}`, type: 'city', ...place(i), extra: Object.create(null) });
    g.addEdge('H', `c${i}`, edge());
  }
  return g;
}

describe('starDisplay', () => {
  it('starDisplay(graph, index, none expanded) hides every member but the representative, and their links but its spoke', () => {
    const g = starGraph((i) => ({ x: Math.cos(i), y: Math.sin(i) }));
    const index = findStars(g, {}, 30);
    const d = starDisplay(g, index, new Set());
    expect([...d.collapsed.keys()]).toEqual(['c0']);
    expect(d.hiddenNodes.size).toBe(39);
    expect(d.hiddenNodes.has('c0') || d.hiddenNodes.has('H')).toBe(false);
    expect(d.hiddenEdges.size).toBe(39);
    expect([...d.spokes]).toEqual([g.edge('c0', 'H')]);
    expect(d.hiddenEdges.has(g.edge('H', 'F')!)).toBe(false);
  });

  it('starDisplay(graph, index, {id}) draws an expanded aggregate as its members', () => {
    const g = starGraph((i) => ({ x: i, y: 1 }));
    const d = starDisplay(g, findStars(g, {}, 30), new Set([starId('H', 'city')]));
    expect([d.collapsed.size, d.hiddenNodes.size, d.hiddenEdges.size, d.spokes.size]).toEqual([0, 0, 0, 0]);
  });
});

describe('aggregatePosition', () => {
  it('aggregatePosition goes from the hub towards the members’ centroid, 60% of their mean distance', () => {
    // Leaves on a vertical segment at x = 10: centroid (10, 0), mean distance > 10.
    const g = starGraph((i) => ({ x: 10, y: i - 19.5 }));
    const a = findStars(g, {}, 30).aggregates[0]!;
    let mean = 0;
    for (let i = 0; i < 40; i++) mean += Math.hypot(10, i - 19.5) / 40;
    const p = aggregatePosition(g, a)!;
    expect(p.x).toBeCloseTo(0.6 * mean, 12);
    expect(p.y).toBeCloseTo(0, 12);
  });

  it('aggregatePosition of leaves all around the hub goes up and to the right; of leaves on the hub, on the hub', () => {
    const around = starGraph((i) => ({ x: 2 * Math.cos((2 * Math.PI * i) / 40), y: 2 * Math.sin((2 * Math.PI * i) / 40) }));
    const p = aggregatePosition(around, findStars(around, {}, 30).aggregates[0]!)!;
    expect(p.x).toBeCloseTo(1.2 * Math.SQRT1_2, 12);
    expect(p.y).toBeCloseTo(1.2 * Math.SQRT1_2, 12);
    const stacked = starGraph(() => ({ x: 0, y: 0 }));
    expect(aggregatePosition(stacked, findStars(stacked, {}, 30).aggregates[0]!)).toEqual({ x: 0, y: 0 });
  });

  it("aggregatePosition turns a hub's second aggregate by 60°, so a hub's cities and firms do not sit on each other", () => {
    const g = starGraph((i) => ({ x: 2 * Math.cos((2 * Math.PI * i) / 40), y: 2 * Math.sin((2 * Math.PI * i) / 40) }));
    g.dropNode('F');
    for (let i = 0; i < 35; i++) {
      g.addNode(`f${i}`, { label: `f${i}`, type: 'firm', x: 0, y: -1, extra: Object.create(null) });
      g.addEdge('H', `f${i}`, edge());
    }
    const d = starDisplay(g, findStars(g, {}, 30), new Set());
    expect([d.slots.get(starId('H', 'city')), d.slots.get(starId('H', 'firm'))]).toEqual([0, 1]);
    // The firms' centroid is straight down (−90°): their place turns 60° further, to −150°, at 60% of distance 1.
    const firms = d.index.byId.get(starId('H', 'firm'))!;
    const p = aggregatePosition(g, firms, d.slots.get(firms.id))!;
    expect(p.x).toBeCloseTo(0.6 * Math.cos((-150 * Math.PI) / 180), 12);
    expect(p.y).toBeCloseTo(0.6 * Math.sin((-150 * Math.PI) / 180), 12);
  });

  it('aggregatePosition is null when the hub has no position', () => {
    const g = starGraph((i) => ({ x: i, y: 0 }));
    g.setNodeAttribute('H', 'x', Number.NaN);
    expect(aggregatePosition(g, findStars(g, {}, 30).aggregates[0]!)).toBeNull();
  });
});

describe('aggregateRadius and spokeWidth', () => {
  it('aggregateRadius gives an area proportional to the share of the graph, over the size range', () => {
    const range = { minRadius: 3, maxRadius: 18 };
    expect(aggregateRadius(0, 100, range)).toBe(3);
    expect(aggregateRadius(25, 100, range)).toBeCloseTo(3 + 15 * 0.5, 12);
    expect(aggregateRadius(100, 100, range)).toBe(18);
    expect(aggregateRadius(5, 0, range)).toBe(3);
  });

  it('spokeWidth is at least 3 and 2.5 times the link’s width', () => {
    expect([spokeWidth(0.5), spokeWidth(2)]).toEqual([3, 5]);
  });
});

describe('starThresholdOf', () => {
  it('starThresholdOf keeps the setting but on the geographic layout, where it is off', () => {
    expect(starThresholdOf({ stars: 30, layout: 'force' })).toBe(30);
    expect(starThresholdOf({ stars: 5, layout: 'type-rings' })).toBe(5);
    expect(starThresholdOf({ stars: 30, layout: 'geo' })).toBe(0);
  });
});
