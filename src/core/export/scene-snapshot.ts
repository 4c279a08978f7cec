/**
 * The figure of an analysis as the app first shows it, without a browser:
 * the view (network or a projection), laid out deterministically into its
 * graph's `x`/`y` — community start positions then a fixed number of seeded
 * ForceAtlas2 iterations, exactly as the analysis worker's first picture; or
 * by type; or geographic — then drawn by the page's own scene function
 * (`buildScene`) with the view settings. Used by the CLI's `snapshot`
 * command and the SVG snapshot tests, so the tested figure is the CLI's.
 */
import { AtlasError } from '../errors';
import type { Topology } from 'topojson-specification';
import type { Analysis } from '../analysis/analyze';
import type { GraphAnalysis } from '../analysis/analyze-graph';
import { communityRunOf } from '../communities/methods';
import type { ReadGraph } from '../graph/types';
import { firstLayout, geoLayout, typeLayout } from '../layout';
import type { NodeMeasures } from '../style';
import { assignFlatPositions, assignPositions, typeLayoutMode, type LayoutKind, type ViewId, type ViewSettings } from '../view-settings';
import { buildScene, type Scene } from './scene';

/** The frame and seed of a snapshot (what it shows is in the view settings). */
export interface SnapshotOptions {
  seed: number;
  width: number;
  height: number;
  title?: string;
  caption?: string;
  /** A world-atlas topology (`countries-110m.json`) for the outline under the geographic layout. */
  world?: Topology;
}

/**
 * Lays `graph` out with `layout` into its nodes' `x`/`y`; returns the world
 * outline (graph coordinates) when the layout is geographic and `world` is given.
 */
export function layOutView(
  graph: ReadGraph,
  analysis: GraphAnalysis,
  layout: LayoutKind,
  seed: number,
  world?: Topology,
): { basemap?: Array<Array<[number, number]>> } {
  const mode = typeLayoutMode(layout);
  if (mode) {
    assignPositions(graph, typeLayout(graph, mode));
    return {};
  }
  if (layout === 'geo') {
    const { positions, projection } = geoLayout(graph, { seed });
    assignPositions(graph, positions);
    return world ? { basemap: projection.outlinePaths(world) } : {};
  }
  assignFlatPositions(graph, graph.nodes(), firstLayout(graph, analysis.measures, seed));
  return {};
}

/** The view's graph and analysis; throws when the projection was not computed. */
export function snapshotView(analysis: Analysis, view: ViewId | string): { graph: ReadGraph; analysis: GraphAnalysis } {
  if (view === 'network') return { graph: analysis.graph, analysis: analysis.network };
  if (analysis.projection?.keep === view) return { graph: analysis.projection.graph, analysis: analysis.projection.analysis };
  throw new AtlasError(`export/snapshot: the ${view} projection was not computed (analyse with projection: { keep: '${view}' })`);
}

/** A snapshot: the view's graph (laid out), its analysis and measures, and the scene drawn from them. */
export interface SnapshotFigure {
  graph: ReadGraph;
  analysis: GraphAnalysis;
  measures: NodeMeasures;
  scene: Scene;
}

/** Lays out the view `settings` names and draws it with `buildScene` (see the file header). */
export function snapshotFigure(analysis: Analysis, settings: ViewSettings, options: SnapshotOptions): SnapshotFigure {
  const view = snapshotView(analysis, settings.view);
  const { basemap } = layOutView(view.graph, view.analysis, settings.layout, options.seed, options.world);
  // With the indicators, so a figure such as `ind:vendorHhi` colours and sizes as on the page.
  // And the community method run, so the legend names it.
  const communities = communityRunOf(view.analysis.params, { communities: 0, modularity: 0 })?.method;
  const measures = { keys: view.analysis.keys, values: view.analysis.measures, indicators: analysis.indicators, ...(communities ? { communities } : {}) };
  const scene = buildScene({
    graph: view.graph,
    measures,
    settings,
    width: options.width,
    height: options.height,
    ...(basemap ? { basemap } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.caption ? { caption: options.caption } : {}),
  });
  return { graph: view.graph, analysis: view.analysis, measures, scene };
}

/** The scene of {@link snapshotFigure}. */
export function snapshotScene(analysis: Analysis, settings: ViewSettings, options: SnapshotOptions): Scene {
  return snapshotFigure(analysis, settings, options).scene;
}
