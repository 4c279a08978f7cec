/**
 * Small stars (a centre and up to a few leaves: dyads are stars of one leaf)
 * and isolates in a tidy grid, so a file with hundreds of them — a registry
 * of projects and their owners, funders and maintainers — reads as a table
 * of small groups rather than a cloud. Stars come first, by number of leaves
 * then sorted by the centre's type and label, a new row for each leaf count
 * and each type so colours come in bands; isolates after them. A star lies
 * on its side: the centre on the left, its leaves in a column one `unit` to
 * its right (a dyad is a level pair), so its links fan out and stay longer
 * than the gaps around them. The block is as tall as the packed components
 * beside it, or taller when that makes the whole picture (components, gap,
 * grid) about PICTURE_ASPECT wide for one tall, the shape of a map. Written
 * by hand: a grid of cells needs no library.
 */
import { packEnclose } from 'd3-hierarchy';
import type { Point } from './seed-positions';

/** A component laid out in the grid: indices into `graph.nodes()` of its centre and its leaves (none for an isolate). */
export interface GridStar {
  centre: number;
  leaves: number[];
}

/** What orders a node in the grid. */
export interface GridNode {
  type: string;
  label: string;
  key: string;
}

/** Node positions of the grid (top-left corner at 0,0; rows go down, y < 0) and its extent. */
export interface SmallComponentGrid {
  positions: Map<number, Point>;
  width: number;
  height: number;
}

/** Vertical distance between the leaves of a star, in units. */
const LEAF_PITCH = 0.75;
/** Empty space between neighbouring stars, and between rows of dyads, in units (a dyad's cell is 1 + GAP wide). */
const GAP = 0.75;
/** Distance between isolates, in units. */
const ISOLATE_PITCH = 0.75;
/** Width over height aimed at for the whole picture: the packed components, the gap and the grid. */
const PICTURE_ASPECT = 1.25;
/** The grid is widened while the whole picture is narrower than this (taller than wide). */
const MIN_PICTURE_ASPECT = 1;

const collator = new Intl.Collator('en', { numeric: true });

function compareNodes(a: GridNode, b: GridNode): number {
  return collator.compare(a.type, b.type) || collator.compare(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** A star of `k` leaves in its cell, in units: centre first, then the leaves; the cell's top-left corner at 0,0. */
function cellShape(k: number): Point[] {
  const leaves = Array.from({ length: k }, (_v, j) => ({ x: 1, y: -j * LEAF_PITCH }));
  return [{ x: 0, y: (-(k - 1) * LEAF_PITCH) / 2 }, ...leaves];
}

/** Cell pitch of a star of `k` leaves, in units: wide enough that neighbouring stars' enclosing circles stay apart. */
function cellPitch(k: number): { x: number; y: number } {
  const { r } = packEnclose(cellShape(k).map((p) => ({ ...p, r: 0 })));
  return { x: Math.max(1 + GAP, 2 * r + GAP / 2), y: (k - 1) * LEAF_PITCH + (k > 1 ? 1.5 : 1) * GAP };
}

/**
 * Grid positions of every node of `stars` (isolates are stars without
 * leaves). `node(i)` gives the type, label and key used for ordering;
 * `beside` is the size (width = height) of the packed components the grid
 * goes beside, `gap` the space between them (0, 0 when alone).
 */
export function gridSmallComponents(
  stars: readonly GridStar[],
  node: (index: number) => GridNode,
  unit: number,
  beside: number,
  gap: number,
): SmallComponentGrid {
  const compare = (a: number, b: number) => compareNodes(node(a), node(b));
  const groups: GridStar[] = [];
  const isolates: number[] = [];
  for (const { centre, leaves } of stars) {
    if (leaves.length === 0) isolates.push(centre);
    // A dyad has no hub: its first node by type and label goes on the left.
    else if (leaves.length === 1 && compare(leaves[0]!, centre) < 0) groups.push({ centre: leaves[0]!, leaves: [centre] });
    else groups.push({ centre, leaves: [...leaves].sort(compare) });
  }
  groups.sort((p, q) => p.leaves.length - q.leaves.length || compare(p.centre, q.centre) || compare(p.leaves[0]!, q.leaves[0]!));
  isolates.sort(compare);

  let area = isolates.length * ISOLATE_PITCH * ISOLATE_PITCH;
  let widest = ISOLATE_PITCH;
  for (const g of groups) {
    const pitch = cellPitch(g.leaves.length);
    area += pitch.x * pitch.y;
    widest = Math.max(widest, pitch.x);
  }
  area *= unit * unit;
  // The height h that makes (beside + gap + area / h) / h = PICTURE_ASPECT, and no less than the packed components.
  const side = beside + gap;
  const height = Math.max(beside, (side + Math.sqrt(side * side + 4 * PICTURE_ASPECT * area)) / (2 * PICTURE_ASPECT));
  let width = Math.max(widest * unit, area / Math.max(height, unit));
  // Rows left part-full (a new row per leaf count and type) make the grid taller than planned: widen it until the picture has its shape.
  let grid = placeGrid(groups, isolates, node, unit, width);
  for (let round = 0; round < 12 && (side + grid.width) / Math.max(beside, grid.height, unit) < MIN_PICTURE_ASPECT; round++) {
    width *= 1.15;
    grid = placeGrid(groups, isolates, node, unit, width);
  }
  return grid;
}

/** Lays out the sorted `groups` then `isolates` in rows at most `width` wide. */
function placeGrid(
  groups: readonly GridStar[],
  isolates: readonly number[],
  node: (index: number) => GridNode,
  unit: number,
  width: number,
): SmallComponentGrid {
  const positions = new Map<number, Point>();
  // Top of the next row below the grid's top, the lowest node so far, the rightmost.
  let depth = 0;
  let bottom = 0;
  let maxX = 0;
  let column = 0;
  let row: { k: number; type: string; pitch: { x: number; y: number }; columns: number } | null = null;
  for (const g of groups) {
    const k = g.leaves.length;
    const type = node(g.centre).type;
    if (!row || row.k !== k || row.type !== type || column === row.columns) {
      if (row) depth += row.pitch.y * unit;
      const pitch = cellPitch(k);
      row = { k, type, pitch, columns: Math.max(1, Math.floor(width / (pitch.x * unit) + 1e-9)) };
      column = 0;
    }
    const [centre, ...leaves] = cellShape(k).map((p) => ({ x: (column * row!.pitch.x + p.x) * unit, y: p.y * unit - depth }));
    positions.set(g.centre, centre!);
    g.leaves.forEach((leaf, j) => positions.set(leaf, leaves[j]!));
    bottom = depth + (k - 1) * LEAF_PITCH * unit;
    maxX = Math.max(maxX, column * row.pitch.x * unit + unit);
    column++;
  }
  if (row) depth += row.pitch.y * unit;
  if (groups.length > 0 && isolates.length > 0) depth += (GAP - LEAF_PITCH + ISOLATE_PITCH) * unit;
  // Isolates in rows of one type each.
  const columns = Math.max(1, Math.floor(width / (ISOLATE_PITCH * unit) + 1e-9));
  let type: string | undefined;
  column = 0;
  isolates.forEach((i, n) => {
    const t = node(i).type;
    if (n > 0 && (column === columns || t !== type)) {
      column = 0;
      depth += ISOLATE_PITCH * unit;
    }
    type = t;
    positions.set(i, { x: column * ISOLATE_PITCH * unit, y: -depth });
    bottom = depth;
    maxX = Math.max(maxX, column * ISOLATE_PITCH * unit);
    column++;
  });
  return { positions, width: maxX, height: bottom };
}
