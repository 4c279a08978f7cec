import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import type { Topology } from 'topojson-specification';
import { createGeoProjection, geoLayout, GEO_EXTENT } from '../../../src/core/layout';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { defaultGraph } from './default-graph';

const graph = defaultGraph();
const world = JSON.parse(readFileSync(new URL('../../../node_modules/world-atlas/countries-110m.json', import.meta.url), 'utf8')) as Topology;

describe('geoLayout', () => {
  const { positions, placed } = geoLayout(graph, { seed: 1 });
  const at = (id: string) => positions.get(id)!;

  it('geoLayout(defaultGraph) puts north up and east right: Barcelona east of Madrid, south of Amsterdam', () => {
    expect(graph.getNodeAttribute('Barcelona', 'lon')).toBe(2.183);
    expect(at('Barcelona').x).toBeGreaterThan(at('Madrid').x);
    expect(at('Barcelona').y).toBeLessThan(at('Amsterdam').y);
    expect(at('Amsterdam').x).toBeGreaterThan(at('Madrid').x);
  });

  it('geoLayout(defaultGraph) places every node, every project by its neighbours', () => {
    expect(positions.size).toBe(graph.order);
    expect(placed.byCoordinates + placed.byNeighbours + placed.unplaced).toBe(graph.order);
    expect(placed).toEqual({ byCoordinates: 216, byNeighbours: 66, unplaced: 0 });
    const withCoords = graph.filterNodes((_, a) => typeof a.lat === 'number' && typeof a.lon === 'number').length;
    expect(placed.byCoordinates).toBe(withCoords);
    const projects = graph.filterNodes((_, a) => a.type === 'project');
    expect(projects).toHaveLength(27);
    // Placed by neighbours = inside the box of the cities (plus jitter), not on the ring outside it.
    const cities = graph.filterNodes((_, a) => typeof a.lat === 'number').map(at);
    const [minX, maxX] = [Math.min(...cities.map((p) => p.x)), Math.max(...cities.map((p) => p.x))];
    const [minY, maxY] = [Math.min(...cities.map((p) => p.y)), Math.max(...cities.map((p) => p.y))];
    const slack = 0.01 * GEO_EXTENT;
    for (const p of projects) {
      expect(at(p).x, p).toBeGreaterThanOrEqual(minX - slack);
      expect(at(p).x, p).toBeLessThanOrEqual(maxX + slack);
      expect(at(p).y, p).toBeGreaterThanOrEqual(minY - slack);
      expect(at(p).y, p).toBeLessThanOrEqual(maxY + slack);
    }
    console.log(`geoLayout(default): ${JSON.stringify(placed)}`);
  });

  it('geoLayout(g, {seed}) is deterministic: same seed, same positions; another seed moves only nodes placed by neighbours', () => {
    const again = geoLayout(graph, { seed: 1 }).positions;
    expect([...again]).toEqual([...positions]);
    const other = geoLayout(graph, { seed: 2 }).positions;
    expect(other.get('Madrid')).toEqual(at('Madrid'));
    expect(other.get('Decidim')).not.toEqual(at('Decidim'));
  });

  it('geoLayout(g) puts a node without coordinates at the mean of its placed neighbours, within the jitter', () => {
    const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    const e = { weight: 1, relations: [], years: [], evidence: [], lines: [], extra: {} };
    g.addNode('Lisbon', { label: 'Lisbon', type: 'city', lat: 38.72, lon: -9.14, extra: {} });
    g.addNode('Helsinki', { label: 'Helsinki', type: 'city', lat: 60.17, lon: 24.94, extra: {} });
    g.addNode('P', { label: 'P', type: 'project', extra: {} });
    g.addNode('F', { label: 'F', type: 'firm', extra: {} }); // two links away
    g.addNode('Far', { label: 'Far', type: 'firm', extra: {} }); // three links away: placed in round 3
    g.addNode('Alone', { label: 'Alone', type: 'firm', extra: {} });
    g.addEdge('Lisbon', 'P', { ...e });
    g.addEdge('Helsinki', 'P', { ...e });
    g.addEdge('P', 'F', { ...e });
    g.addEdge('F', 'Far', { ...e });
    const r = geoLayout(g, { seed: 3 });
    expect(r.placed).toEqual({ byCoordinates: 2, byNeighbours: 3, unplaced: 1 });
    expect(geoLayout(g, { seed: 3, rounds: 2 }).placed).toEqual({ byCoordinates: 2, byNeighbours: 2, unplaced: 2 });
    const [l, h, p] = ['Lisbon', 'Helsinki', 'P'].map((k) => r.positions.get(k)!) as [
      { x: number; y: number },
      { x: number; y: number },
      { x: number; y: number },
    ];
    expect(Math.hypot(p.x - (l.x + h.x) / 2, p.y - (l.y + h.y) / 2)).toBeLessThanOrEqual(0.01 * GEO_EXTENT);
    // The two cities span the fitted square's width (Equal Earth fitted to them).
    expect(Math.max(Math.abs(h.x - l.x), Math.abs(h.y - l.y))).toBeCloseTo(GEO_EXTENT, 6);
    // Unplaced nodes go to the strip beside the map (right of it: Lisbon–Helsinki is about as tall as wide), one pitch apart.
    const stripped = geoLayout(g, { seed: 3, rounds: 2 });
    const far = stripped.positions.get('Far')!;
    const alone = stripped.positions.get('Alone')!;
    const located = stripped.located!;
    expect(stripped.strip).toMatchObject({ count: 2, side: 'right' });
    expect(far.x).toBeGreaterThan(located.maxX);
    expect(alone.x).toBeGreaterThan(located.maxX);
    expect(Math.hypot(far.x - alone.x, far.y - alone.y)).toBeCloseTo(0.018 * GEO_EXTENT, 9);
    expect(Math.hypot(r.positions.get('Far')!.x, r.positions.get('Far')!.y)).toBeLessThan(GEO_EXTENT / 2);
  });
});

describe('createGeoProjection', () => {
  const projection = createGeoProjection(graph);

  it('createGeoProjection(g).project(lon, lat) gives the positions geoLayout gives', () => {
    const { positions } = geoLayout(graph, { seed: 1 });
    expect(projection.project(-3.7037902, 40.4167754)).toEqual(positions.get('Madrid'));
  });

  it('createGeoProjection(g).outlinePaths(world) gives country outlines as polylines in graph coordinates, north up', () => {
    const lines = projection.outlinePaths(world);
    expect(lines.length).toBeGreaterThan(100);
    let points = 0;
    for (const line of lines) {
      expect(line.length).toBeGreaterThan(1);
      for (const [x, y] of line) {
        expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
        expect(Math.abs(x)).toBeLessThan(50 * GEO_EXTENT);
        expect(Math.abs(y)).toBeLessThan(50 * GEO_EXTENT);
        points++;
      }
    }
    expect(points).toBeGreaterThan(5000);
    // The globe's outline: its top (north pole line) above Amsterdam, its bottom below Madrid.
    const sphere = projection.spherePath();
    const ys = sphere.map((p) => p[1]);
    expect(Math.max(...ys)).toBeGreaterThan(projection.project(4.88, 52.37)!.y);
    expect(Math.min(...ys)).toBeLessThan(projection.project(-3.7, 40.42)!.y);
    expect(() => projection.outlinePaths(world, 'rivers')).toThrow("layout/geo: the topology has no object 'rivers'");
  });
});
