/**
 * Fills a map's links progressively, so that no main-thread task grows with
 * the number of links (issues 12 and 14: the city–city view's 149,609 links
 * were indexed by sigma in one 1.4 s task, its first frame on top).
 *
 * Sigma draws a graph it owns for display (map-view.ts builds it with every
 * node and no link, or a large map's nodes come first in slices:
 * progressive-nodes.ts); the links are added to it here in slices of about
 * `sliceMs` of work, handing the thread back between slices (pacing.ts).
 * Sigma 3.0 would answer each added link with a full `process` of every link
 * it has on the next frame (its `edgeAdded` listener: O(m) a frame, O(m²/b)
 * over the fill), so that listener is left out and each slice is written
 * into sigma's edge programs directly, the way its `process` writes them:
 * the link's display data (the edge reducer, sigma's `addEdge`), a picking
 * id after the last one given, the program's buffer grown by the slice with
 * the earlier links kept, and the link at the end of it. Whatever makes
 * sigma process the graph again (a refresh, a setting) indexes the links
 * added so far its own way; a slice arriving while such a process is
 * pending leaves the links to it. Redraws follow render-pacer.ts (at most
 * every `renderEveryMs`, spaced by what a frame costs, none in between when
 * the fill's own estimate of what is left is shorter, once at the end).
 * A style change while filling (sliced-restyle.ts) renumbers the links
 * drawn so far; the fill goes on after them.
 */
import type Sigma from 'sigma';
import type { UndirectedGraph } from 'graphology';
import type { AtlasNodeAttributes, ReadGraph } from '../../core/graph/types';
import { createPacing } from '../pacing';
import { createRenderPacer } from './render-pacer';
import type { SigmaInternals } from './sigma-internals';

/**
 * The graph sigma draws: the shown graph's nodes (their attribute objects, shared: layouts write positions there) and
 * the links added so far, keyed as the shown graph's. A link has no attributes of its own ({@link DISPLAY_LINK}): the
 * map's edge reducer styles it by its key, and the panels read a link's data from the shown graph, which makes it when
 * asked (graph/column-graph.ts); 500,000 copies would hold ~100 MB of the page's heap.
 */
export type DisplayGraph = UndirectedGraph<AtlasNodeAttributes, DisplayLink>;

/** A link's attributes in the display graph: none. */
export type DisplayLink = Readonly<Record<string, never>>;

/** The one (frozen) attributes object of every display link: graphology keeps the object it is given. */
export const DISPLAY_LINK: DisplayLink = Object.freeze({});

export interface LinkFillOptions {
  /** Work per slice, ms. */
  sliceMs?: number;
  /** Least time between two redraws while filling, ms (longer when a redraw costs more). */
  renderEveryMs?: number;
}

/** A fill in progress; `complete` resolves true once every link is drawn, false if it was stopped before. */
export interface LinkFill {
  readonly complete: Promise<boolean>;
  /** Links added to the display graph so far. */
  readonly added: number;
  readonly total: number;
  /** The links drawn so far were given their picking ids again, 1…n after the nodes' (sigma's process or a restyle): the next link takes the id after them. */
  renumbered(): void;
  stop(): void;
}

/** Defaults: a slice stays far below the 200 ms of a long task even on a loaded machine. */
export const LINK_FILL_DEFAULTS: Required<LinkFillOptions> = { sliceMs: 30, renderEveryMs: 300 };

/** Writes `edges` (already in the display graph) into sigma's programs after the links it has. */
function appendToPrograms(internals: SigmaInternals, sigma: Sigma, edges: readonly string[], nextId: () => number): void {
  for (const edge of edges) internals.addEdge(edge);
  // A full process is pending: it indexes every link of the display graph, these too.
  if (internals.needToProcess) return;
  const byType = new Map<string, string[]>();
  for (const edge of edges) {
    const type = internals.edgeDataCache[edge]!.type;
    let list = byType.get(type);
    if (!list) byType.set(type, (list = []));
    list.push(edge);
  }
  for (const [type, keys] of byType) {
    const program = internals.edgePrograms[type];
    const start = program?.capacity;
    if (!program || typeof start !== 'number' || typeof program.reallocate !== 'function' || !(program.array instanceof Float32Array || start === 0)) {
      // A program of another shape (none of the map's): sigma's own path, a process on the next frame.
      sigma.refresh({ partialGraph: { edges: [...keys] }, schedule: true });
      continue;
    }
    const before = program.array;
    program.reallocate(start + keys.length);
    if (before) program.array!.set(before);
    keys.forEach((edge, j) => {
      const id = nextId();
      internals.edgeIndices[edge] = id;
      internals.itemIDsIndex[id] = { type: 'edge', id: edge };
      internals.addEdgeToProgram(edge, id, start + j);
    });
  }
}

/**
 * Adds the links of `source` missing from `display` (which `sigma` draws) in
 * timed slices, drawing them as they come; `complete` resolves after the
 * frame that draws the last one.
 */
export function fillLinks(sigma: Sigma, display: DisplayGraph, source: ReadGraph, options: LinkFillOptions = {}): LinkFill {
  const { sliceMs, renderEveryMs } = { ...LINK_FILL_DEFAULTS, ...options };
  const internals = sigma as unknown as SigmaInternals;
  const listener = internals.activeListeners.addEdgeGraphUpdate;
  if (listener) display.removeListener('edgeAdded', listener);
  // Sigma's process numbers the nodes, then the links, from 1: later links take the ids after them.
  let next = display.order + display.size + 1;
  const renumber = () => {
    next = display.order + display.size + 1;
  };
  sigma.on('afterProcess', renumber);
  // Links already in the display graph (a small map gets them all before sigma starts) are drawn.
  const edges = display.size === 0 ? source.edges() : source.edges().filter((e) => !display.hasEdge(e));
  let added = 0;
  let stopped = false;
  const frames = createRenderPacer(sigma, renderEveryMs);
  const pacing = createPacing(sliceMs);

  /** JavaScript time spent adding links so far, ms: what is left is estimated at the same rate. */
  let spent = 0;
  const run = async (): Promise<boolean> => {
    while (added < edges.length) {
      await pacing.pause();
      if (stopped) return false;
      const sliceStart = performance.now();
      const batch: string[] = [];
      while (added < edges.length && (batch.length & 63 || !pacing.shouldPause())) {
        const edge = edges[added++]!;
        const [s, t] = source.extremities(edge);
        display.addEdgeWithKey(edge, s, t, DISPLAY_LINK);
        batch.push(edge);
      }
      appendToPrograms(internals, sigma, batch, () => next++);
      spent += performance.now() - sliceStart;
      // No intermediate frame when the fill ends sooner than a frame's spacing (a frame of 10⁵ links costs seconds under software WebGL).
      frames.request(added === edges.length, ((edges.length - added) * spent) / Math.max(1, added));
    }
    // Complete once the frame with the last links is drawn.
    await frames.nextFrame();
    return !stopped;
  };
  const complete = run().finally(() => {
    sigma.off('afterProcess', renumber);
    frames.dispose();
  });
  return {
    complete,
    get added() {
      return display.size;
    },
    total: source.size,
    renumbered: renumber,
    stop() {
      stopped = true;
      frames.dispose();
    },
  };
}
