/**
 * The figure of an analysis as the app first shows it, without a browser:
 * the view (network or a projection), its deterministic layout — community
 * start positions then a fixed number of ForceAtlas2 iterations with the seed,
 * exactly as the analysis worker's first picture; or by type; or geographic —
 * and the scene with the map's colours, sizes and shapes. Used by the CLI's
 * `snapshot` command and the SVG snapshot tests.
 */
import type { Topology } from 'topojson-specification';
import type { Analysis } from '../analysis/analyze';
import type { GraphAnalysis } from '../analysis/analyze-graph';
import type { AtlasGraph } from '../graph/types';
import { communitySeedPositions, computeForceLayout, geoLayout, typeLayout, type Point } from '../layout';
import type { ColorBy } from '../style';
import { buildScene, type Scene } from './scene';

export type SnapshotLayout = 'force' | 'type-columns' | 'type-rings' | 'geo';
export const SNAPSHOT_LAYOUTS: readonly SnapshotLayout[] = ['force', 'type-columns', 'type-rings', 'geo'];

export interface SnapshotOptions {
  /** `network`, or the type of the projection the analysis computed (`city`…). */
  view: string;
  colorBy: ColorBy;
  sizeBy: string;
  edgeColorBy: 'plain' | 'relation';
  layout: SnapshotLayout;
  seed: number;
  width: number;
  height: number;
  labelCount?: number;
  title?: string;
  caption?: string;
  /** A world-atlas topology (`countries-110m.json`) for the outline under the geographic layout. */
  world?: Topology;
}

/** Node positions of `graph` for `layout`, and the world outline when geographic. */
export function snapshotPositions(
  graph: AtlasGraph,
  analysis: GraphAnalysis,
  layout: SnapshotLayout,
  seed: number,
  world?: SnapshotOptions['world'],
): { positions: Map<string, Point>; basemap?: Array<Array<[number, number]>> } {
  if (layout === 'type-columns' || layout === 'type-rings') return { positions: typeLayout(graph, layout === 'type-columns' ? 'columns' : 'rings') };
  if (layout === 'geo') {
    const { positions, projection } = geoLayout(graph, { seed });
    return { positions, ...(world ? { basemap: projection.outlinePaths(world) } : {}) };
  }
  // As the worker's first layout (src/workers/analysis.worker.ts).
  const { community, degree } = analysis.measures;
  const start = community && degree ? communitySeedPositions(graph, community, degree, seed) : undefined;
  const flat = computeForceLayout(graph, { seed, ...(start ? { start } : {}) });
  const positions = new Map<string, Point>();
  graph.forEachNode((node) => {
    const i = positions.size;
    positions.set(node, { x: flat[2 * i]!, y: flat[2 * i + 1]! });
  });
  return { positions };
}

/** The view's graph and analysis; throws when the projection was not computed. */
export function snapshotView(analysis: Analysis, view: string): { graph: AtlasGraph; analysis: GraphAnalysis } {
  if (view === 'network') return { graph: analysis.graph, analysis: analysis.network };
  if (analysis.projection?.keep === view) return { graph: analysis.projection.graph, analysis: analysis.projection.analysis };
  throw new Error(`export/snapshot: the ${view} projection was not computed (analyse with projection: { keep: '${view}' })`);
}

/** The scene of one view of `analysis`, laid out deterministically. */
export function snapshotScene(analysis: Analysis, options: SnapshotOptions): Scene {
  const view = snapshotView(analysis, options.view);
  const { positions, basemap } = snapshotPositions(view.graph, view.analysis, options.layout, options.seed, options.world);
  return buildScene({
    graph: view.graph,
    measures: { keys: view.analysis.keys, values: view.analysis.measures },
    positions,
    colorBy: options.colorBy,
    sizeBy: options.sizeBy,
    edgeColorBy: options.edgeColorBy,
    width: options.width,
    height: options.height,
    ...(options.labelCount !== undefined ? { labelCount: options.labelCount } : {}),
    ...(basemap ? { basemap } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.caption ? { caption: options.caption } : {}),
  });
}
