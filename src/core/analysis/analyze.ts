/**
 * The whole analysis, from the text of the user's files to a report: read and
 * validate the CSVs, build the typed graph, compute every measure and the
 * communities, an optional one-mode projection with its own measures, the
 * firms' brokerage and the co-production indicators. Pure: the CLI and the
 * worker bring the file contents (and their SHA-256, which needs platform
 * crypto) and decide what to do with the result.
 */
import { readEdges, readNodes } from '../csv';
import { IssueLog } from '../csv/types';
import { buildGraph } from '../graph/build';
import { computeIndicators, type NodeIndicators } from '../graph/indicators';
import { DEFAULT_VIA, projectGraph } from '../graph/projection';
import type { AtlasGraph } from '../graph/types';
import { SAMPLED_BETWEENNESS_DEFAULTS } from '../metrics/betweenness-sampled';
import { subsetBetweenness } from '../metrics/betweenness-subset';
import { buildCsr } from '../metrics/csr';
import { dict, setOwn } from '../util/dict';
import { analyzeGraph, type GraphAnalysis, type ProgressCallback } from './analyze-graph';
import { ANALYSIS_DEFAULTS, type AnalysisOptions } from './options';

/** One input file as the caller read it. */
export interface InputFile {
  /** Name shown in messages, e.g. `edges.csv`. */
  name: string;
  text: string;
  /** Hex SHA-256 of the file's bytes, when the caller could compute it. */
  sha256?: string;
}

export interface AnalysisInput {
  edges: InputFile;
  nodes?: InputFile;
}

/** Everything one run produced, kept as data for the report, the UI and the exports. */
export interface Analysis {
  input: AnalysisInput;
  options: AnalysisOptions;
  graph: AtlasGraph;
  /** Rows read per file and the column mapping chosen. */
  files: FileSummary[];
  issues: IssueLog;
  network: GraphAnalysis;
  projection?: {
    keep: string;
    via: string[];
    weighting: string;
    graph: AtlasGraph;
    analysis: GraphAnalysis;
    /** Hubs left out by `maxViaMembers`. */
    skipped: { id: string; members: number }[];
  };
  indicators: Map<string, NodeIndicators>;
  /** Notes about the run as a whole (e.g. why brokerage could not be computed). */
  notes: string[];
}

export interface FileSummary {
  role: 'edges' | 'nodes';
  name: string;
  sha256?: string;
  /** Data records in the file (valid or not). */
  records: number;
  /** Records kept as rows. */
  rows: number;
  delimiter: string;
  mapping: Record<string, string>;
  mappingReport: string[];
}

/**
 * Runs the whole analysis. Throws `FatalInputError` when a file cannot be used;
 * every other problem is in `issues`.
 */
export function analyze(input: AnalysisInput, options: AnalysisOptions, progress?: ProgressCallback): Analysis {
  progress?.('Reading the edges file', 0);
  const edges = readEdges(input.edges.text, {
    file: input.edges.name,
    ...(options.edgeMapping ? { mapping: options.edgeMapping } : {}),
  });
  progress?.('Reading the nodes file', 0);
  const nodes = input.nodes
    ? readNodes(input.nodes.text, {
        file: input.nodes.name,
        ...(options.nodeMapping ? { mapping: options.nodeMapping } : {}),
      })
    : undefined;

  progress?.('Building the graph', 0);
  const built = buildGraph({
    edges: { file: edges.file, rows: edges.rows },
    ...(nodes ? { nodes: { file: nodes.file, rows: nodes.rows } } : {}),
  });
  const issues = new IssueLog();
  issues.merge(edges.issues);
  if (nodes) issues.merge(nodes.issues);
  issues.merge(built.issues);

  const files: FileSummary[] = [summarise('edges', input.edges, edges)];
  if (nodes && input.nodes) files.push(summarise('nodes', input.nodes, nodes));

  const network = analyzeGraph(built.graph, options, progress);

  let projection: Analysis['projection'];
  if (options.projection) {
    const { keep } = options.projection;
    const via = options.projection.via ?? [...(DEFAULT_VIA.get(keep) ?? typesBut(built.graph, keep))];
    const weighting = options.projection.weighting ?? 'count';
    progress?.(`Projecting onto ${keep} nodes`, 0);
    const { maxViaMembers } = options.projection;
    const { graph, skipped } = projectGraph(built.graph, { keep, via, weighting, ...(maxViaMembers !== undefined ? { maxViaMembers } : {}) });
    const analysis = analyzeGraph(graph, options, (stage, f) => progress?.(`${keep} projection: ${stage}`, f));
    projection = { keep, via, weighting, graph, analysis, skipped };
  }

  progress?.('Co-production indicators', 0);
  const notes: string[] = [];
  let firms = 0;
  built.graph.forEachNode((_node, a) => void (a.type === 'firm' && firms++));
  const sources = brokerageSources(built.graph.order, built.graph.size);
  if (firms > sources)
    notes.push(
      `Firm brokerage: estimated from ${sources} of the ${firms} firms as sources (seeded; Brandes & Pich 2007), to keep the time bounded on a graph this large.`,
    );
  const indicators = computeIndicators(built.graph, firmBrokerage(built.graph, options.seed));
  return { input, options, graph: built.graph, files, issues, network, ...(projection ? { projection } : {}), indicators, notes };
}

/**
 * Brokerage of each firm: the share of shortest paths between pairs of other
 * firms, through the whole typed network, that pass through it (subset
 * betweenness, Brandes 2008), normalised to [0, 1]. A firm that joins two
 * otherwise separate vendor circles scores high; one inside a single
 * project's circle scores 0.
 */
export function firmBrokerage(graph: AtlasGraph, seed: number = ANALYSIS_DEFAULTS.seed): Map<string, number> {
  const csr = buildCsr(graph, null);
  const members = Uint8Array.from(csr.keys, (k) => (graph.getNodeAttribute(k, 'type') === 'firm' ? 1 : 0));
  const values = subsetBetweenness(csr, members, true, undefined, { maxSources: brokerageSources(csr.n, csr.m), seed });
  const out = new Map<string, number>();
  csr.keys.forEach((key, i) => {
    if (members[i]) out.set(key, values[i]!);
  });
  return out;
}

/**
 * How many firms brokerage is computed from: 500, fewer on graphs where 500
 * traversals would cost more than ~60 M steps (a second or two here), never
 * fewer than sampled betweenness's default sample (100,
 * {@link SAMPLED_BETWEENNESS_DEFAULTS}). With at most that many firms every
 * firm is a source and the values are exact; above, seeded sources estimate
 * them (Brandes & Pich 2007).
 */
export function brokerageSources(n: number, m: number): number {
  return Math.max(SAMPLED_BETWEENNESS_DEFAULTS.samples, Math.min(500, Math.floor(60_000_000 / Math.max(1, n + 2 * m))));
}

function summarise(
  role: 'edges' | 'nodes',
  file: InputFile,
  parsed: { recordCount: number; rows: unknown[]; delimiter: string; mapping: Record<string, string | undefined>; mappingReport: string[] },
): FileSummary {
  const mapping = dict<string>();
  for (const [k, v] of Object.entries(parsed.mapping)) if (v !== undefined) setOwn(mapping, k, v);
  return {
    role,
    name: file.name,
    ...(file.sha256 ? { sha256: file.sha256 } : {}),
    records: parsed.recordCount,
    rows: parsed.rows.length,
    delimiter: parsed.delimiter,
    mapping,
    mappingReport: parsed.mappingReport,
  };
}

function typesBut(graph: AtlasGraph, keep: string): string[] {
  const types = new Set<string>();
  graph.forEachNode((_k, a) => {
    if (a.type !== keep) types.add(a.type);
  });
  return [...types].sort();
}
