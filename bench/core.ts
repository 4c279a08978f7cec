/**
 * Times one pass of our analysis core over a dataset's CSV text, stage by
 * stage, the way the app runs it: `readAndBuild` (the edges CSV streamed into
 * the graph builder's columns, as the CLI and the app's worker read it), then
 * each measure through its registry descriptor on those columns (the CSR made
 * from them, as in `analyzeGraph`), Louvain as the app's best of 10 runs and
 * as one run, then graphology's graph made from the columns (what a
 * projection, a time window and the exports read), the city–city projection,
 * ForceAtlas2 through `computeForceLayout` and the GEXF export. The CSV readers alone (rows, no graph) are timed once the
 * analysis is done, for the peers' CSV read: their peak then does not count
 * in the memory read … Louvain, and they run JIT-warm. Pure apart from the clock: the smoke test calls it in-process
 * and `core-child.ts` in a fresh process per round.
 */
import { readFileSync } from 'node:fs';
import { louvainRuns } from '../src/core/analysis/analyze-graph';
import { readEdges, readNodes } from '../src/core/csv';
import { exportGexf } from '../src/core/export/gexf';
import type { Provenance } from '../src/core/export/provenance';
import { projectGraph } from '../src/core/graph/projection';
import { readAndBuild } from '../src/core/graph/read-and-build';
import { computeForceLayout } from '../src/core/layout';
import { csrFor, type Csr, type MeasureGraph } from '../src/core/metrics/csr';
import { resolveParameters, type ParameterValues } from '../src/core/metrics/descriptor';
import { getAlgorithm } from '../src/core/metrics/registry';
import { nodeColors, nodeSizes } from '../src/core/style';
import { APP_VERSION } from '../src/core/version';
import { LIMITS, skipReason, type RoundResult } from './stages';

export interface CoreInput {
  dataset: string;
  edges: { name: string; text: string };
  nodes?: { name: string; text: string };
}

export interface StageInfo {
  peakRssMb: number;
  modularity?: number;
}

export interface CoreRoundOptions {
  /** Resident set of the process before the round, MB (default: now). */
  baseRssMb?: number;
  /** Stages not to run (they failed in an earlier attempt); read + build always runs. */
  skip?: ReadonlySet<string>;
  /**
   * Called when a stage starts (`ms` undefined) and when it ends, with the
   * peak RSS so far and the modularity of a Louvain stage, so a crash can be
   * traced to its stage and the finished stages kept.
   */
  onStage?: (stage: string, ms?: number, info?: StageInfo) => void;
}

/**
 * Peak resident set of this process in MB: `VmHWM` from /proc/self/status on
 * Linux. Not `maxRSS` (getrusage): Linux carries it over from the parent at
 * fork, so a child of a big parent would report the parent's peak.
 */
function peakRss(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return mb(Number(hwm[1]) * 1024);
  } catch {
    // not Linux: fall back to getrusage
  }
  return mb(process.resourceUsage().maxRSS * 1024);
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

/** Runs one registry algorithm with the app's defaults over `given`, sharing the CSR cache as `analyzeGraph` does. */
function runAlgorithm(graph: MeasureGraph, id: string, given: Partial<ParameterValues>, csrCache: Map<string | null, Csr>) {
  const descriptor = getAlgorithm(id);
  return descriptor.run(graph, resolveParameters(descriptor, given), { csrCache });
}

/** One timed pass over every stage. */
export function runCoreRound(input: CoreInput, options: CoreRoundOptions = {}): RoundResult {
  const baseRssMb = options.baseRssMb ?? mb(process.memoryUsage().rss);
  const ms: Record<string, number> = {};
  const notes: Record<string, string> = {};
  let peakHeap = process.memoryUsage().heapUsed;
  const collect = (globalThis as { gc?: () => void }).gc;
  const time = <T>(stage: string, work: () => T): T => {
    options.onStage?.(stage);
    // Each stage starts from a collected heap (when the child runs with --expose-gc), so it is not charged for the previous one's garbage.
    collect?.();
    const start = performance.now();
    const out = work();
    ms[stage] = performance.now() - start;
    const modularity = (out as { stats?: { modularity?: unknown } }).stats?.modularity;
    const info = { peakRssMb: peakRss(), ...(typeof modularity === 'number' ? { modularity } : {}) };
    options.onStage?.(stage, ms[stage], info);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    return out;
  };
  /** Runs a stage unless it is to be skipped; undefined when skipped. */
  const maybe = <T>(stage: string, work: () => T): T | undefined => {
    if (!options.skip?.has(stage)) return time(stage, work);
    notes[stage] = 'skipped (failed)';
    return undefined;
  };

  // The app's and the CLI's path: the edges CSV streamed into the builder's columns, the rows never all alive;
  // the measures read the columns, graphology's graph is made later (stage `graph`), as `analyze` does.
  const built = time('read-build', () => readAndBuild(input, {}).built);
  const { columns } = built;
  const n = columns.order;
  const m = columns.size;
  notes.build = skipReason('build', n, m)!;
  const values: Record<string, Float64Array> = {};
  const csrCache = new Map<string | null, Csr>();
  time('csr', () => csrFor(columns, 'weight', csrCache));
  const measure = (stage: string, id: string, given: Partial<ParameterValues> = {}) => {
    const reason = skipReason(stage, n, m);
    if (reason) {
      notes[stage] = reason;
      return undefined;
    }
    const out = maybe(stage, () => runAlgorithm(columns, id, given, csrCache));
    if (out) Object.assign(values, out.values);
    return out;
  };

  measure('degree', 'degree');
  measure('pagerank', 'pagerank');
  measure('eigenvector', 'eigenvector');
  measure('closeness', 'closeness');
  measure('closeness-sampled', 'closeness-sampled', { seed: LIMITS.seed });
  measure('betweenness', 'betweenness');
  measure('betweenness-sampled', 'betweenness-sampled', { samples: LIMITS.samples, seed: LIMITS.seed });
  const runs = Math.min(10, louvainRuns(columns));
  const best = measure('louvain', 'louvain', { seed: LIMITS.seed, runs });
  if (best) notes.louvain = `${runs} run${runs > 1 ? 's' : ''}`;
  const single = measure('louvain-1', 'louvain', { seed: LIMITS.seed, runs: 1 });
  const leiden = measure('leiden-1', 'leiden', { seed: LIMITS.seed, runs: 1 });
  values.community = best?.values.community ?? new Float64Array(n);
  const analysisRssMb = peakRss();

  // The readers alone, for the peers' CSV read: after the memory figure, so their rows are not charged to it.
  maybe('parse', () => ({
    edges: readEdges(input.edges.text, { file: input.edges.name }),
    nodes: input.nodes ? readNodes(input.nodes.text, { file: input.nodes.name }) : undefined,
  }));
  if (ms.parse !== undefined) notes.parse = 'readers alone, timed after the analysis (JIT-warm)';

  // graphology's graph from the columns: what a projection, a time window and the exports read (the page decodes its own).
  const graph = time('graph', () => built.graph);

  const projection = maybe('projection', () => projectGraph(graph, { keep: 'city', via: ['project'], maxViaMembers: LIMITS.maxViaMembers }));
  if (projection)
    notes.projection = `city–city via projects, projects with > ${LIMITS.maxViaMembers} cities left out (${projection.skipped.length}); ${projection.graph.size} edges`;

  const full = n <= LIMITS.layoutFullMaxNodes;
  const iterations = full ? LIMITS.layoutIterations : LIMITS.layoutIterations / 10;
  const positions = maybe('layout', () => computeForceLayout(graph, { seed: LIMITS.seed, iterations })) ?? new Float64Array(2 * n);
  if (!full && ms.layout !== undefined) ms.layout *= LIMITS.layoutIterations / iterations;
  if (ms.layout !== undefined)
    notes.layout = `computeForceLayout, ${full ? `${iterations} iterations` : `${iterations} iterations timed ×10`}, ${n > 1000 ? 'Barnes–Hut' : 'exact repulsion (the app uses Barnes–Hut above 1,000 nodes)'}`;

  const gexf = maybe('export', () => {
    const measures = { keys: graph.nodes(), values };
    return exportGexf(graph, {
      measures,
      colors: nodeColors(graph, measures, { kind: 'type' }),
      sizes: nodeSizes(graph, measures, 'degree'),
      positions,
      provenance: benchProvenance(input),
    });
  });
  if (gexf !== undefined) notes.export = `GEXF, ${mb(gexf.length)} MB of text`;

  return {
    runner: 'ours',
    dataset: input.dataset,
    nodes: n,
    edges: m,
    ms,
    notes,
    modularity: {
      ...(best ? { louvain: Number(best.stats.modularity) } : {}),
      ...(single ? { 'louvain-1': Number(single.stats.modularity) } : {}),
      ...(leiden ? { 'leiden-1': Number(leiden.stats.modularity) } : {}),
    },
    peakRssMb: peakRss(),
    baseRssMb,
    analysisRssMb,
    peakHeapMb: mb(peakHeap),
  };
}

/** A fixed provenance block for the benchmark's exports. */
function benchProvenance(input: CoreInput): Provenance {
  return {
    app: { name: 'Partnership Atlas', version: APP_VERSION },
    createdAt: '2000-01-01T00:00:00.000Z',
    inputs: [{ name: input.edges.name, role: 'edges', records: 0, rows: 0 }],
    issues: { total: 0, errors: 0, warnings: 0 },
    params: { seed: LIMITS.seed, betweenness: 'auto', algorithms: {} },
    view: 'network',
    filters: [],
    layout: { kind: 'force', seed: LIMITS.seed, iterations: LIMITS.layoutIterations },
    style: { colorBy: 'type', sizeBy: 'degree' },
  };
}
