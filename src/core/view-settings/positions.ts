/**
 * Who owns node positions: the view's graph, as its nodes' `x`/`y`
 * attributes (layout data, as in Gephi and sigma). On the page the worker's
 * first layout is written there when the payload is decoded, and the map
 * controller's layout switch and the live ForceAtlas2 runner write there;
 * sigma, the SVG/PNG figures, the data exports and share snapshots read
 * there. In the CLI, `snapshot` lays the view out once into its graph and
 * the scene and the GEXF/JSON exports read the same attributes. Everything
 * else is derived or in transit:
 * - a layout's result (`Map` node key → point) is written with {@link assignPositions};
 * - `Float64Array` pairs aligned with a view's keys are the wire form
 *   (worker → page, snapshot files) and the page's copy of the worker's
 *   first layout to go back to (`ViewData.positions`), written with
 *   {@link assignFlatPositions} and read back with {@link flatPositions}.
 */
import type { ReadGraph } from '../graph/types';
import type { Point } from '../layout/seed-positions';

/** Writes `positions` into the nodes' `x`/`y` (nodes it lacks keep theirs). */
export function assignPositions(graph: ReadGraph, positions: ReadonlyMap<string, Point>): void {
  graph.updateEachNodeAttributes(
    (node, a) => {
      const p = positions.get(node);
      return p ? { ...a, x: p.x, y: p.y } : a;
    },
    { attributes: ['x', 'y'] },
  );
}

/** Writes [x0, y0, x1, y1, …] aligned with `keys` into the nodes' `x`/`y`. */
export function assignFlatPositions(graph: ReadGraph, keys: readonly string[], flat: ArrayLike<number>): void {
  const index = new Map(keys.map((k, i) => [k, i]));
  graph.updateEachNodeAttributes(
    (node, a) => {
      const i = index.get(node);
      return i === undefined ? a : { ...a, x: flat[2 * i]!, y: flat[2 * i + 1]! };
    },
    { attributes: ['x', 'y'] },
  );
}

/** The nodes' `x`/`y` as pairs aligned with `keys` (NaN, or `fallback`'s pair, where a node has none). */
export function flatPositions(graph: ReadGraph, keys: readonly string[], fallback?: ArrayLike<number>): Float64Array {
  const out = new Float64Array(2 * keys.length);
  keys.forEach((k, i) => {
    const a = graph.hasNode(k) ? graph.getNodeAttributes(k) : undefined;
    out[2 * i] = a?.x ?? fallback?.[2 * i] ?? NaN;
    out[2 * i + 1] = a?.y ?? fallback?.[2 * i + 1] ?? NaN;
  });
  return out;
}
