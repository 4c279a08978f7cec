/**
 * The analysis worker: turns requests into calls to the core and posts
 * progress and results back. It owns no data: the page does
 * (ui/state/dataset.ts). It keeps the graphs it analysed, projected or was
 * sent, by the ids the page gave them, as a cache of a few graphs, so a
 * projection or a change of community method needs no files and no
 * re-analysis (a time window's measures are computed on the held network
 * too); a request naming a graph it lacks (a fresh worker after
 * Cancel) is answered `missing` and the page sends that graph's encoding.
 * The analysed network is held in the builder's columns, its graphology
 * graph made on the first request that needs it: a load the user only looks
 * at never makes it (seconds and hundreds of MB at 500k links).
 */
import { communityMethodName } from '../core/communities/methods';
import { runCommunityMethod } from '../core/communities/run-method';
import { analyzeGraph } from '../core/analysis/analyze-graph';
import { graphStats } from '../core/analysis/report';
import { analyzeWindow } from '../core/time/window-graph';
import { FatalInputError } from '../core/csv/types';
import { decodeGraph, encodedBuffers } from '../core/graph/codec';
import { encodeIndicators } from '../core/graph/indicators-codec';
import type { GraphColumns } from '../core/graph/columns';
import { DEFAULT_VIA, projectGraph, ProjectionTooLargeError } from '../core/graph/projection';
import type { AtlasGraph } from '../core/graph/types';
import { analysisAnswer, graphPayload } from './payload';
import { answerTransferables, transferablesOf, type GraphRef, type WorkerRequest, type WorkerResponse } from './protocol';

/** Graphs kept: the network and its three projections. */
const HELD_GRAPHS = 4;
/** The graphs held, least recently used first: graphology's, or the columns it is made from when first needed. */
const held = new Map<number, AtlasGraph | GraphColumns>();

function hold(id: number, graph: AtlasGraph | GraphColumns): void {
  held.delete(id);
  held.set(id, graph);
  while (held.size > HELD_GRAPHS) held.delete(held.keys().next().value!);
}

/** The graph `ref` names: the one held (made from its columns now, once), or its encoding decoded (and then held); null when neither. */
function graphOf(ref: GraphRef): AtlasGraph | null {
  const kept = held.get(ref.id);
  const graph = kept ? ('toGraph' in kept ? kept.toGraph() : kept) : ref.encoded ? decodeGraph(ref.encoded) : null;
  if (graph) hold(ref.id, graph);
  return graph;
}

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

function serve(request: WorkerRequest): void {
  const { jobId } = request;
  const progress = progressPoster(jobId);
  if (request.type === 'analyze') {
    // The graph goes ahead as soon as it is built: the page rebuilds it while the measures run here.
    const { analysis, answer } = analysisAnswer(request.input, request.options, progress, (graph) =>
      post({ type: 'graph', jobId, graph }, encodedBuffers(graph)),
    );
    hold(request.keep, analysis.columns);
    const { graph: _sent, ...network } = answer.network;
    const rest = { ...answer, network };
    post({ type: 'analyzed', jobId, payload: rest }, answerTransferables(rest));
    return;
  }
  if (request.type === 'communities') {
    const graph = graphOf(request.graph);
    if (!graph) return void post({ type: 'missing', jobId, graph: request.graph.id });
    const stage = `Finding communities (${communityMethodName(request.options.communities)})`;
    progress(stage, 0);
    const step = runCommunityMethod(graph, request.options, (f) => progress(stage, f));
    post({ type: 'communities', jobId, payload: step }, [step.community.buffer as ArrayBuffer]);
    return;
  }
  if (request.type === 'window') {
    const network = graphOf(request.network);
    if (!network) return void post({ type: 'missing', jobId, graph: request.network.id });
    const { graph, analysis, indicators } = analyzeWindow(network, request.request, request.options, progress);
    const { keys, measures, params, notes } = analysis;
    const payload = {
      window: request.request,
      keys,
      measures,
      stats: graphStats(graph, analysis),
      params,
      notes,
      indicators: encodeIndicators(indicators, keys),
    };
    post({ type: 'windowed', jobId, payload }, answerTransferables(payload));
    return;
  }
  const network = graphOf(request.network);
  if (!network) return void post({ type: 'missing', jobId, graph: request.network.id });
  const { keep, weighting = 'count', maxViaMembers } = request.request;
  const via = request.request.via ?? [...(DEFAULT_VIA.get(keep) ?? [])];
  progress(`Projecting onto ${keep} nodes`, 0);
  const { graph, skipped } = projectGraph(network, { keep, via, weighting, ...(maxViaMembers !== undefined ? { maxViaMembers } : {}) });
  const analysis = analyzeGraph(graph, request.options, progress);
  const result = graphPayload(graph, analysis, request.options.seed, progress);
  hold(request.keep, graph);
  post(
    { type: 'projected', jobId, payload: { request: { keep, via, weighting, ...(maxViaMembers !== undefined ? { maxViaMembers } : {}) }, result, skipped } },
    transferablesOf(result),
  );
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    serve(request);
  } catch (error) {
    const { jobId } = request;
    if (error instanceof FatalInputError) post({ type: 'fatal', jobId, file: error.file, code: error.code, message: error.message });
    else if (error instanceof ProjectionTooLargeError)
      post({ type: 'failed', jobId, message: error.message, reason: 'projection-too-large', projection: error.details });
    else post({ type: 'failed', jobId, message: error instanceof Error ? error.message : String(error) });
  }
});
