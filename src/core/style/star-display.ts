/**
 * How the aggregates of core/style/stars.ts are drawn, for the map's reducers
 * and the figure scene alike: a collapsed aggregate hides its members and
 * their links except one member, the representative, which is drawn in the
 * aggregate's place — inside the area its members covered, on the side of
 * their centroid — with a radius by count and its one link to the hub drawn
 * thicker. An expanded aggregate draws its members where the layout put them
 * (around the hub: a star's leaves are placed around it by the first layout,
 * and on the geographic layout where they are), so a running layout and the
 * figures need no extra positions. Display data only; the graph is not touched.
 */
import type { ReadGraph } from '../graph/types';
import type { Point } from '../layout/seed-positions';
import type { StarAggregate, StarIndex } from './stars';

/**
 * The star threshold a view draws with: its `stars` setting, but none on the
 * geographic layout, where a node's place is its location (4,693 Italian
 * cities drawn as one node would empty Italy).
 */
export function starThresholdOf(settings: { stars: number; layout: string }): number {
  return settings.layout === 'geo' ? 0 : settings.stars;
}

/** What the map and the figures hide, move and emphasise for the aggregates. */
export interface StarDisplay {
  index: StarIndex;
  /** Collapsed aggregates by their representative (the node drawn as the aggregate). */
  collapsed: ReadonlyMap<string, StarAggregate>;
  /** Members of collapsed aggregates that are not drawn (all but the representative). */
  hiddenNodes: ReadonlySet<string>;
  /** Links of the hidden members. */
  hiddenEdges: ReadonlySet<string>;
  /** Each collapsed representative's link to its hub (drawn thicker). */
  spokes: ReadonlySet<string>;
  /** Each aggregate's rank among its hub's aggregates, largest first (its place turns with it, see {@link aggregatePosition}). */
  slots: ReadonlyMap<string, number>;
}

/** The display of the aggregates `index` of `graph` (from `findStars`) when the user expanded the ids in `expanded`. */
export function starDisplay(graph: ReadGraph, index: StarIndex, expanded: ReadonlySet<string>): StarDisplay {
  const collapsed = new Map<string, StarAggregate>();
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const spokes = new Set<string>();
  const slots = new Map<string, number>();
  const byHub = new Map<string, StarAggregate[]>();
  for (const a of index.aggregates) byHub.set(a.hub, [...(byHub.get(a.hub) ?? []), a]);
  for (const list of byHub.values()) [...list].sort((a, b) => b.members.length - a.members.length).forEach((a, i) => slots.set(a.id, i));
  for (const a of index.aggregates) {
    if (expanded.has(a.id)) continue;
    collapsed.set(a.representative, a);
    const spoke = graph.edge(a.representative, a.hub);
    if (spoke !== undefined) spokes.add(spoke);
    for (const m of a.members) {
      if (m === a.representative) continue;
      hiddenNodes.add(m);
      graph.forEachEdge(m, (e) => {
        hiddenEdges.add(e);
      });
    }
  }
  return { index, collapsed, hiddenNodes, hiddenEdges, spokes, slots };
}

/**
 * Radius of an aggregate of `count` nodes among `total`: a square-root scale
 * over the same radius range as the node sizes (`minRadius`–`maxRadius` of
 * the size scale in use), so its AREA is proportional to the share of the
 * graph it stands for — the whole graph would get the largest node's radius.
 */
export function aggregateRadius(count: number, total: number, range: { minRadius: number; maxRadius: number }): number {
  const share = total > 0 ? Math.min(1, Math.max(0, count / total)) : 0;
  return range.minRadius + (range.maxRadius - range.minRadius) * Math.sqrt(share);
}

/**
 * Where a collapsed aggregate is drawn, in graph coordinates: from the hub
 * towards its members' centroid, 60% of the members' mean distance from the
 * hub (inside the area they covered). When the centroid sits on the hub (the
 * leaves all around it) the direction is up and to the right; when the
 * members are where the hub is, the hub's place. A hub's second, third…
 * aggregate (`slot` 1, 2…, from {@link StarDisplay}.slots) turns the
 * direction by a further 60° each, so a hub's cities and firms do not sit on
 * each other. Null when the hub or every member lacks a position.
 */
export function aggregatePosition(graph: ReadGraph, aggregate: StarAggregate, slot = 0): Point | null {
  const hub = graph.getNodeAttributes(aggregate.hub);
  if (!Number.isFinite(hub.x) || !Number.isFinite(hub.y)) return null;
  const hx = hub.x!;
  const hy = hub.y!;
  let sx = 0;
  let sy = 0;
  let sd = 0;
  let n = 0;
  for (const m of aggregate.members) {
    const { x, y } = graph.getNodeAttributes(m);
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    sx += x - hx;
    sy += y - hy;
    sd += Math.hypot(x - hx, y - hy);
    n++;
  }
  if (n === 0) return null;
  const reach = 0.6 * (sd / n);
  if (reach === 0) return { x: hx, y: hy };
  const cx = sx / n;
  const cy = sy / n;
  const off = Math.hypot(cx, cy);
  // A centroid within a fifth of the mean distance means leaves all around the hub.
  const angle = (off > 0.2 * (sd / n) ? Math.atan2(cy, cx) : Math.PI / 4) - (slot * Math.PI) / 3;
  return { x: hx + Math.cos(angle) * reach, y: hy + Math.sin(angle) * reach };
}

/** Width of a collapsed aggregate's link to its hub: thicker than a plain link, so the aggregate reads as one star. */
export function spokeWidth(width: number): number {
  return Math.max(3, width * 2.5);
}
