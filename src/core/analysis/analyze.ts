/**
 * The whole analysis, from the text of the user's files to a report: read and
 * validate the CSVs, build the typed graph, compute every measure and the
 * communities, an optional one-mode projection with its own measures, the
 * firms' brokerage and the co-production indicators. Pure: the CLI and the
 * worker bring the file contents (and their SHA-256, which needs platform
 * crypto) and decide what to do with the result.
 */
import { FatalInputError, IssueLog } from '../csv/types';
import { readAndBuild } from '../graph/read-and-build';
import type { GraphColumns, NodeAttributesSource } from '../graph/columns';
import { computeIndicators, type IndicatorGraph, type NodeIndicators } from '../graph/indicators';
import { DEFAULT_VIA, projectGraph } from '../graph/projection';
import type { AtlasGraph, AtlasNodeAttributes } from '../graph/types';
import { openPairBrokerage } from '../metrics/brokerage';
import { type Csr, csrFor } from '../metrics/csr';
import { nodeKey } from '../graph/node-key';
import { dict, dictFrom, getOwn, setOwn } from '../util/dict';
import { analyzeGraph, type GraphAnalysis, type ProgressCallback } from './analyze-graph';
import { measureColumnsNote, readFileMeasures } from './file-measures';
import type { AnalysisOptions } from './options';

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
  /** An aliases file (`alias,canonical`): ids merged into their canonical while reading. */
  aliases?: InputFile;
}

/** Everything one run produced, kept as data for the report, the UI and the exports. */
export interface Analysis {
  input: AnalysisInput;
  options: AnalysisOptions;
  /** The network as the builder wrote it: what the measures, indicators, report figures and first layout read. */
  columns: GraphColumns;
  /**
   * The network as graphology's graph, made on first read (the projection,
   * a time window, the exports and the CLI's views read it; the worker never
   * reads it: it keeps `columns` and makes its own with `columns.toGraph()`
   * on the first request that needs one), then the same graph: at 500k links
   * it takes ~3 s and ~300 MB of heap. Spreading or cloning an analysis reads it.
   */
  readonly graph: AtlasGraph;
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
  role: 'edges' | 'nodes' | 'aliases';
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
 * every other problem is in `issues`. `onGraph`, when given, is handed the
 * network graph as soon as it is built (aliases recorded, the nodes file's measure columns read), before the
 * measures, in the builder's columns: the worker encodes it for the page
 * (`encodeGraph` takes the columns), which rebuilds it while the measures
 * run; graphology's graph is made only when `Analysis.graph` is first read.
 */
export function analyze(input: AnalysisInput, options: AnalysisOptions, progress?: ProgressCallback, onGraph?: (graph: GraphColumns) => void): Analysis {
  progress?.('Reading the input files', 0);
  // An edges CSV is streamed into the graph builder (graph/read-and-build.ts): its rows never all exist at once.
  const { edges, nodes, aliases, built } = readAndBuild(input, options, () => progress?.('Building the graph', 0));
  const issues = new IssueLog();
  issues.merge(edges.issues);
  if (nodes) issues.merge(nodes.issues);
  if (aliases) issues.merge(aliases.applied.issues);
  issues.merge(built.issues);
  // The network's measures are computed from the builder's columns; graphology's graph (`built.graph`) is made
  // only when read: for the projection, and for what the caller does with the analysis.
  const { columns } = built;
  if (aliases) recordAliases(columns, aliases.applied.merged);

  const files: FileSummary[] = [summarise('edges', input.edges, edges)];
  if (nodes && input.nodes) files.push(summarise('nodes', input.nodes, { ...nodes, rowCount: nodes.rows.length }));
  if (aliases && input.aliases) {
    const { table, applied } = aliases;
    files.push({
      role: 'aliases',
      name: input.aliases.name,
      ...(input.aliases.sha256 ? { sha256: input.aliases.sha256 } : {}),
      records: table.records,
      rows: table.entries.size - applied.unused.length,
      delimiter: table.delimiter,
      mapping: dictFrom([
        ['alias', table.columns.alias],
        ['canonical', table.columns.canonical],
      ]),
      mappingReport: [],
    });
  }

  // Measure columns of the nodes file (by name, --measure-columns, or the file's `# measure-columns:` note).
  const named = [...new Set([...(options.measureColumns ?? []), ...(input.nodes ? measureColumnsNote(input.nodes.text) : [])])];
  const fromFile = nodes ? readFileMeasures(columns, nodes, named) : undefined;
  if (!nodes && named.length > 0)
    throw new FatalInputError(input.edges.name, 'measure-column', `measure columns ${named.join(', ')} were named, but no nodes file was given to hold them`);
  if (fromFile) issues.merge(fromFile.issues);
  // Handed on only now: reading the file's measures takes their columns out of the nodes' attributes, and may refuse the load.
  if (onGraph) onGraph(columns);
  const network = analyzeGraph(columns, options, progress, fromFile && fromFile.sources.length > 0 ? fromFile : undefined);

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
  // From the columns, as the measures: graphology's graph is made after, for what still reads it.
  const indicators = computeIndicators(columns, firmBrokerage(columns, columns.csr(null)));
  return {
    input,
    options,
    columns,
    get graph() {
      return built.graph;
    },
    files,
    issues,
    network,
    ...(projection ? { projection } : {}),
    indicators,
    notes: [],
  };
}

/**
 * Writes the ids merged into each canonical as its `aliases` attribute
 * (`; `-separated, after any the nodes file gave), which the details panel
 * and every export list with the node's other columns.
 */
function recordAliases(graph: NodeAttributesSource, merged: ReadonlyMap<string, string[]>): void {
  const byKey = new Map<string, string[]>();
  for (const [canonical, aliases] of merged) byKey.set(nodeKey(canonical), aliases);
  graph.forEachNode((key, { extra }) => {
    const aliases = byKey.get(key);
    if (!aliases) return;
    const given = getOwn(extra, 'aliases');
    setOwn(extra, 'aliases', [...(given ? [given] : []), ...aliases].join('; '));
  });
}

/**
 * Brokerage of each firm: the pairs of its neighbours (cities, projects,
 * other firms) that are not linked to each other, so that the firm alone
 * joins them in one step — Gould & Fernandez's (1989) total brokerage on
 * undirected links, Burt's structural holes spanned (see
 * metrics/brokerage.ts). Firms working for several cities or on unlinked
 * platforms score high; a firm on a single project scores 0. `csr`: the
 * graph's unweighted CSR when the caller has it.
 */
export function firmBrokerage(graph: IndicatorGraph, csr: Csr = csrFor(graph, null)): Map<string, number> {
  const values = openPairBrokerage(csr);
  const out = new Map<string, number>();
  // The CSR's nodes are the graph's, in its order.
  let i = 0;
  graph.forEachNode((key: string, attributes: AtlasNodeAttributes) => {
    if (attributes.type === 'firm') out.set(key, values[i]!);
    i++;
  });
  return out;
}

function summarise(
  role: 'edges' | 'nodes',
  file: InputFile,
  parsed: { recordCount: number; rowCount: number; delimiter: string; mapping: Record<string, string | undefined>; mappingReport: string[] },
): FileSummary {
  const mapping = dict<string>();
  for (const [k, v] of Object.entries(parsed.mapping)) if (v !== undefined) setOwn(mapping, k, v);
  return {
    role,
    name: file.name,
    ...(file.sha256 ? { sha256: file.sha256 } : {}),
    records: parsed.recordCount,
    rows: parsed.rowCount,
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
