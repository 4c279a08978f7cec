/**
 * The analysis worker: turns requests into calls to the core and posts
 * progress and results back. It keeps the last analysis so projections of it
 * can be asked for later without sending the files again.
 */
import { analyze, type Analysis } from '../core/analysis/analyze';
import { analyzeGraph } from '../core/analysis/analyze-graph';
import { buildReport, graphStats } from '../core/analysis/report';
import { FatalInputError } from '../core/csv/types';
import { encodeGraph } from '../core/graph/codec';
import { DEFAULT_VIA, projectGraph } from '../core/graph/projection';
import { communitySeedPositions, computeForceLayout } from '../core/layout';
import type { AtlasGraph } from '../core/graph/types';
import type { GraphAnalysis } from '../core/analysis/analyze-graph';
import { transferablesOf, type GraphPayload, type WorkerRequest, type WorkerResponse } from './protocol';

let last: Analysis | null = null;

function post(message: WorkerResponse, transfer: ArrayBuffer[] = []): void {
  postMessage(message, { transfer });
}

/** The first picture: communities as discs, then a fixed number of ForceAtlas2 iterations. */
function firstLayout(graph: AtlasGraph, analysis: GraphAnalysis, seed: number, progress: (stage: string, f: number) => void): Float64Array {
  progress('Laying out the map', 0);
  const { community, degree } = analysis.measures;
  const start = community && degree ? communitySeedPositions(graph, community, degree, seed) : undefined;
  return computeForceLayout(graph, { seed, ...(start ? { start } : {}) });
}

function payloadOf(graph: AtlasGraph, analysis: GraphAnalysis, positions: Float64Array): GraphPayload {
  return {
    graph: encodeGraph(graph),
    keys: analysis.keys,
    measures: analysis.measures,
    positions,
    stats: graphStats(graph, analysis),
    params: analysis.params,
    notes: analysis.notes,
  };
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
      last = analyze(request.input, request.options, progress);
      const { nodes: _nodes, projection: _projection, indicators, ...report } = buildReport(last);
      const network = payloadOf(last.graph, last.network, firstLayout(last.graph, last.network, last.options.seed, progress));
      post({ type: 'analyzed', jobId, payload: { network, report, indicators } }, transferablesOf(network));
    } else {
      if (!last) throw new Error('no analysed network to project: load a dataset first');
      const { keep, weighting = 'count', maxViaMembers } = request.request;
      const via = request.request.via ?? [...(DEFAULT_VIA[keep] ?? [])];
      const progress = progressPoster(jobId);
      progress(`Projecting onto ${keep} nodes`, 0);
      const { graph, skipped } = projectGraph(last.graph, { keep, via, weighting, ...(maxViaMembers !== undefined ? { maxViaMembers } : {}) });
      const analysis = analyzeGraph(graph, last.options, progress);
      const result = payloadOf(graph, analysis, firstLayout(graph, analysis, last.options.seed, progress));
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
    else post({ type: 'failed', jobId, message: error instanceof Error ? error.message : String(error) });
  }
});
