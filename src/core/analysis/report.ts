/**
 * Turns an {@link Analysis} into the JSON report the CLI writes and the app
 * downloads: `{ version, input, params, stats, modularity, nodes, projection?,
 * indicators, issues }`. Plain data only, numbers as numbers, so it can be
 * diffed and re-read.
 *
 * Ids, types, relations and file names are data: counts are kept in Maps and
 * written as prototype-free records (a type `__proto__` is an ordinary key
 * of the JSON), and node ids are written as the user wrote them
 * (`nodeId(key)`), never as graph keys.
 */
import { exportedIndicators } from '../export/columns';
import { nodeId } from '../graph/node-key';
import type { GraphColumns, NodeAttributesSource } from '../graph/columns';
import type { ReadGraph, AtlasNodeAttributes } from '../graph/types';
import type { NodeIndicators } from '../graph/indicators';
import { dict, dictFrom, getOwn, setOwn, type Dict } from '../util/dict';
import { APP_VERSION } from '../version';
import type { Analysis } from './analyze';
import type { GraphAnalysis } from './analyze-graph';
import type { FileMeasure } from './file-measures';

/** One node of the report: its attributes, every measure and its community. */
export interface NodeRecord {
  id: string;
  label: string;
  type: string;
  [field: string]: string | number | undefined;
}

export interface GraphStats {
  nodes: number;
  edges: number;
  /** Nodes per type, largest first (ties alphabetical); prototype-free, read with own-key checks. */
  nodesByType: Dict<number>;
  /** Edges per relation (an edge counts once for each of its relations; none: `(none)`), ordered as `nodesByType`. */
  edgesByRelation: Dict<number>;
  components: number;
  largestComponent: number;
  isolates: number;
  density: number;
  communities: number;
  modularity: number;
  /** Measures read from the nodes file instead of computed (analysis/file-measures.ts); absent when none. */
  fromFile?: FileMeasure[];
}

export interface Report {
  version: string;
  generatedAt: string;
  input: {
    files: { role: string; name: string; records: number; rows: number; delimiter: string; mapping: Record<string, string> }[];
    /** By file name (prototype-free). */
    sha256: Dict<string>;
    /** By file name (prototype-free). */
    rows: Dict<number>;
  };
  params: Record<string, unknown>;
  stats: GraphStats;
  modularity: number;
  notes: string[];
  nodes: NodeRecord[];
  projection?: {
    keep: string;
    via: string[];
    weighting: string;
    skipped: { id: string; members: number }[];
    params: Record<string, unknown>;
    stats: GraphStats;
    modularity: number;
    nodes: NodeRecord[];
    edges: { source: string; target: string; weight: number; via: string[] }[];
  };
  /** By node id as written (prototype-free); `topFirm` and `topFirms` (every firm tied for the top share) are node ids too. */
  indicators: Dict<NodeIndicators>;
  issues: ReturnType<Analysis['issues']['toJSON']>;
}

/** Figures that describe a graph and its analysis as a whole. */
export function graphStats(graph: ReadGraph | GraphColumns, analysis: GraphAnalysis): GraphStats {
  const nodesByType = new Map<string, number>();
  graph.forEachNode((_k, a) => void nodesByType.set(a.type, (nodesByType.get(a.type) ?? 0) + 1));
  const edgesByRelation = new Map<string, number>();
  const count = (r: string) => edgesByRelation.set(r, (edgesByRelation.get(r) ?? 0) + 1);
  const countAll = (relations: readonly string[]) => (relations.length ? relations.forEach(count) : count('(none)'));
  // The columns hold a link of one row as its relation (none when empty), a merged link as its attributes.
  if ('forEachLink' in graph) graph.forEachLink((_i, merged, relation) => (merged ? countAll(merged.relations) : count(relation || '(none)')));
  else graph.forEachEdge((_e, a) => countAll(a.relations));
  const component = analysis.measures['component'];
  const sizes = new Map<number, number>();
  component?.forEach((c) => sizes.set(c, (sizes.get(c) ?? 0) + 1));
  const degree = analysis.measures['degree'];
  const n = graph.order;
  const louvain = analysis.stats['leiden'] ?? analysis.stats['louvain'] ?? {}; // the community method run
  // A community column of the nodes file is the partition shown: its count and modularity are the key figures.
  const fileCommunity = analysis.fromFile?.find((m) => m.id === 'community');
  return {
    nodes: n,
    edges: graph.size,
    nodesByType: sortedRecord(nodesByType),
    edgesByRelation: sortedRecord(edgesByRelation),
    components: sizes.size,
    largestComponent: sizes.get(0) ?? 0,
    isolates: degree ? degree.filter((d) => d === 0).length : 0,
    density: n > 1 ? (2 * graph.size) / (n * (n - 1)) : 0,
    communities: fileCommunity ? (fileCommunity.categories ?? 0) : Number(louvain['communities'] ?? 0),
    modularity: fileCommunity ? (fileCommunity.modularity ?? 0) : Number(louvain['modularity'] ?? 0),
    ...(analysis.fromFile ? { fromFile: analysis.fromFile } : {}),
  };
}

/**
 * Node records in the analysis' key order: attributes first, then every measure. `id` is the node id as written.
 * The attributes are those of the same key in `graph`; an analysis' keys missing from `graph` throw.
 */
export function nodeRecords(graph: NodeAttributesSource, analysis: GraphAnalysis): NodeRecord[] {
  const outputs = Object.keys(analysis.measures);
  const { keys } = analysis;
  // An analysis made on `graph` has its keys in graph order: read in one pass, by key only when they differ.
  const attributes: AtlasNodeAttributes[] = [];
  let aligned = true;
  graph.forEachNode((key, a) => {
    if (keys[attributes.length] !== key) aligned = false;
    attributes.push(a);
  });
  const byKey = aligned && attributes.length === keys.length ? null : attributesByKey(graph);
  return keys.map((key, i) => {
    const a = byKey ? byKey.get(key) : attributes[i];
    if (!a) throw new Error(`analysis/report: the node '${nodeId(key)}' of the analysis is not in the graph`);
    const record: NodeRecord = { id: nodeId(key), label: a.label, type: a.type };
    if (a.country) record['country'] = a.country;
    if (a.kind) record['kind'] = a.kind;
    if (a.lat !== undefined) record['lat'] = a.lat;
    if (a.lon !== undefined) record['lon'] = a.lon;
    // Measure ids can be column names of the nodes file (`__proto__`): own properties.
    for (const o of outputs) setOwn(record as Dict<string | number | undefined>, o, getOwn(analysis.measures, o)![i]!);
    return record;
  });
}

function attributesByKey(graph: NodeAttributesSource): Map<string, AtlasNodeAttributes> {
  const byKey = new Map<string, AtlasNodeAttributes>();
  graph.forEachNode((key, a) => void byKey.set(key, a));
  return byKey;
}

/** A report without its per-node parts (nodes, indicators, projection): what the page is sent. */
export type ReportSummary = Omit<Report, 'nodes' | 'projection' | 'indicators'>;

/**
 * {@link buildReport} without the per-node parts, which the page does not
 * need (it has the measures and indicators as columns): at 100k nodes
 * making them and dropping them cost the worker about half a second.
 */
export function buildReportSummary(analysis: Analysis, now: Date = new Date()): ReportSummary {
  const { network } = analysis;
  const sha256 = dict<string>();
  const rows = dict<number>();
  for (const f of analysis.files) {
    if (f.sha256) setOwn(sha256, f.name, f.sha256);
    setOwn(rows, f.name, f.rows);
  }
  const stats = graphStats(analysis.columns, network);
  return {
    version: APP_VERSION,
    generatedAt: now.toISOString(),
    input: {
      files: analysis.files.map(({ role, name, records, rows, delimiter, mapping }) => ({ role, name, records, rows, delimiter, mapping })),
      sha256,
      rows,
    },
    params: {
      seed: analysis.options.seed,
      betweenness: analysis.options.betweenness,
      exactBetweennessMaxNodes: analysis.options.exactBetweennessMaxNodes,
      algorithms: network.params,
      ...(analysis.options.projection ? { projection: analysis.options.projection } : {}),
      ...(analysis.options.measureColumns?.length ? { measureColumns: analysis.options.measureColumns } : {}),
    },
    stats,
    modularity: stats.modularity,
    notes: [...network.notes, ...analysis.notes],
    issues: analysis.issues.toJSON(),
  };
}

/** Builds the JSON report of an analysis. `now` is injectable so tests are deterministic. */
export function buildReport(analysis: Analysis, now: Date = new Date()): Report {
  const { network, projection } = analysis;
  // The summary's keys, then the per-node parts before the issues: the order the report was always written in.
  const { issues, ...head } = buildReportSummary(analysis, now);
  const report: Report = { ...head, nodes: nodeRecords(analysis.columns, network), indicators: indicatorsById(analysis.indicators), issues };
  if (projection) {
    const pStats = graphStats(projection.graph, projection.analysis);
    report.projection = {
      keep: projection.keep,
      via: projection.via,
      weighting: projection.weighting,
      skipped: projection.skipped,
      params: projection.analysis.params,
      stats: pStats,
      modularity: pStats.modularity,
      nodes: nodeRecords(projection.graph, projection.analysis),
      edges: projection.graph.mapEdges((_e, a, source, target) => ({
        source: nodeId(source),
        target: nodeId(target),
        weight: a.weight,
        via: (getOwn(a.extra, 'via') ?? []).map(nodeId),
      })),
    };
  }
  return report;
}

/** Counts as a prototype-free record, largest first, ties alphabetical. */
function sortedRecord(counts: Map<string, number>): Dict<number> {
  return dictFrom([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/**
 * Indicators by node id as written (graph keys → `nodeId`), `topFirm` and
 * `topFirms` too, in a prototype-free record.
 */
export function indicatorsById(indicators: ReadonlyMap<string, NodeIndicators>): Dict<NodeIndicators> {
  const out = dict<NodeIndicators>();
  for (const [key, value] of indicators) setOwn(out, nodeId(key), exportedIndicators(value));
  return out;
}
