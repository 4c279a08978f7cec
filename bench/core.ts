/**
 * Times one pass of our analysis core over a dataset's CSV text, stage by
 * stage, the way the app runs it: the readers, `buildGraph`, then each
 * measure through its registry descriptor (which builds its own CSR, as in
 * `analyzeGraph`), Louvain as the app's best of 10 runs and as one run, the
 * city–city projection, ForceAtlas2 through `computeForceLayout` and the
 * GEXF export. Pure apart from the clock: the smoke test calls it in-process
 * and `core-child.ts` in a fresh process per round.
 */
import { readEdges, readNodes } from '../src/core/csv';
import { exportGexf } from '../src/core/export/gexf';
import type { Provenance } from '../src/core/export/provenance';
import { buildGraph } from '../src/core/graph/build';
import { projectGraph } from '../src/core/graph/projection';
import type { AtlasGraph } from '../src/core/graph/types';
import { computeForceLayout } from '../src/core/layout';
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

const mb = (bytes: number) => Math.round(bytes / 1048576);

/** Runs one registry algorithm with the app's defaults over `given`; returns its values and stats. */
function runAlgorithm(graph: AtlasGraph, id: string, given: Partial<ParameterValues> = {}) {
  const descriptor = getAlgorithm(id);
  return descriptor.run(graph, resolveParameters(descriptor, given));
}

/** One timed pass over every stage; `baseRssMb` is the process's resident set before the pass. */
export function runCoreRound(input: CoreInput, baseRssMb = mb(process.memoryUsage().rss)): RoundResult {
  const ms: Record<string, number> = {};
  const notes: Record<string, string> = {};
  let peakHeap = process.memoryUsage().heapUsed;
  const time = <T>(stage: string, work: () => T): T => {
    const start = performance.now();
    const out = work();
    ms[stage] = performance.now() - start;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    return out;
  };

  const { edges, nodes } = time('parse', () => ({
    edges: readEdges(input.edges.text, { file: input.edges.name }),
    nodes: input.nodes ? readNodes(input.nodes.text, { file: input.nodes.name }) : undefined,
  }));
  const graph = time('build', () =>
    buildGraph({ edges: { file: edges.file, rows: edges.rows }, ...(nodes ? { nodes: { file: nodes.file, rows: nodes.rows } } : {}) }).graph,
  );
  const n = graph.order;
  const m = graph.size;
  const values: Record<string, Float64Array> = {};
  const measure = (stage: string, id: string, given: Partial<ParameterValues> = {}) => {
    const reason = skipReason(stage, n, m);
    if (reason) {
      notes[stage] = reason;
      return undefined;
    }
    const out = time(stage, () => runAlgorithm(graph, id, given));
    Object.assign(values, out.values);
    return out;
  };

  measure('degree', 'degree');
  measure('pagerank', 'pagerank');
  measure('eigenvector', 'eigenvector');
  measure('closeness', 'closeness');
  measure('betweenness', 'betweenness');
  measure('betweenness-sampled', 'betweenness-sampled', { samples: LIMITS.samples, seed: LIMITS.seed });
  const best = measure('louvain', 'louvain', { seed: LIMITS.seed });
  const single = measure('louvain-1', 'louvain', { seed: LIMITS.seed, runs: 1 });
  values.community = best?.values.community ?? new Float64Array(n);

  const projection = time('projection', () =>
    projectGraph(graph, { keep: 'city', via: ['project'], maxViaMembers: LIMITS.maxViaMembers }),
  );
  notes.projection = `city–city via projects, projects with > ${LIMITS.maxViaMembers} cities left out (${projection.skipped.length}); ${projection.graph.size} edges`;

  const positions = time('layout', () => computeForceLayout(graph, { seed: LIMITS.seed, iterations: LIMITS.layoutIterations }));
  notes.layout = `computeForceLayout, ${LIMITS.layoutIterations} iterations, ${n > 1000 ? 'Barnes–Hut' : 'exact repulsion (app: Barnes–Hut above 1,000 nodes)'}`;

  const gexf = time('export', () => {
    const measures = { keys: graph.nodes(), values };
    return exportGexf(graph, {
      measures,
      colors: nodeColors(graph, measures, { kind: 'type' }),
      sizes: nodeSizes(graph, measures, 'degree'),
      positions,
      provenance: benchProvenance(input),
    });
  });
  notes.export = `GEXF, ${mb(gexf.length)} MB of text`;

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
    },
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    baseRssMb,
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
