/**
 * Geographic layout: nodes with a latitude and longitude (mostly cities) at
 * their place on an Equal Earth map; nodes without (projects, firms) at the
 * mean position of their placed neighbours plus a small seeded jitter, round
 * after round so that a firm linked only to projects follows them; whatever is
 * still unplaced goes on a ring around the map. Written by hand: no graphology
 * layout places nodes from attributes, and d3-geo (the projection, see
 * geo-projection.ts) only projects points.
 */
import type { AtlasGraph } from '../graph/types';
import { createRng } from '../random';
import { createGeoProjection, GEO_EXTENT, nodeCoordinates, type GeoProjection2D } from './geo-projection';
import type { Point } from './seed-positions';

export interface GeoLayoutOptions {
  /** Seed of the jitter. Default 42. */
  seed?: number;
  /**
   * Most rounds of placement by neighbours; each round reaches one link
   * further. Default Infinity: until a round places nothing new (the default
   * dataset needs 3: city → project → firm → a project only that firm works on).
   */
  rounds?: number;
}

export const GEO_LAYOUT_DEFAULTS: Required<GeoLayoutOptions> = { seed: 42, rounds: Infinity };

export interface GeoLayoutResult {
  positions: Map<string, Point>;
  placed: { byCoordinates: number; byNeighbours: number; unplaced: number };
  /** The projection used, for drawing the world outline beneath the nodes. */
  projection: GeoProjection2D;
}

/** Radius of the jitter around the neighbours' mean, as a fraction of GEO_EXTENT. */
const JITTER = 0.01;

/**
 * Places every node of `graph` geographically. `placed.unplaced` counts the
 * nodes put on the ring around the map (no coordinates, and no node with
 * coordinates within `rounds` links). The same graph and seed give the same positions.
 */
export function geoLayout(graph: AtlasGraph, options: GeoLayoutOptions = {}): GeoLayoutResult {
  const { seed, rounds } = { ...GEO_LAYOUT_DEFAULTS, ...options };
  const rng = createRng(seed);
  const projection = createGeoProjection(graph);
  const positions = new Map<string, Point>();
  const placed = { byCoordinates: 0, byNeighbours: 0, unplaced: 0 };

  graph.forEachNode((node) => {
    const c = nodeCoordinates(graph, node);
    const p = c && projection.project(c[0], c[1]);
    if (!p) return;
    positions.set(node, p);
    placed.byCoordinates++;
  });

  // Each round reads only positions from earlier rounds, so the result does
  // not depend on the order in which nodes are visited within a round.
  const jitter = JITTER * GEO_EXTENT;
  for (let round = 0; round < rounds; round++) {
    const found: [string, Point][] = [];
    graph.forEachNode((node) => {
      if (positions.has(node)) return;
      let x = 0;
      let y = 0;
      let k = 0;
      graph.forEachNeighbor(node, (neighbour) => {
        const q = positions.get(neighbour);
        if (!q) return;
        x += q.x;
        y += q.y;
        k++;
      });
      if (k === 0) return;
      const angle = 2 * Math.PI * rng();
      const r = jitter * Math.sqrt(rng());
      found.push([node, { x: x / k + r * Math.cos(angle), y: y / k + r * Math.sin(angle) }]);
    });
    if (found.length === 0) break;
    for (const [node, p] of found) positions.set(node, p);
    placed.byNeighbours += found.length;
  }

  // The rest on a ring just outside the bounding box of what is placed.
  const rest = graph.filterNodes((node) => !positions.has(node));
  placed.unplaced = rest.length;
  if (rest.length) {
    let [minX, maxX, minY, maxY] = [-GEO_EXTENT / 2, GEO_EXTENT / 2, -GEO_EXTENT / 2, GEO_EXTENT / 2];
    for (const p of positions.values()) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
    const radius = 0.55 * Math.hypot(maxX - minX, maxY - minY) + jitter;
    rest.forEach((node, i) => {
      const angle = Math.PI / 2 - (2 * Math.PI * i) / rest.length;
      positions.set(node, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
    });
  }
  return { positions, placed, projection };
}
