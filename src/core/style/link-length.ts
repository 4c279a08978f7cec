/**
 * How long the drawn links are on the picture: the median length, in
 * pixels, of the links between positioned nodes once the layout's bounding
 * box is fitted into a picture of `width` × `height` (the way sigma.js and
 * the figures frame a graph: one uniform scale, a margin on each side). The
 * size scale (size.ts) caps radii with it so that a link stays visible
 * between its two discs: on a grid of dyads, discs fitted to the picture's
 * area alone are as wide as the links are long and hide them.
 *
 * The median, not the mean: a few long links between packed components do
 * not make short ones count as long. Computed with a selection
 * (Floyd & Rivest 1975, "Algorithm 489: SELECT", CACM 18(3)) in the simpler
 * Hoare partition form, linear on average; above {@link LINK_LENGTH_SAMPLE}
 * links, over every k-th link. Not on the geographic layout ({@link sizeFit}): there a
 * node's place is its location, and a hub's leaves sit close around it.
 */
import type { ReadGraph, AtlasNodeAttributes } from '../graph/types';
import type { LayoutKind } from '../view-settings/settings';

/** Margin kept on each side of the fitted layout, in pixels (sigma's default `stagePadding`). */
export const LINK_LENGTH_PADDING = 30;

/** The k-th smallest value of `a` (0-based), reordering `a` in place. */
function select(a: Float64Array, k: number): number {
  let [lo, hi] = [0, a.length - 1];
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let [i, j] = [lo, hi];
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j]!, a[i]!];
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** What the links' lengths are at the graph's positions, before any picture: the positioned nodes' box and the median length. */
interface Measured {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  /** Median length in graph units of the (sampled) links with two positioned ends; undefined when there is none. */
  median: number | undefined;
}

/** The graphology events after which a graph's positions or links may differ (layouts write through `updateEachNodeAttributes`). */
const CHANGES = [
  'nodeAdded',
  'nodeDropped',
  'edgeAdded',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'nodeAttributesUpdated',
  'eachNodeAttributesUpdated',
] as const;

const measured = new WeakMap<ReadGraph, Measured>();
const watched = new WeakSet<ReadGraph>();

/**
 * {@link Measured} of `graph`, computed once until its positions or links
 * change: the map's sizes and the legend ask for it with each style, and
 * at 100k nodes / 500k links one pass costs 60–200 ms of the page's main
 * thread. A length scaled to a picture is this median times the picture's
 * scale (scaling by a positive factor keeps the order, so it is the same
 * number as measuring scaled lengths). Positions written into the node
 * attribute objects without graphology's update methods are not seen.
 */
function measure(graph: ReadGraph): Measured {
  const known = measured.get(graph);
  if (known) return known;
  if (!watched.has(graph)) {
    watched.add(graph);
    const forget = () => measured.delete(graph);
    for (const event of CHANGES) graph.on(event, forget);
  }
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  graph.forEachNode((_node, a) => {
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) return;
    minX = Math.min(minX, a.x!);
    maxX = Math.max(maxX, a.x!);
    minY = Math.min(minY, a.y!);
    maxY = Math.max(maxY, a.y!);
  });
  // Every link up to LINK_LENGTH_SAMPLE; above, every k-th link in the graph's order (only those are measured).
  const stride = Math.max(1, Math.ceil(graph.size / LINK_LENGTH_SAMPLE));
  const lengths = new Float64Array(Math.ceil(graph.size / stride));
  let n = 0;
  const add = (source: string, target: string, s: AtlasNodeAttributes, t: AtlasNodeAttributes) => {
    if (source === target || !Number.isFinite(s.x) || !Number.isFinite(s.y) || !Number.isFinite(t.x) || !Number.isFinite(t.y)) return;
    lengths[n++] = Math.hypot(s.x! - t.x!, s.y! - t.y!);
  };
  if (stride === 1) graph.forEachEdge((_edge, _a, source, target, s, t) => add(source, target, s, t));
  else {
    // The keys listed in one go (graphology's key index: ~10 ms at 500k links) and only the sampled links visited:
    // walking every link to keep one in k cost 60–80 ms of the page's main thread at 500k.
    const edges = graph.edges();
    for (let i = 0; i < edges.length; i += stride) {
      const [source, target] = graph.extremities(edges[i]!);
      add(source, target, graph.getNodeAttributes(source), graph.getNodeAttributes(target));
    }
  }
  const result = { minX, maxX, minY, maxY, median: n === 0 ? undefined : select(lengths.subarray(0, n), n >> 1) };
  measured.set(graph, result);
  return result;
}

/**
 * Measures `graph`'s links now, so that the next {@link medianLinkLength} is
 * a look-up: a page calls it in a task of its own before the map's first
 * style asks for it (at 500k links the measure is some 30 ms).
 */
export function measureLinkLengths(graph: ReadGraph): void {
  measure(graph);
}

/**
 * Median on-picture length (pixels) of `graph`'s links whose ends both have
 * finite `x`/`y`, when the positioned nodes' bounding box is fitted into
 * `width` × `height` with `padding` pixels on each side. Links of length 0
 * (a node on top of another) count; self-loops do not. Undefined when no
 * link has two positioned ends, the box is a point, or the picture is empty.
 * The lengths are measured once per graph until its positions or links change.
 */
export function medianLinkLength(graph: ReadGraph, width: number, height: number, padding = LINK_LENGTH_PADDING): number | undefined {
  const { minX, maxX, minY, maxY, median } = measure(graph);
  const [roomX, roomY] = [width - 2 * padding, height - 2 * padding];
  const [spanX, spanY] = [maxX - minX, maxY - minY];
  if (!(roomX > 0 && roomY > 0) || !(spanX > 0 || spanY > 0)) return undefined;
  const scale = Math.min(spanX > 0 ? roomX / spanX : Infinity, spanY > 0 ? roomY / spanY : Infinity);
  return median === undefined ? undefined : median * scale;
}

/**
 * Links measured at most (about): above, a sample — the median of 20,000 is
 * within a percent of the whole's, and a 500,000-link view no longer spends
 * half a second of the page's main thread on it (the bench's 100k profile).
 */
export const LINK_LENGTH_SAMPLE = 20_000;

/**
 * The size scale's `fit` for a picture of `width` × `height` showing
 * `layout` (size.ts): links kept visible (measured at the graph's positions
 * by `nodeSizeScale`), except on the geographic layout, where links are as
 * long as the distances between places and do not cap the sizes. One rule
 * for the map, its legend and the figures.
 */
export function sizeFit(width: number, height: number, layout: LayoutKind): { width: number; height: number; link?: undefined } {
  return layout === 'geo' ? { width, height, link: undefined } : { width, height };
}
