/**
 * The strip of the geographic layout: nodes that have no coordinates and no
 * located node anywhere in their component go in a compact grid beside the
 * located area — to its right or below it, whichever leaves the located area
 * larger on a screen of the given aspect — instead of a ring around the
 * world, so the camera's fit shows the located nodes large. Each component
 * is kept together (breadth-first from its best-linked node), largest first,
 * so its links stay short. Written by hand: a grid needs no library, and
 * d3-hierarchy's packing (used for the force layout's components) would make
 * a disc, not a band along the map.
 */
import type { ReadGraph } from '../graph/types';
import type { Point } from './seed-positions';

/** An axis-aligned box in graph coordinates (y grows upward). */
export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Where the strip went and what it holds. */
export interface GeoStrip {
  /** The box of the strip's cells, grown by half a pitch, with a header band on top for its label. */
  box: Box;
  /** Height of the header band at the top of `box`, in graph units. */
  header: number;
  /** Nodes in the strip. */
  count: number;
  side: 'right' | 'below';
}

/** Distance between neighbouring cells, as a fraction of the located area's longer side. */
const PITCH = 0.018;
/** Gap between the located area and the strip, in pitches. */
const GAP = 3;
/** Height of the header band, in pitches. */
const HEADER = 2;
/** Narrowest strip on the right (room for its label), as a fraction of the located area's height. */
const MIN_RIGHT_DEPTH = 0.25;

const collator = new Intl.Collator('en', { numeric: true });

function compareNodes(graph: ReadGraph, a: string, b: string): number {
  const [p, q] = [graph.getNodeAttributes(a), graph.getNodeAttributes(b)];
  return collator.compare(p.type, q.type) || collator.compare(p.label, q.label) || (a < b ? -1 : a > b ? 1 : 0);
}

/** `nodes` grouped by component (within `nodes`), largest first, each in breadth-first order from its best-linked node. */
function orderByComponent(graph: ReadGraph, nodes: readonly string[]): string[] {
  const inStrip = new Set(nodes);
  const seen = new Set<string>();
  const components: string[][] = [];
  const byDegree = [...nodes].sort((a, b) => graph.degree(b) - graph.degree(a) || compareNodes(graph, a, b));
  for (const start of byDegree) {
    if (seen.has(start)) continue;
    const order = [start];
    seen.add(start);
    for (let i = 0; i < order.length; i++) {
      const next = graph.neighbors(order[i]!).filter((n) => inStrip.has(n) && !seen.has(n));
      next.sort((a, b) => compareNodes(graph, a, b));
      for (const n of next) {
        seen.add(n);
        order.push(n);
      }
    }
    components.push(order);
  }
  components.sort((a, b) => b.length - a.length || compareNodes(graph, a[0]!, b[0]!));
  return components.flat();
}

/** Share of a screen of width/height `aspect` that `located` fills when the whole `extent` is fitted to it. */
function fill(located: Box, extent: Box, aspect: number): number {
  const w = extent.maxX - extent.minX;
  const h = extent.maxY - extent.minY;
  const scale = 1 / Math.max(w / aspect, h, 1e-12);
  return (located.maxX - located.minX) * (located.maxY - located.minY) * scale * scale;
}

function union(a: Box, b: Box): Box {
  return { minX: Math.min(a.minX, b.minX), maxX: Math.max(a.maxX, b.maxX), minY: Math.min(a.minY, b.minY), maxY: Math.max(a.maxY, b.maxY) };
}

/** Cells of `count` nodes in rows of `columns`, top-left cell at (left, top − header); rows go down; the box at least `minWidth` wide. */
function grid(count: number, columns: number, left: number, top: number, pitch: number, header: number, minWidth = 0) {
  const rows = Math.ceil(count / columns);
  const cells: Point[] = [];
  for (let k = 0; k < count; k++) cells.push({ x: left + (k % columns) * pitch, y: top - header - Math.floor(k / columns) * pitch });
  const half = pitch / 2;
  const box = {
    minX: left - half,
    maxX: left + Math.max((Math.min(count, columns) - 1) * pitch, minWidth) + half,
    minY: top - header - (rows - 1) * pitch - half,
    maxY: top + half,
  };
  return { cells, box };
}

/**
 * Grid positions for `nodes` (none of them placed) beside `located` (the box of
 * every placed node; null when none is), on the side that leaves the located
 * area larger on a screen of width/height `aspect`.
 */
export function stripLayout(
  graph: ReadGraph,
  nodes: readonly string[],
  located: Box | null,
  aspect: number,
  scale: number,
): { positions: Map<string, Point>; strip: GeoStrip } {
  const order = orderByComponent(graph, nodes);
  const n = order.length;
  const positions = new Map<string, Point>();
  const size = located ? Math.max(located.maxX - located.minX, located.maxY - located.minY) : 0;
  const pitch = PITCH * (size > 0 ? size : scale);
  const header = HEADER * pitch;
  const square = Math.max(1, Math.ceil(Math.sqrt(n)));
  let layout: { cells: Point[]; box: Box };
  let side: GeoStrip['side'] = 'below';
  if (!located) {
    // Nothing located: the grid alone, centred on 0,0.
    const width = (square - 1) * pitch;
    const height = (Math.ceil(n / square) - 1) * pitch + header;
    layout = grid(n, square, -width / 2, height / 2, pitch, header);
  } else {
    const [w, h] = [located.maxX - located.minX, located.maxY - located.minY];
    // Right: rows as long as the strip's width; the strip no shorter than the located area's height allows.
    const perColumn = Math.max(1, Math.floor((h - header) / pitch) + 1);
    const rightColumns = Math.max(Math.floor((MIN_RIGHT_DEPTH * h) / pitch) + 1, Math.ceil(n / perColumn), 1);
    const right = grid(n, rightColumns, located.maxX + GAP * pitch, located.maxY, pitch, header, MIN_RIGHT_DEPTH * h);
    // Below: rows as wide as the located area (or a square when there are many nodes).
    const belowColumns = Math.max(Math.floor(w / pitch) + 1, square);
    const below = grid(n, belowColumns, located.minX, located.minY - GAP * pitch, pitch, header);
    const rightFill = fill(located, union(located, right.box), aspect);
    const belowFill = fill(located, union(located, below.box), aspect);
    [layout, side] = rightFill > belowFill ? [right, 'right'] : [below, 'below'];
  }
  order.forEach((node, k) => positions.set(node, layout.cells[k]!));
  return { positions, strip: { box: layout.box, header, count: n, side } };
}
