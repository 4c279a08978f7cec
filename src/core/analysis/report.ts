/**
 * Turns an {@link Analysis} into the JSON report the CLI writes and the app
 * downloads: `{ version, input, params, stats, modularity, nodes, projection?,
 * indicators, issues }`. Plain data only, numbers as numbers, so it can be
 * diffed and re-read.
 */
import type { AtlasGraph } from '../graph/types';
import type { NodeIndicators } from '../graph/indicators';
import { APP_VERSION } from '../version';
import type { Analysis } from './analyze';
import type { GraphAnalysis } from './analyze-graph';

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
  nodesByType: Record<string, number>;
  edgesByRelation: Record<string, number>;
  components: number;
  largestComponent: number;
  isolates: number;
  density: number;
  communities: number;
  modularity: number;
}

export interface Report {
  version: string;
  generatedAt: string;
  input: {
    files: { role: string; name: string; records: number; rows: number; delimiter: string; mapping: Record<string, string> }[];
    sha256: Record<string, string>;
    rows: Record<string, number>;
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
  indicators: Record<string, NodeIndicators>;
  issues: ReturnType<Analysis['issues']['toJSON']>;
}

/** Figures that describe a graph and its analysis as a whole. */
export function graphStats(graph: AtlasGraph, analysis: GraphAnalysis): GraphStats {
  const nodesByType: Record<string, number> = {};
  graph.forEachNode((_k, a) => (nodesByType[a.type] = (nodesByType[a.type] ?? 0) + 1));
  const edgesByRelation: Record<string, number> = {};
  graph.forEachEdge((_e, a) => {
    for (const r of a.relations.length ? a.relations : ['(none)']) edgesByRelation[r] = (edgesByRelation[r] ?? 0) + 1;
  });
  const component = analysis.measures['component'];
  const sizes = new Map<number, number>();
  component?.forEach((c) => sizes.set(c, (sizes.get(c) ?? 0) + 1));
  const degree = analysis.measures['degree'];
  const n = graph.order;
  const louvain = analysis.stats['louvain'] ?? {};
  return {
    nodes: n,
    edges: graph.size,
    nodesByType: sortedRecord(nodesByType),
    edgesByRelation: sortedRecord(edgesByRelation),
    components: sizes.size,
    largestComponent: sizes.get(0) ?? 0,
    isolates: degree ? degree.filter((d) => d === 0).length : 0,
    density: n > 1 ? (2 * graph.size) / (n * (n - 1)) : 0,
    communities: Number(louvain['communities'] ?? 0),
    modularity: Number(louvain['modularity'] ?? 0),
  };
}

/** Node records in graph order: attributes first, then every measure. */
export function nodeRecords(graph: AtlasGraph, analysis: GraphAnalysis): NodeRecord[] {
  const outputs = Object.keys(analysis.measures);
  return analysis.keys.map((id, i) => {
    const a = graph.getNodeAttributes(id);
    const record: NodeRecord = { id, label: a.label, type: a.type };
    if (a.country) record['country'] = a.country;
    if (a.kind) record['kind'] = a.kind;
    if (a.lat !== undefined) record['lat'] = a.lat;
    if (a.lon !== undefined) record['lon'] = a.lon;
    for (const o of outputs) record[o] = analysis.measures[o]![i]!;
    return record;
  });
}

/** Builds the JSON report of an analysis. `now` is injectable so tests are deterministic. */
export function buildReport(analysis: Analysis, now: Date = new Date()): Report {
  const { network, projection } = analysis;
  const sha256: Record<string, string> = {};
  const rows: Record<string, number> = {};
  for (const f of analysis.files) {
    if (f.sha256) sha256[f.name] = f.sha256;
    rows[f.name] = f.rows;
  }
  const stats = graphStats(analysis.graph, network);
  const report: Report = {
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
    },
    stats,
    modularity: stats.modularity,
    notes: [...network.notes, ...analysis.notes],
    nodes: nodeRecords(analysis.graph, network),
    indicators: Object.fromEntries(analysis.indicators),
    issues: analysis.issues.toJSON(),
  };
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
      edges: projection.graph.mapEdges((_e, a, source, target) => ({ source, target, weight: a.weight, via: a.extra['via'] ?? [] })),
    };
  }
  return report;
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}
