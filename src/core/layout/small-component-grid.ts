/**
 * Isolates and dyads (components of one or two nodes) in a tidy grid, so a
 * file with hundreds of them reads as a table of pairs rather than a cloud:
 * dyads first, then isolates, each in rows sorted by type then label, a new
 * row for each type so colours come in bands. Dyads lie horizontally, their
 * link one `unit` long with 1.25 units between pairs and between rows;
 * isolates sit one unit apart. The block's height aims at `targetHeight` (the packed components
 * beside it) while its width keeps it from becoming a thin strip.
 */
import type { Point } from './seed-positions';

/** A component of one or two nodes: indices into `graph.nodes()`. */
export type SmallComponent = ArrayLike<number>;

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

/** Horizontal pitch of dyads, in units: the link plus the gap to the next pair. */
const DYAD_PITCH = 2.25;
/** Vertical pitch of dyad rows, in units: as far apart as pairs in a row. */
const DYAD_ROW_PITCH = 1.25;
/** Width over height of the block when it is larger than the packed components. */
const ASPECT = 1.6;

const collator = new Intl.Collator('en', { numeric: true });

function compareNodes(a: GridNode, b: GridNode): number {
  return collator.compare(a.type, b.type) || collator.compare(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Grid positions of every node of `components` (each of one or two nodes).
 * `node(i)` gives the type, label and key used for ordering.
 */
export function gridSmallComponents(
  components: readonly SmallComponent[],
  node: (index: number) => GridNode,
  unit: number,
  targetHeight: number,
): SmallComponentGrid {
  const dyads: [number, number][] = [];
  const isolates: number[] = [];
  for (const c of components) {
    if (c.length === 1) isolates.push(c[0]!);
    else if (c.length === 2) {
      const [a, b] = [c[0]!, c[1]!];
      dyads.push(compareNodes(node(a), node(b)) <= 0 ? [a, b] : [b, a]);
    }
  }
  dyads.sort((p, q) => compareNodes(node(p[0]), node(q[0])) || compareNodes(node(p[1]), node(q[1])));
  isolates.sort((a, b) => compareNodes(node(a), node(b)));

  const area = unit * unit * (dyads.length * DYAD_PITCH * DYAD_ROW_PITCH + isolates.length);
  const height = Math.max(targetHeight, Math.sqrt(area / ASPECT));
  const width = Math.max(DYAD_PITCH * unit, area / Math.max(height, unit));
  const positions = new Map<number, Point>();
  // Depth of the next row below the top, and the lowest row so far.
  let depth = 0;
  let bottom = 0;
  let maxX = 0;
  // Lays out one list in rows of at most `columns` cells, a new row when the type changes.
  const rows = <T>(items: T[], first: (item: T) => number, pitch: number, rowPitch: number, place: (item: T, x: number, y: number) => void) => {
    const columns = Math.max(1, Math.floor(width / (pitch * unit) + 1e-9));
    let column = 0;
    let type: string | undefined;
    for (const item of items) {
      const t = node(first(item)).type;
      if (column === columns || (column > 0 && t !== type)) {
        column = 0;
        depth += rowPitch * unit;
      }
      type = t;
      place(item, column * pitch * unit, -depth);
      bottom = depth;
      column++;
    }
    if (items.length > 0) depth += rowPitch * unit;
  };
  rows(
    dyads,
    (d) => d[0],
    DYAD_PITCH,
    DYAD_ROW_PITCH,
    ([a, b], x, y) => {
      positions.set(a, { x, y });
      positions.set(b, { x: x + unit, y });
      maxX = Math.max(maxX, x + unit);
    },
  );
  if (dyads.length > 0 && isolates.length > 0) depth += unit;
  rows(
    isolates,
    (i) => i,
    1,
    1,
    (i, x, y) => {
      positions.set(i, { x, y });
      maxX = Math.max(maxX, x);
    },
  );
  return { positions, width: maxX, height: bottom };
}
