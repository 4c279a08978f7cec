/**
 * Runs every measure of the registry on one graph, with one set of options:
 * the step the CLI, the worker and the tests share. Exact betweenness gives
 * way to sampled betweenness above a size limit (Brandes–Pich), and every
 * seed parameter receives the run's seed so results reproduce.
 */
import type { AtlasGraph } from '../graph/types';
import type { Csr } from '../metrics/csr';
import { Cancelled, resolveParameters, type ParameterValues } from '../metrics/descriptor';
import { getAlgorithm } from '../metrics/registry';
import type { AnalysisOptions } from './options';

/** Called before each stage with a stage label and the fraction done within it. */
export type ProgressCallback = (stage: string, fraction: number) => void;

export interface GraphAnalysis {
  /** Node keys in graph order; `measures[x][i]` belongs to `keys[i]`. */
  keys: string[];
  measures: Record<string, Float64Array>;
  /** Resolved parameters of every algorithm run, by algorithm id. */
  params: Record<string, ParameterValues>;
  /** Graph-level figures by algorithm id (modularity, iterations, converged…). */
  stats: Record<string, Record<string, number | string | boolean>>;
  /** Notes for the user, each prefixed by the algorithm's label. */
  notes: string[];
}

/** Algorithm ids run by {@link analyzeGraph}, in order; `betweenness` is swapped for the sampled one when asked. */
export const PIPELINE = [
  'degree',
  'components',
  'k-core',
  'clustering',
  'pagerank',
  'eigenvector',
  'closeness',
  'betweenness',
  'louvain',
] as const;

/** Whether the shortest-path measures (betweenness, closeness) run exactly on a graph of `n` nodes. */
export function exactPathMeasures(options: AnalysisOptions, n: number): boolean {
  if (options.betweenness === 'exact') return true;
  if (options.betweenness === 'sampled') return false;
  return n <= options.exactBetweennessMaxNodes;
}

/** Which betweenness descriptor the options select for a graph of `n` nodes. */
export function betweennessAlgorithm(options: AnalysisOptions, n: number): 'betweenness' | 'betweenness-sampled' {
  return exactPathMeasures(options, n) ? 'betweenness' : 'betweenness-sampled';
}

/**
 * Louvain runs when none are asked for: the descriptor's 10 on graphs of up
 * to 20,000 nodes + edges, fewer above (each run costs about as much as the
 * graph is large), at least 1.
 */
export function louvainRuns(graph: { order: number; size: number }): number {
  return Math.max(1, Math.min(10, Math.round(200_000 / Math.max(1, graph.order + graph.size))));
}

/** Computes every measure of the pipeline on `graph`. */
export function analyzeGraph(
  graph: AtlasGraph,
  options: AnalysisOptions,
  progress?: ProgressCallback,
  isCancelled?: () => boolean,
): GraphAnalysis {
  const result: GraphAnalysis = { keys: graph.nodes(), measures: {}, params: {}, stats: {}, notes: [] };
  // One adjacency (CSR) for every measure of this run, weighted and unweighted.
  const csrCache = new Map<string | null, Csr>();
  for (const step of PIPELINE) {
    if (isCancelled?.()) throw new Cancelled();
    const exact = exactPathMeasures(options, graph.order);
    const id = step === 'betweenness' ? betweennessAlgorithm(options, graph.order) : step === 'closeness' && !exact ? 'closeness-sampled' : step;
    const descriptor = getAlgorithm(id);
    const given: Partial<ParameterValues> = { ...options.algorithms[id] };
    if (descriptor.parameters.some((p) => p.id === 'seed') && given.seed === undefined) given.seed = options.seed;
    if (id === 'louvain' && given.runs === undefined) given.runs = Math.min(Number(descriptor.parameters.find((p) => p.id === 'runs')?.default ?? 10), louvainRuns(graph));
    const params = resolveParameters(descriptor, given);
    progress?.(descriptor.label, 0);
    const out = descriptor.run(graph, params, {
      csrCache,
      onProgress: (f) => progress?.(descriptor.label, f),
      ...(isCancelled ? { isCancelled } : {}),
    });
    result.params[id] = params;
    result.stats[id] = out.stats;
    for (const note of out.notes) result.notes.push(`${descriptor.label}: ${note}`);
    Object.assign(result.measures, out.values);
  }
  return result;
}
