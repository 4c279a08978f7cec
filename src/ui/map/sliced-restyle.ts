/**
 * A style change on a large map without a long task (issue 12, "Fluid
 * interaction"): sigma's `refresh()` re-runs the edge reducer over every
 * link and writes them all in one task (0.5–1.4 s on the municipal city–city
 * view's 149,609 links). Here the nodes (few) are reduced and written at
 * once, as sigma's `process` does — label grid, zIndex order, programs —
 * then the links in slices of about `sliceMs` into the programs' places,
 * handing the thread back between slices (pacing.ts) and redrawing at the
 * fill's pace (render-pacer.ts). Links the old style still shows are drawn
 * as before until their slice comes.
 *
 * Where each link goes is sigma's `process` order: links by zIndex (a
 * stable sort of the graph's order), picking ids after the nodes', places
 * counted per program. The `priority` links (the emphasised ones and the
 * aggregates' spokes: few) are reduced first; every other link is assumed
 * to stay on the base layer (sigma's default edge program, zIndex 0), so
 * the places of the lifted links — zIndex above 0, after every other — are
 * known at once and they are written in the first task: an emphasis shows
 * at once. A link that breaks the assumption (the reducer lifts it without
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
import type { SigmaInternals } from './sigma-internals';

/** User timings of the JavaScript a restyle runs (its first task: nodes and lifted links; each later slice), for the benchmark and tests. */
export const RESTYLE_START = 'atlas:restyle-start';
export const RESTYLE_SLICE = 'atlas:restyle-slice';

export interface RestyleOptions {
  /** Links whose look may leave the base layer (emphasised, spokes): reduced and written first. */
  priority: Iterable<string>;
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
  for (const name of [RESTYLE_START, RESTYLE_SLICE]) if (performance.getEntriesByName(name).length > MAX_TIMINGS) performance.clearMeasures(name);
}

/** Reduces every node of `sigma`'s graph and writes them into the node programs, as sigma's `process` does (positions unchanged). */
export function restyleNodes(sigma: Sigma): void {
  const internals = sigma as unknown as SigmaInternals;
  const graph = sigma.getGraph();
  const settings = sigma.getSettings();
  const dimensions = sigma.getDimensions();
  const nullCamera = matrixFromCamera(new Camera().getState(), dimensions, sigma.getGraphDimensions(), sigma.getStagePadding());
  internals.labelGrid.resizeAndClear(dimensions, settings.labelGridCellSize);
  internals.nodeZExtent = [Infinity, -Infinity];
  const perProgram: Record<string, number> = Object.create(null);
  let nodes = graph.nodes();
  for (const node of nodes) {
    internals.addNode(node);
    const data = internals.nodeDataCache[node]!;
    const attributes = graph.getNodeAttributes(node);
    data.x = attributes['x'] as number;
    data.y = attributes['y'] as number;
    internals.normalizationFunction.applyTo(data);
    if (typeof data.label === 'string' && !data.hidden) internals.labelGrid.add(node, data.size, sigma.framedGraphToViewport(data, { matrix: nullCamera }));
    perProgram[data.type] = (perProgram[data.type] ?? 0) + 1;
  }
  internals.labelGrid.organize();
  for (const type of Object.keys(internals.nodePrograms)) {
    internals.nodePrograms[type]!.reallocate(perProgram[type] ?? 0);
    perProgram[type] = 0;
  }
  const z = internals.nodeZExtent;
  if (settings.zIndex && z[0] !== z[1]) nodes = zIndexOrdering(z, (n) => internals.nodeDataCache[n]!.zIndex, nodes);
  nodes.forEach((node, i) => {
    const id = i + 1;
    internals.nodeIndices[node] = id;
    internals.itemIDsIndex[id] = { type: 'node', id: node };
    internals.addNodeToProgram(node, id, perProgram[internals.nodeDataCache[node]!.type]!++);
  });
}

/** Reallocates an edge program to `capacity` items, keeping what it held in the places that remain. */
function resize(internals: SigmaInternals, type: string, capacity: number): boolean {
  const program = internals.edgePrograms[type];
  if (!program || typeof program.capacity !== 'number' || typeof program.reallocate !== 'function') return false;
  const before = program.array;
  program.reallocate(capacity);
  const after = program.array;
  if (before && after && after !== before) after.set(before.length <= after.length ? before : before.subarray(0, after.length));
  return true;
}

/**
 * Re-runs `sigma`'s reducers over `display` (which it draws) for a new
 * style: the nodes and the lifted priority links at once, the other links
 * in timed slices. `renumbered` is called once the links drawn so far have
 * their new ids (the progressive fill goes on after them).
 */
export function restyleInSlices(sigma: Sigma, display: DisplayGraph, options: RestyleOptions, renumbered: () => void): Restyle {
  const { sliceMs, renderEveryMs } = { ...LINK_FILL_DEFAULTS, ...options };
  const internals = sigma as unknown as SigmaInternals;
  const base = sigma.getSetting('defaultEdgeType');
  const started = performance.now();
  restyleNodes(sigma);
  options.placeNodes();

  const edges = display.edges();
  const nodesCount = display.order;
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
  /** Stopped by its owner (a newer style, the map killed). */
  let cancelled = false;
  /** Left to sigma's own process, which writes every link (and then this restyle is done). */
  let handedOver = false;
  const frames = createRenderPacer(sigma, renderEveryMs);
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
  if (outOfOrder || !Object.keys(totals).every((type) => resize(internals, type, totals[type]!))) {
    const done = fullRefresh().finally(() => frames.dispose());
    return { done, stop };
  }
  for (const type of Object.keys(internals.edgePrograms)) if (!(type in totals)) resize(internals, type, 0);
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
  if (liftedSorted.length > 0) frames.request(true);
  trimTimings();
  performance.measure(RESTYLE_START, { start: started });

  // Then every other link, in the graph's order.
  const cache = internals.edgeDataCache;
  const isLifted = new Set(liftedSorted);
  for (const type of Object.keys(next)) next[type] = 0;
  let cursor = 0;
  id = nodesCount + 1;
  /** Before sigma processes the graph: a full refresh re-read every link already; otherwise the links left get the new style first. */
  const onProcess = () => {
    if (cancelled || handedOver) return;
    handedOver = true;
    if (internals.edgeDataCache !== cache) return;
    for (; cursor < edges.length; cursor++) if (!isLifted.has(edges[cursor]!)) internals.addEdge(edges[cursor]!);
  };
  sigma.on('beforeProcess', onProcess);
  const pacing = createPacing(sliceMs);
  /** JavaScript time spent on the links so far, ms: what is left is estimated at the same rate. */
  let spent = 0;
  const run = async (): Promise<boolean> => {
    while (cursor < edges.length) {
      await pacing.pause();
      if (cancelled || handedOver) break;
      // A refresh is pending (it re-read every link, or its process will get the rest first): it writes them all.
      if (internals.needToProcess || internals.edgeDataCache !== cache) {
        await frames.nextFrame();
        continue;
      }
      const sliceStart = performance.now();
      let n = 0;
      while (cursor < edges.length && (n++ & 63 || !pacing.shouldPause())) {
        const edge = edges[cursor++]!;
        if (isLifted.has(edge)) continue;
        internals.addEdge(edge);
        const data = cache[edge]!;
        if (data.zIndex !== 0 || (data.type !== base && !priority.has(edge))) return fullRefresh();
        write(edge, id++, next[data.type]!++);
      }
      performance.measure(RESTYLE_SLICE, { start: sliceStart });
      spent += performance.now() - sliceStart;
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
