import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { fa2Settings, isSettled, relativeDisplacement, seedPositions, settledThreshold, type Point } from '../../../src/core/layout';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { createRng } from '../../../src/core/random';
import { smallGraph } from '../filter/fixture';
import { defaultGraph } from './default-graph';

function pathGraph(n: number): AtlasGraph {
  const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { label: `n${i}`, type: 'city', extra: {} });
  for (let i = 1; i < n; i++) g.addEdge(`n${i - 1}`, `n${i}`, { weight: 1, relations: [], years: [], evidence: [], lines: [], extra: {} });
  return g;
}

describe('fa2Settings', () => {
  it('fa2Settings(g) is graphology’s inferSettings with Barnes–Hut above 1,000 nodes', () => {
    const small = fa2Settings(smallGraph());
    expect(small).toEqual({ barnesHutOptimize: false, strongGravityMode: true, gravity: 0.05, scalingRatio: 10, slowDown: 1 + Math.log(9) });
    expect(fa2Settings(pathGraph(1000)).barnesHutOptimize).toBe(false);
    expect(fa2Settings(pathGraph(1001)).barnesHutOptimize).toBe(true);
  });
});

describe('seedPositions', () => {
  it('seedPositions(g, seed) is deterministic and depends on the seed', () => {
    const g = defaultGraph();
    const a = seedPositions(g, 7);
    expect(a.size).toBe(g.order);
    expect([...seedPositions(g, 7)]).toEqual([...a]);
    expect(seedPositions(g, 8).get('Madrid')).not.toEqual(a.get('Madrid'));
  });

  it('seedPositions(g, seed) spreads nodes in a square of side 10·√n centred on 0', () => {
    const g = pathGraph(400);
    const side = 200;
    const ps = [...seedPositions(g, 1).values()];
    for (const p of ps) expect(Math.max(Math.abs(p.x), Math.abs(p.y))).toBeLessThanOrEqual(side / 2);
    expect(Math.max(...ps.map((p) => p.x)) - Math.min(...ps.map((p) => p.x))).toBeGreaterThan(0.9 * side);
  });
});

describe('isSettled', () => {
  const rng = createRng(5);
  const base = new Map<string, Point>();
  for (let i = 0; i < 500; i++) base.set(`n${i}`, { x: rng() * 100, y: rng() * 100 });
  const extent = Math.max(...[...base.values()].flatMap((p) => [p.x])) - Math.min(...[...base.values()].map((p) => p.x));
  const shifted = (by: number) => new Map([...base].map(([k, p]) => [k, { x: p.x + by, y: p.y }]));

  it('relativeDisplacement(prev, next) is the mean move per node over the extent', () => {
    const d = relativeDisplacement(base, shifted(0.5));
    expect(d).toBeCloseTo(0.5 / extent, 6);
    expect(relativeDisplacement(base, base)).toBe(0);
    expect(relativeDisplacement(new Map(), base)).toBe(0);
  });

  it('isSettled(prev, next, order) is true below settledThreshold(order) and false above', () => {
    expect(settledThreshold(500)).toBe(0.001);
    expect(settledThreshold(4000)).toBeCloseTo(0.002, 12);
    expect(settledThreshold(1e6)).toBe(0.005);
    expect(isSettled(base, shifted(0.05), 500)).toBe(true); // ≈ 0.0005 of the extent
    expect(isSettled(base, shifted(0.2), 500)).toBe(false); // ≈ 0.002
    expect(isSettled(base, shifted(0.2), 10_000)).toBe(true); // threshold ≈ 0.0032
    expect(isSettled(new Map(), base, 500)).toBe(false);
  });

  it('isSettled(prev, next, order) becomes true as ForceAtlas2 converges on the default dataset', () => {
    const g = defaultGraph();
    const settings = fa2Settings(g);
    const start = seedPositions(g, 1);
    g.forEachNode((n) => g.mergeNodeAttributes(n, start.get(n)!));
    const snapshot = () => new Map(g.mapNodes((n, a) => [n, { x: (a as unknown as Point).x, y: (a as unknown as Point).y }] as const));
    const steps: number[] = [];
    let prev = snapshot();
    let settledAt = -1;
    for (let i = 0; i < 60 && settledAt < 0; i++) {
      forceAtlas2.assign(g, { iterations: 50, settings });
      const next = snapshot();
      steps.push(relativeDisplacement(prev, next));
      if (isSettled(prev, next, g.order)) settledAt = i;
      prev = next;
    }
    console.log(
      `FA2 on the default dataset: relative displacement per 50 iterations ${steps.map((s) => s.toExponential(1)).join(', ')}; settled after ${(settledAt + 1) * 50} iterations`,
    );
    expect(steps[0]).toBeGreaterThan(settledThreshold(g));
    expect(settledAt).toBeGreaterThan(0);
  });
});
