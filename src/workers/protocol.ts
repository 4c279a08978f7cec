/**
 * The typed messages between the page and the analysis worker. Every request
 * carries a job id and every answer names the job it belongs to, so the page
 * ignores answers to a job it abandoned. Cancelling a job terminates the
 * worker (a synchronous computation cannot read messages while it runs) and
 * the page starts a fresh one.
 *
 * Per-node measures, positions and the graph's topology and attribute ids
 * travel as typed arrays in the transfer list (moved, not copied); strings
 * are dictionary-encoded (core/graph/codec), never a tree of small objects.
 */
import type { AnalysisInput } from '../core/analysis/analyze';
import type { AnalysisOptions, ProjectionRequest } from '../core/analysis/options';
import type { GraphStats, Report } from '../core/analysis/report';
import { encodedBuffers, type EncodedGraph } from '../core/graph/codec';
import type { NodeIndicators } from '../core/graph/indicators';
import type { ProjectionTooLarge } from '../core/graph/projection';
import type { ParameterValues } from '../core/metrics/descriptor';
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

/** The report without its per-node parts (those are in `network`). */
export type ReportSummary = Omit<Report, 'nodes' | 'projection' | 'indicators'>;

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

export type WorkerRequest =
  | { type: 'analyze'; jobId: number; input: AnalysisInput; options: AnalysisOptions }
  /** Projects the last analysed network (the worker keeps it). */
  | { type: 'project'; jobId: number; request: ProjectionRequest };

export type WorkerResponse =
  | { type: 'progress'; jobId: number; stage: string; fraction: number }
  | { type: 'analyzed'; jobId: number; payload: AnalysisPayload }
  | { type: 'projected'; jobId: number; payload: ProjectionPayload }
  /** A file could not be used at all: the message says why and what was expected. */
  | { type: 'fatal'; jobId: number; file: string; code: string; message: string }
  /** The request could not be done: the message is shown as is. */
  | { type: 'failed'; jobId: number; message: string }
  /** A projection too large to compute (core `ProjectionTooLargeError`): the page offers to leave its hubs out. */
  | { type: 'failed'; jobId: number; message: string; reason: 'projection-too-large'; projection: ProjectionTooLarge };

/** The typed arrays of a payload, for the transfer list. */
export function transferablesOf(payload: GraphPayload): ArrayBuffer[] {
  return [...Object.values(payload.measures), payload.positions].map((a) => a.buffer as ArrayBuffer).concat(encodedBuffers(payload.graph));
}
