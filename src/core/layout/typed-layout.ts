/**
 * Layouts that place nodes by type, to read a three-mode network at a glance:
 * columns (cities | projects | firms | others, as in a parallel-sets or
 * "bipartite" drawing) or concentric rings (projects inside, firms around
 * them, cities outside). Written by hand: graphology-layout has only circular,
 * circle-pack and random layouts, none grouping by an attribute into columns
 * or rings of different radii.
 *
 * Within a column or ring nodes are sorted by degree (largest first), then
 * label, so hubs sit at the top / start at twelve o'clock. Coordinates follow
 * sigma's convention: y grows upward.
 */
import type { ReadGraph } from '../graph/types';
import type { Point } from './seed-positions';

export type TypeLayoutMode = 'columns' | 'rings';

/** Column order, left to right; every other type goes into the last column. */
export const COLUMN_ORDER = ['city', 'project', 'firm'] as const;
/** Ring order, inside out; every other type goes onto an outermost ring. */
export const RING_ORDER = ['project', 'firm', 'city'] as const;

/** Distance between neighbouring nodes of a column or ring. */
const STEP = 1;

/** Groups node keys by `order` (others last), each sorted by degree desc, then label, then key. */
function groups(graph: ReadGraph, order: readonly string[]): string[][] {
  const out: string[][] = order.map(() => []);
  const others: string[] = [];
  graph.forEachNode((node, attr) => {
    const i = order.indexOf(attr.type);
    (i < 0 ? others : out[i]!).push(node);
  });
  out.push(others);
  const label = (n: string) => graph.getNodeAttribute(n, 'label') || n;
  for (const group of out) group.sort((a, b) => graph.degree(b) - graph.degree(a) || label(a).localeCompare(label(b)) || (a < b ? -1 : a > b ? 1 : 0));
  return out.filter((g) => g.length > 0);
}

/**
 * Positions every node by type.
 *
 * - `columns`: one vertical column per non-empty group (cities, projects,
 *   firms, others), centred on y = 0, nodes `1` apart, first node on top;
 *   columns are max(10, tallest/3) apart so tall columns do not look like rows.
 * - `rings`: concentric circles (projects, firms, cities, others), each at
 *   least 3 farther out than the previous and large enough to keep nodes `1`
 *   apart along it; a ring of one node at the centre sits on the centre.
 *   Nodes start at the top and go clockwise.
 */
export function typeLayout(graph: ReadGraph, mode: TypeLayoutMode): Map<string, Point> {
  const out = new Map<string, Point>();
  if (mode === 'columns') {
    const cols = groups(graph, COLUMN_ORDER);
    const tallest = Math.max(0, ...cols.map((c) => c.length));
    const gap = Math.max(10, (tallest * STEP) / 3);
    const left = (-(cols.length - 1) * gap) / 2;
    cols.forEach((col, c) => {
      const top = ((col.length - 1) * STEP) / 2;
      col.forEach((node, i) => out.set(node, { x: left + c * gap, y: top - i * STEP }));
    });
    return out;
  }
  let radius = 0;
  groups(graph, RING_ORDER).forEach((ring, r) => {
    const needed = (ring.length * STEP) / (2 * Math.PI);
    radius = r === 0 && ring.length === 1 ? 0 : Math.max(needed, r === 0 ? 3 : radius + 3);
    ring.forEach((node, i) => {
      const angle = Math.PI / 2 - (2 * Math.PI * i) / ring.length;
      out.set(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  });
  return out;
}
