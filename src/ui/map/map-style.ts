/**
 * Builds the map's `MapStyle` from the app state with the same core/style
 * functions the legend uses (so they never disagree): colour per node, size
 * per node, shape per type, link colour and thickness, and the emphasis of
 * hover, selection and path (map-emphasis.ts). Memoised on the state slices it reads.
 */
import { edgeStyle, nodeColors, nodeSizes, PATH_EDGE_COLOR, typeShape } from '../../core/style';
import { viewMeasures } from '../state/view-figures';
import type { AppState } from '../state/app-state';
import type { ViewData } from '../state/dataset';
import { memo, type Derived } from '../state/derived';
import { mapEmphasis } from './map-emphasis';
import type { MapStyle } from './map-view';

export class MapStyler {
  private readonly colors = memo((view: ViewData, dataset: AppState['dataset'], colorBy: AppState['colorBy']) =>
    nodeColors(view.graph, viewMeasures(view, dataset), colorBy),
  );
  private readonly sizes = memo((view: ViewData, dataset: AppState['dataset'], sizeBy: string) => nodeSizes(view.graph, viewMeasures(view, dataset), sizeBy));
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

  /** The style for the current state, or null when no view is loaded. */
  style(s: AppState): MapStyle | null {
    const view = this.derived.view(s);
    const shown = this.derived.shown(s);
    if (!view || !shown) return null;
    const colors = this.colors(view, s.dataset, s.colorBy);
    const sizes = this.sizes(view, s.dataset, s.sizeBy);
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
      nodeSize: (n) => sizes.get(n) ?? 3,
      nodeShape: (n) => shapes.get(n) ?? 'circle',
      edgeColor: (e) => (pathSet?.has(e) ? PATH_EDGE_COLOR : edges.color(e)),
      edgeSize: (e) => edges.width(e),
      emphasis,
      labelled,
      selected: s.selected,
    };
  }
}
