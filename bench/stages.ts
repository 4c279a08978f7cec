/**
 * The stages the benchmark times, in pipeline order, and the limits every
 * runner (ours, igraph, networkx) applies alike, so a row of the table
 * compares the same work. The limits travel to `peers.py` as flags.
 */

export interface StageSpec {
  id: string;
  label: string;
}

import { ANALYSIS_DEFAULTS } from '../src/core/analysis/options';

/**
 * Stages in the order the app runs them. Ours reads and builds in one stage
 * (`read-build`: the edges CSV streamed into the graph builder, as the CLI
 * and the app's worker do); a peer's `read-build` is its CSV read plus its
 * graph construction (`parse` + `build`, summed in `summarise`). Our readers
 * alone (`parse`) are timed after the analysis, for the peers' CSV read.
 * Our measures read the builder's columns; `graph` is the graphology graph
 * made from them afterwards (peers have no such stage: their graph is built).
 */
export const STAGES: readonly StageSpec[] = [
  { id: 'read-build', label: 'read + build (ours: streamed, as the app and CLI; peers: CSV read + graph)' },
  { id: 'csr', label: 'adjacency (CSR, once per analysis)' },
  { id: 'degree', label: 'degree' },
  { id: 'pagerank', label: 'PageRank' },
  { id: 'eigenvector', label: 'eigenvector' },
  { id: 'closeness', label: 'closeness (exact)' },
  { id: 'closeness-sampled', label: 'closeness (app: sampled above 10k)' },
  { id: 'betweenness', label: 'betweenness (exact)' },
  { id: 'betweenness-sampled', label: 'betweenness (100 pivots)' },
  { id: 'louvain', label: 'Louvain (app: best of its runs)' },
  { id: 'louvain-1', label: 'Louvain (1 run)' },
  { id: 'leiden-1', label: 'Leiden (1 run)' },
  { id: 'parse', label: 'CSV parse + validate alone (ours: after the analysis, JIT-warm)' },
  { id: 'build', label: 'graph build alone (peers, from parsed pairs)' },
  { id: 'graph', label: 'graphology graph from the columns (ours: for a projection, a time window, the exports)' },
  { id: 'projection', label: 'city–city projection' },
  { id: 'layout', label: 'ForceAtlas2 (500 it.)' },
  { id: 'export', label: 'export (GEXF; peers GraphML/GEXF)' },
];

/** The stage ours always runs first and again on a retry (every other stage needs its graph). */
export const FIRST_STAGE = 'read-build';

export const LIMITS = {
  /** Exact betweenness only up to this many nodes (sampled above, as the issue asks). */
  exactBetweennessMaxNodes: 10_000,
  /** Closeness (n BFS) only while n·m stays below this: 50k nodes / 250k edges yes, 100k / 500k no. */
  closenessMaxWork: 2e10,
  /** Pivots of sampled betweenness. */
  samples: 100,
  /**
   * Projects with more cities than this are left out of the projection: the
   * platform stars and each community's biggest projects. Keeps the 100k
   * projection at ~1.7M pairs, under the app's 3M limit (200 would give 8M).
   */
  maxViaMembers: 50,
  /** ForceAtlas2 iterations reported. */
  layoutIterations: 500,
  /** Above this many nodes a tenth of the iterations is timed and the time scaled ×10 (one round of 100k would take half an hour). */
  layoutFullMaxNodes: 1_000,
  seed: 42,
};

/** Why ours has no graph-build stage of its own. */
const STREAMED_BUILD = 'in read + build (streamed with the read)';

/** Why a stage of ours is not run on a graph of `n` nodes and `m` edges, or undefined when it is. */
export function skipReason(stage: string, n: number, m: number): string | undefined {
  if (stage === 'build') return STREAMED_BUILD;
  if (stage === 'betweenness' && n > LIMITS.exactBetweennessMaxNodes) return `skipped (> ${LIMITS.exactBetweennessMaxNodes / 1000}k nodes)`;
  if (stage === 'closeness' && n * m > LIMITS.closenessMaxWork) return 'skipped (n·m > 2e10)';
  if (stage === 'closeness-sampled' && n <= ANALYSIS_DEFAULTS.exactBetweennessMaxNodes) return 'exact here';
  return undefined;
}

/** One process's timings of one pass over the stages. */
export interface RoundResult {
  runner: string;
  dataset: string;
  nodes: number;
  edges: number;
  /** Milliseconds by stage id; missing = not run (see `notes`). */
  ms: Record<string, number>;
  /** Why a stage was skipped or what it measured exactly, by stage id. */
  notes: Record<string, string>;
  modularity: { louvain?: number; 'louvain-1'?: number };
  /** Peak resident set of the process, MB (`maxRSS` / `ru_maxrss`). */
  peakRssMb: number;
  /** Resident set once the runtime and libraries were loaded, before reading the data, MB. */
  baseRssMb: number;
  /** Peak resident set through the measures (read … Louvain), before projection, layout and export, MB. */
  analysisRssMb?: number;
  /** Largest heapUsed seen at the end of a stage, MB (ours only). */
  peakHeapMb?: number;
}

/** The median of some numbers (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
