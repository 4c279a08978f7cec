import { describe, expect, it } from 'vitest';
import { communitySeedPositions, computeForceLayout, layoutIterations } from '../../../src/core/layout';
import { defaultGraph } from './default-graph';

describe('computeForceLayout', () => {
  const graph = defaultGraph();

  it('computeForceLayout(g, {seed}) gives identical positions for the same seed and other ones for another seed', () => {
    const a = computeForceLayout(graph, { seed: 42, iterations: 200 });
    const b = computeForceLayout(graph, { seed: 42, iterations: 200 });
    const c = computeForceLayout(graph, { seed: 43, iterations: 200 });
    expect(a).toHaveLength(2 * graph.order);
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it('computeForceLayout(g) leaves the data graph untouched', () => {
    computeForceLayout(graph, { seed: 1, iterations: 10 });
    expect(graph.someNode((_n, attr) => 'x' in attr || 'y' in attr)).toBe(false);
  });

  it('computeForceLayout(g) pulls linked nodes together: neighbours are closer than random pairs', () => {
    const p = computeForceLayout(graph, { seed: 42 });
    const keys = graph.nodes();
    const index = new Map(keys.map((k, i) => [k, i]));
    const dist = (i: number, j: number) => Math.hypot(p[2 * i]! - p[2 * j]!, p[2 * i + 1]! - p[2 * j + 1]!);
    let linked = 0;
    graph.forEachEdge((_e, _a, s, t) => (linked += dist(index.get(s)!, index.get(t)!)));
    linked /= graph.size;
    let random = 0;
    for (let k = 0; k < 500; k++) random += dist((k * 7) % keys.length, (k * 13 + 5) % keys.length);
    random /= 500;
    expect(linked).toBeLessThan(random / 3);
  });

  it('layoutIterations(g) spends at most 500 iterations on small graphs, fewer on large ones, none on huge ones', () => {
    expect(layoutIterations({ order: 20, size: 30 })).toBe(500);
    expect(layoutIterations(graph)).toBe(Math.round(15_000_000 / (282 * 282 + 326)));
    expect(layoutIterations({ order: 6834, size: 6996 })).toBeLessThan(25);
    expect(layoutIterations({ order: 100_000, size: 500_000 })).toBe(0);
    // A component with a tenth of the nodes gets a tenth of the budget.
    expect(layoutIterations({ order: 200, size: 300 }, 0.1)).toBe(Math.round(1_500_000 / (200 * 200 + 300)));
  });

  it('communitySeedPositions(keys, communities) puts each community in its own disc, hubs in the middle', () => {
    const ids = graph.nodes();
    const community = Float64Array.from(ids, (_k, i) => (i < 100 ? 0 : i < 180 ? 1 : 2));
    const degree = Float64Array.from(ids, (k) => graph.degree(k));
    const p = communitySeedPositions(ids, community, degree, 42);
    expect(p.size).toBe(graph.order);
    const centre = (c: number) => {
      const members = ids.filter((_k, i) => community[i] === c).map((k) => p.get(k)!);
      return { x: members.reduce((a, q) => a + q.x, 0) / members.length, y: members.reduce((a, q) => a + q.y, 0) / members.length };
    };
    const spread = (c: number) => {
      const m = centre(c);
      const members = ids.filter((_k, i) => community[i] === c).map((k) => p.get(k)!);
      return Math.max(...members.map((q) => Math.hypot(q.x - m.x, q.y - m.y)));
    };
    const [c0, c1] = [centre(0), centre(1)];
    expect(Math.hypot(c0.x - c1.x, c0.y - c1.y)).toBeGreaterThan(Math.max(spread(0), spread(1)));
    expect([...communitySeedPositions(ids, community, degree, 42)]).toEqual([...p]);
  });
});
