/**
 * The page's side of the analysis worker: one job at a time, progress
 * callbacks, and cancel by terminating the worker (a fresh one starts for the
 * next job). Long-lived, so it has `kill()`.
 */
import type { AnalysisInput } from '../core/analysis/analyze';
import type { AnalysisOptions } from '../core/analysis/options';
import type { Report } from '../core/analysis/report';
import type { WorkerRequest, WorkerResponse } from '../workers/protocol';

export type JobOutcome =
  | { status: 'done'; report: Report }
  | { status: 'fatal'; file: string; code: string; message: string }
  | { status: 'failed'; message: string }
  | { status: 'cancelled' };

export class AnalysisClient {
  private worker: Worker | null = null;
  private jobId = 0;
  private pending: ((outcome: JobOutcome) => void) | null = null;

  private spawn(): Worker {
    const worker = new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('error', (event) => this.settle({ status: 'failed', message: event.message || 'the analysis worker failed to start' }));
    return worker;
  }

  /** Runs one analysis; a running one is cancelled first. */
  run(input: AnalysisInput, options: AnalysisOptions, onProgress?: (stage: string, fraction: number) => void): Promise<JobOutcome> {
    this.cancel();
    const worker = (this.worker ??= this.spawn());
    const jobId = ++this.jobId;
    return new Promise<JobOutcome>((resolve) => {
      this.pending = resolve;
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const message = event.data;
        if (message.jobId !== jobId) return;
        if (message.type === 'progress') onProgress?.(message.stage, message.fraction);
        else if (message.type === 'done') this.settle({ status: 'done', report: message.report });
        else if (message.type === 'fatal') this.settle({ status: 'fatal', file: message.file, code: message.code, message: message.message });
        else this.settle({ status: 'failed', message: message.message });
      };
      const request: WorkerRequest = { type: 'analyze', jobId, input, options };
      worker.postMessage(request);
    });
  }

  /** Stops the running job, if any: its promise resolves as cancelled. */
  cancel(): void {
    if (!this.pending) return;
    this.worker?.terminate();
    this.worker = null;
    this.settle({ status: 'cancelled' });
  }

  private settle(outcome: JobOutcome): void {
    const resolve = this.pending;
    this.pending = null;
    resolve?.(outcome);
  }

  kill(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }
}
