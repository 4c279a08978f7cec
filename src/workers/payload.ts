/**
 * Turns an analysis into what crosses to the page: the graph encoded as typed
 * arrays, its measures, the first layout and the report. Shared by the worker
 * and by the build, which precomputes the embedded default dataset's payload
 * (vite.config.ts) so the first screen needs no worker round trip.
 */
import { analyze, type Analysis, type AnalysisInput } from '../core/analysis/analyze';
import type { GraphAnalysis, ProgressCallback } from '../core/analysis/analyze-graph';
import type { AnalysisOptions } from '../core/analysis/options';
import { buildReportSummary, type GraphStats, graphStats } from '../core/analysis/report';
import { encodeGraph, type EncodedGraph } from '../core/graph/codec';
import { firstLayout, type LayoutGraph } from '../core/layout';
import { dictFrom } from '../core/util/dict';
import type { AnalysisPayload, GraphPayload } from './protocol';

/**
 * One analysed graph with its first layout, ready to post; `encoded` when the graph was encoded already (sent ahead),
 * `stats` when its figures were computed already (the report's). `graph`: graphology's (a projection) or the builder's
 * columns (the network: its layout, figures and encoding need no graphology graph).
 */
export function graphPayload(
  graph: LayoutGraph,
  analysis: GraphAnalysis,
  seed: number,
  progress?: ProgressCallback,
  encoded?: EncodedGraph,
  stats?: GraphStats,
): GraphPayload {
  progress?.('Laying out the map', 0);
  const positions = firstLayout(graph, analysis.measures, seed);
  return {
    graph: encoded ?? encodeGraph(graph),
    keys: analysis.keys,
    measures: analysis.measures,
    positions,
    stats: stats ?? graphStats(graph, analysis),
    params: analysis.params,
    notes: analysis.notes,
  };
}

/**
 * Analyses the input and builds the page's payload, from the builder's columns: graphology's graph is not made (the
 * analysis is returned too: the worker makes it from the columns for a projection, a window or a community method).
 * `onEncoded` is handed the network's encoding as soon as the graph is built, before the measures (the worker posts it
 * ahead); the payload's `network.graph` is that same object.
 */
export function analysisPayload(
  input: AnalysisInput,
  options: AnalysisOptions,
  progress?: ProgressCallback,
  onEncoded?: (encoded: EncodedGraph) => void,
): { analysis: Analysis; payload: AnalysisPayload } {
  let encoded: EncodedGraph | undefined;
  const analysis = analyze(
    input,
    options,
    progress,
    onEncoded
      ? (graph) => {
          encoded = encodeGraph(graph);
          onEncoded(encoded);
        }
      : undefined,
  );
  const report = buildReportSummary(analysis);
  const network = graphPayload(analysis.columns, analysis.network, analysis.options.seed, progress, encoded, report.stats);
  // The page works with graph keys: its indicators are keyed (and name their top firm) by key.
  const indicators = dictFrom(analysis.indicators);
  return { analysis, payload: { network, report, indicators } };
}
