/**
 * The typed messages between the page and the analysis worker. Every request
 * carries a job id and every answer names the job it belongs to, so the page
 * ignores answers to a job it abandoned. Cancelling a job terminates the
 * worker (a synchronous computation cannot read messages while it runs) and
 * the page starts a fresh one.
 *
 * Per-node measures, positions, the graph's topology and attribute ids and
 * the indicators travel as typed arrays in the transfer list (moved, not
 * copied); strings are dictionary-encoded (core/graph/codec,
 * core/graph/indicators-codec), never a tree of small objects. The page's
 * client turns the indicators' columns into the page's record in slices.
 *
 * The page owns the data (ui/state/dataset.ts): every request on a graph
 * names it by a {@link GraphRef}, and carries its encoding when the worker
 * may not hold it (a fresh worker after Cancel, a snapshot, the embedded
 * default); the worker keeps the graphs it was given or made as a cache and
 * answers `missing` when it lacks one, so nothing is ever re-read or
 * re-analysed behind the user's back.
 */
import type { AnalysisInput } from '../core/analysis/analyze';
import type { AnalysisOptions, ProjectionRequest } from '../core/analysis/options';
import type { GraphStats, ReportSummary } from '../core/analysis/report';
import { encodedBuffers, type EncodedGraph } from '../core/graph/codec';
import type { NodeIndicators } from '../core/graph/indicators';
import { indicatorBuffers, type EncodedIndicators } from '../core/graph/indicators-codec';
import type { ProjectionTooLarge } from '../core/graph/projection';
import type { CommunityStep } from '../core/communities/run-method';
import type { ParameterValues } from '../core/metrics/descriptor';
import type { WindowRequest } from '../core/time/window-graph';
import type { Dict } from '../core/util/dict';

/** One analysed graph (the network or a projection) as it crosses to the page. */
export interface GraphPayload {
  /** Columnar typed-array encoding (core/graph/codec): moved, not copied. */
  graph: EncodedGraph;
  /** Node keys in graph order; `measures[x][i]` belongs to `keys[i]`. */
  keys: string[];
  measures: Record<string, Float64Array>;
  /** First layout, [x0, y0, x1, y1, …] aligned with `keys` (deterministic: community start + fixed FA2 iterations). */
  positions: Float64Array;
  stats: GraphStats;
  params: Record<string, ParameterValues>;
  notes: string[];
}

/** The report the page is sent: without its per-node parts. */
export type { ReportSummary };

/** An analysis as the page holds it (and as the build embeds and a snapshot stores it). */
export interface AnalysisPayload {
  network: GraphPayload;
  report: ReportSummary;
  /**
   * By graph key (the page's node keys; `topFirm` is a key too), in a
   * prototype-free record: read with `getOwn` (after a structured clone or
   * JSON it has Object.prototype again).
   */
  indicators: Dict<NodeIndicators>;
}

export interface ProjectionPayload {
  request: Required<Pick<ProjectionRequest, 'keep' | 'via' | 'weighting'>> & { maxViaMembers?: number };
  result: GraphPayload;
  /** Hubs left out, by node id as written. */
  skipped: { id: string; members: number }[];
}

/**
 * The network's measures and indicators with only the links active in a
 * time window (core/time/window-graph.ts): every node kept, so `keys` and
 * the measure arrays line up with the network's.
 */
export interface WindowPayload {
  window: WindowRequest;
  keys: string[];
  measures: Record<string, Float64Array>;
  stats: GraphStats;
  params: Record<string, ParameterValues>;
  notes: string[];
  /** By graph key, prototype-free (read with `getOwn`). */
  indicators: Dict<NodeIndicators>;
}

/**
 * An analysis as the worker answers it: the indicators as columns aligned
 * with `network.keys` (core/graph/indicators-codec.ts), which the page's
 * client decodes into {@link AnalysisPayload}'s record.
 */
export type AnalysisAnswer = Omit<AnalysisPayload, 'indicators'> & { indicators: EncodedIndicators };

/** A time window's measures as the worker answers them: the indicators as columns aligned with `keys`. */
export type WindowAnswer = Omit<WindowPayload, 'indicators'> & { indicators: EncodedIndicators };

/**
 * A graph the page holds, named for the worker by an id the page's client
 * gives it; `encoded` (copied, the page keeps it) when the worker may not
 * hold that graph yet.
 */
export interface GraphRef {
  id: number;
  encoded?: EncodedGraph;
}

export type WorkerRequest =
  /** Reads, validates and analyses files; the worker keeps the network as graph `keep`. */
  | { type: 'analyze'; jobId: number; input: AnalysisInput; options: AnalysisOptions; keep: number }
  /** Projects the network `network` and analyses the projection with `options`; the worker keeps it as graph `keep`. */
  | { type: 'project'; jobId: number; network: GraphRef; options: AnalysisOptions; request: ProjectionRequest; keep: number }
  /** Runs only the community step (`options.communities`) on graph `graph`. */
  | { type: 'communities'; jobId: number; graph: GraphRef; options: AnalysisOptions }
  /** Analyses the network `network` restricted to the links active in a time window, with `options`. */
  | { type: 'window'; jobId: number; network: GraphRef; options: AnalysisOptions; request: WindowRequest };

/** An analysis's answer without the network's encoding, which went ahead in a `graph` message. */
export type AnalyzedRest = Omit<AnalysisAnswer, 'network'> & { network: Omit<GraphPayload, 'graph'> };

export type WorkerResponse =
  | { type: 'progress'; jobId: number; stage: string; fraction: number }
  /**
   * During an `analyze` job: the network's encoding, as soon as the graph is built (its buffers moved), so the page
   * rebuilds the graph while the worker computes the measures; the job's `analyzed` message then carries the rest.
   */
  | { type: 'graph'; jobId: number; graph: EncodedGraph }
  | { type: 'analyzed'; jobId: number; payload: AnalyzedRest }
  | { type: 'projected'; jobId: number; payload: ProjectionPayload }
  | { type: 'communities'; jobId: number; payload: CommunityStep }
  | { type: 'windowed'; jobId: number; payload: WindowAnswer }
  /** The request named a graph the worker does not hold and did not carry it: the page sends it again with its encoding. */
  | { type: 'missing'; jobId: number; graph: number }
  /** A file could not be used at all: the message says why and what was expected. */
  | { type: 'fatal'; jobId: number; file: string; code: string; message: string }
  /** The request could not be done: the message is shown as is. */
  | { type: 'failed'; jobId: number; message: string }
  /** A projection too large to compute (core `ProjectionTooLargeError`): the page offers to leave its hubs out. */
  | { type: 'failed'; jobId: number; message: string; reason: 'projection-too-large'; projection: ProjectionTooLarge };

/** The buffers of a graph payload, for a transfer list (its encoding's too, when it carries one). */
export function transferablesOf(payload: GraphPayload | Omit<GraphPayload, 'graph'>): ArrayBuffer[] {
  const own = [...Object.values(payload.measures), payload.positions].map((a) => a.buffer as ArrayBuffer);
  return 'graph' in payload ? own.concat(encodedBuffers(payload.graph)) : own;
}

/** The buffers of an `analyzed` or `windowed` answer, for a transfer list: its measures', positions' and indicators'. */
export function answerTransferables(answer: AnalyzedRest | WindowAnswer): ArrayBuffer[] {
  const measures = 'network' in answer ? transferablesOf(answer.network) : Object.values(answer.measures).map((a) => a.buffer as ArrayBuffer);
  return measures.concat(indicatorBuffers(answer.indicators));
}
