/**
 * Keeps the map in step with the app state: one MapView per shown graph
 * (rebuilt when the dataset or view changes, its WebGL context freed), node
 * positions from the chosen layout (seeded ForceAtlas2 by default, by type,
 * or geographic with a country outline behind), the reducers' style, the
 * tooltip of the link under the pointer, and the "n of N nodes shown" line. Long-lived: `kill()`. A layout writes into
 * the graph's `x`/`y`, the positions' one owner (core/view-settings/positions.ts).
 */
import { typeLayout } from '../../core/layout';
import type { GeoProjection2D } from '../../core/layout/geo-projection';
import type { GeoStrip } from '../../core/layout/geo-strip';
import type { ReadGraph } from '../../core/graph/types';
import { assignFlatPositions, assignPositions, DEFAULT_VIEW_SETTINGS, typeLayoutMode, type LayoutKind } from '../../core/view-settings';
import type { App } from '../app';
import type { ViewData } from '../state/dataset';
import { Basemap, stripLabelSize } from './basemap';
import { setHomeBoxes } from './fit-camera';
import { LayoutRunner } from './layout-runner';
import { linkSummary } from './link-summary';
import { LinkTooltip } from './link-tooltip';
import { MapStyler } from './map-style';
import { MapView } from './map-view';
import { starThresholdOf } from '../../core/style/star-display';
import { StarList } from './star-list';
import { withStar } from './star-style';

/**
 * How node sizes follow the zoom (sigma's `zoomToSizeRatioFunction`: sizes
 * are divided by it). Sigma's default √ratio grows nodes as the map is zoomed
 * in; on the geographic map they keep their size in pixels once zoomed in,
 * as markers on a web map do, so nearby cities come apart as separate discs,
 * and also when the camera zooms out up to {@link GEO_STEADY_RATIO} — the
 * home camera does so to keep the world clear of the open legend (ratio
 * 1.47 at 1280 × 720), which shrank the cities below the label threshold.
 */
const GEO_ZOOM_TO_SIZE_RATIO = (ratio: number): number => Math.sqrt(Math.max(1, ratio / GEO_STEADY_RATIO));
/** Zoomed out up to this ratio, the geographic map's markers keep their size. */
const GEO_STEADY_RATIO = 1.6;
/** Closest zoom on the geographic map: a world-wide catalogue's map shows about 150 km across, a metropolitan area. */
const GEO_MIN_CAMERA_RATIO = 0.004;

/** The state slices the map's look depends on: a change elsewhere (progress, messages, drawer) costs no redraw. */
const STYLE_SLICES = [
  'filters',
  'focus',
  'colorBy',
  'sizeBy',
  'edgeColorBy',
  'hovered',
  'selected',
  'hoveredEdge',
  'selectedEdge',
  'path',
  'stars',
  'expandedStars',
] as const;

export interface MapControllerElements {
  map: HTMLElement;
  basemap: HTMLCanvasElement;
  shownCount: HTMLElement;
}

export class MapController {
  private view: MapView | null = null;
  private data: ViewData | null = null;
  private readonly styler: MapStyler;
  private readonly runner: LayoutRunner;
  private readonly basemap: Basemap;
  private readonly tooltip: LinkTooltip;
  /** The aggregated stars' list with Expand and Collapse (star-list.ts). */
  private readonly starList: StarList;
  private readonly unsubscribe: () => void;
  /** Layout applied to each graph, so switching back to a view keeps its picture. */
  private readonly applied = new WeakMap<ReadGraph, LayoutKind>();
  /** The projection and the strip of nodes without coordinates (null: none) of each graph laid out geographically. */
  private readonly geo = new WeakMap<ReadGraph, { projection: GeoProjection2D; strip: GeoStrip | null }>();
  /** The map's closest zoom outside the geographic layout (MapView's setting). */
  private defaultMinRatio: number | null = null;
  onRunning: (running: boolean) => void = () => {};

  constructor(
    private readonly app: App,
    private readonly elements: MapControllerElements,
  ) {
    this.styler = new MapStyler(app.derived);
    this.basemap = new Basemap(elements.basemap);
    // Beside the map, not in it: sigma empties its container when it is killed.
    this.tooltip = new LinkTooltip(elements.map.parentElement ?? elements.map);
    this.starList = new StarList(elements.map.parentElement ?? elements.map, app);
    this.runner = new LayoutRunner({
      onPositions: () => {
        const t = performance.now();
        this.view?.refreshPositions();
        return performance.now() - t + (this.lastRenderMs ?? 0);
      },
      onRunning: (running) => this.onRunning(running),
    });
    this.unsubscribe = app.store.subscribe((s, prev) => {
      if (s.hoveredEdge === null) this.tooltip.hide();
      if (s.dataset !== prev.dataset || s.view !== prev.view) this.rebuild();
      else if (s.layout !== prev.layout) {
        // The geographic layout draws no aggregated stars (core/style/star-display.ts).
        if (starThresholdOf(s) !== starThresholdOf(prev)) this.restyle();
        this.applyLayout(s.layout);
      } else if (STYLE_SLICES.some((k) => s[k] !== prev[k])) this.restyle();
    });
    this.rebuild();
  }

  private lastRenderMs: number | null = null;

  /** The current sigma view (for the camera, exports and tests). */
  get mapView(): MapView | null {
    return this.view;
  }

  get layoutRunning(): boolean {
    return this.runner.running;
  }

  /** The strip of nodes without coordinates beside the geographic map; null in other layouts or when every node is placed. */
  get geoStrip(): GeoStrip | null {
    const graph = this.data?.graph;
    return graph && this.applied.get(graph) === 'geo' ? (this.geo.get(graph)?.strip ?? null) : null;
  }

  private rebuild(): void {
    const s = this.app.store.get();
    const data = this.app.derived.view(s) ?? null;
    if (data === this.data) return;
    this.runner.stop();
    this.view?.kill();
    this.view = null;
    this.data = data;
    if (!data) {
      this.updateCount();
      return;
    }
    const graph = data.graph;
    // The worker's first layout is the default layout's picture; another layout is applied on top.
    if (!this.applied.has(graph)) this.applied.set(graph, DEFAULT_VIEW_SETTINGS.layout);
    const needsLayout = this.applied.get(graph) !== s.layout;
    const style = this.styler.style(s)!;
    this.view = new MapView(this.elements.map, graph, style, {
      onHover: (node) => this.app.store.set({ hovered: node }),
      onClick: (node) => this.app.store.set({ selected: node, selectedEdge: null }),
      onHoverEdge: (edge, pointer) => this.hoverEdge(edge, pointer),
      onClickEdge: (edge) => this.app.store.set({ selectedEdge: edge, hoveredEdge: null }),
      onClickAggregate: (id) => this.app.store.set({ expandedStars: withStar(this.app.store.get().expandedStars, id, true), hovered: null }),
    });
    // The label density and size controls (and share links) reach sigma through the label layer.
    this.view.labels.watch(this.app.store);
    this.view.sigma.on('afterRender', () => this.basemap.draw(this.view?.sigma ?? null));
    const render = this.view.sigma;
    render.on('beforeRender', () => (this.renderStart = performance.now()));
    render.on('afterRender', () => (this.lastRenderMs = performance.now() - this.renderStart));
    if (needsLayout) this.applyLayout(s.layout);
    else this.showLayout(this.applied.get(graph)!);
    this.updateCount();
  }

  private renderStart = 0;

  /** The link under the pointer: emphasised through the store, described in the tooltip next to the pointer. */
  private hoverEdge(edge: string | null, pointer: { x: number; y: number }): void {
    const data = this.data;
    if (edge === null || !data?.graph.hasEdge(edge)) {
      this.app.store.set({ hoveredEdge: null });
      return;
    }
    if (this.app.store.get().hoveredEdge !== edge) {
      this.app.store.set({ hoveredEdge: edge });
      this.tooltip.show(linkSummary(data.graph, edge, this.app.store.get().dataset?.network.graph), pointer);
    } else this.tooltip.move(pointer);
  }

  /** Places the nodes of the shown graph with `kind`. */
  applyLayout(kind: LayoutKind): void {
    const data = this.data;
    if (!data || !this.view) return;
    this.runner.stop();
    const graph = data.graph;
    this.applied.set(graph, kind);
    const byType = typeLayoutMode(kind);
    if (kind === 'force') {
      // Back to the deterministic picture from the worker; "Run layout" refines it live.
      assignFlatPositions(graph, data.keys, data.positions);
      this.view.refreshPositions();
    } else if (kind === 'geo') {
      const { width, height } = this.view.sigma.getDimensions();
      const { positions, projection, placed, strip } = this.basemap.layout(graph, this.app.options.seed, width / Math.max(1, height));
      assignPositions(graph, positions);
      this.geo.set(graph, { projection, strip });
      if (placed.byCoordinates === 0)
        this.app.store.set({ message: { kind: 'warning', text: 'No node has lat/lon coordinates: the geographic layout needs them in the nodes file.' } });
      this.view.refreshPositions();
    } else if (byType) {
      assignPositions(graph, typeLayout(graph, byType));
      this.view.refreshPositions();
    }
    this.showLayout(kind);
    this.resizeNodes();
    void this.view.resetCamera();
  }

  /** Sizes keep links visible at the nodes' positions (core/style/size.ts): after a new layout, restyle if they changed. */
  private resizeNodes(): void {
    const view = this.view;
    if (!view) return;
    this.styler.positionsChanged();
    const style = this.styler.style(this.app.store.get());
    if (!style) return;
    const { width, height } = view.sigma.getDimensions();
    const sizes = style.sizes(width, height);
    if (sizes.minRadius !== view.nodeSizes.minRadius || sizes.maxRadius !== view.nodeSizes.maxRadius) this.restyle();
  }

  /** What goes with a layout besides positions: the basemap and strip of the geographic one, and how sizes follow the zoom. */
  private showLayout(kind: LayoutKind): void {
    const view = this.view;
    const graph = this.data?.graph;
    if (!view || !graph) return;
    this.defaultMinRatio ??= view.sigma.getSetting('minCameraRatio');
    // Only on a change: a setting change re-indexes the whole graph.
    const zoomToSize = kind === 'geo' ? GEO_ZOOM_TO_SIZE_RATIO : Math.sqrt;
    const minRatio = kind === 'geo' ? GEO_MIN_CAMERA_RATIO : this.defaultMinRatio;
    if (view.sigma.getSetting('zoomToSizeRatioFunction') !== zoomToSize || view.sigma.getSetting('minCameraRatio') !== minRatio)
      view.sigma.setSettings({ zoomToSizeRatioFunction: zoomToSize, minCameraRatio: minRatio });
    const geo = kind === 'geo' ? this.geo.get(graph) : undefined;
    if (geo) this.basemap.setProjection(geo.projection, () => this.basemap.draw(this.view?.sigma ?? null), geo.strip);
    else this.basemap.setProjection(null);
    // The strip's box and label stay clear of the legend as its nodes do (fit-camera.ts).
    setHomeBoxes(view.sigma, geo?.strip ? [{ ...geo.strip.box, label: stripLabelSize(geo.strip.count) }] : []);
  }

  /** Starts or stops ForceAtlas2 on the shown graph; returns whether it runs. */
  toggleForce(): boolean {
    if (this.runner.running) {
      this.runner.stop();
      return false;
    }
    if (this.data) this.runner.start(this.data.graph);
    return this.runner.running;
  }

  private restyle(): void {
    const style = this.styler.style(this.app.store.get());
    if (style && this.view) this.view.setStyle(style);
    this.updateCount();
  }

  private updateCount(): void {
    const shown = this.app.derived.shown(this.app.store.get());
    this.elements.shownCount.textContent = shown
      ? `${shown.shownNodes.toLocaleString('en')} of ${shown.totalNodes.toLocaleString('en')} nodes shown · ${shown.shownEdges.toLocaleString('en')} of ${shown.totalEdges.toLocaleString('en')} links`
      : '';
  }

  kill(): void {
    this.unsubscribe();
    this.runner.kill();
    this.tooltip.kill();
    this.starList.kill();
    this.view?.kill();
    this.view = null;
  }
}
