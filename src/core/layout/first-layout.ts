/**
 * The first picture of a graph, the one the app, the analysis worker, the
 * CLI exports and `atlas snapshot` all start from: communities as discs
 * (hubs in the middle), then a fixed number of seeded ForceAtlas2
 * iterations. Deterministic: the same graph, measures and seed give the same
 * positions. Defined once here so the screen and a report's figure agree.
 */
import type { AtlasGraph } from '../graph/types';
import { communitySeedPositions } from './community-seed';
import { computeForceLayout } from './force-layout';

/** The measures the first layout reads, aligned with `graph.nodes()`. */
export interface FirstLayoutMeasures {
  community?: ArrayLike<number>;
  degree?: ArrayLike<number>;
}

/**
 * Positions [x0, y0, x1, y1, …] aligned with `graph.nodes()`; without a
 * community and degree measure the force layout starts from its own seeded
 * positions.
 */
export function firstLayout(graph: AtlasGraph, measures: FirstLayoutMeasures, seed: number): Float64Array {
  const { community, degree } = measures;
  const start = community && degree ? communitySeedPositions(graph, community, degree, seed) : undefined;
  return computeForceLayout(graph, { seed, ...(start ? { start } : {}) });
}
