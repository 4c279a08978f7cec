/**
 * The first picture of a graph, the one the app, the analysis worker, the
 * CLI exports and `atlas snapshot` all start from. Isolates, dyads and small
 * stars (a centre with at most GRID_STAR_LEAVES leaves) go in a tidy grid
 * (small-component-grid.ts); every other component is laid out on its own
 * (communities as discs, hubs in the middle, then seeded ForceAtlas2 on its
 * share of the work budget), and these are packed by size, the largest in
 * the middle (component-pack.ts), the grid beside them. Deterministic: the
 * same graph, measures and seed give the same positions. Defined once here
 * so the screen and a report's figure agree, and read from the graph's CSR:
 * graphology's graph and the builder's columns give the same picture, and
 * a component is made into a graph only for ForceAtlas2 to run on (none at
 * 100k nodes, where the budget leaves no iterations).
 */
import { UndirectedGraph } from 'graphology';
import type { GraphColumns } from '../graph/columns';
import { connectedComponents } from '../metrics/components';
import { type Csr, csrFor } from '../metrics/csr';
import type { AtlasNodeAttributes, ReadGraph } from '../graph/types';
import { communitySeedPositions } from './community-seed';
import { packComponents } from './component-pack';
import { computeForceLayout, layoutIterations, type WeightedGraph } from './force-layout';
import { manyIsolates } from '../graph/isolates';
import { gridSmallComponents, type GridStar } from './small-component-grid';

/**
 * A graph the first layout reads: graphology's, or the builder's columns
 * (graph/columns.ts), which give the same CSR and so the same picture
 * without making graphology's graph (the analysis worker lays out a 500k-link
 * network from its columns).
 */
export type LayoutGraph = ReadGraph | GraphColumns;

/** The measures the first layout reads, aligned with `graph.nodes()`. */
export interface FirstLayoutMeasures {
  community?: ArrayLike<number>;
  degree?: ArrayLike<number>;
}

/**
 * What the layout reads of a graph: its weighted CSR (keys in order, neighbours in link order) and its nodes'
 * attributes; `rank`, −1 for every node between two components' {@link forceGraph} (one array for the graph: one per
 * component made the layout quadratic on a graph of many small components).
 */
interface LayoutInput {
  graph: LayoutGraph;
  csr: Csr;
  attributes: AtlasNodeAttributes[];
  rank: Int32Array;
}

function layoutInput(graph: LayoutGraph): LayoutInput {
  const attributes: AtlasNodeAttributes[] = [];
  graph.forEachNode((_key, a) => void attributes.push(a));
  const csr = csrFor(graph, 'weight');
  return { graph, csr, attributes, rank: new Int32Array(csr.n).fill(-1) };
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

const degreeOf = (csr: Csr, i: number) => csr.offsets[i + 1]! - csr.offsets[i]!;

/** The component `members` as a star of the grid (an isolate, a dyad, or a centre with at most GRID_STAR_LEAVES leaves); null otherwise. */
function gridStar(csr: Csr, members: Int32Array): GridStar | null {
  const n = members.length;
  if (n === 1) return { centre: members[0]!, leaves: [] };
  if (n > GRID_STAR_LEAVES + 1) return null;
  let centre = -1;
  for (const i of members) {
    const degree = degreeOf(csr, i);
    if (degree === n - 1 && centre < 0) centre = i;
    else if (degree !== 1) return null;
  }
  return centre < 0 ? null : { centre, leaves: [...members].filter((i) => i !== centre) };
}

/** The components of the graph split into grid stars and the components laid out and packed (largest first). */
function splitComponents(csr: Csr): { stars: GridStar[]; packed: Int32Array[] } {
  const stars: GridStar[] = [];
  const packed: Int32Array[] = [];
  for (const members of connectedComponents(csr)) {
    const star = gridStar(csr, members);
    if (star) stars.push(star);
    else packed.push(members);
  }
  return { stars, packed };
}

/** Links inside the component `members` (each counted once). */
function componentSize(csr: Csr, members: Int32Array): number {
  let ends = 0;
  for (const i of members) ends += degreeOf(csr, i);
  return ends / 2;
}

/**
 * The component `members` as a graph for ForceAtlas2: its nodes in `members`
 * order, and (with `links`) its links with their weights — for the whole
 * graph in link order, for a component in the order its nodes first reach
 * them (each node's links in link order). Both orders are what the layout
 * read when it made a graphology subgraph of each component, so the picture
 * is the same to the bit (FA2 sums forces in link order) — except where node
 * keys look like array indices ("17"): graphology's neighbour records list
 * those first, in numeric order, so such a component's links came in another
 * order and its picture differs from the one before the layout read the CSR.
 */
function forceGraph({ graph, csr, rank }: LayoutInput, members: Int32Array, links: boolean): WeightedGraph {
  const { keys, offsets, neighbors, weights } = csr;
  const sub: WeightedGraph = new UndirectedGraph();
  for (const i of members) sub.addNode(keys[i]!);
  if (!links) return sub;
  if (members.length === csr.n) {
    forEachLink(graph, (s, t, weight) => {
      if (s !== t) sub.addEdge(keys[s]!, keys[t]!, { weight });
    });
    return sub;
  }
  members.forEach((i, k) => {
    rank[i] = k;
  });
  members.forEach((i, k) => {
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) if (rank[neighbors[p]!]! > k) sub.addEdge(keys[i]!, keys[neighbors[p]!]!, { weight: weights[p]! });
  });
  for (const i of members) rank[i] = -1;
  return sub;
}

/** Each link's ends (node indices) and weight, in link order. */
function forEachLink(graph: LayoutGraph, visit: (source: number, target: number, weight: number) => void): void {
  if ('linkEnds' in graph) {
    const { source, target, weight } = graph.linkEnds();
    for (let i = 0; i < graph.size; i++) visit(source[i]!, target[i]!, weight[i]!);
    return;
  }
  const index = new Map<string, number>();
  graph.forEachNode((key) => void index.set(key, index.size));
  graph.forEachEdge((_e, a, s, t) => visit(index.get(s)!, index.get(t)!, a.weight));
}

/** Seeded force layout of one component, [x0, y0, …] aligned with `members`. */
function layoutComponent(input: LayoutInput, members: Int32Array, measures: FirstLayoutMeasures, seed: number): Float64Array {
  const { csr } = input;
  const { community, degree } = measures;
  const pick = (values: ArrayLike<number>) => Float64Array.from(members, (i) => values[i] ?? 0);
  const keys = Array.from(members, (i) => csr.keys[i]!);
  const start = community && degree ? communitySeedPositions(keys, pick(community), pick(degree), seed) : undefined;
  const iterations = layoutIterations({ order: members.length, size: componentSize(csr, members) }, members.length / csr.n);
  // Without iterations the start positions are the layout: no graph to make (the giant component at 100k nodes).
  if (iterations === 0 && start) {
    const out = new Float64Array(2 * keys.length);
    keys.forEach((key, k) => {
      const p = start.get(key)!;
      out[2 * k] = p.x;
      out[2 * k + 1] = p.y;
    });
    return out;
  }
  return computeForceLayout(forceGraph(input, members, iterations > 0), { seed, iterations, ...(start ? { start } : {}) });
}

/**
 * The ForceAtlas2 iterations {@link firstLayout} runs, one number per
 * component laid out (not a star of the grid), largest component first (each
 * gets its share of the budget, {@link layoutIterations}); [] when the graph
 * has only isolates, dyads and small stars. What a figure's provenance states.
 */
export function firstLayoutIterations(graph: LayoutGraph): number[] {
  const csr = csrFor(graph, null);
  const large = splitComponents(csr).packed;
  large.sort((a, b) => b.length - a.length);
  return large.map((members) => layoutIterations({ order: members.length, size: componentSize(csr, members) }, members.length / csr.n));
}

/** Median link length over the laid-out components (the grid's nodes are all at 0,0 yet): the unit of gaps and of the grid. */
function medianLinkLength({ n, offsets, neighbors }: Csr, out: Float64Array): number {
  const lengths: number[] = [];
  for (let s = 0; s < n; s++)
    for (let p = offsets[s]!; p < offsets[s + 1]!; p++) {
      const t = neighbors[p]!;
      if (t < s) continue;
      const d = Math.hypot(out[2 * s]! - out[2 * t]!, out[2 * s + 1]! - out[2 * t + 1]!);
      if (d > 0) lengths.push(d);
    }
  if (lengths.length === 0) return DEFAULT_UNIT;
  lengths.sort((a, b) => a - b);
  return lengths[lengths.length >> 1]!;
}

/**
 * Positions [x0, y0, x1, y1, …] aligned with `graph.nodes()`; without a
 * community and degree measure each component's force layout starts from its
 * own seeded positions.
 */
export function firstLayout(graph: LayoutGraph, measures: FirstLayoutMeasures, seed: number): Float64Array {
  const out = new Float64Array(2 * graph.order);
  if (graph.order === 0) return out;
  const input = layoutInput(graph);
  const { csr, attributes } = input;
  const { keys } = csr;
  const { stars: small, packed: large } = splitComponents(csr);
  const laidOut = large.map((members) => layoutComponent(input, members, measures, seed));
  // Write each component in its own frame first to measure the unit, then move it.
  large.forEach((members, c) =>
    members.forEach((i, k) => {
      out[2 * i] = laidOut[c]![2 * k]!;
      out[2 * i + 1] = laidOut[c]![2 * k + 1]!;
    }),
  );
  const unit = large.length > 0 ? medianLinkLength(csr, out) : DEFAULT_UNIT;

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
  const gridNode = (i: number) => ({ type: attributes[i]!.type, label: attributes[i]!.label, key: keys[i]! });
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
