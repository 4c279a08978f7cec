/**
 * Geographic layout: nodes with a latitude and longitude (mostly cities) at
 * their place on an Equal Earth map fitted to them, several nodes at the very
 * same place spread on a small sunflower (Vogel 1979, "A better way to
 * construct the sunflower head", Math. Biosci. 44) so they come apart when
 * zoomed in; nodes without (projects, firms) at the mean position of their
 * placed neighbours plus a small seeded jitter — or, with one placed
 * neighbour, on a sunflower around it — round after round so that a firm
 * linked only to projects follows them; whatever is still unplaced (no
 * located node in its component) goes to a compact strip beside the located
 * area (geo-strip.ts), so fitting the camera to the graph shows the located
 * nodes large. Written by hand: no graphology layout places nodes from
 * attributes, and d3-geo (the projection, see geo-projection.ts) only
 * projects points.
 */
import type { ReadGraph } from '../graph/types';
import { createRng } from '../random';
import { createGeoProjection, GEO_EXTENT, nodeCoordinates, type GeoProjection2D } from './geo-projection';
import { stripLayout, type Box, type GeoStrip } from './geo-strip';
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
  /** Width over height of the screen the map is fitted to: decides whether the strip goes right of the map or below it. Default 1.5. */
  aspect?: number;
}

export const GEO_LAYOUT_DEFAULTS: Required<GeoLayoutOptions> = { seed: 42, rounds: Infinity, aspect: 1.5 };

export interface GeoLayoutResult {
  positions: Map<string, Point>;
  placed: { byCoordinates: number; byNeighbours: number; unplaced: number };
  /** The projection used, for drawing the world outline beneath the nodes. */
  projection: GeoProjection2D;
  /** Box of every node placed on the map (by coordinates or by neighbours); null when none is. */
  located: Box | null;
  /** The strip of unplaced nodes beside the map; null when every node is placed. */
  strip: GeoStrip | null;
}

/** Radius of the jitter around the neighbours' mean, as a fraction of GEO_EXTENT (≈ 100 km on a world map). */
const JITTER = 0.003;
/** Distance between nodes at one place on their sunflower, as a fraction of GEO_EXTENT. */
const SPREAD = 0.0006;
/** The golden angle, between consecutive seeds of a sunflower. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

const collator = new Intl.Collator('en', { numeric: true });

/** Order of nodes at one place: type, then label, then key. */
function compareNodes(graph: ReadGraph, a: string, b: string): number {
  const [p, q] = [graph.getNodeAttributes(a), graph.getNodeAttributes(b)];
  return collator.compare(p.type, q.type) || collator.compare(p.label, q.label) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Spreads nodes that share one place: the first (by type, label, key) stays
 * on it, the k-th goes √k · SPREAD away at k golden angles, so a place with n
 * nodes is a disc of radius ≈ √n · SPREAD: one dot on the whole map, separate
 * discs when zoomed in. Independent of the seed: a city's place is data.
 */
function spreadCoincident(graph: ReadGraph, positions: Map<string, Point>): void {
  const places = new Map<string, string[]>();
  for (const [node, p] of positions) {
    const key = `${p.x},${p.y}`;
    const list = places.get(key);
    if (list) list.push(node);
    else places.set(key, [node]);
  }
  const step = SPREAD * GEO_EXTENT;
  for (const nodes of places.values()) {
    if (nodes.length < 2) continue;
    nodes.sort((a, b) => compareNodes(graph, a, b));
    const centre = positions.get(nodes[0]!)!;
    nodes.forEach((node, k) => {
      const r = step * Math.sqrt(k);
      positions.set(node, { x: centre.x + r * Math.cos(k * GOLDEN_ANGLE), y: centre.y + r * Math.sin(k * GOLDEN_ANGLE) });
    });
  }
}

function boxOf(points: Iterable<Point>): Box | null {
  let box: Box | null = null;
  for (const p of points) {
    if (!box) box = { minX: p.x, maxX: p.x, minY: p.y, maxY: p.y };
    else {
      box.minX = Math.min(box.minX, p.x);
      box.maxX = Math.max(box.maxX, p.x);
      box.minY = Math.min(box.minY, p.y);
      box.maxY = Math.max(box.maxY, p.y);
    }
  }
  return box;
}

/**
 * Places every node of `graph` geographically. `placed.unplaced` counts the
 * nodes put in the strip beside the map (no coordinates, and no node with
 * coordinates within `rounds` links). The same graph, seed and aspect give the same positions.
 */
export function geoLayout(graph: ReadGraph, options: GeoLayoutOptions = {}): GeoLayoutResult {
  const { seed, rounds, aspect } = { ...GEO_LAYOUT_DEFAULTS, ...options };
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
  spreadCoincident(graph, positions);

  // Each round reads only positions from earlier rounds, so the result does
  // not depend on the order in which nodes are visited within a round.
  const jitter = JITTER * GEO_EXTENT;
  for (let round = 0; round < rounds; round++) {
    const found: [string, Point][] = [];
    // Nodes with one placed neighbour (a hub's leaves), by that neighbour.
    const around = new Map<string, string[]>();
    graph.forEachNode((node) => {
      if (positions.has(node)) return;
      let x = 0;
      let y = 0;
      let k = 0;
      let anchor = '';
      graph.forEachNeighbor(node, (neighbour) => {
        const q = positions.get(neighbour);
        if (!q) return;
        x += q.x;
        y += q.y;
        k++;
        anchor = neighbour;
      });
      if (k === 0) return;
      if (k === 1) {
        const list = around.get(anchor);
        if (list) list.push(node);
        else around.set(anchor, [node]);
        return;
      }
      const angle = 2 * Math.PI * rng();
      const r = jitter * Math.sqrt(rng());
      found.push([node, { x: x / k + r * Math.cos(angle), y: y / k + r * Math.sin(angle) }]);
    });
    // A hub's leaves on a sunflower around it, turned by the seed: evenly spaced, so each comes apart
    // when zoomed in (GlobaLeaks's 4,693 leaves without coordinates fill a disc of the jitter's radius).
    for (const [anchor, nodes] of around) {
      nodes.sort((a, b) => compareNodes(graph, a, b));
      const centre = positions.get(anchor)!;
      const step = Math.min(SPREAD * GEO_EXTENT, jitter / Math.sqrt(nodes.length));
      const turn = 2 * Math.PI * rng();
      nodes.forEach((node, j) => {
        const r = step * Math.sqrt(j + 1);
        const angle = turn + (j + 1) * GOLDEN_ANGLE;
        found.push([node, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) }]);
      });
    }
    if (found.length === 0) break;
    for (const [node, p] of found) positions.set(node, p);
    placed.byNeighbours += found.length;
  }

  // The rest in a strip beside the placed nodes.
  const located = boxOf(positions.values());
  const rest = graph.filterNodes((node) => !positions.has(node));
  placed.unplaced = rest.length;
  let strip: GeoStrip | null = null;
  if (rest.length) {
    const laid = stripLayout(graph, rest, located, aspect, GEO_EXTENT);
    for (const [node, p] of laid.positions) positions.set(node, p);
    strip = laid.strip;
  }
  return { positions, placed, projection, located, strip };
}
