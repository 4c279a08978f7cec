/**
 * The sigma.js map: one Sigma instance over the current view's graph, with
 * every display decision (hidden, colour, size, shape, fading, labels) made
 * in reducers from a `MapStyle` derived from the app state — the graph data is
 * never touched for display. Hover and click on nodes and links go to the
 * store; camera moves to a node or to fit a set of nodes (fit-camera.ts).
 * Node sizes are fitted to the map's size (the style gives them per size).
 * Collapsed aggregated stars (star-style.ts) are drawn by their
 * representative in the aggregate's place: sigma 3 takes positions from the
 * graph, not from the reducers (its `process` re-reads `x`/`y` after them),
 * so the few moved nodes and their links are written into sigma's programs
 * again after each process (`placeMoved`).
 * Labels are placed without overlaps by the label layer (label-layer.ts).
 * Sigma draws a display graph of its own, with the shown graph's keys and
 * attribute objects (what sigma and its readers see is unchanged): every
 * node from the start on a map of up to {@link WHOLE_MAP_MAX_NODES} nodes
 * or {@link WHOLE_MAP_MAX_LINKS} links; on a larger one sigma is built over
 * no node and the nodes come in timed slices (progressive-nodes.ts; a
 * style, a resize or a layout meanwhile starts them over), so that the task
 * that builds the map does not grow with the number of nodes (at 100,000
 * nodes 0.54–0.64 s before, 0.06–0.22 s after: sigma's WebGL contexts and
 * shaders, the shown frame); `refreshPositions` copies positions over, as a
 * layout replaces a node's attribute object. Then the links, added in timed
 * slices above {@link WHOLE_MAP_MAX_LINKS} (progressive-links.ts), so no
 * task grows with the number of links; the container's `data-map-links`
 * says `loading` until every node and link is drawn, then `complete`
 * (absent: no map). A style change on such a map re-runs the
 * reducers in slices too (sliced-restyle.ts), nodes then links, the emphasised first;
 * `data-map-style` says `updating`, then `done` once its last link is
 * drawn. Above {@link EDGE_EVENTS_MAX_EDGES} links, links are drawn as
 * hairlines and do not answer the pointer.
 * Long-lived: has `kill()`, which frees the WebGL contexts.
 */
import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { CameraState, Coordinates } from 'sigma/types';
import type { ReadGraph } from '../../core/graph/types';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR } from '../../core/style';
import { aggregateRadius, spokeWidth } from '../../core/style/star-display';
import { AGGREGATE_PROGRAM } from './aggregate-program';
import { atHome, boxArea, fitCamera, keepHomeClear, overlayAreas, wholeGraphCamera, type KeepHomeOptions } from './fit-camera';
import { LabelLayer } from './label-layer';
import { NODE_PROGRAMS, PROGRAM_OF_SHAPE, type NodeShape } from './programs';
import { DISPLAY_LINK, fillLinks, type DisplayGraph, type LinkFill } from './progressive-links';
import { fillNodes, type NodeFill } from './progressive-nodes';
import { sameFrame, shownFrame } from './shown-frame';
import type { SigmaInternals } from './sigma-internals';
import { restyleInSlices, type Restyle } from './sliced-restyle';
import type { MapStars } from './star-style';

/** Node radii for a map of a given size (core/style/size.ts fits them to it). */
export interface MapSizes {
  size(node: string): number;
  minRadius: number;
  maxRadius: number;
}

/** What the reducers read; rebuilt by the app when the state changes. */
export interface MapStyle {
  /** Shown nodes and edges (after filters and focus); null = all. */
  nodes: ReadonlySet<string> | null;
  edges: ReadonlySet<string> | null;
  nodeColor(node: string): string;
  /** Radii fitted to a map of `width` × `height` pixels. */
  sizes(width: number, height: number): MapSizes;
  nodeShape(node: string): NodeShape;
  edgeColor(edge: string): string;
  edgeSize(edge: string): number;
  /** When set (hover, path), these stay bright and everything else fades. */
  emphasis: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  /** Aggregated stars, or null when there are none. */
  stars: MapStars | null;
  /** Nodes that always show their label (selection, path ends). */
  labelled: ReadonlySet<string>;
  selected: string | null;
}

export interface MapEvents {
  onHover(node: string | null): void;
  onClick(node: string | null): void;
  /** A link under the pointer (null when it leaves), with the pointer in the map's pixels; called again as the pointer moves along it. */
  onHoverEdge(edge: string | null, pointer: Coordinates): void;
  onClickEdge(edge: string): void;
  /** A collapsed aggregate was clicked (by its id); without this handler the click selects its representative. */
  onClickAggregate?(id: string): void;
}

/** Above this many edges, edges and labels are hidden while the camera moves. */
const HIDE_ON_MOVE_EDGES = 20_000;

/**
 * Links answer the pointer up to this many edges, and are drawn as
 * rectangles of their width. Sigma then draws the links a second time into
 * a picking buffer on every frame and reads a pixel back on every pointer
 * move. Measured in Chromium with software WebGL (docs/performance.md,
 * "Interactions"), one redraw of the municipal city–city view (149,609
 * links) held the main thread 7.6 s with picking, 2.8 s without and 0.5 s
 * with hairlines (WebGL lines, one pixel wide; loads 3–5): above this bound
 * links are hairlines without picking (an emphasised link keeps its width).
 */
export const EDGE_EVENTS_MAX_EDGES = 100_000;

/**
 * Up to this many links, sigma gets every link in its constructor, as
 * before (the municipal network view's 6,996: a build of 200–470 ms at a
 * load of 9, shaders compiled in the first); above, they come in slices.
 */
export const WHOLE_MAP_MAX_LINKS = 10_000;

/**
 * Above this many nodes (and {@link WHOLE_MAP_MAX_LINKS} links), sigma is
 * built over no node and the nodes come in slices before the links
 * (progressive-nodes.ts): sigma's constructor spent 0.4–0.65 s on 100,000
 * nodes in one task (reducer, indexing, programs, label grid, first draw).
 */
export const WHOLE_MAP_MAX_NODES = 10_000;

/** Sigma's edge programs: `line` for every link (hairlines on large maps), `thick` for emphasised links on those. */
function edgePrograms(hairlines: boolean) {
  return { line: hairlines ? EdgeLineProgram : EdgeRectangleProgram, thick: EdgeRectangleProgram };
}

export class MapView {
  readonly sigma: Sigma;
  /** The node labels, placed without overlaps (label-layer.ts). */
  readonly labels: LabelLayer;
  private style: MapStyle;
  /** The radii for the map's size; the first ones worked out when first read (at 100,000 nodes ~0.1 s: not in the task that builds the map). */
  private sizesNow: MapSizes | null = null;
  /** Sigma follows window resizes only; the map also resizes when panels open or close. */
  private readonly resizeObserver: ResizeObserver;
  /** What sigma draws: the shown graph's nodes, and its links as they are added. */
  private readonly display: DisplayGraph;
  /** The nodes coming in slices (large maps), until they are all in. */
  private nodeFill: NodeFill | null = null;
  /** The links coming in slices, once the nodes are in. */
  private fill: LinkFill | null = null;
  /** Links drawn as hairlines (above {@link EDGE_EVENTS_MAX_EDGES}). */
  private readonly hairlines: boolean;
  /** The style change being written in slices, if any (large maps). */
  private restyle: Restyle | null = null;
  /** The nodes the map frames (shown-frame.ts), fixed when the view opens; null: sigma's own frame of every node. */
  private frameNodes: ReadonlySet<string> | null = null;
  /** Before the map's first frame. */
  private opening = true;

  constructor(
    private readonly container: HTMLElement,
    private readonly graph: ReadGraph,
    style: MapStyle,
    events: MapEvents,
  ) {
    this.style = style;
    const large = graph.size > HIDE_ON_MOVE_EDGES;
    this.hairlines = graph.size > EDGE_EVENTS_MAX_EDGES;
    performance.mark('atlas:map-build');
    this.display = new UndirectedGraph({ multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
    // Many nodes on a large map come in slices after sigma is built (progressive-nodes.ts); otherwise sigma gets them all.
    const nodesInSlices = graph.size > WHOLE_MAP_MAX_LINKS && graph.order > WHOLE_MAP_MAX_NODES;
    if (!nodesInSlices) graph.forEachNode((node, a) => this.display.addNode(node, a));
    // A small map is drawn whole in its first frame, as before; a larger one gets its links in slices.
    if (graph.size <= WHOLE_MAP_MAX_LINKS)
      for (const edge of graph.edges()) {
        const [s, t] = graph.extremities(edge);
        this.display.addEdgeWithKey(edge, s, t, DISPLAY_LINK);
      }
    this.labels = new LabelLayer(
      () => ({ selected: this.style.selected, labelled: this.style.labelled, isStar: (n) => !!this.style.stars?.aggregate(n) }),
      // No label under what lies over the map (the open legend).
      () => overlayAreas(this.sigma).map((a) => ({ x1: a.left, y1: a.top, x2: a.right, y2: a.bottom })),
    );
    this.sigma = new Sigma(this.display, container, {
      // Labels are recorded by every drawer, then placed without overlaps and drawn by the label layer.
      nodeProgramClasses: this.labels.programs({ ...NODE_PROGRAMS, aggregate: AGGREGATE_PROGRAM }),
      defaultNodeType: 'circle',
      edgeProgramClasses: edgePrograms(this.hairlines),
      ...this.labels.initialSettings(),
      zIndex: true,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      enableEdgeEvents: !this.hairlines,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.labels.attach(this.sigma);
    let hoveredEdge: string | null = null;
    this.sigma.on('enterNode', ({ node, event }) => {
      // Sigma says nothing of the link left for a node: the link's tooltip goes now.
      if (hoveredEdge !== null) events.onHoverEdge(null, event);
      hoveredEdge = null;
      events.onHover(node);
    });
    this.sigma.on('leaveNode', () => events.onHover(null));
    this.sigma.on('clickNode', ({ node }) => {
      const aggregate = this.style.stars?.aggregate(node);
      if (aggregate && events.onClickAggregate) events.onClickAggregate(aggregate.aggregate.id);
      else events.onClick(node);
    });
    this.sigma.on('afterProcess', () => placeMoved(this.sigma, this.style.stars));
    this.sigma.on('clickStage', () => events.onClick(null));
    this.sigma.on('enterEdge', ({ edge, event }) => {
      hoveredEdge = edge;
      events.onHoverEdge(edge, event);
    });
    this.sigma.on('leaveEdge', ({ event }) => {
      hoveredEdge = null;
      events.onHoverEdge(null, event);
    });
    this.sigma.getMouseCaptor().on('mousemove', (event) => {
      if (hoveredEdge !== null) events.onHoverEdge(hoveredEdge, event);
    });
    this.sigma.on('clickEdge', ({ edge }) => events.onClickEdge(edge));
    // The observer also reports the size the map already has when it starts
    // observing: only a real change re-indexes (a full refresh costs ~2 s at 500k links).
    let size = `${container.offsetWidth}x${container.offsetHeight}`;
    this.resizeObserver = new ResizeObserver(() => {
      const now = `${container.offsetWidth}x${container.offsetHeight}`;
      if (now === size) return;
      size = now;
      this.sizesNow = this.style.sizes(container.offsetWidth, container.offsetHeight);
      this.sigma.resize();
      // While the nodes come, they start over at the new size; on a large map the radii and the label grid are written
      // again as a style change is, the links in slices (sigma's refresh would process every node and link in one task).
      if (this.nodeFill?.restart(this.sigma.getCustomBBox())) return;
      if (graph.size > WHOLE_MAP_MAX_LINKS) this.setStyle(this.style);
      else this.sigma.scheduleRefresh();
    });
    this.resizeObserver.observe(container);
    // Sigma frames the shown nodes when they span clearly less than all (shown-frame.ts).
    const frame = shownFrame(graph, style.nodes);
    this.frameNodes = frame ? style.nodes : null;
    container.dataset['mapLinks'] = 'loading';
    container.dataset['mapStyle'] = 'done';
    let nodesIn: Promise<boolean>;
    const camera = this.sigma.getCamera();
    const startCamera = camera.getState();
    if (nodesInSlices) {
      // Sigma was built over no node: the frame is set with the first slice, the nodes written slice by slice, the aggregates moved after the last.
      const nodeFill = fillNodes(this.sigma, this.display, graph, { frame });
      this.nodeFill = nodeFill;
      nodesIn = nodeFill.complete.then((done) => {
        if (!done) return false;
        this.nodeFill = null;
        placeMovedNodes(this.sigma, this.style.stars);
        // A style set while the nodes came was drawn by them (the fill started over).
        container.dataset['mapStyle'] = 'done';
        // The legend's clear home is kept from the camera sigma started with, as on a map drawn whole: a camera set
        // while the nodes came (a share link's) stays, since it is not at home. Every node is framed and the first
        // frame is still to come (asked for by the last slice): the home is worked out now, so that frame draws it.
        this.opened({ home: startCamera, now: true });
        return true;
      });
    } else {
      if (frame) this.sigma.setCustomBBox(frame);
      // The first process ran in the constructor, before the listener (and before the frame): a frame needs another;
      // the aggregates only their places written into the programs, and a frame drawn (a second full process and draw
      // in this task cost ~0.3 s of script and a software-WebGL draw at 100k nodes).
      if (frame) this.sigma.refresh();
      else if (style.stars) {
        placeMoved(this.sigma, style.stars);
        this.sigma.scheduleRender();
      }
      this.opened();
      nodesIn = Promise.resolve(true);
    }
    performance.measure('atlas:map-build', 'atlas:map-build');
    this.nodesIn = nodesIn;
    this.linksComplete = nodesIn.then((ready) => {
      if (!ready || this.killed) return false;
      const fill = fillLinks(this.sigma, this.display, graph);
      this.fill = fill;
      return fill.complete.then((done) => {
        // Links added while some were lifted (an emphasis) came after them: sigma's order puts every lifted link last.
        if (done && graph.size > WHOLE_MAP_MAX_LINKS && this.style.emphasis && this.style.emphasis.edges.size > 0) this.setStyle(this.style);
        if (done) container.dataset['mapLinks'] = 'complete';
        return done;
      });
    });
  }

  /** Every node is in sigma: the view opens at the next frame, and the legend's area is kept clear from then on. */
  private opened(home?: KeepHomeOptions): void {
    // Until the next frame, the view is still opening (a projection hides its link-less nodes right after it is shown).
    this.sigma.once('afterRender', () => {
      this.opening = false;
    });
    // The legend over the map keeps its area clear of nodes while the camera is at home (fit-camera.ts).
    this.stopHome = keepHomeClear(this.sigma, home);
  }

  private killed = false;

  /** Resolves true once every node is in sigma (at once on a map drawn whole), false if the map was killed before. */
  private readonly nodesIn: Promise<boolean>;

  /** The radii the reducers draw with (fitted to the map's size). */
  private get sizes(): MapSizes {
    // The container's size: sigma's own (the same) is not there yet while its constructor runs the reducers.
    this.sizesNow ??= this.style.sizes(this.container.offsetWidth, this.container.offsetHeight);
    return this.sizesNow;
  }

  /** Resolves true once every link of the graph is drawn (false: the map was killed before). */
  readonly linksComplete: Promise<boolean>;

  /** Links drawn so far, of all the graph's. */
  get linksDrawn(): { added: number; total: number } {
    return { added: this.display.size, total: this.graph.size };
  }

  /** Whether the nodes are still coming (large maps: progressive-nodes.ts). */
  get nodesFilling(): boolean {
    return this.nodeFill !== null;
  }

  private stopHome: () => void = () => {};

  /**
   * Gives `renderer` — a second sigma over this map's graph and settings, as
   * `@sigma/export-image` makes for a PNG — the aggregates' places too, and
   * draws it again (pass as its `withTempRenderer`).
   */
  readonly placeOn = (renderer: Sigma): void => {
    renderer.on('afterProcess', () => placeMoved(renderer, this.style.stars));
    renderer.refresh();
  };

  private reduceNode(node: string, data: Record<string, unknown>): Record<string, unknown> {
    const s = this.style;
    // `type` is the node's kind of actor in our data but the program name for
    // sigma, so the reducer always sets it, hidden nodes included.
    if (s.nodes && !s.nodes.has(node)) return { ...data, type: 'circle', hidden: true };
    if (s.stars?.hiddenNodes.has(node)) return { ...data, type: 'circle', hidden: true };
    const faded = s.emphasis !== null && !s.emphasis.nodes.has(node);
    const aggregate = s.stars?.aggregate(node);
    if (aggregate)
      return {
        ...data,
        type: 'aggregate',
        color: faded ? FADED_NODE_COLOR : s.nodeColor(node),
        size: aggregateRadius(aggregate.aggregate.members.length, aggregate.total, this.sizes),
        label: faded ? null : aggregate.label,
        forceLabel: !faded,
        highlighted: false,
        zIndex: faded ? 0 : 2,
      };
    const labelled = s.labelled.has(node);
    return {
      ...data,
      type: PROGRAM_OF_SHAPE[s.nodeShape(node)],
      color: faded ? FADED_NODE_COLOR : s.nodeColor(node),
      size: this.sizes.size(node),
      label: faded ? null : (data['label'] as string),
      forceLabel: labelled,
      highlighted: node === s.selected,
      zIndex: faded ? 0 : labelled ? 2 : 1,
    };
  }

  private reduceEdge(edge: string, data: Record<string, unknown>): Record<string, unknown> {
    const s = this.style;
    if (s.edges && !s.edges.has(edge)) return { ...data, hidden: true };
    if (s.stars?.hiddenEdges.has(edge)) return { ...data, hidden: true };
    const emphasised = s.emphasis?.edges.has(edge) ?? false;
    const faded = s.emphasis !== null && !emphasised;
    const width = s.stars?.spokes.has(edge) ? spokeWidth(s.edgeSize(edge)) : s.edgeSize(edge);
    return {
      ...data,
      type: emphasised && this.hairlines ? 'thick' : 'line',
      color: faded ? FADED_EDGE_COLOR : s.edgeColor(edge),
      size: emphasised ? Math.max(2, width) : width,
      zIndex: emphasised ? 1 : 0,
    };
  }

  /**
   * New style: re-runs the reducers without re-indexing positions — in one
   * refresh on a small map, in slices above {@link WHOLE_MAP_MAX_LINKS}
   * links (nodes then links, the emphasised ones first); a newer style stops the one in
   * progress.
   */
  setStyle(style: MapStyle): void {
    const before = this.style;
    this.style = style;
    const { width, height } = this.sigma.getDimensions();
    this.sizesNow = style.sizes(width, height);
    // While the nodes come, they start over with this style (other nodes shown are framed, as the view is still opening).
    if (this.nodeFill) {
      const frame = style.nodes !== before.nodes ? shownFrame(this.graph, style.nodes) : this.sigma.getCustomBBox();
      if (this.nodeFill.restart(frame)) {
        if (style.nodes !== before.nodes) this.frameNodes = frame ? style.nodes : null;
        this.container.dataset['mapStyle'] = 'updating';
        return;
      }
    }
    this.restyle?.stop();
    this.restyle = null;
    // Other nodes shown while the view opens (a projection hides its link-less nodes right after it is shown):
    // frame them (shown-frame.ts) while a full process is cheap; later, filters move the camera, not the frame.
    if (this.opening && style.nodes !== before.nodes && this.display.size <= WHOLE_MAP_MAX_LINKS) {
      const frame = shownFrame(this.graph, style.nodes);
      if (!sameFrame(frame, this.sigma.getCustomBBox())) {
        this.sigma.setCustomBBox(frame);
        this.frameNodes = frame ? style.nodes : null;
        this.sigma.refresh();
        if (this.graph.size > WHOLE_MAP_MAX_LINKS) this.container.dataset['mapStyle'] = 'done';
        return;
      }
    }
    if (this.graph.size <= WHOLE_MAP_MAX_LINKS) {
      this.sigma.refresh({ skipIndexation: true });
      return;
    }
    this.container.dataset['mapStyle'] = 'updating';
    const restyle = restyleInSlices(
      this.sigma,
      this.display,
      {
        priority: style.emphasis?.edges ?? [],
        ...(style.emphasis ? { priorityNodes: style.emphasis.nodes } : {}),
        placeNodes: () => placeMovedNodes(this.sigma, style.stars),
      },
      () => this.fill?.renumbered(),
    );
    this.restyle = restyle;
    void restyle.done.then((done) => {
      if (done && this.restyle === restyle) {
        this.restyle = null;
        this.container.dataset['mapStyle'] = 'done';
      }
    });
  }

  /** The radii the map draws with now (fitted to its size). */
  get nodeSizes(): MapSizes {
    return this.sizes;
  }

  /** Positions changed (layout): copies them to the display graph, re-indexes and redraws. */
  refreshPositions(): void {
    const display = this.display;
    this.graph.forEachNode((node, a) => {
      // While the nodes come, those not added yet are read from the graph when they are.
      if (!display.hasNode(node)) return;
      const d = display.getNodeAttributes(node);
      d.x = a.x;
      d.y = a.y;
    });
    // The frame the view opened with, on the new positions.
    const frame = this.frameNodes ? shownFrame(this.graph, this.frameNodes) : null;
    // While the nodes come, they start over at their new places.
    if (this.nodeFill?.restart(frame)) return;
    if (this.frameNodes) this.sigma.setCustomBBox(frame);
    this.sigma.refresh();
  }

  /** Camera moves asked for so far: one asked while the nodes come runs only if no move was asked after it. */
  private cameraMoves = 0;
  /** A move waits for the nodes. */
  private moveWaiting = false;

  /**
   * Whether a camera move asked for now may run: at once when the nodes are in; else once they are (a share link's
   * selection), unless the map is gone or a later move was asked meanwhile (the latest wins, as animations do).
   */
  private moveAllowed(): true | Promise<boolean> {
    const move = ++this.cameraMoves;
    if (!this.nodeFill) return true;
    this.moveWaiting = true;
    return this.nodesIn.then((ready) => {
      this.moveWaiting = false;
      return ready && move === this.cameraMoves;
    });
  }

  /** A camera move waits for the nodes to come (what it frames may have changed since it was asked). */
  get moveQueued(): boolean {
    return this.moveWaiting && this.nodeFill !== null;
  }

  /** Moves the camera to a node, zoomed in. */
  async focusNode(node: string, ratio = 0.35): Promise<void> {
    const allowed = this.moveAllowed();
    if (allowed !== true && !(await allowed)) return;
    const data = this.sigma.getNodeDisplayData(node);
    if (!data) return;
    await this.sigma.getCamera().animate({ x: data.x, y: data.y, ratio }, { duration: 500 });
  }

  /** Moves the camera so that every node of `nodes` shows, with a margin. */
  async fitNodes(nodes: Iterable<string>): Promise<void> {
    const allowed = this.moveAllowed();
    if (allowed !== true && !(await allowed)) return;
    await fitCamera(this.sigma, nodes);
  }

  /** Bounding-box area of `nodes` in the map's graph coordinates (the whole graph ≈ 1); null when none is drawn (or the nodes are still coming). */
  nodesArea(nodes: Iterable<string>): number | null {
    // Not known before every node is placed.
    if (this.nodeFill) return null;
    return boxArea(this.sigma, nodes);
  }

  /** Whether links answer the pointer on this map (see {@link EDGE_EVENTS_MAX_EDGES}). */
  get edgeEvents(): boolean {
    return this.sigma.getSetting('enableEdgeEvents');
  }

  /** Moves the camera to `state` (a share link's camera), after the nodes when they are still coming, unless a later move was asked. */
  async moveCamera(state: Partial<CameraState>, duration = 1): Promise<void> {
    const allowed = this.moveAllowed();
    if (allowed !== true && !(await allowed)) return;
    await this.sigma.getCamera().animate(state, { duration });
  }

  /** Back to the whole graph (clear of the legend). */
  async resetCamera(): Promise<void> {
    const allowed = this.moveAllowed();
    if (allowed !== true && !(await allowed)) return;
    await this.sigma.getCamera().animate(wholeGraphCamera(this.sigma), { duration: 400 });
  }

  /** Whether the camera shows the whole graph as it first did (share links leave such a camera out). */
  get atHome(): boolean {
    return atHome(this.sigma);
  }

  get camera(): CameraState {
    return this.sigma.getCamera().getState();
  }

  kill(): void {
    this.killed = true;
    this.nodeFill?.stop();
    this.fill?.stop();
    this.restyle?.stop();
    delete this.container.dataset['mapStyle'];
    // No map, no links: a signal left `complete` would speak for the next map before it starts.
    delete this.container.dataset['mapLinks'];
    this.stopHome();
    this.resizeObserver.disconnect();
    this.labels.kill();
    this.sigma.kill();
  }
}

/**
 * Draws each collapsed aggregate's representative at the aggregate's place
 * and its links from there: after sigma's process (which put every node at
 * its graph position), the moved nodes' display data get their place and
 * are written into the node and edge programs again at the same indices.
 */
function placeMoved(sigma: Sigma, stars: MapStars | null): void {
  const internals = sigma as unknown as SigmaInternals;
  const graph = sigma.getGraph();
  for (const node of placeMovedNodes(sigma, stars))
    graph.forEachEdge(node, (edge) => {
      const f = internals.edgeIndices[edge];
      const p = internals.edgeProgramIndex[edge];
      if (f !== undefined && p !== undefined) internals.addEdgeToProgram(edge, f, p);
    });
}

/** The node half of {@link placeMoved}: moves the representatives' display data and node program entries; returns the nodes moved. */
function placeMovedNodes(sigma: Sigma, stars: MapStars | null): string[] {
  if (!stars || stars.collapsed.size === 0) return [];
  const internals = sigma as unknown as SigmaInternals;
  const moved: string[] = [];
  for (const node of stars.collapsed.keys()) {
    const data = internals.nodeDataCache[node];
    const place = stars.position(node);
    const fingerprint = internals.nodeIndices[node];
    const position = internals.nodeProgramIndex[node];
    if (!data || !place || fingerprint === undefined || position === undefined) continue;
    data.x = place.x;
    data.y = place.y;
    internals.normalizationFunction.applyTo(data);
    internals.addNodeToProgram(node, fingerprint, position);
    moved.push(node);
  }
  return moved;
}
