/**
 * Builds the map's `MapStyle` from the app state with the same core/style
 * functions the legend uses (so they never disagree): colour per node, size
 * per node (fitted to the map's size, core/style/size.ts), shape per type,
 * link colour and thickness, the aggregated stars (star-style.ts) and the
 * emphasis of hover, selection and path (map-emphasis.ts). Memoised on the
 * state slices it reads, and for sizes on the layout too (they keep links
 * visible at the nodes' positions): `positionsChanged` after a new layout.
 */
import { edgeStyle, nodeColors, PATH_EDGE_COLOR, typeShape } from '../../core/style';
import { nodeSizeScale, nodeSizes } from '../../core/style/legend';
import { medianLinkLength, sizeFit } from '../../core/style/link-length';
import { viewMeasures } from '../state/view-figures';
import type { AppState } from '../state/app-state';
import type { ViewData } from '../state/dataset';
import { memo, type Derived } from '../state/derived';
import { mapEmphasis } from './map-emphasis';
import type { MapSizes, MapStyle } from './map-view';
import { mapStars } from './star-style';
import { starThresholdOf } from '../../core/style/star-display';

export class MapStyler {
  private readonly colors = memo((view: ViewData, dataset: AppState['dataset'], colorBy: AppState['colorBy']) =>
    nodeColors(view.graph, viewMeasures(view, dataset), colorBy),
  );
  /** Bumped when a layout moves the nodes: sizes depend on the links' lengths (core/style/link-length.ts). */
  private positions = 0;
  private readonly sizes = memo(
    (view: ViewData, dataset: AppState['dataset'], sizeBy: string, width: number, height: number, layout: AppState['layout'], _positions: number): MapSizes => {
      const measures = viewMeasures(view, dataset);
      // The links' median length measured once for both calls below (nodeSizeScale measures it when `link` is absent).
      const frame = sizeFit(width, height, layout);
      const fit = width > 0 && height > 0 ? { fit: 'link' in frame ? frame : { ...frame, link: medianLinkLength(view.graph, width, height) } } : {};
      // One scale for the radii and their range (its fitted range sorts every node's value).
      const scale = nodeSizeScale(view.graph, measures, sizeBy, fit);
      const radius = nodeSizes(view.graph, measures, sizeBy, fit, scale);
      const { minRadius, maxRadius } = scale;
      return { size: (n) => radius.get(n) ?? minRadius, minRadius, maxRadius };
    },
  );
  private readonly stars = memo((view: ViewData, shown: NonNullable<ReturnType<Derived['shown']>>, threshold: number, expanded: ReadonlySet<string>) =>
    mapStars(view.graph, shown, threshold, expanded),
  );
  private readonly shapes = memo((view: ViewData) => {
    const out = new Map<string, ReturnType<typeof typeShape>>();
    view.graph.forEachNode((n, a) => out.set(n, typeShape(a.type)));
    return out;
  });
  private readonly edges = memo((view: ViewData, edgeColorBy: AppState['edgeColorBy']) => edgeStyle(view.graph, edgeColorBy));
  private readonly emphasis = memo(
    (view: ViewData, hovered: string | null, hoveredEdge: string | null, selected: string | null, selectedEdge: string | null, path: AppState['path']) =>
      mapEmphasis(view.graph, { hovered, hoveredEdge, selected, selectedEdge, path }),
  );

  constructor(private readonly derived: Derived) {}

  /** A layout placed the nodes anew: the next style's sizes are fitted to the new links' lengths. */
  positionsChanged(): void {
    this.positions++;
  }

  /** The style for the current state, or null when no view is loaded. */
  style(s: AppState): MapStyle | null {
    const view = this.derived.view(s);
    const shown = this.derived.shown(s);
    if (!view || !shown) return null;
    const colors = this.colors(view, s.dataset, s.colorBy);
    // Exact sizes: the figures fit theirs to the same width and height (sigma's dimensions).
    const positions = this.positions;
    const sized = (width: number, height: number) => this.sizes(view, s.dataset, s.sizeBy, width, height, s.layout, positions);
    const shapes = this.shapes(view);
    const edges = this.edges(view, s.edgeColorBy);
    const emphasis = this.emphasis(view, s.hovered, s.hoveredEdge, s.selected, s.selectedEdge, s.path);
    const pathSet = s.path?.nodes && s.path.nodes.length > 0 ? (emphasis?.edges ?? null) : null;
    const labelled = new Set<string>();
    if (s.selected) labelled.add(s.selected);
    if (s.hovered) labelled.add(s.hovered);
    for (const n of s.path?.nodes ?? []) labelled.add(n);
    for (const e of [s.selectedEdge, s.hoveredEdge]) if (e !== null && view.graph.hasEdge(e)) for (const n of view.graph.extremities(e)) labelled.add(n);
    return {
      nodes: shown.nodes,
      edges: shown.edges,
      nodeColor: (n) => colors.get(n) ?? '#999999',
      sizes: sized,
      nodeShape: (n) => shapes.get(n) ?? 'circle',
      edgeColor: (e) => (pathSet?.has(e) ? PATH_EDGE_COLOR : edges.color(e)),
      edgeSize: (e) => edges.width(e),
      emphasis,
      stars: this.stars(view, shown, starThresholdOf(s), s.expandedStars),
      labelled,
      selected: s.selected,
    };
  }
}
