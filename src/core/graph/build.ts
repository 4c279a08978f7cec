/**
 * Builds the typed partnership graph from the rows of an edges file and an
 * optional nodes file. Rows that name the same pair of nodes are merged into
 * one edge (weights summed; relations, years, evidence and lines kept as
 * lists); every decision that changes what the user wrote is an issue, so
 * nothing is silently lost.
 *
 * Ids, types, relations and column names are data: nodes are keyed by
 * `nodeKey(id)` (an id such as `constructor` or `__proto__` would otherwise
 * collide with graphology's plain-object neighbour records), attribute
 * records are prototype-free, and every message names the id as written.
 */
import { UndirectedGraph } from 'graphology';
import { IssueLog } from '../csv/types';
import type { EdgeRow, NodeRow } from '../csv/types';
import { dictCopy, getOwn } from '../util/dict';
import { reportCaseDuplicates } from './case-duplicates';
import { DistinctLists, mergeInto, newEdgeAttributes, rowSignature, type MergedEdge } from './edge-merge';
import { nodeKey } from './node-key';
import { UNKNOWN_TYPE } from './types';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from './types';

/** What {@link buildGraph} reads: the rows of each file and the files' names. */
export interface BuildInput {
  edges: { file: string; rows: readonly EdgeRow[] };
  nodes?: { file: string; rows: readonly NodeRow[] };
}

export interface BuildResult {
  graph: AtlasGraph;
  /** Issues found while building (merges, type conflicts, missing nodes, possible duplicates). */
  issues: IssueLog;
  /** Rows merged into an existing edge. */
  mergedRows: number;
}

/** Columns of an edges file that describe an endpoint rather than the link (`source_kind` → node `kind`). */
const ENDPOINT_FIELDS = ['kind', 'country', 'label', 'url'] as const;

interface TypeOrigin {
  type: string;
  file: string;
  line: number;
}

/**
 * Builds an undirected graph with typed nodes and merged edges.
 * Node types from the nodes file win over types in the edges file.
 */
export function buildGraph(input: BuildInput): BuildResult {
  const graph: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  const issues = new IssueLog();
  const edgesFile = input.edges.file;
  const nodeRows = new Map<string, NodeRow>();
  for (const row of input.nodes?.rows ?? []) if (!nodeRows.has(row.id)) nodeRows.set(row.id, row);

  // Types: the nodes file first (it wins), then the first type each id gets in the edges file.
  const typeOf = new Map<string, TypeOrigin>();
  if (input.nodes) {
    for (const row of nodeRows.values()) if (row.type) typeOf.set(row.id, { type: row.type, file: input.nodes.file, line: row.line });
  }
  const firstLine = new Map<string, { line: number; column: string }>();
  const noteType = (id: string, type: string | undefined, line: number, column: string) => {
    if (!firstLine.has(id)) firstLine.set(id, { line, column: column.replace('_type', '') });
    if (!type) return;
    const known = typeOf.get(id);
    if (!known) {
      typeOf.set(id, { type, file: edgesFile, line });
    } else if (known.type !== type) {
      const where = known.file === edgesFile ? `line ${known.line}` : `${known.file} line ${known.line}`;
      issues.add({
        severity: 'warning',
        file: edgesFile,
        line,
        column,
        code: 'type-conflict',
        message: `${edgesFile} line ${line}, column '${column}': '${id}' is typed '${type}' here but '${known.type}' on ${where}; kept '${known.type}'.`,
      });
    }
  };
  for (const row of input.edges.rows) {
    noteType(row.source, row.sourceType, row.line, 'source_type');
    noteType(row.target, row.targetType, row.line, 'target_type');
  }

  // Nodes and edges are collected in maps first and handed to graphology at
  // the end: its hasNode/edge lookups and attribute getters per row cost more
  // than the whole build of a plain Map (250k rows: 4.2 s → see bench).
  const nodes = new Map<string, AtlasNodeAttributes>();
  const ensureNode = (id: string): AtlasNodeAttributes => {
    const known = nodes.get(id);
    if (known) return known;
    const row = nodeRows.get(id);
    const attributes: AtlasNodeAttributes = {
      label: row?.label || id,
      type: typeOf.get(id)?.type ?? UNKNOWN_TYPE,
      extra: dictCopy(row?.attributes),
    };
    if (row?.country) attributes.country = row.country;
    if (row?.lat !== undefined) attributes.lat = row.lat;
    if (row?.lon !== undefined) attributes.lon = row.lon;
    if (row?.url) attributes.url = row.url;
    if (row?.kind) attributes.kind = row.kind;
    nodes.set(id, attributes);
    return attributes;
  };
  /** Edges by one endpoint then the other (both orders are looked up), in file order. */
  const pairs = new Map<string, Map<string, MergedEdge>>();
  const edges: MergedEdge[] = [];
  const distinct = new DistinctLists();

  let mergedRows = 0;
  for (const row of input.edges.rows) {
    const sourceNode = ensureNode(row.source);
    const targetNode = ensureNode(row.target);
    fillEndpointFields(row, sourceNode, targetNode);
    const edge = pairs.get(row.source)?.get(row.target) ?? pairs.get(row.target)?.get(row.source);
    if (edge === undefined) {
      const created: MergedEdge = { source: row.source, target: row.target, first: row, attributes: newEdgeAttributes(row, distinct) };
      let bySource = pairs.get(row.source);
      if (!bySource) pairs.set(row.source, (bySource = new Map()));
      bySource.set(row.target, created);
      edges.push(created);
      continue;
    }
    const { attributes: merged } = edge;
    if (row.line === merged.lines[merged.lines.length - 1]) {
      // More values of the link just read (a GEXF/GraphML link listing several
      // relations comes as one row per relation, all on its element's line):
      // one statement of the file, so no repeated-pair warning.
      mergeInto(merged, row, distinct, { sameStatement: true });
      continue;
    }
    mergedRows++;
    // Exact duplicates are told apart from repeated pairs only when a pair
    // repeats: the edge then keeps the first line of each distinct row
    // signature, so each row costs one signature and one look-up (the
    // common case, no repeat, builds no string at all).
    const { attributes } = edge;
    edge.signatures ??= new Map([[rowSignature(edge.first), edge.first.line]]);
    const signature = rowSignature(row);
    const exactLine = edge.signatures.get(signature);
    if (exactLine === undefined) edge.signatures.set(signature, row.line);
    issues.add({
      severity: 'warning',
      file: edgesFile,
      line: row.line,
      column: 'source',
      code: exactLine === undefined ? 'repeated-pair' : 'duplicate-row',
      message:
        exactLine === undefined
          ? `${edgesFile} line ${row.line}: '${row.source}' – '${row.target}' was already linked on line ${attributes.lines[0]}; the rows were merged into one edge (weights summed, relations, years and evidence kept as lists).`
          : `${edgesFile} line ${row.line}: exact duplicate of line ${exactLine}; merged into one edge with the weights summed (${attributes.weight} + ${row.weight}).`,
    });
    mergeInto(attributes, row, distinct);
  }

  // Nodes of the nodes file that no edge names are kept as isolates.
  if (input.nodes) {
    const nodesFile = input.nodes.file;
    for (const row of nodeRows.values()) {
      if (nodes.has(row.id)) continue;
      ensureNode(row.id);
      issues.add({
        severity: 'warning',
        file: nodesFile,
        line: row.line,
        column: 'id',
        code: 'node-without-edges',
        message: `${nodesFile} line ${row.line}, column 'id': '${row.id}' appears in no edge of ${edgesFile}; kept as an isolated node.`,
      });
    }
    for (const [id, { line, column }] of firstLine) {
      if (nodeRows.has(id)) continue;
      issues.add({
        severity: 'warning',
        file: edgesFile,
        line,
        column,
        code: 'node-not-in-nodes-file',
        message: `${edgesFile} line ${line}: '${id}' is not in ${nodesFile}; it was added with ${typeOf.has(id) ? `type '${typeOf.get(id)!.type}' from the edges file` : 'no type'}.`,
      });
    }
  }

  for (const [id, { line, column }] of firstLine) {
    if (typeOf.has(id)) continue;
    issues.add({
      severity: 'warning',
      file: edgesFile,
      line,
      column: `${column}_type`,
      code: 'type-missing',
      message: `${edgesFile} line ${line}: no file gives a type for '${id}'; it is shown as '${UNKNOWN_TYPE}'.`,
    });
  }

  for (const [id, attributes] of nodes) graph.addNode(nodeKey(id), attributes);
  for (const { source, target, attributes } of edges) graph.addEdge(nodeKey(source), nodeKey(target), attributes);
  reportCaseDuplicates(nodes.keys(), issues, firstLine, edgesFile, input.nodes?.file, nodeRows);
  return { graph, issues, mergedRows };
}

/** The edges-file columns that describe an endpoint, as [column, node field] per end. */
const ENDPOINT_COLUMNS = (['source', 'target'] as const).map((end) => ENDPOINT_FIELDS.map((field) => [`${end}_${field}`, field] as const));

/** `source_kind`, `target_country`… in the edges file fill the endpoint's field when the nodes file left it empty. */
function fillEndpointFields(row: EdgeRow, source: AtlasNodeAttributes, target: AtlasNodeAttributes): void {
  let any = false;
  for (const _ in row.attributes) {
    any = true;
    break;
  }
  if (!any) return;
  for (let end = 0; end < 2; end++) {
    const id = end === 0 ? row.source : row.target;
    const node = end === 0 ? source : target;
    for (const [column, field] of ENDPOINT_COLUMNS[end]!) {
      const value = getOwn(row.attributes, column);
      if (!value) continue;
      if (field === 'label') {
        if (node.label === id) node.label = value;
      } else if (node[field] === undefined) {
        node[field] = value;
      }
    }
  }
}
