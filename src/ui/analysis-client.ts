/**
 * The page's side of the analysis worker: one job at a time with progress
 * callbacks; cancel terminates the worker and a fresh one serves the next
 * job. Long-lived, so it has `kill()`.
 *
 * Who owns the data: the page (ui/state/dataset.ts), as each view's
 * encoded graph. This client holds no "loaded data" of its own: every
 * request names the graph it works on, and the client gives each encoded
 * graph an id (the worker keeps graphs by these ids, as a cache). When the
 * worker answers `missing` (a fresh worker after Cancel, data that came
 * precomputed or from a snapshot), the same request is sent again with the
 * graph's encoding: the worker decodes it instead of re-reading and
 * re-analysing files. `counts` says how many jobs of each kind were sent
 * (the tests check that no analysis is hidden behind a projection).
 *
 * The worker sends an analysis's and a time window's indicators as columns
 * (core/graph/indicators-codec.ts); the client makes the page's record of
 * them in slices of about 40 ms (ui/pacing.ts), so 100,000 records never
 * hold the page's thread in one task, and hands on the page's form.
 */
import type { AnalysisInput } from '../core/analysis/analyze';
import type { AnalysisOptions, ProjectionRequest } from '../core/analysis/options';
import type { CommunityStep } from '../core/communities/run-method';
import type { EncodedGraph } from '../core/graph/codec';
import { decodeIndicatorsPaced, type EncodedIndicators } from '../core/graph/indicators-codec';
import type { ProjectionTooLarge } from '../core/graph/projection';
import type { WindowRequest } from '../core/time/window-graph';
import type {
  AnalysisAnswer,
  AnalysisPayload,
  GraphRef,
  ProjectionPayload,
  WindowAnswer,
  WindowPayload,
  WorkerRequest,
  WorkerResponse,
} from '../workers/protocol';
import { takeAnalysisWorker } from './analysis-worker';
import { createPacing, PacingStopped } from './pacing';

export type JobOutcome<T> =
  | { status: 'done'; payload: T }
  | { status: 'fatal'; file: string; code: string; message: string }
  | { status: 'failed'; message: string /** Set when a projection was refused as too large (it names the hubs). */; tooLarge?: ProjectionTooLarge }
  | { status: 'cancelled' };

export type ProgressListener = (stage: string, fraction: number) => void;

/** A worker's answer that settles a job: a result, or the id of a graph it lacks. */
type Settled = JobOutcome<unknown> | { status: 'missing'; graph: number };

/** Called with an analysis's network encoding as soon as the worker sends it, before the measures are done. */
export type GraphListener = (encoded: EncodedGraph) => void;

type Pending = {
  jobId: number;
  resolve: (outcome: Settled) => void;
  onProgress?: ProgressListener;
  onGraph?: GraphListener;
  /** The network's encoding of an `analyze` job, sent ahead of the rest. */
  graph?: EncodedGraph;
};

/** How many requests of each kind were sent, and how many graphs went to the worker as encodings. */
export interface JobCounts {
  analyses: number;
  projections: number;
  communities: number;
  windows: number;
  graphsSent: number;
}

export class AnalysisClient {
  private worker: Worker | null = null;
  private jobId = 0;
  private pending: Pending | null = null;
  /** The id of each encoded graph the page holds (the worker's name for it). */
  private readonly ids = new WeakMap<EncodedGraph, number>();
  private nextGraphId = 0;
  private killed = false;
  /** Counts {@link cancel} calls: a decode of an answer stops when it changes (a Cancel, or a newer job, which cancels first). */
  private cancels = 0;
  readonly counts: JobCounts = { analyses: 0, projections: 0, communities: 0, windows: 0, graphsSent: 0 };

  private spawn(): Worker {
    const worker = takeAnalysisWorker();
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.receive(event.data));
    worker.addEventListener('error', (event) => this.settle({ status: 'failed', message: event.message || 'the analysis worker stopped' }));
    return worker;
  }

  private receive(message: WorkerResponse): void {
    const pending = this.pending;
    if (!pending || message.jobId !== pending.jobId) return;
    switch (message.type) {
      case 'progress':
        pending.onProgress?.(message.stage, message.fraction);
        return;
      case 'graph':
        pending.graph = message.graph;
        pending.onGraph?.(message.graph);
        return;
      case 'analyzed': {
        const { graph } = pending;
        if (graph) this.settle({ status: 'done', payload: { ...message.payload, network: { ...message.payload.network, graph } } });
        else this.settle({ status: 'failed', message: 'the analysis worker sent its results without the graph' });
        return;
      }
      case 'projected':
      case 'communities':
      case 'windowed':
        this.settle({ status: 'done', payload: message.payload });
        return;
      case 'missing':
        this.settle({ status: 'missing', graph: message.graph });
        return;
      case 'fatal':
        this.settle({ status: 'fatal', file: message.file, code: message.code, message: message.message });
        return;
      case 'failed':
        this.settle({ status: 'failed', message: message.message, ...('reason' in message ? { tooLarge: message.projection } : {}) });
    }
  }

  private send(request: WorkerRequest, onProgress?: ProgressListener, onGraph?: GraphListener): Promise<Settled> {
    const worker = (this.worker ??= this.spawn());
    return new Promise<Settled>((resolve) => {
      this.pending = { jobId: request.jobId, resolve, ...(onProgress ? { onProgress } : {}), ...(onGraph ? { onGraph } : {}) };
      worker.postMessage(request);
    });
  }

  /** The worker's id of an encoded graph the page holds (given on first use). */
  private idOf(encoded: EncodedGraph): number {
    let id = this.ids.get(encoded);
    if (id === undefined) this.ids.set(encoded, (id = ++this.nextGraphId));
    return id;
  }

  /**
   * Sends the request `make` builds for the graphs named; if the worker lacks
   * one, sends it again with that graph's encoding (copied: the page keeps it).
   */
  private async withGraphs<T>(make: (ref: (e: EncodedGraph) => GraphRef) => WorkerRequest, onProgress?: ProgressListener): Promise<JobOutcome<T>> {
    this.cancel();
    const attach = new Set<number>();
    for (;;) {
      const request = make((encoded) => {
        const id = this.idOf(encoded);
        if (!attach.has(id)) return { id };
        this.counts.graphsSent++;
        return { id, encoded };
      });
      const outcome = await this.send(request, onProgress);
      if (outcome.status !== 'missing') return outcome as JobOutcome<T>;
      // A graph is sent at most once per request: a second `missing` for it is a worker fault.
      if (attach.has(outcome.graph)) return { status: 'failed', message: 'the analysis worker could not read the graph it was sent' };
      attach.add(outcome.graph);
    }
  }

  /**
   * Reads, validates and analyses files; a running job is cancelled first. The worker keeps the network (as the payload's graph).
   * `onGraph` gets the network's encoding as soon as the graph is built, while the measures still run (the payload's `network.graph`
   * is that same object).
   */
  async analyze(input: AnalysisInput, options: AnalysisOptions, onProgress?: ProgressListener, onGraph?: GraphListener): Promise<JobOutcome<AnalysisPayload>> {
    this.cancel();
    const keep = ++this.nextGraphId;
    this.counts.analyses++;
    const jobId = ++this.jobId;
    const outcome = (await this.send({ type: 'analyze', jobId, input, options, keep }, onProgress, onGraph)) as JobOutcome<AnalysisAnswer>;
    if (outcome.status !== 'done') return outcome;
    this.ids.set(outcome.payload.network.graph, keep);
    return this.withRecords(jobId, outcome.payload, outcome.payload.network.keys);
  }

  /**
   * `answer` with its indicators decoded into the page's record, in slices; cancelled when the job is cancelled, a newer
   * job is sent or the client is killed meanwhile (the worker has answered: the decode is the job's last step).
   */
  private async withRecords<T extends { indicators: EncodedIndicators }>(
    jobId: number,
    answer: T,
    keys: readonly string[],
  ): Promise<JobOutcome<Omit<T, 'indicators'> & { indicators: AnalysisPayload['indicators'] }>> {
    const cancels = this.cancels;
    const pacing = createPacing(undefined, () => this.killed || this.cancels !== cancels || this.jobId !== jobId);
    try {
      return { status: 'done', payload: { ...answer, indicators: await decodeIndicatorsPaced(answer.indicators, keys, pacing) } };
    } catch (error) {
      if (error instanceof PacingStopped) return { status: 'cancelled' };
      throw error;
    }
  }

  /** Projects the network `network` (a dataset's encoded network) onto one node type and analyses it with `options`. */
  async project(
    network: EncodedGraph,
    options: AnalysisOptions,
    request: ProjectionRequest,
    onProgress?: ProgressListener,
  ): Promise<JobOutcome<ProjectionPayload>> {
    const keep = ++this.nextGraphId;
    this.counts.projections++;
    const outcome = await this.withGraphs<ProjectionPayload>(
      (ref) => ({ type: 'project', jobId: ++this.jobId, network: ref(network), options, request, keep }),
      onProgress,
    );
    if (outcome.status === 'done') this.ids.set(outcome.payload.result.graph, keep);
    return outcome;
  }

  /** Runs only the community step (`options.communities`) on `graph` (a view's encoded graph). */
  communities(graph: EncodedGraph, options: AnalysisOptions, onProgress?: ProgressListener): Promise<JobOutcome<CommunityStep>> {
    this.counts.communities++;
    return this.withGraphs<CommunityStep>((ref) => ({ type: 'communities', jobId: ++this.jobId, graph: ref(graph), options }), onProgress);
  }

  /** Analyses `network` (a dataset's encoded network) restricted to the links active in a time window, with `options` (the timeline's Recompute). */
  async measureWindow(
    network: EncodedGraph,
    options: AnalysisOptions,
    request: WindowRequest,
    onProgress?: ProgressListener,
  ): Promise<JobOutcome<WindowPayload>> {
    this.counts.windows++;
    let jobId = 0;
    const outcome = await this.withGraphs<WindowAnswer>(
      (ref) => ({ type: 'window', jobId: (jobId = ++this.jobId), network: ref(network), options, request }),
      onProgress,
    );
    return outcome.status === 'done' ? this.withRecords(jobId, outcome.payload, outcome.payload.keys) : outcome;
  }

  /** True while a job runs. */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** Stops the running job, if any: its promise resolves as cancelled (at the next pause of its answer's decode, if it is there). */
  cancel(): void {
    this.cancels++;
    if (!this.pending) return;
    this.worker?.terminate();
    this.worker = null;
    this.settle({ status: 'cancelled' });
  }

  private settle(outcome: Settled): void {
    const pending = this.pending;
    this.pending = null;
    pending?.resolve(outcome);
  }

  kill(): void {
    this.killed = true;
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }
}
