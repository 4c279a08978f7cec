/**
 * The analysis worker: turns `analyze` requests into calls to the core and
 * posts progress and the result back. No logic of its own.
 */
import { analyze } from '../core/analysis/analyze';
import { buildReport } from '../core/analysis/report';
import { FatalInputError } from '../core/csv/types';
import type { WorkerRequest, WorkerResponse } from './protocol';

const post = (message: WorkerResponse) => postMessage(message);

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { jobId, input, options } = event.data;
  let lastPost = 0;
  try {
    const analysis = analyze(input, options, (stage, fraction) => {
      const now = performance.now();
      if (fraction === 0 || now - lastPost > 50) {
        lastPost = now;
        post({ type: 'progress', jobId, stage, fraction });
      }
    });
    post({ type: 'done', jobId, report: buildReport(analysis) });
  } catch (error) {
    if (error instanceof FatalInputError) post({ type: 'fatal', jobId, file: error.file, code: error.code, message: error.message });
    else post({ type: 'failed', jobId, message: error instanceof Error ? error.message : String(error) });
  }
});
