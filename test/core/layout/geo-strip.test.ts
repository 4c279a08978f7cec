import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import { geoLayout, GEO_EXTENT } from '../../../src/core/layout';
import type { Box } from '../../../src/core/layout/geo-strip';
import type { Point } from '../../../src/core/layout/seed-positions';
import { buildGraph } from '../../../src/core/graph/build';
import { readEdges, readNodes } from '../../../src/core/csv';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';

/** The municipal catalogue (data/municipal-*.csv): 6,834 nodes, 548 with coordinates, 94 in components without any. */
function municipalGraph(): AtlasGraph {
  const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
  const edges = readEdges(read('municipal-edges.csv'), { file: 'municipal-edges.csv' });
  const nodes = readNodes(read('municipal-nodes.csv'), { file: 'municipal-nodes.csv' });
  return buildGraph({ edges: { file: edges.file, rows: edges.rows }, nodes: { file: nodes.file, rows: nodes.rows } }).graph;
}

function boxOf(points: Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

const area = (b: Box) => (b.maxX - b.minX) * (b.maxY - b.minY);

/** Share of a screen (width/height `aspect`) the box `inner` fills when the box `outer` is fitted to it — what sigma's camera reset shows. */
function screenShare(inner: Box, outer: Box, aspect: number): number {
  const scale = 1 / Math.max((outer.maxX - outer.minX) / aspect, outer.maxY - outer.minY);
  return area(inner) * scale * scale;
}

const PITCH = 0.018 * GEO_EXTENT;

describe('geoLayout strip and fit (municipal catalogue)', () => {
  const graph = municipalGraph();
  const hasCoordinates = (n: string) => typeof graph.getNodeAttribute(n, 'lat') === 'number';

  for (const aspect of [1, 1.5, 2]) {
    it(`geoLayout(municipal, {aspect: ${aspect}}) puts the 94 unplaced nodes in a compact strip outside the map, and the map fills the fitted screen`, () => {
      const { positions, placed, located, strip } = geoLayout(graph, { seed: 42, aspect });
      expect(placed).toEqual({ byCoordinates: 548, byNeighbours: 6192, unplaced: 94 });
      expect(strip!.count).toBe(94);
      const inStrip = [...positions].filter(([, p]) => p.x > located!.maxX || p.y < located!.minY).map(([n]) => n);
      // Exactly the unplaced nodes lie outside the located box, inside the strip's box.
      expect(inStrip).toHaveLength(94);
      for (const n of inStrip) {
        const p = positions.get(n)!;
        expect(p.x).toBeGreaterThanOrEqual(strip!.box.minX);
        expect(p.x).toBeLessThanOrEqual(strip!.box.maxX);
        expect(p.y).toBeGreaterThanOrEqual(strip!.box.minY);
        expect(p.y).toBeLessThanOrEqual(strip!.box.maxY - strip!.header);
      }
      // No two strip nodes closer than one pitch.
      const cells = inStrip.map((n) => positions.get(n)!);
      let nearest = Infinity;
      for (let i = 0; i < cells.length; i++)
        for (let j = i + 1; j < cells.length; j++) nearest = Math.min(nearest, Math.hypot(cells[i]!.x - cells[j]!.x, cells[i]!.y - cells[j]!.y));
      expect(nearest / PITCH).toBeGreaterThan(0.999);
      expect(nearest / PITCH).toBeLessThan(1.01);
      // Compact: the strip's nodes, and its box with the label's band, take a small part of the located area.
      expect(area(boxOf(cells)) / area(located!)).toBeLessThan(0.05);
      expect(area(strip!.box) / area(located!)).toBeLessThan(0.15);
      // The fit: fitting the whole graph to the screen leaves the located nodes at least 85% of the share they would have alone.
      const extent = boxOf([...positions.values()]);
      const alone = screenShare(located!, located!, aspect);
      expect(screenShare(located!, extent, aspect) / alone).toBeGreaterThan(0.85);
      const strip94 = new Set(inStrip);
      expect(boxOf([...positions].filter(([n]) => !strip94.has(n)).map(([, p]) => p))).toEqual(located);
      console.log(
        `aspect ${aspect}: strip ${strip!.side}, ${(area(strip!.box) / area(located!)).toFixed(3)} of the located area; located share ${(screenShare(located!, extent, aspect) / alone).toFixed(3)} of alone`,
      );
    });
  }

  it('geoLayout(municipal) keeps each component of the strip together: its links are short', () => {
    const { positions, strip } = geoLayout(graph, { seed: 42 });
    const lengths: number[] = [];
    graph.forEachEdge((_e, _a, s, t) => {
      if (hasCoordinates(s) || hasCoordinates(t)) return;
      const [p, q] = [positions.get(s)!, positions.get(t)!];
      if (p.y > strip!.box.maxY || q.y > strip!.box.maxY) return;
      if (p.x < strip!.box.minX || q.x < strip!.box.minX) return;
      lengths.push(Math.hypot(p.x - q.x, p.y - q.y) / PITCH);
    });
    lengths.sort((a, b) => a - b);
    expect(lengths.length).toBeGreaterThan(50);
    // Breadth-first order along rows: most links join neighbouring cells or the row below.
    expect(lengths[lengths.length >> 1]!).toBeLessThan(5);
  });

  it('geoLayout(municipal, {seed}) is deterministic, and the strip and located nodes do not depend on the seed', () => {
    const a = geoLayout(graph, { seed: 42 });
    const b = geoLayout(graph, { seed: 42 });
    expect([...b.positions]).toEqual([...a.positions]);
    const c = geoLayout(graph, { seed: 7 });
    expect(c.strip).toEqual(a.strip);
    for (const [n, p] of a.positions) if (hasCoordinates(n) || p.y < a.located!.minY || p.x > a.located!.maxX) expect(c.positions.get(n), n).toEqual(p);
  });

  it('geoLayout(municipal) puts the leaves of GlobaLeaks without coordinates on a sunflower around it, evenly spaced within the jitter', () => {
    const { positions } = geoLayout(graph, { seed: 42 });
    const hub = positions.get('GlobaLeaks [project]')!;
    const leaves = graph.filterNeighbors('GlobaLeaks [project]', (n) => graph.degree(n) === 1 && !hasCoordinates(n)).map((n) => positions.get(n)!);
    expect(leaves.length).toBeGreaterThan(4000);
    const jitter = 0.003 * GEO_EXTENT;
    const step = jitter / Math.sqrt(leaves.length);
    for (const p of leaves) expect(Math.hypot(p.x - hub.x, p.y - hub.y)).toBeLessThanOrEqual(jitter + 1e-9);
    // Nearest leaf to each leaf: never closer than 0.8 steps (a uniform random disc puts many pairs almost on top of each other).
    const sorted = [...leaves].sort((a, b) => a.x - b.x);
    let nearest = Infinity;
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length && sorted[j]!.x - sorted[i]!.x < nearest; j++)
        nearest = Math.min(nearest, Math.hypot(sorted[i]!.x - sorted[j]!.x, sorted[i]!.y - sorted[j]!.y));
    expect(nearest).toBeGreaterThan(0.8 * step);
  });

  it('geoLayout(municipal) spreads the 44 nodes at the centre of Barcelona on a small sunflower: apart, and close to the place', () => {
    const { positions } = geoLayout(graph, { seed: 42 });
    const here = graph.filterNodes((_, a) => a.lat === 41.3851 && a.lon === 2.1734);
    expect(here).toHaveLength(44);
    const points = here.map((n) => positions.get(n)!);
    const centre = { x: points.reduce((s, p) => s + p.x, 0) / 44, y: points.reduce((s, p) => s + p.y, 0) / 44 };
    let nearest = Infinity;
    for (let i = 0; i < 44; i++)
      for (let j = i + 1; j < 44; j++) nearest = Math.min(nearest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    const step = 0.0006 * GEO_EXTENT;
    expect(nearest).toBeGreaterThan(0.8 * step);
    for (const p of points) expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeLessThan(step * Math.sqrt(44) + step);
  });
});

describe('geoLayout strip side', () => {
  const e = { weight: 1, relations: [], years: [], evidence: [], lines: [], extra: {} };
  /** Cities at `places` (lon, lat) and a dyad and an isolate without coordinates. */
  function graphOf(places: [number, number][]): AtlasGraph {
    const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    places.forEach(([lon, lat], i) => g.addNode(`c${i}`, { label: `c${i}`, type: 'city', lat, lon, extra: {} }));
    g.addNode('A', { label: 'A', type: 'firm', extra: {} });
    g.addNode('B', { label: 'B', type: 'project', extra: {} });
    g.addNode('C', { label: 'C', type: 'firm', extra: {} });
    g.addEdge('A', 'B', { ...e });
    return g;
  }
  const tall: [number, number][] = [
    [10, 36],
    [12, 47],
    [8, 44],
  ]; // Italy, north to south
  const wide: [number, number][] = [
    [-70, -30],
    [140, 40],
    [0, 50],
  ]; // Chile to Japan

  it('geoLayout(tall map) puts the strip to the right on a landscape screen and below on a portrait one', () => {
    expect(geoLayout(graphOf(tall), { aspect: 1.6 }).strip!.side).toBe('right');
    expect(geoLayout(graphOf(tall), { aspect: 0.5 }).strip!.side).toBe('below');
  });

  it('geoLayout(wide map) puts the strip below on a landscape screen', () => {
    const { strip, positions, located } = geoLayout(graphOf(wide), { aspect: 1.6 });
    expect(strip!.side).toBe('below');
    for (const n of ['A', 'B', 'C']) expect(positions.get(n)!.y).toBeLessThan(located!.minY);
    // The dyad first (largest component), its two nodes side by side.
    expect(positions.get('A')!.y).toBe(positions.get('B')!.y);
    expect(Math.abs(positions.get('A')!.x - positions.get('B')!.x)).toBeCloseTo(0.018 * GEO_EXTENT, 9);
  });

  it('geoLayout(graph without coordinates) puts every node in one grid centred on 0,0', () => {
    const g = graphOf([]);
    const { positions, placed, located, strip } = geoLayout(g);
    expect(placed).toEqual({ byCoordinates: 0, byNeighbours: 0, unplaced: 3 });
    expect(located).toBeNull();
    const box = boxOf([...positions.values()]);
    expect(box.minX + box.maxX).toBeCloseTo(0, 9);
    expect(strip!.box.minX).toBeLessThan(0);
    expect(strip!.box.maxX).toBeGreaterThan(0);
  });
});
