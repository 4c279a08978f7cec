/**
 * The analysis worker: turns requests into calls to the core and posts
 * progress and results back. It keeps the last analysis so projections of it
 * can be asked for later without sending the files again.
 */
import type { Analysis } from '../core/analysis/analyze';
import { analyzeGraph } from '../core/analysis/analyze-graph';
import { FatalInputError } from '../core/csv/types';
import { DEFAULT_VIA, projectGraph, ProjectionTooLargeError } from '../core/graph/projection';
import { analysisPayload, graphPayload } from './payload';
import { transferablesOf, type WorkerRequest, type WorkerResponse } from './protocol';

let last: Analysis | null = null;

function post(message: WorkerResponse, transfer: ArrayBuffer[] = []): void {
  postMessage(message, { transfer });
}

function progressPoster(jobId: number) {
  let lastPost = 0;
  return (stage: string, fraction: number) => {
    const now = performance.now();
    if (fraction === 0 || fraction === 1 || now - lastPost > 50) {
      lastPost = now;
      post({ type: 'progress', jobId, stage, fraction });
    }
  };
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const { jobId } = request;
  try {
    if (request.type === 'analyze') {
      const progress = progressPoster(jobId);
      const { analysis, payload } = analysisPayload(request.input, request.options, progress);
      last = analysis;
      post({ type: 'analyzed', jobId, payload }, transferablesOf(payload.network));
    } else {
      if (!last) throw new Error('no analysed network to project: load a dataset first');
      const { keep, weighting = 'count', maxViaMembers } = request.request;
      const via = request.request.via ?? [...(DEFAULT_VIA.get(keep) ?? [])];
      const progress = progressPoster(jobId);
      progress(`Projecting onto ${keep} nodes`, 0);
      const { graph, skipped } = projectGraph(last.graph, { keep, via, weighting, ...(maxViaMembers !== undefined ? { maxViaMembers } : {}) });
      const analysis = analyzeGraph(graph, last.options, progress);
      const result = graphPayload(graph, analysis, last.options.seed, progress);
      post(
        {
          type: 'projected',
          jobId,
          payload: { request: { keep, via, weighting, ...(maxViaMembers !== undefined ? { maxViaMembers } : {}) }, result, skipped },
        },
        transferablesOf(result),
      );
    }
  } catch (error) {
    if (error instanceof FatalInputError) post({ type: 'fatal', jobId, file: error.file, code: error.code, message: error.message });
    else if (error instanceof ProjectionTooLargeError)
      post({ type: 'failed', jobId, message: error.message, reason: 'projection-too-large', projection: error.details });
    else post({ type: 'failed', jobId, message: error instanceof Error ? error.message : String(error) });
  }
});
