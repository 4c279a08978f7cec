/**
 * Runs every measure of the registry on one graph, with one set of options:
 * the step the CLI, the worker and the tests share. Exact betweenness gives
 * way to sampled betweenness above a size limit (Brandes–Pich), and every
 * seed parameter receives the run's seed so results reproduce. Measures the
 * nodes file gives (file-measures.ts) take the place of the computed ones.
 */
import { LOUVAIN_DEFAULTS } from '../communities/louvain';
import { type Csr, csrFor, type MeasureGraph } from '../metrics/csr';
import { resolveParameters, type ParameterValues } from '../metrics/descriptor';
import { getAlgorithm } from '../metrics/registry';
import { dict, setOwn } from '../util/dict';
import { FILE_MEASURES_RECOMPUTE_MAX_NODES, type FileMeasure, type FileMeasures } from './file-measures';
import { applyFileMeasures } from './file-measures-apply';
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
  /** The measures read from the nodes file (their values are in `measures`), when there were any. */
  fromFile?: FileMeasure[];
}

/**
 * Algorithm ids run by {@link analyzeGraph}, in order; `betweenness` is swapped for the sampled one when asked,
 * `louvain` for the community method of the options (`leiden`).
 */
export const PIPELINE = [
  'degree',
  'components',
  'k-core',
  'clustering',
  'structural-holes',
  'pagerank',
  'eigenvector',
  'closeness',
  'betweenness',
  'louvain',
] as const;

/**
 * Work above which `auto` samples the shortest-path measures even under the
 * node limit: traversals × (n + 2m), leaves not counted (they are folded,
 * metrics/leaf-folding.ts). 2·10⁸ is about 5 s of betweenness and closeness
 * here; a 10,000-node graph with 50,000 links is 1.1·10⁹ (30 s exact), the
 * municipal catalogue 6·10⁶.
 */
export const EXACT_PATH_WORK = 200_000_000;

/**
 * The work of exact betweenness or closeness on `graph` in the units of
 * {@link EXACT_PATH_WORK}, from its CSR (`csrCache`: an analysis's, so the
 * measures reuse it).
 */
export function exactPathWork(graph: MeasureGraph, csrCache?: Map<string | null, Csr>): number {
  const { n, offsets, neighbors } = csrFor(graph, 'weight', csrCache);
  const degree = (i: number) => offsets[i + 1]! - offsets[i]!;
  let traversals = 0;
  for (let i = 0; i < n; i++) {
    if (degree(i) !== 1) traversals++;
    // A leaf whose neighbour has other links needs no traversal of its own.
    else if (degree(neighbors[offsets[i]!]!) === 1) traversals++;
  }
  return traversals * (graph.order + 2 * graph.size);
}

/**
 * Whether the shortest-path measures (betweenness, closeness) run exactly:
 * always with `exact`, never with `sampled`; with `auto` up to
 * `exactBetweennessMaxNodes` nodes and {@link EXACT_PATH_WORK}.
 */
export function exactPathMeasures(options: AnalysisOptions, graph: MeasureGraph, csrCache?: Map<string | null, Csr>): boolean {
  if (options.betweenness === 'exact') return true;
  if (options.betweenness === 'sampled') return false;
  return graph.order <= options.exactBetweennessMaxNodes && exactPathWork(graph, csrCache) <= EXACT_PATH_WORK;
}

/**
 * Louvain (or Leiden) runs when none are asked for: the default's 10
 * ({@link LOUVAIN_DEFAULTS}) on graphs of up to 20,000 nodes + edges, fewer
 * above (each run costs about as much as the graph is large), at least 1.
 */
export function louvainRuns(graph: { order: number; size: number }): number {
  return Math.max(1, Math.min(LOUVAIN_DEFAULTS.runs, Math.round(200_000 / Math.max(1, graph.order + graph.size))));
}

/** The algorithm that runs a step of {@link PIPELINE}: exact or sampled path measures, the community method asked for. */
function stepAlgorithm(step: (typeof PIPELINE)[number], exact: boolean, options: AnalysisOptions): string {
  if (step === 'betweenness') return exact ? 'betweenness' : 'betweenness-sampled';
  if (step === 'closeness') return exact ? 'closeness' : 'closeness-sampled';
  if (step === 'louvain') return options.communities ?? 'louvain'; // options from before the method existed
  return step;
}

/**
 * Whether a measure the nodes file gives is computed too (and compared with
 * the file's): up to `options.fileMeasuresMaxNodes` nodes
 * ({@link FILE_MEASURES_RECOMPUTE_MAX_NODES} by default).
 */
export function recomputesFileMeasures(options: AnalysisOptions, graph: { order: number }): boolean {
  return graph.order <= (options.fileMeasuresMaxNodes ?? FILE_MEASURES_RECOMPUTE_MAX_NODES);
}

/**
 * Computes every measure of the pipeline on `graph` — a graphology graph or
 * the builder's columns (`BuildResult.columns`), which give the measures
 * their CSR without graphology. With `fromFile`, an
 * algorithm whose every output the file gives is skipped above the size limit
 * of {@link recomputesFileMeasures}; the file's values replace the computed
 * ones in any case (file-measures-apply.ts).
 */
export function analyzeGraph(graph: MeasureGraph, options: AnalysisOptions, progress?: ProgressCallback, fromFile?: FileMeasures): GraphAnalysis {
  // Measure ids can be column names (`constructor`, `__proto__`): a prototype-free record.
  const result: GraphAnalysis = { keys: graph.nodes(), measures: dict<Float64Array>(), params: {}, stats: {}, notes: [] };
  const recompute = recomputesFileMeasures(options, graph);
  // One adjacency (CSR) for every measure of this run, weighted and unweighted.
  const csrCache = new Map<string | null, Csr>();
  const exact = exactPathMeasures(options, graph, csrCache);
  if (!exact && options.betweenness === 'auto' && graph.order <= options.exactBetweennessMaxNodes)
    result.notes.push(
      `Betweenness and closeness: sampled, because exact ones would take ${exactPathWork(graph, csrCache).toExponential(1)} steps on this graph ` +
        `(more than ${EXACT_PATH_WORK.toExponential(0)}); --betweenness exact computes them exactly.`,
    );
  for (const step of PIPELINE) {
    const id = stepAlgorithm(step, exact, options);
    const descriptor = getAlgorithm(id);
    if (fromFile && !recompute && descriptor.outputs.every((o) => fromFile.values.has(o.id))) continue;
    const given: Partial<ParameterValues> = { ...options.algorithms[id] };
    if (descriptor.parameters.some((p) => p.id === 'seed') && given.seed === undefined) given.seed = options.seed;
    if (step === 'louvain' && given.runs === undefined) given.runs = louvainRuns(graph);
    const params = resolveParameters(descriptor, given);
    progress?.(descriptor.label, 0);
    const out = descriptor.run(graph, params, { csrCache, ...(progress ? { onProgress: (f: number) => progress(descriptor.label, f) } : {}) });
    result.params[id] = params;
    result.stats[id] = out.stats;
    for (const note of out.notes) result.notes.push(`${descriptor.label}: ${note}`);
    for (const [output, values] of Object.entries(out.values)) setOwn(result.measures, output, values);
  }
  if (fromFile) applyFileMeasures(graph, result, fromFile, options, csrCache);
  return result;
}
