/**
 * A loaded dataset as the page holds it: the analysed network (a graphology
 * graph rebuilt from the worker's payload, its measures and report) and the
 * one-mode projections fetched so far. Node positions (`x`, `y`) are the only
 * things the page writes into these graphs (layout data, as in Gephi): the
 * graph owns the positions shown (core/view-settings/positions.ts);
 * `ViewData.positions` is the worker's first picture, kept to go back to.
 */
import { decodeGraph, decodeGraphPaced, type DecodePacing } from '../../core/graph/codec';
import type { GraphStats } from '../../core/analysis/report';
import type { NodeIndicators } from '../../core/graph/indicators';
import type { AtlasGraph } from '../../core/graph/types';
import type { ParameterValues } from '../../core/metrics/descriptor';
import type { Dict } from '../../core/util/dict';
import type { AnalysisInput } from '../../core/analysis/analyze';
import type { AnalysisOptions } from '../../core/analysis/options';
import type { ViewId } from '../../core/view-settings';
import type { AnalysisPayload, GraphPayload, ReportSummary } from '../../workers/protocol';

/** The views the app offers (defined once in core/view-settings). */

/** One analysed graph with its measures, ready for the map, table and charts. */
export interface ViewData {
  graph: AtlasGraph;
  keys: string[];
  /** Node key → index into the measure arrays. */
  index: Map<string, number>;
  measures: Record<string, Float64Array>;
  /** The worker's first layout (x, y pairs aligned with `keys`), kept to go back to; the positions shown are the graph's `x`/`y`. */
  positions: Float64Array;
  stats: GraphStats;
  params: Record<string, ParameterValues>;
  notes: string[];
  /** For projections: hubs left out, and what was asked. */
  projection?: { via: string[]; weighting: string; maxViaMembers?: number; skipped: { id: string; members: number }[] };
}

export interface DataSource {
  /** Shown in the header and the about box. */
  title: string;
  /** How it was loaded: embedded default, local files, or URLs (which can go into a link). */
  kind: 'default' | 'files' | 'urls';
  files: string[];
  urls?: { edges: string; nodes?: string };
  about?: { text: string; sources: { label: string; licence: string; url: string }[] };
}

export interface Dataset {
  source: DataSource;
  /** What the worker analysed to make it (absent for a snapshot), so it can be given the same data again before a projection. */
  analysed?: { input: AnalysisInput; options: AnalysisOptions };
  report: ReportSummary;
  /** By graph key, `topFirm` a key too; prototype-free when made here, plain after a clone: read with `getOwn`. */
  indicators: Dict<NodeIndicators>;
  network: ViewData;
  /** Projections fetched so far. */
  projections: Partial<Record<Exclude<ViewId, 'network'>, ViewData>>;
}

/** A view around its rebuilt graph (positions already in the graph). */
function viewOf(graph: ViewData['graph'], payload: GraphPayload): ViewData {
  const index = new Map<string, number>();
  payload.keys.forEach((k, i) => index.set(k, i));
  return {
    graph,
    keys: payload.keys,
    index,
    measures: payload.measures,
    positions: payload.positions,
    stats: payload.stats,
    params: payload.params,
    notes: payload.notes,
  };
}

/** Rebuilds a view from a worker payload. */
export function viewFromPayload(payload: GraphPayload): ViewData {
  return viewOf(decodeGraph(payload.graph, payload.positions), payload);
}

/** {@link viewFromPayload} in slices that let the page answer input between them (large graphs). */
export async function viewFromPayloadPaced(payload: GraphPayload, pacing: DecodePacing): Promise<ViewData> {
  return viewOf(await decodeGraphPaced(payload.graph, pacing, payload.positions), payload);
}

export function datasetFromPayload(source: DataSource, payload: AnalysisPayload): Dataset {
  return { source, report: payload.report, indicators: payload.indicators, network: viewFromPayload(payload.network), projections: {} };
}

/** {@link datasetFromPayload} with a paced decode. */
export async function datasetFromPayloadPaced(source: DataSource, payload: AnalysisPayload, pacing: DecodePacing): Promise<Dataset> {
  const network = await viewFromPayloadPaced(payload.network, pacing);
  return { source, report: payload.report, indicators: payload.indicators, network, projections: {} };
}

/** The graph shown for a view, if it is loaded. */
export function viewData(dataset: Dataset, view: ViewId): ViewData | undefined {
  // Own keys only: a view name read from an address is checked, but never trusted as a key.
  return view === 'network' ? dataset.network : Object.hasOwn(dataset.projections, view) ? dataset.projections[view] : undefined;
}
