/**
 * The page's side of the duplicates worker (src/workers/duplicates.worker.ts):
 * one job at a time with progress; cancel terminates the worker and the next
 * job starts a fresh one. A worker of its own rather than a request to the
 * analysis worker, so finding duplicates never throws away the analysed
 * network that worker keeps for projections. Long-lived, so it has `kill()`.
 */
import type { AnalysisInput } from '../core/analysis/analyze';
import type { AnalysisOptions } from '../core/analysis/options';
import type { DuplicatesPayload, DuplicatesResponse } from '../workers/duplicates-protocol';
import type { JobOutcome, ProgressListener } from './analysis-client';

type Pending = { jobId: number; resolve: (outcome: JobOutcome<DuplicatesPayload>) => void; onProgress?: ProgressListener };

export class DuplicatesClient {
  private worker: Worker | null = null;
  private jobId = 0;
  private pending: Pending | null = null;

  private spawn(): Worker {
    const worker = new Worker(new URL('../workers/duplicates.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<DuplicatesResponse>) => this.receive(event.data));
    worker.addEventListener('error', (event) => this.settle({ status: 'failed', message: event.message || 'the duplicates worker stopped' }));
    return worker;
  }

  private receive(message: DuplicatesResponse): void {
    const pending = this.pending;
    if (!pending || message.jobId !== pending.jobId) return;
    if (message.type === 'progress') pending.onProgress?.(message.stage, message.fraction);
    else if (message.type === 'found') this.settle({ status: 'done', payload: message.payload });
    else if (message.type === 'fatal') this.settle({ status: 'fatal', file: message.file, code: message.code, message: message.message });
    else this.settle({ status: 'failed', message: message.message });
  }

  /** Lists the possible duplicates of `input` scoring at least `threshold`; a running job is cancelled first. */
  find(input: AnalysisInput, options: AnalysisOptions, threshold: number, onProgress?: ProgressListener): Promise<JobOutcome<DuplicatesPayload>> {
    this.cancel();
    const worker = (this.worker ??= this.spawn());
    const jobId = ++this.jobId;
    const { edgeMapping, nodeMapping, defaultTypes } = options;
    return new Promise((resolve) => {
      this.pending = { jobId, resolve, ...(onProgress ? { onProgress } : {}) };
      worker.postMessage({
        type: 'duplicates',
        jobId,
        input,
        options: { ...(edgeMapping ? { edgeMapping } : {}), ...(nodeMapping ? { nodeMapping } : {}), ...(defaultTypes ? { defaultTypes } : {}) },
        threshold,
      });
    });
  }

  /** Stops the running job, if any: its promise resolves as cancelled. */
  cancel(): void {
    if (!this.pending) return;
    this.worker?.terminate();
    this.worker = null;
    this.settle({ status: 'cancelled' });
  }

  private settle(outcome: JobOutcome<DuplicatesPayload>): void {
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
