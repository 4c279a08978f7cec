/**
 * Small stars (a centre and up to a few leaves: dyads are stars of one leaf)
 * and isolates in a tidy grid, so a file with hundreds of them — a registry
 * of projects and their owners, funders and maintainers — reads as a table
 * of small groups rather than a cloud. Three blocks, a gap apart: dyads, in
 * rows of one type each (sorted by the left node's type and label, so colours
 * come in bands); then the larger stars, by number of leaves, flowing row
 * after row; then isolates. A star lies on its side: the centre on the left,
 * its leaves in a column one `unit` to its right (a dyad is a level pair).
 * Every gap between two linked components is at least 1.5 links, so each node is nearer its
 * partner than any other node and the dyads read as pairs, not a lattice
 * (proximity grouping, Wertheimer 1923, "Untersuchungen zur Lehre von der
 * Gestalt II"). The block is as tall as the packed components beside it, or
 * taller when that makes the whole picture (components, gap, grid) about
 * PICTURE_ASPECT wide for one tall, the shape of a screen. Written by hand: a
 * grid of cells needs no library.
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
/**
 * Empty space between neighbouring stars, and between rows of dyads, in units
 * (a dyad's cell is 1 + GAP wide): more than a link, so the eye pairs a node
 * with its partner rather than with the next node of the row (proximity,
 * Wertheimer 1923); at 0.75 the rows of dyads read as one lattice.
 */
const GAP = 1.5;
/** Extra space between the blocks (dyads, the larger stars, isolates), in units. */
const BLOCK_GAP = 1;
/** Distance between isolates, in units. */
const ISOLATE_PITCH = 0.75;
/** Width over height aimed at for the whole picture: the packed components, the gap and the grid. */
const PICTURE_ASPECT = 1.5;
/** The grid is widened while the whole picture is narrower than this (taller than wide). */
const MIN_PICTURE_ASPECT = 1.35;

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
  // Rows left part-full (a new row per type, a block's gap) make the grid taller than planned: widen it until the picture has its shape.
  // Only while the grid is taller than the packed components: beside a tall cluster, a wider grid would only shrink the cluster.
  let grid = placeGrid(groups, isolates, node, unit, width);
  for (let round = 0; round < 12 && grid.height > beside && (side + grid.width) / Math.max(beside, grid.height, unit) < MIN_PICTURE_ASPECT; round++) {
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
  // Dyads in rows of one type each (colours in bands); the larger stars flow after them, row after row, in their order.
  let row: { block: string; height: number; x: number } | null = null;
  for (const g of groups) {
    const k = g.leaves.length;
    const block = k === 1 ? `dyads:${node(g.centre).type}` : 'stars';
    const pitch = cellPitch(k);
    if (!row || row.block !== block || (row.x > 0 && row.x + pitch.x * unit > width + 1e-9 * unit)) {
      if (row) depth += row.height + (row.block.startsWith('dyads') !== (k === 1) ? BLOCK_GAP * unit : 0);
      row = { block, height: 0, x: 0 };
    }
    const [centre, ...leaves] = cellShape(k).map((p) => ({ x: row!.x + p.x * unit, y: p.y * unit - depth }));
    positions.set(g.centre, centre!);
    g.leaves.forEach((leaf, j) => positions.set(leaf, leaves[j]!));
    bottom = Math.max(bottom, depth + (k - 1) * LEAF_PITCH * unit);
    maxX = Math.max(maxX, row.x + unit);
    row.x += pitch.x * unit;
    row.height = Math.max(row.height, pitch.y * unit);
  }
  // Below the last row (its height ends with a gap), a block's gap, then the isolates in rows of one type each.
  if (row) depth += row.height + BLOCK_GAP * unit;
  const columns = Math.max(1, Math.floor(width / (ISOLATE_PITCH * unit) + 1e-9));
  let type: string | undefined;
  let column = 0;
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
