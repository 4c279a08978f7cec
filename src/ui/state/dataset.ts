/**
 * A loaded dataset as the page holds it: the analysed network (a read-only
 * graph over the worker's encoding, graph/column-graph.ts: no graphology
 * index and no stored object per link; sigma's display graph is the page's
 * only graphology graph), its measures and report, and the one-mode
 * projections fetched so far. Node positions (`x`, `y`) are the only
 * things the page writes into these graphs (layout data, as in Gephi): the
 * graph owns the positions shown (core/view-settings/positions.ts);
 * `ViewData.positions` is the worker's first picture, kept to go back to.
 *
 * The one owner of "which data is loaded" is the dataset in the app's store.
 * Each view keeps the worker's encoding of its graph (`encoded`, typed arrays
 * received once); a projection or a change of community method names that
 * graph to the worker, which holds it as a cache and is sent the encoding
 * again only when it lacks it (ui/analysis-client.ts). The worker never
 * re-reads the files for it. A new method's communities replace a view's
 * with {@link withCommunities}, as a new dataset object.
 */
import type { DecodePacing } from '../../core/graph/codec';
import { ColumnGraph, columnGraphPaced } from '../../core/graph/column-graph';
import type { GraphStats } from '../../core/analysis/report';
import type { NodeIndicators } from '../../core/graph/indicators';
import type { ReadGraph } from '../../core/graph/types';
import type { ParameterValues } from '../../core/metrics/descriptor';
import type { Dict } from '../../core/util/dict';
import type { AnalysisInput } from '../../core/analysis/analyze';
import type { AnalysisOptions } from '../../core/analysis/options';
import type { ViewId } from '../../core/view-settings';
import { withCommunityStep, type CommunityStep } from '../../core/communities/run-method';
import type { EncodedGraph } from '../../core/graph/codec';
import type { AnalysisPayload, GraphPayload, ReportSummary } from '../../workers/protocol';
import type { DataAddresses } from '../../core/url-state';

/** One analysed graph with its measures, ready for the map, table and charts. */
export interface ViewData {
  graph: ReadGraph;
  /** The graph as the worker encoded it (never changed): what is named to, or sent to, the worker for work on this view. */
  encoded: EncodedGraph;
  keys: string[];
  /** Node key → index into the measure arrays. */
  index: ReadonlyMap<string, number>;
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
  /** The addresses it was fetched from; `aliases` only while the aliases file applied is the fetched one. */
  urls?: DataAddresses;
  about?: { text: string; sources: { label: string; licence: string; url: string }[] };
}

export interface Dataset {
  source: DataSource;
  /** The files and options that made it (absent for a snapshot): the types dialog and the duplicates panel load them again with changes. */
  analysed?: { input: AnalysisInput; options: AnalysisOptions };
  report: ReportSummary;
  /** By graph key, `topFirm` a key too; prototype-free when made here, plain after a clone: read with `getOwn`. */
  indicators: Dict<NodeIndicators>;
  network: ViewData;
  /** Projections fetched so far. */
  projections: Partial<Record<Exclude<ViewId, 'network'>, ViewData>>;
  /**
   * Set while `network`'s measures and `indicators` are those of a time window (the timeline's Recompute,
   * ui/panels/timeline-measures.ts); `allYears` holds the all-years ones to go back to.
   */
  window?: { from: number; to: number; keepUndated: boolean; allYears: { network: ViewData; indicators: Dict<NodeIndicators> } };
}

/** Node key → index into the payload's keys. */
function indexOf(payload: GraphPayload): Map<string, number> {
  const index = new Map<string, number>();
  payload.keys.forEach((k, i) => index.set(k, i));
  return index;
}

/** Whether the payload's keys are its encoding's, in the same order: the view and its graph can then share one index. */
function sameKeys(payload: GraphPayload, keys: readonly string[] = payload.graph.keys): boolean {
  if (keys.length !== payload.keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== payload.keys[i]) return false;
  return true;
}

/** The index of the payload's keys when the graph can share it. */
function sharedIndex(payload: GraphPayload, index: Map<string, number>): Map<string, number> | undefined {
  return sameKeys(payload) ? index : undefined;
}

/** A view around its graph (positions already in the graph); `index` of the payload's keys when made already. */
function viewOf(graph: ViewData['graph'], payload: GraphPayload, index: ReadonlyMap<string, number> = indexOf(payload)): ViewData {
  return {
    graph,
    encoded: payload.graph,
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
  const index = indexOf(payload);
  return viewOf(new ColumnGraph(payload.graph, payload.positions, sharedIndex(payload, index)), payload, index);
}

/** {@link viewFromPayload} in slices that let the page answer input between them (large graphs). */
export async function viewFromPayloadPaced(payload: GraphPayload, pacing: DecodePacing): Promise<ViewData> {
  const index = indexOf(payload);
  return viewOf(await columnGraphPaced(payload.graph, pacing, payload.positions, sharedIndex(payload, index)), payload, index);
}

export function datasetFromPayload(source: DataSource, payload: AnalysisPayload): Dataset {
  return { source, report: payload.report, indicators: payload.indicators, network: viewFromPayload(payload.network), projections: {} };
}

/**
 * {@link datasetFromPayload} with a paced decode. `early` is the network's graph when its decode began before the
 * payload was complete (the worker sends the encoding ahead of the measures): decoded without positions, it gets the
 * first layout's now.
 */
export async function datasetFromPayloadPaced(
  source: DataSource,
  payload: AnalysisPayload,
  pacing: DecodePacing,
  early?: Promise<ReadGraph>,
): Promise<Dataset> {
  let network: ViewData;
  if (early) {
    // Built before the payload's keys came: its index is the view's when the keys are the same.
    const graph = placeNodes(await early, payload.network.positions);
    const index = graph instanceof ColumnGraph && sameKeys(payload.network, graph.nodes()) ? graph.keyIndex : indexOf(payload.network);
    network = viewOf(graph, payload.network, index);
  } else network = await viewFromPayloadPaced(payload.network, pacing);
  return { source, report: payload.report, indicators: payload.indicators, network, projections: {} };
}

/** Writes a first layout ([x0, y0, x1, y1, …] in the graph's node order) into a graph that nothing draws yet. */
function placeNodes(graph: ReadGraph, positions: Float64Array): ReadGraph {
  let i = 0;
  graph.forEachNode((_key, attributes) => {
    attributes.x = positions[2 * i]!;
    attributes.y = positions[2 * i + 1]!;
    i++;
  });
  return graph;
}

/** The graph shown for a view, if it is loaded. */
export function viewData(dataset: Dataset, view: ViewId): ViewData | undefined {
  // Own keys only: a view name read from an address is checked, but never trusted as a key.
  return view === 'network' ? dataset.network : Object.hasOwn(dataset.projections, view) ? dataset.projections[view] : undefined;
}

/**
 * `dataset` with the communities of `steps` (one per view: the network and
 * each projection held) in place of its own: the views' `community`
 * measure, parameters, figures and notes, the report's, and the method in
 * the options the files are loaded again with. Graphs and positions are
 * kept (the picture does not move). The network's step is the whole
 * network's: measures of a time window are replaced by the all-years ones
 * (the timeline's Recompute gives the window's again). A new object.
 */
export function withCommunities(dataset: Dataset, steps: ReadonlyMap<ViewId, CommunityStep>): Dataset {
  const network = steps.get('network');
  const projections: Dataset['projections'] = {};
  for (const [id, view] of Object.entries(dataset.projections) as [Exclude<ViewId, 'network'>, ViewData][]) {
    const step = steps.get(id);
    projections[id] = step ? withCommunityStep(view, step) : view;
  }
  if (!network) return { ...dataset, projections };
  // Measures of a time window go back to all years: `network`'s step was found on the whole network.
  const { window, ...rest } = dataset;
  const allYears = window?.allYears ?? { network: dataset.network, indicators: dataset.indicators };
  const next = withCommunityStep(allYears.network, network);
  const { report } = dataset;
  // The report's network parts: the parameters by algorithm, the figures and the notes.
  const algorithms = withCommunityStep(
    { measures: {}, params: (report.params['algorithms'] ?? {}) as ViewData['params'], stats: report.stats, notes: report.notes },
    network,
  );
  return {
    ...rest,
    indicators: allYears.indicators,
    // Loading the files again (types dialog, duplicates) keeps the method.
    ...(dataset.analysed ? { analysed: { ...dataset.analysed, options: { ...dataset.analysed.options, communities: network.method } } } : {}),
    network: next,
    projections,
    report: {
      ...report,
      params: { ...report.params, algorithms: algorithms.params },
      stats: algorithms.stats as typeof report.stats,
      modularity: algorithms.stats.modularity,
      notes: algorithms.notes,
    },
  };
}
