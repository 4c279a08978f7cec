/**
 * The box sigma frames the map in. Sigma frames every node of its graph,
 * hidden ones too: in the municipal city–city view the 4,700 link-less
 * cities (hidden) spread the frame, the 1,288 linked ones filled a corner of
 * it, and the camera zoomed in on them (ratio 0.18) — with sigma's √ratio
 * size growth, their discs were drawn 2.4× their fitted radius and merged
 * into blobs. Framing the shown nodes instead (sigma's custom bounding box)
 * puts them in the whole picture at ratio 1, at the radii the size fit
 * (core/style/size.ts) and the legend give them.
 *
 * Only when the shown nodes span clearly less than every node
 * ({@link FRAME_SHOWN_BELOW} of the full box on both axes): a map whose
 * filters hide a few nodes keeps sigma's own frame (and every camera a share
 * link saved).
 */
import type { ReadGraph } from '../../core/graph/types';

/** Below this share of the full box's width and height, the map frames the shown nodes. */
export const FRAME_SHOWN_BELOW = 0.8;

/** A box in graph coordinates, as sigma's `setCustomBBox` takes it. */
export interface GraphBox {
  x: [number, number];
  y: [number, number];
}

/**
 * The box of the nodes of `graph` in `shown` (null: all are shown), when it
 * is clearly smaller than the box of every node; else null (sigma's own
 * frame). Nodes without finite coordinates are left out.
 */
export function shownFrame(graph: ReadGraph, shown: ReadonlySet<string> | null): GraphBox | null {
  if (!shown) return null;
  const all = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  const seen = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  const grow = (b: typeof all, x: number, y: number) => {
    if (x < b.x0) b.x0 = x;
    if (x > b.x1) b.x1 = x;
    if (y < b.y0) b.y0 = y;
    if (y > b.y1) b.y1 = y;
  };
  graph.forEachNode((node, a) => {
    const { x, y } = a;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return;
    grow(all, x, y);
    if (shown.has(node)) grow(seen, x, y);
  });
  const [w, h, sw, sh] = [all.x1 - all.x0, all.y1 - all.y0, seen.x1 - seen.x0, seen.y1 - seen.y0];
  // Nothing shown, or a single point: sigma's frame (a box of no size cannot be framed).
  if (!(sw >= 0 && sh >= 0) || Math.max(sw, sh) === 0) return null;
  const share = Math.max(w > 0 ? sw / w : 1, h > 0 ? sh / h : 1);
  if (share >= FRAME_SHOWN_BELOW) return null;
  return { x: [seen.x0, seen.x1], y: [seen.y0, seen.y1] };
}

/** Whether two frames are the same to within a thousandth of their span (null: sigma's own). */
export function sameFrame(a: GraphBox | null, b: GraphBox | null): boolean {
  if (a === null || b === null) return a === b;
  const span = Math.max(a.x[1] - a.x[0], a.y[1] - a.y[0], b.x[1] - b.x[0], b.y[1] - b.y[0]);
  const near = (p: number, q: number) => Math.abs(p - q) <= span * 1e-3;
  return near(a.x[0], b.x[0]) && near(a.x[1], b.x[1]) && near(a.y[0], b.y[0]) && near(a.y[1], b.y[1]);
}
