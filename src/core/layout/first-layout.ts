/**
 * The first picture of a graph, the one the app, the analysis worker, the
 * CLI exports and `atlas snapshot` all start from. Each connected component
 * of three or more nodes is laid out on its own (communities as discs, hubs
 * in the middle, then seeded ForceAtlas2 on its share of the work budget);
 * the components are then packed by size, the largest in the middle
 * (component-pack.ts), and isolates and dyads go in a tidy grid beside them
 * (small-component-grid.ts). Deterministic: the same graph, measures and seed
 * give the same positions. Defined once here so the screen and a report's
 * figure agree.
 */
import { connectedComponents } from '../metrics/components';
import { buildCsr } from '../metrics/csr';
import type { AtlasGraph } from '../graph/types';
import { communitySeedPositions } from './community-seed';
import { packComponents } from './component-pack';
import { computeForceLayout, layoutIterations } from './force-layout';
import { gridSmallComponents } from './small-component-grid';

/** The measures the first layout reads, aligned with `graph.nodes()`. */
export interface FirstLayoutMeasures {
  community?: ArrayLike<number>;
  degree?: ArrayLike<number>;
}

/** Link length used for the grid and the gaps when no component has links to measure. */
const DEFAULT_UNIT = 10;

/** The component `members` (indices into `keys`) as a graph of its own, nodes in `members` order. */
function componentGraph(graph: AtlasGraph, keys: string[], members: Int32Array): AtlasGraph {
  if (members.length === graph.order) return graph;
  const sub = graph.nullCopy();
  for (const i of members) sub.addNode(keys[i]!, graph.getNodeAttributes(keys[i]!));
  for (const i of members)
    graph.forEachEdge(keys[i]!, (edge, attributes, source, target) => {
      if (!sub.hasEdge(edge)) sub.addEdgeWithKey(edge, source, target, attributes);
    });
  return sub;
}

/** Seeded force layout of one component, [x0, y0, …] aligned with `members`. */
function layoutComponent(graph: AtlasGraph, keys: string[], members: Int32Array, measures: FirstLayoutMeasures, seed: number): Float64Array {
  const sub = componentGraph(graph, keys, members);
  const { community, degree } = measures;
  const pick = (values: ArrayLike<number>) => Float64Array.from(members, (i) => values[i] ?? 0);
  const start = community && degree ? communitySeedPositions(sub, pick(community), pick(degree), seed) : undefined;
  const iterations = layoutIterations(sub, members.length / graph.order);
  return computeForceLayout(sub, { seed, iterations, ...(start ? { start } : {}) });
}

/** Links inside the component `members` (each counted once, at its source). */
function componentSize(graph: AtlasGraph, keys: string[], members: Int32Array): number {
  let size = 0;
  for (const i of members)
    graph.forEachEdge(keys[i]!, (_edge, _attributes, source) => {
      if (source === keys[i]) size++;
    });
  return size;
}

/**
 * The ForceAtlas2 iterations {@link firstLayout} runs, one number per
 * component of three or more nodes, largest component first (each gets its
 * share of the budget, {@link layoutIterations}); [] when the graph has only
 * isolates and dyads. What a figure's provenance states.
 */
export function firstLayoutIterations(graph: AtlasGraph): number[] {
  const keys = graph.nodes();
  const large = connectedComponents(buildCsr(graph, null)).filter((c) => c.length > 2);
  large.sort((a, b) => b.length - a.length);
  return large.map((members) => layoutIterations({ order: members.length, size: componentSize(graph, keys, members) }, members.length / graph.order));
}

/** Median link length over the laid-out components: the unit of gaps and of the grid. */
function medianLinkLength(graph: AtlasGraph, out: Float64Array, index: Map<string, number>): number {
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, source, target) => {
    const [s, t] = [index.get(source)!, index.get(target)!];
    const d = Math.hypot(out[2 * s]! - out[2 * t]!, out[2 * s + 1]! - out[2 * t + 1]!);
    if (d > 0) lengths.push(d);
  });
  if (lengths.length === 0) return DEFAULT_UNIT;
  lengths.sort((a, b) => a - b);
  return lengths[lengths.length >> 1]!;
}

/**
 * Positions [x0, y0, x1, y1, …] aligned with `graph.nodes()`; without a
 * community and degree measure each component's force layout starts from its
 * own seeded positions.
 */
export function firstLayout(graph: AtlasGraph, measures: FirstLayoutMeasures, seed: number): Float64Array {
  const keys = graph.nodes();
  const out = new Float64Array(2 * keys.length);
  if (keys.length === 0) return out;
  const components = connectedComponents(buildCsr(graph, null));
  const large = components.filter((c) => c.length > 2);
  const small = components.filter((c) => c.length <= 2);
  const laidOut = large.map((members) => layoutComponent(graph, keys, members, measures, seed));
  // Write each component in its own frame first to measure the unit, then move it.
  large.forEach((members, c) =>
    members.forEach((i, k) => {
      out[2 * i] = laidOut[c]![2 * k]!;
      out[2 * i + 1] = laidOut[c]![2 * k + 1]!;
    }),
  );
  const index = new Map(keys.map((k, i) => [k, i]));
  const unit = large.length > 0 ? medianLinkLength(graph, out, index) : DEFAULT_UNIT;

  const { placed, radius } = packComponents(laidOut, 2 * unit);
  large.forEach((members, c) => {
    const { dx, dy } = placed[c]!;
    for (const i of members) {
      out[2 * i] = out[2 * i]! + dx;
      out[2 * i + 1] = out[2 * i + 1]! + dy;
    }
  });
  if (small.length === 0) return out;
  const grid = gridSmallComponents(
    small,
    (i) => {
      const attributes = graph.getNodeAttributes(keys[i]!);
      return { type: attributes.type, label: attributes.label, key: keys[i]! };
    },
    unit,
    2 * radius,
  );
  // Beside the packed components (centred vertically), or alone centred on 0,0.
  const left = large.length > 0 ? radius + 2 * unit : -grid.width / 2;
  const top = grid.height / 2;
  for (const [i, p] of grid.positions) {
    out[2 * i] = left + p.x;
    out[2 * i + 1] = top + p.y;
  }
  return out;
}
