/**
 * The aggregated stars as the map draws them: the aggregates of the shown
 * graph (core/style/stars.ts, cached per shown set and threshold so the map,
 * the star list and the selection rule share one computation), what the
 * collapsed ones hide, and each representative's label and place
 * (core/style/star-display.ts). Read by the reducers (map-view.ts).
 */
import { nodeLabel } from '../../core/graph/node-label';
import type { ReadGraph } from '../../core/graph/types';
import type { Point } from '../../core/layout/seed-positions';
import { aggregatePosition, starDisplay, type StarDisplay } from '../../core/style/star-display';
import { findStars, starLabel, type StarAggregate, type StarIndex } from '../../core/style/stars';

/** The shown nodes and links a star index is computed over (the derived `shown` of the state). */
type ShownSets = { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };

/** A collapsed aggregate as the map draws it. */
export interface MapAggregate {
  aggregate: StarAggregate;
  /** "4,791 cities use GlobaLeaks". */
  label: string;
  /** Number of nodes in the view's graph (its radius is by share of it). */
  total: number;
}

/** What the reducers read of the aggregated stars. */
export interface MapStars extends StarDisplay {
  /** The collapsed aggregate drawn by `node` (its representative), if any. */
  aggregate(node: string): MapAggregate | undefined;
  /** Where a representative is drawn, in graph coordinates, read from the current layout; null: its own place. */
  position(node: string): Point | null;
}

const indexes = new WeakMap<ShownSets, Map<number, StarIndex>>();

/** The aggregates of `graph` under `shown` and `threshold`, computed once per shown set and threshold. */
export function starIndexOf(graph: ReadGraph, shown: ShownSets, threshold: number): StarIndex {
  let byThreshold = indexes.get(shown);
  if (!byThreshold) indexes.set(shown, (byThreshold = new Map()));
  let index = byThreshold.get(threshold);
  if (!index) byThreshold.set(threshold, (index = findStars(graph, shown, threshold)));
  return index;
}

/** The stars of the map: aggregates of the shown graph, those the user expanded drawn as their members. */
export function mapStars(graph: ReadGraph, shown: ShownSets, threshold: number, expanded: ReadonlySet<string>): MapStars | null {
  const index = starIndexOf(graph, shown, threshold);
  if (index.aggregates.length === 0) return null;
  const display = starDisplay(graph, index, expanded);
  const drawn = new Map<string, MapAggregate>();
  for (const [rep, aggregate] of display.collapsed) {
    const hub = graph.getNodeAttributes(aggregate.hub);
    drawn.set(rep, { aggregate, label: starLabel(aggregate, hub.type, nodeLabel(graph, aggregate.hub)), total: graph.order });
  }
  return {
    ...display,
    aggregate: (node) => drawn.get(node),
    position: (node) => {
      const a = drawn.get(node);
      return a ? aggregatePosition(graph, a.aggregate, display.slots.get(a.aggregate.id)) : null;
    },
  };
}

/** A new set of expanded ids with `id` added (or removed when `expand` is false). */
export function withStar(expanded: ReadonlySet<string>, id: string, expand: boolean): ReadonlySet<string> {
  if (expanded.has(id) === expand) return expanded;
  const next = new Set(expanded);
  if (expand) next.add(id);
  else next.delete(id);
  return next;
}
