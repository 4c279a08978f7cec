/**
 * Fills a large map's nodes progressively (issue 14: no main-thread task
 * over 200 ms). Sigma 3.0's constructor reduces, indexes and writes every
 * node of its graph and draws them in one task (0.4–0.65 s at 100,000 nodes
 * on this machine); map-view.ts gives it instead a display graph with no
 * node, and the nodes are added here in slices of about `sliceMs` of work,
 * written into sigma's node programs the way its `process` writes them
 * (sigma/src/sigma.ts, 3.0.x), so that once filled the programs, picking ids
 * and label grid are what sigma's own process would have made:
 *
 * - the frame first: sigma's node extent (`graphExtent` of every node, the
 *   function its process uses) and the normalisation of that extent or of
 *   the custom box (the shown frame) are set before any node;
 * - then, slice by slice, each node is added to the display graph (sigma's
 *   `nodeAdded` listener is left out: it would process the whole graph on
 *   the next frame), reduced (sigma's `addNode`: the node reducer, defaults,
 *   forced labels, highlighted, z extent), placed (normalised) and put in
 *   the label grid, counting nodes per program and zIndex;
 * - once every node is reduced the counts give each node its place: sigma
 *   orders nodes by zIndex with a stable sort of the graph's order, so a
 *   node's picking id is 1 + the nodes of a lower zIndex + those of its
 *   zIndex before it, and its place in its program the same count among the
 *   program's nodes. The programs are allocated once and the nodes written
 *   in the graph's order, slice by slice, at those places.
 *
 * Whatever makes sigma process the graph meanwhile (a refresh, a resize, a
 * layout) gets the nodes not yet added first (`beforeProcess`): its process
 * indexes them all its own way and the fill ends there. A resize, a style
 * or a layout meanwhile starts the fill over (`restart`), keeping the nodes
 * added; past {@link MAX_RESTARTS} restarts that threw work away (a
 * layout's ticks or the timeline playing come faster than a fill ends),
 * sigma's next process takes the nodes over instead. No frame is drawn before the last slice, which asks for one
 * (render-pacer.ts): the fill lasts about a second at 100,000 nodes and a
 * software-WebGL frame of them as long. The links come after the nodes
 * (progressive-links.ts): their picking ids follow the nodes'.
 */
import type Sigma from 'sigma';
import { createNormalizationFunction, graphExtent, matrixFromCamera } from 'sigma/utils';
import { Camera } from 'sigma';
import type { ReadGraph } from '../../core/graph/types';
import { createPacing } from '../pacing';
import { LINK_FILL_DEFAULTS, type DisplayGraph } from './progressive-links';
import { createRenderPacer } from './render-pacer';
import type { GraphBox } from './shown-frame';
import type { SigmaInternals } from './sigma-internals';
import { zOrderStarts } from './z-order';

/** User timing of each slice of the node fill's JavaScript (for the benchmark and tests). */
export const NODES_SLICE = 'atlas:nodes-slice';

export interface NodeFillOptions {
  /** The box sigma frames (its custom bounding box, shown-frame.ts); null: every node's. */
  frame: GraphBox | null;
  /** Work per slice, ms. */
  sliceMs?: number;
}

/** A node fill in progress; `complete` resolves true once every node is in sigma's programs (or left to its process), false if stopped before. */
export interface NodeFill {
  readonly complete: Promise<boolean>;
  /** Nodes in the display graph so far. */
  readonly added: number;
  readonly total: number;
  /** Whether every node is in sigma's programs (or its pending process has them all). */
  readonly done: boolean;
  /**
   * Starts the nodes' reduction and writing over with `frame` (the map was
   * resized, restyled or laid out: what the reducers give, the label grid
   * and the normalisation change), keeping the nodes added; false when the
   * fill is done already (the caller refreshes as usual).
   */
  restart(frame: GraphBox | null): boolean;
  stop(): void;
}

/** Restarts that throw work away a fill allows before sigma's process takes its nodes over. */
export const MAX_RESTARTS = 2;

/** User-timing entries kept at most: a session opens many views, and the timeline never forgets on its own. */
const MAX_TIMINGS = 1000;

/**
 * Adds the nodes of `source` to `display` (which `sigma` draws, built with
 * no node) in timed slices, writing them into sigma's node programs as its
 * process does; `complete` resolves once the last is written (the frame
 * that draws them is asked for, not awaited).
 */
export function fillNodes(sigma: Sigma, display: DisplayGraph, source: ReadGraph, options: NodeFillOptions): NodeFill {
  const sliceMs = options.sliceMs ?? LINK_FILL_DEFAULTS.sliceMs;
  const internals = sigma as unknown as SigmaInternals;
  const listener = internals.activeListeners.addNodeGraphUpdate;
  if (listener) display.removeListener('nodeAdded', listener);
  if (performance.getEntriesByName(NODES_SLICE).length > MAX_TIMINGS) performance.clearMeasures(NODES_SLICE);

  let frame = options.frame;
  if (frame) sigma.setCustomBBox(frame);
  const zIndex = sigma.getSetting('zIndex');
  /** Sigma's projection of the graph at its home camera (for the label grid), set with the frame. */
  let nullCamera: Float32Array;
  /** The frame sigma's process would set for the whole graph (after any process of the empty graph, which sets its own). */
  const begin = () => {
    // Sigma's graphExtent reads the graph's order and its nodes' x and y only, which the page's read graph has.
    const extent = graphExtent(source as unknown as Parameters<typeof graphExtent>[0]);
    internals.nodeExtent = extent;
    internals.normalizationFunction = createNormalizationFunction(frame ?? extent);
    const dimensions = sigma.getDimensions();
    nullCamera = matrixFromCamera(new Camera().getState(), dimensions, sigma.getGraphDimensions(), sigma.getStagePadding());
    internals.labelGrid.resizeAndClear(dimensions, sigma.getSetting('labelGridCellSize'));
    internals.nodeZExtent = [Infinity, -Infinity];
  };

  const nodes = source.nodes();
  /** Nodes per program and zIndex (sigma orders by zIndex only with the setting on). */
  const counts = new Map<string, Map<number, number>>();
  const zCounts = new Map<number, number>();
  let reduced = 0;
  let written = 0;
  /** Restarts that threw work away (nodes reduced already). */
  let restarts = 0;
  let stopped = false;
  /** Sigma's process took the nodes over. */
  let handedOver = false;
  const frames = createRenderPacer(sigma, LINK_FILL_DEFAULTS.renderEveryMs);
  const pacing = createPacing(sliceMs);

  /** Reduces the `i`th node, adding it to the display graph (whose nodes are the first of `nodes`) if it is not there yet. */
  const reduce = (i: number) => {
    const node = nodes[i]!;
    const attributes = source.getNodeAttributes(node);
    if (i >= display.order) display.addNode(node, attributes);
    internals.addNode(node);
    const data = internals.nodeDataCache[node]!;
    data.x = attributes.x as number;
    data.y = attributes.y as number;
    internals.normalizationFunction.applyTo(data);
    if (typeof data.label === 'string' && !data.hidden) internals.labelGrid.add(node, data.size, sigma.framedGraphToViewport(data, { matrix: nullCamera }));
    const z = zIndex ? data.zIndex : 0;
    let byZ = counts.get(data.type);
    if (!byZ) counts.set(data.type, (byZ = new Map()));
    byZ.set(z, (byZ.get(z) ?? 0) + 1);
    zCounts.set(z, (zCounts.get(z) ?? 0) + 1);
  };

  /** Before sigma processes the graph: the nodes not yet added are added and reduced, and its process writes them all (before the first: nothing to do). */
  const onProcess = () => {
    if (stopped || handedOver || reduced === 0 || written === nodes.length) return;
    handedOver = true;
    for (let i = display.order; i < nodes.length; i++) {
      const node = nodes[i]!;
      display.addNode(node, source.getNodeAttributes(node));
      internals.addNode(node);
    }
  };
  sigma.on('beforeProcess', onProcess);

  /** Next free picking id per zIndex, and next place per program and zIndex (sigma's stable zIndex order). */
  const nextId = new Map<number, number>();
  const nextPlace = new Map<string, Map<number, number>>();
  /** Allocates the programs and works out the first id and place of each zIndex once every node is reduced. */
  const allocate = () => {
    internals.labelGrid.organize();
    const starts = zOrderStarts(zCounts, counts, Object.keys(internals.nodePrograms));
    for (const [z, id] of starts.id) nextId.set(z, id);
    for (const [type, places] of starts.place) {
      nextPlace.set(type, places);
      internals.nodePrograms[type]!.reallocate(starts.total.get(type)!);
    }
  };
  const write = (node: string) => {
    const data = internals.nodeDataCache[node]!;
    const z = zIndex ? data.zIndex : 0;
    const id = nextId.get(z)!;
    nextId.set(z, id + 1);
    const places = nextPlace.get(data.type)!;
    const place = places.get(z)!;
    places.set(z, place + 1);
    internals.nodeIndices[node] = id;
    internals.itemIDsIndex[id] = { type: 'node', id: node };
    internals.addNodeToProgram(node, id, place);
  };

  const run = async (): Promise<boolean> => {
    while (written < nodes.length) {
      await pacing.pause();
      if (stopped) return false;
      if (handedOver) return true;
      // A process is pending (a refresh, a resize, a setting). Of the empty graph (the map's settings are set right
      // after sigma is built): what it would set, the frame and the label grid, is set below, so it is not waited for
      // (a frame can be a second away while the page builds its panels). Otherwise it takes the nodes over.
      if (internals.needToProcess) {
        if (display.order === 0) internals.needToProcess = false;
        else {
          await frames.nextFrame();
          continue;
        }
      }
      const sliceStart = performance.now();
      if (reduced === 0) begin();
      let n = 0;
      while (reduced < nodes.length && (n++ & 63 || !pacing.shouldPause())) reduce(reduced++);
      if (reduced === nodes.length && written === 0 && nextId.size === 0) allocate();
      while (reduced === nodes.length && written < nodes.length && (n++ & 63 || !pacing.shouldPause())) write(nodes[written++]!);
      performance.measure(NODES_SLICE, { start: sliceStart });
      // One frame, once every node is written: the fill takes about a second at 100,000 nodes, and a frame of them under
      // software WebGL as long again (an intermediate one held the main thread 0.9 s).
      if (written === nodes.length) frames.request(true);
    }
    return true;
  };
  const complete = run().finally(() => {
    sigma.off('beforeProcess', onProcess);
    frames.dispose();
  });
  return {
    complete,
    get added() {
      return display.order;
    },
    total: nodes.length,
    get done() {
      return handedOver || written === nodes.length;
    },
    restart(next) {
      if (stopped || handedOver || written === nodes.length) return false;
      frame = next;
      // Sigma's `setCustomBBox` asks for a frame too: one of the nodes half written, at sigma's own camera before the
      // home is worked out (a resize while the nodes came drew one, ~1.5 s at 100,000 nodes under software WebGL).
      // The box is set without it; the last slice asks for the frame.
      (sigma as unknown as { customBBox: GraphBox | null }).customBBox = frame;
      // Changes coming faster than a fill ends (a layout's ticks every 120–200 ms, the timeline playing) would start it
      // over for ever: past MAX_RESTARTS sigma's next process takes the nodes over, once (one long task at 100k nodes).
      if (reduced > 0 && restarts >= MAX_RESTARTS) {
        sigma.scheduleRefresh();
        return true;
      }
      if (reduced > 0) restarts++;
      reduced = 0;
      written = 0;
      counts.clear();
      zCounts.clear();
      nextId.clear();
      nextPlace.clear();
      return true;
    },
    stop() {
      stopped = true;
      frames.dispose();
    },
  };
}
