/**
 * The network restricted to a time window, and its measures: what the
 * timeline's "Recompute measures for 2016–2021" asks the worker for, and
 * what its tests compute in Node. Every node is kept, in graph order (a node
 * whose links all lie outside the window keeps its place with degree 0), so
 * the window's measure arrays line up with the network's keys and the page
 * can show them in place of the all-years ones. Links are those active in
 * the window (core/time/activity.ts), and the undated ones when asked.
 */
import { analyzeGraph, type GraphAnalysis, type ProgressCallback } from '../analysis/analyze-graph';
import { firmBrokerage } from '../analysis/analyze';
import type { AnalysisOptions } from '../analysis/options';
import { computeIndicators, type NodeIndicators } from '../graph/indicators';
import type { AtlasGraph } from '../graph/types';
import { linkSpan, spanActiveIn, type TimeWindow } from './activity';

/** A time window and what it does with undated links (as the filters' `keepUndated`). */
export interface WindowRequest extends TimeWindow {
  keepUndated: boolean;
}

/** The sub-graph of `graph` with every node and the links active in the window (and the undated ones with `keepUndated`). */
export function windowGraph(graph: AtlasGraph, request: WindowRequest): AtlasGraph {
  const sub = graph.emptyCopy();
  graph.forEachEdge((edge, attr, source, target) => {
    const span = linkSpan(attr);
    if (span.start === null ? request.keepUndated : spanActiveIn(span, request)) sub.addEdgeWithKey(edge, source, target, attr);
  });
  return sub;
}

/** The measures and co-production indicators of the network in one window. */
export interface WindowAnalysis {
  graph: AtlasGraph;
  analysis: GraphAnalysis;
  indicators: Map<string, NodeIndicators>;
}

/**
 * Runs the same measures ({@link analyzeGraph}, same options and seed) and
 * indicators as the whole analysis on the window's sub-graph.
 */
export function analyzeWindow(graph: AtlasGraph, request: WindowRequest, options: AnalysisOptions, progress?: ProgressCallback): WindowAnalysis {
  progress?.(`Restricting to ${describeWindow(request)}`, 0);
  const sub = windowGraph(graph, request);
  const analysis = analyzeGraph(sub, options, progress);
  progress?.('Co-production indicators', 0);
  const indicators = computeIndicators(sub, firmBrokerage(sub));
  return { graph: sub, analysis, indicators };
}

/** `2016–2021`, or `2018` for a single year. */
export function describeWindow(period: TimeWindow): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}
