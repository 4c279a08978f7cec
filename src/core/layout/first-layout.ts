/**
 * The first picture of a graph, the one the app, the analysis worker, the
 * CLI exports and `atlas snapshot` all start from. Isolates, dyads and small
 * stars (a centre with at most GRID_STAR_LEAVES leaves) go in a tidy grid
 * (small-component-grid.ts); every other component is laid out on its own
 * (communities as discs, hubs in the middle, then seeded ForceAtlas2 on its
 * share of the work budget), and these are packed by size, the largest in
 * the middle (component-pack.ts), the grid beside them. Deterministic: the
 * same graph, measures and seed give the same positions. Defined once here
 * so the screen and a report's figure agree.
 */
import { connectedComponents } from '../metrics/components';
import { buildCsr } from '../metrics/csr';
import type { AtlasGraph } from '../graph/types';
import { communitySeedPositions } from './community-seed';
import { packComponents } from './component-pack';
import { computeForceLayout, layoutIterations } from './force-layout';
import { manyIsolates } from '../graph/isolates';
import { gridSmallComponents, type GridStar } from './small-component-grid';

/** The measures the first layout reads, aligned with `graph.nodes()`. */
export interface FirstLayoutMeasures {
  community?: ArrayLike<number>;
  degree?: ArrayLike<number>;
}

/** Link length used for the grid and the gaps when no component has links to measure. */
const DEFAULT_UNIT = 10;
/**
 * Most leaves of a star drawn in the grid; a larger star is laid out and
 * packed (its leaves around it). Packed, a star of three leaves takes about
 * twice the room per node it takes in the grid, which on a registry of 500
 * small groups shrank every link under its two nodes.
 */
const GRID_STAR_LEAVES = 5;
/** Gap between packed components, in link lengths: each component's circle grows by half of it. */
const PACK_GAP = 1;

/** The component `members` as a star of the grid (an isolate, a dyad, or a centre with at most GRID_STAR_LEAVES leaves); null otherwise. */
function gridStar(graph: AtlasGraph, keys: string[], members: Int32Array): GridStar | null {
  const n = members.length;
  if (n === 1) return { centre: members[0]!, leaves: [] };
  if (n > GRID_STAR_LEAVES + 1) return null;
  let centre = -1;
  for (const i of members) {
    const degree = graph.degree(keys[i]!);
    if (degree === n - 1 && centre < 0) centre = i;
    else if (degree !== 1) return null;
  }
  return centre < 0 ? null : { centre, leaves: [...members].filter((i) => i !== centre) };
}

/** The components of `graph` split into grid stars and the components laid out and packed (largest first). */
function splitComponents(graph: AtlasGraph, keys: string[]): { stars: GridStar[]; packed: Int32Array[] } {
  const stars: GridStar[] = [];
  const packed: Int32Array[] = [];
  for (const members of connectedComponents(buildCsr(graph, null))) {
    const star = gridStar(graph, keys, members);
    if (star) stars.push(star);
    else packed.push(members);
  }
  return { stars, packed };
}

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
 * component laid out (not a star of the grid), largest component first (each
 * gets its share of the budget, {@link layoutIterations}); [] when the graph
 * has only isolates, dyads and small stars. What a figure's provenance states.
 */
export function firstLayoutIterations(graph: AtlasGraph): number[] {
  const keys = graph.nodes();
  const large = splitComponents(graph, keys).packed;
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
  const { stars: small, packed: large } = splitComponents(graph, keys);
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

  const { placed, radius } = packComponents(laidOut, PACK_GAP * unit);
  large.forEach((members, c) => {
    const { dx, dy } = placed[c]!;
    for (const i of members) {
      out[2 * i] = out[2 * i]! + dx;
      out[2 * i + 1] = out[2 * i + 1]! + dy;
    }
  });
  if (small.length === 0) return out;
  const gap = 1.5 * unit;
  const gridNode = (i: number) => {
    const attributes = graph.getNodeAttributes(keys[i]!);
    return { type: attributes.type, label: attributes.label, key: keys[i]! };
  };
  // Many isolates (a projection without its hubs) get a block of their own below the
  // picture, so the linked part stays compact when the page hides them (core/graph/isolates.ts).
  const isolates = small.filter((s) => s.leaves.length === 0);
  const apart = large.length > 0 && manyIsolates(isolates.length, keys.length);
  const beside = apart ? small.filter((s) => s.leaves.length > 0) : small;
  if (beside.length > 0) {
    const grid = gridSmallComponents(beside, gridNode, unit, large.length > 0 ? 2 * radius : 0, large.length > 0 ? gap : 0);
    // Beside the packed components (centred vertically), or alone centred on 0,0.
    const left = large.length > 0 ? radius + gap : -grid.width / 2;
    const top = grid.height / 2;
    for (const [i, p] of grid.positions) {
      out[2 * i] = left + p.x;
      out[2 * i + 1] = top + p.y;
    }
  }
  if (apart) {
    let [minX, maxX, minY] = [Infinity, -Infinity, Infinity];
    for (const s of [...large.flatMap((m) => [...m]), ...beside.flatMap((s) => [s.centre, ...s.leaves])]) {
      minX = Math.min(minX, out[2 * s]!);
      maxX = Math.max(maxX, out[2 * s]!);
      minY = Math.min(minY, out[2 * s + 1]!);
    }
    const block = gridSmallComponents(isolates, gridNode, unit, 0, 0);
    const left = (minX + maxX) / 2 - block.width / 2;
    for (const [i, p] of block.positions) {
      out[2 * i] = left + p.x;
      out[2 * i + 1] = minY - 2 * gap + p.y;
    }
  }
  return out;
}
