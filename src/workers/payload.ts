/**
 * Turns an analysis into what crosses to the page: the graph encoded as typed
 * arrays, its measures, the first layout, the report and the indicators.
 * Shared by the worker, which sends the indicators as columns
 * ({@link analysisAnswer}), and by the build, which precomputes the embedded
 * default dataset's payload in the page's form ({@link analysisPayload},
 * vite.config.ts) so the first screen needs no worker round trip.
 */
import { analyze, type Analysis, type AnalysisInput } from '../core/analysis/analyze';
import type { GraphAnalysis, ProgressCallback } from '../core/analysis/analyze-graph';
import type { AnalysisOptions } from '../core/analysis/options';
import { buildReportSummary, type GraphStats, graphStats } from '../core/analysis/report';
import { encodeGraph, type EncodedGraph } from '../core/graph/codec';
import { encodeIndicators } from '../core/graph/indicators-codec';
import { firstLayout } from '../core/layout';
import type { GraphColumns } from '../core/graph/columns';
import type { AtlasGraph } from '../core/graph/types';
import { dictFrom } from '../core/util/dict';
import type { AnalysisAnswer, AnalysisPayload, GraphPayload } from './protocol';

/**
 * One analysed graph with its first layout, ready to post; `encoded` when the graph was encoded already (sent ahead),
 * `stats` when its figures were computed already (the report's). `graph`: graphology's (a projection) or the builder's
 * columns (the network: its layout, figures and encoding need no graphology graph).
 */
export function graphPayload(
  graph: AtlasGraph | GraphColumns,
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
 * Analyses the input and builds what the worker answers, from the builder's columns: graphology's graph is not made (the
 * analysis is returned too: the worker makes it from the columns for a projection, a window or a community method).
 * The indicators are columns aligned with the network's keys (core/graph/indicators-codec.ts: typed arrays to transfer,
 * which the page turns into its record in slices), not a record of 100,000 objects that the page reads in one piece.
 * `onEncoded` is handed the network's encoding as soon as the graph is built, before the measures (the worker posts it
 * ahead); the answer's `network.graph` is that same object.
 */
export function analysisAnswer(
  input: AnalysisInput,
  options: AnalysisOptions,
  progress?: ProgressCallback,
  onEncoded?: (encoded: EncodedGraph) => void,
): { analysis: Analysis; answer: AnalysisAnswer } {
  const { analysis, rest } = analysed(input, options, progress, onEncoded);
  // The page works with graph keys: its indicators are keyed (and name their top firm) by key.
  return { analysis, answer: { ...rest, indicators: encodeIndicators(analysis.indicators, rest.network.keys) } };
}

/**
 * {@link analysisAnswer} in the page's form, the indicators a prototype-free record by graph key: what the build
 * embeds as the default dataset's payload (vite.config.ts).
 */
export function analysisPayload(input: AnalysisInput, options: AnalysisOptions, progress?: ProgressCallback): { analysis: Analysis; payload: AnalysisPayload } {
  const { analysis, rest } = analysed(input, options, progress);
  return { analysis, payload: { ...rest, indicators: dictFrom(analysis.indicators) } };
}

/** The analysis, and its payload's network and report. */
function analysed(
  input: AnalysisInput,
  options: AnalysisOptions,
  progress?: ProgressCallback,
  onEncoded?: (encoded: EncodedGraph) => void,
): { analysis: Analysis; rest: Omit<AnalysisPayload, 'indicators'> } {
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
  return { analysis, rest: { network, report } };
}
