/**
 * The sigma.js map: one Sigma instance over the current view's graph, with
 * every display decision (hidden, colour, size, shape, fading, labels) made
 * in reducers from a `MapStyle` derived from the app state — the graph data is
 * never touched for display. Hover and click on nodes and links go to the
 * store; camera moves to a node or to fit a set of nodes (fit-camera.ts).
 * Long-lived: has `kill()`, which frees the WebGL contexts.
 */
import Sigma from 'sigma';
import type { CameraState, Coordinates } from 'sigma/types';
import type { AtlasGraph } from '../../core/graph/types';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR } from '../../core/style';
import { boxArea, fitCamera } from './fit-camera';
import { NODE_PROGRAMS, PROGRAM_OF_SHAPE, type NodeShape } from './programs';

/** What the reducers read; rebuilt by the app when the state changes. */
export interface MapStyle {
  /** Shown nodes and edges (after filters and focus); null = all. */
  nodes: ReadonlySet<string> | null;
  edges: ReadonlySet<string> | null;
  nodeColor(node: string): string;
  nodeSize(node: string): number;
  nodeShape(node: string): NodeShape;
  edgeColor(edge: string): string;
  edgeSize(edge: string): number;
  /** When set (hover, path), these stay bright and everything else fades. */
  emphasis: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
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
}

/** Above this many edges, edges and labels are hidden while the camera moves. */
const HIDE_ON_MOVE_EDGES = 20_000;

/**
 * Links answer the pointer up to this many edges. Sigma then draws the links
 * a second time into a picking buffer on every frame and reads a pixel back
 * on every pointer move; measured in Chromium (docs/using-the-app.md,
 * "Exploring"), that stays cheap on the municipal data (7k links) and on the
 * 50k-node synthetic graph (250k links), so the limit only guards the largest graphs.
 */
export const EDGE_EVENTS_MAX_EDGES = 300_000;

export class MapView {
  readonly sigma: Sigma;
  private style: MapStyle;
  /** Sigma follows window resizes only; the map also resizes when panels open or close. */
  private readonly resizeObserver: ResizeObserver;

  constructor(container: HTMLElement, graph: AtlasGraph, style: MapStyle, events: MapEvents) {
    this.style = style;
    const large = graph.size > HIDE_ON_MOVE_EDGES;
    this.sigma = new Sigma(graph, container, {
      nodeProgramClasses: NODE_PROGRAMS,
      defaultNodeType: 'circle',
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 12,
      zIndex: true,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    let hoveredEdge: string | null = null;
    this.sigma.on('enterNode', ({ node, event }) => {
      // Sigma says nothing of the link left for a node: the link's tooltip goes now.
      if (hoveredEdge !== null) events.onHoverEdge(null, event);
      hoveredEdge = null;
      events.onHover(node);
    });
    this.sigma.on('leaveNode', () => events.onHover(null));
    this.sigma.on('clickNode', ({ node }) => events.onClick(node));
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
      this.sigma.resize();
      this.sigma.scheduleRefresh();
    });
    this.resizeObserver.observe(container);
  }

  private reduceNode(node: string, data: Record<string, unknown>): Record<string, unknown> {
    const s = this.style;
    // `type` is the node's kind of actor in our data but the program name for
    // sigma, so the reducer always sets it, hidden nodes included.
    if (s.nodes && !s.nodes.has(node)) return { ...data, type: 'circle', hidden: true };
    const faded = s.emphasis !== null && !s.emphasis.nodes.has(node);
    const labelled = s.labelled.has(node);
    return {
      ...data,
      type: PROGRAM_OF_SHAPE[s.nodeShape(node)],
      color: faded ? FADED_NODE_COLOR : s.nodeColor(node),
      size: s.nodeSize(node),
      label: faded ? null : (data['label'] as string),
      forceLabel: labelled,
      highlighted: node === s.selected,
      zIndex: faded ? 0 : labelled ? 2 : 1,
    };
  }

  private reduceEdge(edge: string, data: Record<string, unknown>): Record<string, unknown> {
    const s = this.style;
    if (s.edges && !s.edges.has(edge)) return { ...data, hidden: true };
    const emphasised = s.emphasis?.edges.has(edge) ?? false;
    const faded = s.emphasis !== null && !emphasised;
    return {
      ...data,
      color: faded ? FADED_EDGE_COLOR : s.edgeColor(edge),
      size: emphasised ? Math.max(2, s.edgeSize(edge)) : s.edgeSize(edge),
      zIndex: emphasised ? 1 : 0,
    };
  }

  /** New style: re-runs the reducers without re-indexing positions. */
  setStyle(style: MapStyle): void {
    this.style = style;
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Positions changed (layout): re-index and redraw. */
  refreshPositions(): void {
    this.sigma.refresh();
  }

  /** Moves the camera to a node, zoomed in. */
  async focusNode(node: string, ratio = 0.35): Promise<void> {
    const data = this.sigma.getNodeDisplayData(node);
    if (!data) return;
    await this.sigma.getCamera().animate({ x: data.x, y: data.y, ratio }, { duration: 500 });
  }

  /** Moves the camera so that every node of `nodes` shows, with a margin. */
  async fitNodes(nodes: Iterable<string>): Promise<void> {
    await fitCamera(this.sigma, nodes);
  }

  /** Bounding-box area of `nodes` in the map's graph coordinates (the whole graph ≈ 1); null when none is drawn. */
  nodesArea(nodes: Iterable<string>): number | null {
    return boxArea(this.sigma, nodes);
  }

  /** Whether links answer the pointer on this map (see {@link EDGE_EVENTS_MAX_EDGES}). */
  get edgeEvents(): boolean {
    return this.sigma.getSetting('enableEdgeEvents');
  }

  /** Back to the whole graph. */
  async resetCamera(): Promise<void> {
    await this.sigma.getCamera().animatedReset({ duration: 400 });
  }

  get camera(): CameraState {
    return this.sigma.getCamera().getState();
  }

  kill(): void {
    this.resizeObserver.disconnect();
    this.sigma.kill();
  }
}
