/**
 * A style change on a large map without a long task (issue 12, "Fluid
 * interaction"): sigma's `refresh()` re-runs the edge reducer over every
 * link and writes them all in one task (0.5–1.4 s on the municipal city–city
 * view's 149,609 links), and its node part alone is 0.2–0.3 s at 100,000
 * nodes (issue 14). Here the nodes are reduced, then written, in slices of
 * about `sliceMs` (nodeRestyle below: sigma's `process` order — label grid,
 * zIndex order, programs — worked out from counts, so the emphasised nodes
 * are written before the others); the first slice runs in the calling task,
 * so a small map's nodes are all written at once, as before. Then the links
 * in slices into the programs' places, handing the thread back between
 * slices (pacing.ts) and redrawing at the fill's pace (render-pacer.ts).
 * Nodes and links the old style still shows are drawn as before until their
 * slice comes (the label grid is swapped in whole).
 *
 * Where each link goes is sigma's `process` order: links by zIndex (a
 * stable sort of the graph's order), picking ids after the nodes', places
 * counted per program. The `priority` links (the emphasised ones and the
 * aggregates' spokes: few) are reduced first; every other link is assumed
 * to stay on the base layer (sigma's default edge program, zIndex 0), so
 * the places of the lifted links — zIndex above 0, after every other — are
 * known at once and they are written with the last node: an emphasis shows
 * in the next frame. A link that breaks the assumption (the reducer lifts it without
 * its being a priority) ends the restyle in sigma's own full refresh.
 * A full process meanwhile (a layout, a resize) re-reads every link with
 * the current style and ends the restyle; a process that only re-indexes
 * first gets the links not yet reduced.
 */
import type Sigma from 'sigma';
import { Camera } from 'sigma';
import { matrixFromCamera, zIndexOrdering } from 'sigma/utils';
import { createPacing } from '../pacing';
import { LINK_FILL_DEFAULTS, type DisplayGraph } from './progressive-links';
import { createRenderPacer } from './render-pacer';
import type { DecodePacing } from '../../core/graph/codec';
import type { ProgramBuffer, SigmaInternals } from './sigma-internals';
import { zOrderStarts } from './z-order';

/** User timings of the JavaScript a restyle runs (its first task: nodes and lifted links; each later slice), for the benchmark and tests. */
export const RESTYLE_START = 'atlas:restyle-start';
export const RESTYLE_SLICE = 'atlas:restyle-slice';
/** User timing of each slice of a restyle's node work (the first is in the restyle's first task). */
export const RESTYLE_NODES_SLICE = 'atlas:restyle-nodes-slice';

export interface RestyleOptions {
  /** Links whose look may leave the base layer (emphasised, spokes): reduced and written first. */
  priority: Iterable<string>;
  /** Nodes written before the others once every node is reduced (the emphasised); absent: no emphasis to show first. */
  priorityNodes?: Iterable<string>;
  /** Called after the nodes are written, before any link: moves nodes drawn elsewhere than their graph position (the aggregates). */
  placeNodes(): void;
  /** Work per slice, ms. */
  sliceMs?: number;
  /** Least time between two redraws, ms (longer when a redraw costs more). */
  renderEveryMs?: number;
}

/** A restyle in progress; `done` resolves true after the frame that draws its last link, false if it was stopped before. */
export interface Restyle {
  readonly done: Promise<boolean>;
  stop(): void;
}

/** User-timing entries kept at most per name: a long session restyles on every hover, and the timeline never forgets on its own. */
const MAX_TIMINGS = 1000;

/** Drops the restyle timings once they pass {@link MAX_TIMINGS} (the current restyle's are made after). */
function trimTimings(): void {
  for (const name of [RESTYLE_START, RESTYLE_SLICE, RESTYLE_NODES_SLICE])
    if (performance.getEntriesByName(name).length > MAX_TIMINGS) performance.clearMeasures(name);
}

/** The node part of a restyle: every node reduced (slice by slice), then written into the node programs. */
interface NodeRestyle {
  /** Does node work until `pacing` says to pause; true once every node is written. */
  step(pacing: DecodePacing): boolean;
  /** Whether every node is reduced (only the writing is left). */
  readonly reduced: boolean;
  /** Reduces the nodes not reduced yet (a full process of sigma is about to write them all). */
  reduceRest(): void;
}

/**
 * Re-runs sigma's node reducer over every node of `sigma`'s graph and writes
 * them into the node programs as its `process` does (positions unchanged),
 * in steps: first every node is reduced in the graph's order (normalised,
 * put in a new label grid, its rank among the nodes of its zIndex and of its
 * program and zIndex counted), then the programs are allocated and the
 * label grid swapped in, and the nodes are written — the `priority` ones
 * (the emphasised) first, then the others in the graph's order — each at
 * the picking id and place sigma's stable zIndex order gives it.
 */
function nodeRestyle(sigma: Sigma, priority: Iterable<string>): NodeRestyle {
  const internals = sigma as unknown as SigmaInternals;
  const graph = sigma.getGraph();
  const settings = sigma.getSettings();
  const dimensions = sigma.getDimensions();
  const nullCamera = matrixFromCamera(new Camera().getState(), dimensions, sigma.getGraphDimensions(), sigma.getStagePadding());
  // A new grid, swapped in once every node is in it: frames drawn meanwhile keep the labels they had.
  const Grid = internals.labelGrid.constructor as new () => SigmaInternals['labelGrid'];
  const grid = new Grid();
  grid.resizeAndClear(dimensions, settings.labelGridCellSize);
  internals.nodeZExtent = [Infinity, -Infinity];
  const nodes = graph.nodes();
  const first = new Set<string>();
  for (const node of priority) if (graph.hasNode(node)) first.add(node);
  /** Each node's rank among the nodes of its zIndex, and among those of its program and zIndex (graph order). */
  const rankZ = new Int32Array(nodes.length);
  const rankPlace = new Int32Array(nodes.length);
  const zCounts = new Map<number, number>();
  const counts = new Map<string, Map<number, number>>();
  /** Indices of the priority nodes, in the graph's order. */
  const firstIndices: number[] = [];
  const startId = new Map<number, number>();
  const startPlace = new Map<string, Map<number, number>>();
  let reduced = 0;
  /** Nodes written: first the priority ones (`written` < their count), then the others, skipped over by `cursor`. */
  let written = 0;
  let cursor = 0;

  const reduce = (i: number) => {
    const node = nodes[i]!;
    internals.addNode(node);
    const data = internals.nodeDataCache[node]!;
    const attributes = graph.getNodeAttributes(node);
    data.x = attributes['x'] as number;
    data.y = attributes['y'] as number;
    internals.normalizationFunction.applyTo(data);
    if (typeof data.label === 'string' && !data.hidden) grid.add(node, data.size, sigma.framedGraphToViewport(data, { matrix: nullCamera }));
    const z = settings.zIndex ? data.zIndex : 0;
    const nz = zCounts.get(z) ?? 0;
    rankZ[i] = nz;
    zCounts.set(z, nz + 1);
    let byZ = counts.get(data.type);
    if (!byZ) counts.set(data.type, (byZ = new Map()));
    const np = byZ.get(z) ?? 0;
    rankPlace[i] = np;
    byZ.set(z, np + 1);
    if (first.has(node)) firstIndices.push(i);
  };
  /** Every node reduced: the programs sized (keeping what they drew until each node is written) and the new grid in. */
  const allocate = () => {
    grid.organize();
    internals.labelGrid = grid;
    const starts = zOrderStarts(zCounts, counts, Object.keys(internals.nodePrograms));
    for (const [z, id] of starts.id) startId.set(z, id);
    for (const [type, places] of starts.place) {
      startPlace.set(type, places);
      const program = internals.nodePrograms[type]!;
      const total = starts.total.get(type)!;
      if (!resize(program, total)) program.reallocate(total);
    }
  };
  const write = (i: number) => {
    const node = nodes[i]!;
    const data = internals.nodeDataCache[node]!;
    const z = settings.zIndex ? data.zIndex : 0;
    const id = startId.get(z)! + rankZ[i]!;
    internals.nodeIndices[node] = id;
    internals.itemIDsIndex[id] = { type: 'node', id: node };
    internals.addNodeToProgram(node, id, startPlace.get(data.type)!.get(z)! + rankPlace[i]!);
  };
  return {
    step(pacing) {
      let n = 0;
      const more = () => (n++ & 63) !== 0 || !pacing.shouldPause();
      while (reduced < nodes.length && more()) reduce(reduced++);
      if (reduced < nodes.length) return false;
      if (startId.size === 0 && nodes.length > 0) allocate();
      while (written < firstIndices.length && more()) write(firstIndices[written++]!);
      if (written < firstIndices.length) return false;
      while (cursor < nodes.length && more()) {
        const i = cursor++;
        if (!first.has(nodes[i]!)) write(i);
      }
      return cursor === nodes.length;
    },
    get reduced() {
      return reduced === nodes.length;
    },
    reduceRest() {
      for (; reduced < nodes.length; reduced++) internals.addNode(nodes[reduced]!);
    },
  };
}

/** Reallocates a program to `capacity` items, keeping what it held in the places that remain. */
function resize(program: Partial<ProgramBuffer> | undefined, capacity: number): boolean {
  if (!program || typeof program.capacity !== 'number' || typeof program.reallocate !== 'function') return false;
  const before = program.array;
  program.reallocate(capacity);
  const after = program.array;
  if (before && after && after !== before) after.set(before.length <= after.length ? before : before.subarray(0, after.length));
  return true;
}

/**
 * Re-runs `sigma`'s reducers over `display` (which it draws) for a new
 * style: the nodes in timed slices (the first in this task: a small map's
 * are all written at once), the emphasised ones written first; then, in the
 * task that writes the last node, the lifted priority links; the other
 * links in timed slices. `renumbered` is called once the links drawn so far
 * have their new ids (the progressive fill goes on after them).
 */
export function restyleInSlices(sigma: Sigma, display: DisplayGraph, options: RestyleOptions, renumbered: () => void): Restyle {
  const { sliceMs, renderEveryMs } = { ...LINK_FILL_DEFAULTS, ...options };
  const internals = sigma as unknown as SigmaInternals;
  const base = sigma.getSetting('defaultEdgeType');
  const started = performance.now();
  trimTimings();
  const pacing = createPacing(sliceMs);
  const frames = createRenderPacer(sigma, renderEveryMs);
  /** Stopped by its owner (a newer style, the map killed). */
  let cancelled = false;
  /** Left to sigma's own process, which writes every node and link (and then this restyle is done). */
  let handedOver = false;
  const stop = () => {
    cancelled = true;
    frames.dispose();
  };
  const finish = async (): Promise<boolean> => {
    if (cancelled) return false;
    await frames.nextFrame();
    return !cancelled;
  };
  /** Sigma's own way, in one task: for what this module does not know how to place. */
  const fullRefresh = (): Promise<boolean> => {
    handedOver = true;
    sigma.refresh({ skipIndexation: true });
    return finish();
  };
  const nodes = nodeRestyle(sigma, options.priorityNodes ?? []);
  const edges = display.edges();
  const nodesCount = display.order;
  /** The links' state once the nodes are written (null before). */
  let links: { cache: SigmaInternals['edgeDataCache']; isLifted: ReadonlySet<string> } | null = null;
  let cursor = 0;
  /** Before sigma processes the graph: a full refresh re-read every node and link already; otherwise what is left gets the new style first. */
  const onProcess = () => {
    if (cancelled || handedOver) return;
    handedOver = true;
    if (!links) {
      nodes.reduceRest();
      for (const edge of edges) internals.addEdge(edge);
      return;
    }
    if (internals.edgeDataCache !== links.cache) return;
    for (; cursor < edges.length; cursor++) if (!links.isLifted.has(edges[cursor]!)) internals.addEdge(edges[cursor]!);
  };
  sigma.on('beforeProcess', onProcess);

  const run = async (): Promise<boolean> => {
    // The nodes: the first slice in this task.
    let sliceStart = started;
    while (!nodes.step(pacing)) {
      performance.measure(RESTYLE_NODES_SLICE, { start: sliceStart });
      if (sliceStart === started) performance.measure(RESTYLE_START, { start: started });
      await pacing.pause();
      if (cancelled) return false;
      if (handedOver) return finish();
      // A process is pending: it writes every node and link (reduced first, above).
      if (internals.needToProcess) {
        await frames.nextFrame();
        if (cancelled) return false;
        if (handedOver) return finish();
        continue;
      }
      sliceStart = performance.now();
    }
    performance.measure(RESTYLE_NODES_SLICE, { start: sliceStart });
    options.placeNodes();

    const priority = new Set<string>();
    for (const edge of options.priority) if (display.hasEdge(edge)) priority.add(edge);
    for (const edge of priority) internals.addEdge(edge);
    // Places on the base layer (zIndex 0) per program: every link but the lifted ones, in the graph's order.
    const lifted: string[] = [];
    const places: Record<string, number> = Object.create(null);
    let outOfOrder = false;
    places[base] = edges.length - priority.size;
    for (const edge of edges) {
      if (!priority.has(edge)) continue;
      const data = internals.edgeDataCache[edge]!;
      if (data.zIndex < 0) outOfOrder = true;
      if (data.zIndex > 0) lifted.push(edge);
      else places[data.type] = (places[data.type] ?? 0) + 1;
    }
    const liftedSorted = lifted.length > 1 ? zIndexOrdering([0, 1], (e) => internals.edgeDataCache[e]!.zIndex, lifted) : lifted;
    const totals: Record<string, number> = Object.assign(Object.create(null), places);
    for (const edge of liftedSorted) {
      const type = internals.edgeDataCache[edge]!.type;
      totals[type] = (totals[type] ?? 0) + 1;
    }
    if (outOfOrder || !Object.keys(totals).every((type) => resize(internals.edgePrograms[type], totals[type]!))) return fullRefresh();
    for (const type of Object.keys(internals.edgePrograms)) if (!(type in totals)) resize(internals.edgePrograms[type], 0);
    const write = (edge: string, id: number, place: number) => {
      internals.edgeIndices[edge] = id;
      internals.itemIDsIndex[id] = { type: 'edge', id: edge };
      internals.addEdgeToProgram(edge, id, place);
    };
    // The lifted links first, after every base-layer link: the emphasis shows in the next frame.
    const next: Record<string, number> = Object.create(null);
    for (const type of Object.keys(totals)) next[type] = places[type] ?? 0;
    let id = nodesCount + edges.length - liftedSorted.length + 1;
    for (const edge of liftedSorted) write(edge, id++, next[internals.edgeDataCache[edge]!.type]!++);
    renumbered();
    // An emphasis shows in the next frame; any other change waits for the frame that draws it whole (or the pacer's next).
    if (liftedSorted.length > 0 || options.priorityNodes) frames.request(true);
    if (sliceStart === started) performance.measure(RESTYLE_START, { start: started });

    // Then every other link, in the graph's order.
    const cache = internals.edgeDataCache;
    const isLifted = new Set(liftedSorted);
    links = { cache, isLifted };
    for (const type of Object.keys(next)) next[type] = 0;
    id = nodesCount + 1;
    /** JavaScript time spent on the links so far, ms: what is left is estimated at the same rate. */
    let spent = 0;
    while (cursor < edges.length) {
      await pacing.pause();
      if (cancelled || handedOver) break;
      // A refresh is pending (it re-read every link, or its process will get the rest first): it writes them all.
      if (internals.needToProcess || internals.edgeDataCache !== cache) {
        await frames.nextFrame();
        continue;
      }
      const linkStart = performance.now();
      let n = 0;
      while (cursor < edges.length && (n++ & 63 || !pacing.shouldPause())) {
        const edge = edges[cursor++]!;
        if (isLifted.has(edge)) continue;
        internals.addEdge(edge);
        const data = cache[edge]!;
        if (data.zIndex !== 0 || (data.type !== base && !priority.has(edge))) return fullRefresh();
        write(edge, id++, next[data.type]!++);
      }
      performance.measure(RESTYLE_SLICE, { start: linkStart });
      spent += performance.now() - linkStart;
      frames.request(cursor === edges.length, ((edges.length - cursor) * spent) / Math.max(1, cursor));
    }
    return finish();
  };
  const done = run().finally(() => {
    sigma.off('beforeProcess', onProcess);
    frames.dispose();
  });
  return { done, stop };
}
