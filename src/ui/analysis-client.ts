/**
 * The page's side of the analysis worker: one job at a time with progress
 * callbacks; cancel terminates the worker and a fresh one serves the next
 * job (the last analysis is then sent again before a projection). Long-lived,
 * so it has `kill()`.
 */
import type { AnalysisInput } from '../core/analysis/analyze';
import type { AnalysisOptions, ProjectionRequest } from '../core/analysis/options';
import type { ProjectionTooLarge } from '../core/graph/projection';
import type { AnalysisPayload, ProjectionPayload, WorkerRequest, WorkerResponse } from '../workers/protocol';
import { takeAnalysisWorker } from './analysis-worker';

export type JobOutcome<T> =
  | { status: 'done'; payload: T }
  | { status: 'fatal'; file: string; code: string; message: string }
  | { status: 'failed'; message: string /** Set when a projection was refused as too large (it names the hubs). */; tooLarge?: ProjectionTooLarge }
  | { status: 'cancelled' };

export type ProgressListener = (stage: string, fraction: number) => void;

type Pending = { jobId: number; resolve: (outcome: JobOutcome<unknown>) => void; onProgress?: ProgressListener };

export class AnalysisClient {
  private worker: Worker | null = null;
  private jobId = 0;
  private pending: Pending | null = null;
  /** What the current worker holds, so a restarted worker can be brought back to it. */
  private loaded: { input: AnalysisInput; options: AnalysisOptions } | null = null;
  private workerHasLoaded = false;

  private spawn(): Worker {
    const worker = takeAnalysisWorker();
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.receive(event.data));
    worker.addEventListener('error', (event) => this.settle({ status: 'failed', message: event.message || 'the analysis worker stopped' }));
    this.workerHasLoaded = false;
    return worker;
  }

  private receive(message: WorkerResponse): void {
    const pending = this.pending;
    if (!pending || message.jobId !== pending.jobId) return;
    switch (message.type) {
      case 'progress':
        pending.onProgress?.(message.stage, message.fraction);
        return;
      case 'analyzed':
      case 'projected':
        this.settle({ status: 'done', payload: message.payload });
        return;
      case 'fatal':
        this.settle({ status: 'fatal', file: message.file, code: message.code, message: message.message });
        return;
      case 'failed':
        this.settle({ status: 'failed', message: message.message, ...('reason' in message ? { tooLarge: message.projection } : {}) });
    }
  }

  private send<T>(request: WorkerRequest, onProgress?: ProgressListener): Promise<JobOutcome<T>> {
    const worker = (this.worker ??= this.spawn());
    return new Promise<JobOutcome<T>>((resolve) => {
      this.pending = { jobId: request.jobId, resolve: resolve as Pending['resolve'], ...(onProgress ? { onProgress } : {}) };
      worker.postMessage(request);
    });
  }

  /** Reads, validates and analyses files; a running job is cancelled first. */
  async analyze(input: AnalysisInput, options: AnalysisOptions, onProgress?: ProgressListener): Promise<JobOutcome<AnalysisPayload>> {
    this.cancel();
    const outcome = await this.send<AnalysisPayload>({ type: 'analyze', jobId: ++this.jobId, input, options }, onProgress);
    if (outcome.status === 'done') {
      this.loaded = { input, options };
      this.workerHasLoaded = true;
    }
    return outcome;
  }

  /**
   * Takes `input` as the loaded data without analysing it here (its payload
   * was computed ahead): the worker reads it before the first projection.
   */
  adopt(input: AnalysisInput, options: AnalysisOptions): void {
    this.cancel();
    this.loaded = { input, options };
    this.workerHasLoaded = false;
  }

  /** Makes `input` the loaded data unless it already is (same objects): the worker then reads it again before the next projection. */
  ensureLoaded(input: AnalysisInput, options: AnalysisOptions): void {
    if (this.loaded?.input === input && this.loaded.options === options) return;
    if (this.busy) this.cancel();
    this.loaded = { input, options };
    this.workerHasLoaded = false;
  }

  /** Projects the last analysed network onto one node type. */
  async project(request: ProjectionRequest, onProgress?: ProgressListener): Promise<JobOutcome<ProjectionPayload>> {
    this.cancel();
    if (!this.loaded) return { status: 'failed', message: 'load a dataset first' };
    if (!this.workerHasLoaded) {
      // The worker was restarted (after a cancel): bring it back to the loaded data first.
      const again = await this.send<AnalysisPayload>({ type: 'analyze', jobId: ++this.jobId, ...this.loaded }, onProgress);
      if (again.status !== 'done') return again as JobOutcome<ProjectionPayload>;
      this.workerHasLoaded = true;
    }
    return this.send<ProjectionPayload>({ type: 'project', jobId: ++this.jobId, request }, onProgress);
  }

  /** True while a job runs. */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** Stops the running job, if any: its promise resolves as cancelled. */
  cancel(): void {
    if (!this.pending) return;
    this.worker?.terminate();
    this.worker = null;
    this.workerHasLoaded = false;
    this.settle({ status: 'cancelled' });
  }

  private settle(outcome: JobOutcome<unknown>): void {
    const pending = this.pending;
    this.pending = null;
    pending?.resolve(outcome);
  }

  kill(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }
}
