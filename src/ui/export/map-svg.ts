/**
 * SVG of the map as it is on screen: the core scene built with the screen
 * camera (sigma's `graphToViewport`, sizes scaled by the zoom as sigma scales
 * them) and the map's own style (shown nodes and links, colours, sizes
 * fitted to the map, shapes, hover/path emphasis, the labels the screen
 * drew), written by core/export's
 * `sceneToSvg` with the provenance in <metadata>. `buildScene` is the
 * function the CLI's `snapshot` draws with, given the same view settings.
 */
import { viewMeasures } from '../state/view-figures';
import { buildScene } from '../../core/export/scene';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR } from '../../core/style';
import { sceneToSvg } from '../../core/export/svg';
import type { MapView } from '../map/map-view';
import { viewSettingsOf } from '../state/app-state';
import type { FigureContext } from './figure-context';

/** Colours the map gives to nodes and links outside the emphasis (map-view.ts). */

export interface MapSvgOptions {
  title?: string;
  /** Add the caption line (data files, date, version). Default true. */
  caption?: boolean;
}

/** The SVG text of the current map view. */
export function mapSvg(context: FigureContext, mapView: MapView, options: MapSvgOptions = {}): string {
  const { view, shown, style, state } = context;
  const sigma = mapView.sigma;
  const { width, height } = sigma.getDimensions();
  const emphasis = style.emphasis;
  const scene = buildScene({
    graph: view.graph,
    measures: viewMeasures(view, context.dataset),
    // The labels the screen drew (label-layer.ts), at its label size: the figure labels the same nodes with the same text.
    settings: { ...viewSettingsOf(state), labelSize: mapView.labels.fontSize },
    visible: { nodes: shown.nodes, edges: shown.edges },
    labelled: style.labelled,
    expandedStars: state.expandedStars,
    placedLabels: mapView.labels.placedLabels,
    width,
    height,
    viewport: (p) => sigma.graphToViewport(p),
    sizeFactor: sigma.scaleSize(1),
    style: {
      nodeColor: (n) => (emphasis && !emphasis.nodes.has(n) ? FADED_NODE_COLOR : style.nodeColor(n)),
      nodeSize: mapView.nodeSizes.size,
      nodeShape: style.nodeShape,
      nodeLayer: (n) => (emphasis && !emphasis.nodes.has(n) ? 0 : style.labelled.has(n) ? 2 : 1),
      edgeColor: (e) => (emphasis && !emphasis.edges.has(e) ? FADED_EDGE_COLOR : style.edgeColor(e)),
      edgeSize: (e) => (emphasis?.edges.has(e) ? Math.max(2, style.edgeSize(e)) : style.edgeSize(e)),
    },
    ...(options.title ? { title: options.title } : {}),
    ...(options.caption === false ? {} : { caption: context.caption }),
  });
  return sceneToSvg(scene, { provenance: context.provenance });
}
