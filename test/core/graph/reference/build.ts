/**
 * The test oracle for graph/columns.ts: the graph builder as it was before
 * the columnar store (src/core/graph/build.ts at deef504, with edge-merge.ts
 * and node-issues.ts beside it), which handed merged edge objects to
 * graphology in `finish`. Kept unchanged apart from its imports, so the new
 * builder's graph, issues and counts are compared with what users got.
 */
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
import { IssueLog } from '../../../../src/core/csv/types';
import type { EdgeRow, NodeRow } from '../../../../src/core/csv/types';
import { dictCopy } from '../../../../src/core/util/dict';
import { reportCaseDuplicates } from '../../../../src/core/graph/case-duplicates';
import { fillEndpointFields } from '../../../../src/core/graph/endpoint-fields';
import { DistinctLists, mergeInto, newEdgeAttributes, rowSignature, type MergedEdge } from './edge-merge';
import { nodeKey } from '../../../../src/core/graph/node-key';
import { type NodeEntry, reportNodesFileGaps, reportTypeMissing } from './node-issues';
import { UNKNOWN_TYPE } from '../../../../src/core/graph/types';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../../src/core/graph/types';

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

/**
 * Builds an undirected graph with typed nodes and merged edges.
 * Node types from the nodes file win over types in the edges file.
 */
export function buildGraph(input: BuildInput): BuildResult {
  const builder = new GraphBuilder(input.edges.file, input.nodes);
  for (const row of input.edges.rows) builder.add(row);
  return builder.finish();
}

/** Options of {@link GraphBuilder}. */
export interface GraphBuilderOptions {
  /**
   * The rows handed to `add` become the builder's: it may replace their
   * strings by equal ones it already holds (an id, a type, a relation) and
   * drop what it no longer needs, so a million rows cost less memory. Only
   * for rows nobody else keeps (the CLI's streamed reading).
   */
  ownsRows?: boolean;
}

/**
 * {@link buildGraph} one row at a time: `add` each row of the edges file in
 * file order, then `finish` — the same graph, issues and issue order as
 * `buildGraph` on all the rows, without the rows all existing at once.
 *
 * Each row costs one look-up per endpoint by id (a freshly read string, so
 * hashed once here); everything else the builder knows about a node — its
 * attributes, first mention, type and edges — hangs off that one entry.
 */
export class GraphBuilder {
  private readonly issues = new IssueLog();
  /** Type conflicts, then merges: the order `buildGraph` reported them in when it read the rows twice. */
  private readonly typeIssues = new IssueLog();
  private readonly mergeIssues = new IssueLog();
  private readonly nodeRows = new Map<string, NodeRow>();
  /** Nodes and edges are collected first and handed to graphology in `finish`: its look-ups per row cost more than the whole build of a Map. */
  private readonly nodes = new Map<string, NodeEntry>();
  private readonly edges: (MergedEdge | undefined)[] = [];
  private readonly distinct = new DistinctLists();
  /** Types and relations as first seen, so owned rows share one string per value. */
  private readonly names = new Map<string, string>();
  private mergedRows = 0;

  constructor(
    private readonly edgesFile: string,
    private readonly nodesInput?: { file: string; rows: readonly NodeRow[] },
    private readonly options: GraphBuilderOptions = {},
  ) {
    for (const row of nodesInput?.rows ?? []) if (!this.nodeRows.has(row.id)) this.nodeRows.set(row.id, row);
  }

  /** Adds one row of the edges file (rows in file order). */
  add(row: EdgeRow): void {
    const source = this.ensureNode(row.source);
    this.noteType(source, row.sourceType, row.line, 'source');
    const target = this.ensureNode(row.target);
    this.noteType(target, row.targetType, row.line, 'target');
    if (this.options.ownsRows) this.share(row, source.id, target.id);
    fillEndpointFields(row, source.attributes, target.attributes);
    const edge = source.edges?.get(target) ?? target.edges?.get(source);
    if (edge === undefined) {
      const created: MergedEdge = { source: source.key, target: target.key, first: row, attributes: newEdgeAttributes(row) };
      (source.edges ??= new Map()).set(target, created);
      this.edges.push(created);
      return;
    }
    const { attributes } = edge;
    if (row.line === attributes.lines[attributes.lines.length - 1]) {
      // More values of the link just read (a GEXF/GraphML link listing several
      // relations comes as one row per relation, all on its element's line):
      // one statement of the file, so no repeated-pair warning.
      mergeInto(attributes, row, this.distinct, { sameStatement: true });
      return;
    }
    this.mergedRows++;
    // Exact duplicates are told apart from repeated pairs only when a pair
    // repeats: the edge then keeps the first line of each distinct row
    // signature, so each row costs one signature and one look-up (the
    // common case, no repeat, builds no string at all).
    edge.signatures ??= new Map([[rowSignature(edge.first), edge.first.line]]);
    const signature = rowSignature(row);
    const exactLine = edge.signatures.get(signature);
    if (exactLine === undefined) edge.signatures.set(signature, row.line);
    const file = this.edgesFile;
    this.mergeIssues.add({
      severity: 'warning',
      file,
      line: row.line,
      column: 'source',
      code: exactLine === undefined ? 'repeated-pair' : 'duplicate-row',
      message:
        exactLine === undefined
          ? `${file} line ${row.line}: '${row.source}' – '${row.target}' was already linked on line ${attributes.lines[0]}; the rows were merged into one edge (weights summed, relations, years and evidence kept as lists).`
          : `${file} line ${row.line}: exact duplicate of line ${exactLine}; merged into one edge with the weights summed (${attributes.weight} + ${row.weight}).`,
    });
    mergeInto(attributes, row, this.distinct);
  }

  /** The graph and every issue; the builder is spent. */
  finish(): BuildResult {
    const { issues, nodes, edgesFile } = this;
    issues.merge(this.typeIssues);
    issues.merge(this.mergeIssues);
    // Nodes of the nodes file that no edge names are kept as isolates.
    if (this.nodesInput) reportNodesFileGaps(this.nodesInput.file, edgesFile, this.nodeRows, nodes, issues, (id) => this.ensureNode(id));
    reportTypeMissing(nodes.values(), issues, edgesFile);
    const graph: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    for (const entry of nodes.values()) {
      entry.attributes.type = entry.typed?.type ?? UNKNOWN_TYPE;
      entry.edges = undefined;
      graph.addNode(entry.key, entry.attributes);
      hashedAdjacency(graph, entry.key);
    }
    // Each merged edge is let go as graphology takes it, so the two never both hold every edge.
    // Its key is its position, "0" … "m−1" as Gephi numbers links: graphology's generated keys
    // (`geid_<random instance>_<n>`) made every export's edge ids differ from run to run, and a
    // short number-like string costs less to make, hash and keep than that concatenation.
    const edges = this.edges;
    for (let i = 0; i < edges.length; i++) {
      const { source, target, attributes } = edges[i]!;
      edges[i] = undefined;
      graph.addEdgeWithKey(String(i), source, target, attributes);
    }
    edges.length = 0;
    reportCaseDuplicates(nodes.keys(), issues, (id) => nodes.get(id)?.mention, edgesFile, this.nodesInput?.file, this.nodeRows);
    return { graph, issues, mergedRows: this.mergedRows };
  }

  /** The node of `id`, made on its first mention (its type is settled in `finish`, once every row has been seen). */
  private ensureNode(id: string): NodeEntry {
    const known = this.nodes.get(id);
    if (known) return known;
    const row = this.nodeRows.get(id);
    const attributes: AtlasNodeAttributes = { label: row?.label || id, type: UNKNOWN_TYPE, extra: dictCopy(row?.attributes) };
    if (row?.country) attributes.country = row.country;
    if (row?.lat !== undefined) attributes.lat = row.lat;
    if (row?.lon !== undefined) attributes.lon = row.lon;
    if (row?.url) attributes.url = row.url;
    if (row?.kind) attributes.kind = row.kind;
    // The nodes file's type wins over any the edges file gives.
    // Every field from the start, so every entry has one shape (V8 map): fields added in the order rows came made
    // several, and the builder's accesses were polymorphic (its hot functions were deoptimised and recompiled).
    const typed = row?.type ? { type: row.type, file: this.nodesInput!.file, line: row.line } : undefined;
    const entry: NodeEntry = { id, key: nodeKey(id), attributes, mention: undefined, typed, edges: undefined };
    this.nodes.set(id, entry);
    return entry;
  }

  /** Records a node's first mention, and its first type in the edges file (a later different one is a `type-conflict`). */
  private noteType(node: NodeEntry, type: string | undefined, line: number, end: 'source' | 'target'): void {
    node.mention ??= { line, column: end };
    if (!type) return;
    const known = node.typed;
    if (!known) {
      node.typed = { type, file: this.edgesFile, line };
    } else if (known.type !== type) {
      const file = this.edgesFile;
      const column = `${end}_type`;
      const where = known.file === file ? `line ${known.line}` : `${known.file} line ${known.line}`;
      this.typeIssues.add({
        severity: 'warning',
        file,
        line,
        column,
        code: 'type-conflict',
        message: `${file} line ${line}, column '${column}': '${node.id}' is typed '${type}' here but '${known.type}' on ${where}; kept '${known.type}'.`,
      });
    }
  }

  /** An owned row's ids, types and relation become the strings the builder already holds. */
  private share(row: EdgeRow, source: string, target: string): void {
    row.source = source;
    row.target = target;
    if (row.sourceType !== undefined) row.sourceType = this.name(row.sourceType);
    if (row.targetType !== undefined) row.targetType = this.name(row.targetType);
    if (row.relation !== undefined) row.relation = this.name(row.relation);
  }

  private name(value: string): string {
    const known = this.names.get(value);
    if (known !== undefined) return known;
    if (this.names.size < MAX_SHARED_NAMES) this.names.set(value, value);
    return value;
  }
}

/** What {@link hashedAdjacency} expects of graphology's record of a node (graphology 0.26, `UndirectedNodeData`). */
interface NodeRecord {
  undirected?: unknown;
}

/**
 * Gives a new node of `graph` a neighbour record that V8 keeps as a hash
 * table from the start. graphology makes it `{}`, a fast-mode object: each
 * link adds a property named by a neighbour's key that no other node's record
 * has, so each insert makes V8 derive a new hidden class until the object
 * turns into a hash table anyway — the bulk of `addEdge`'s cost and of its
 * garbage (at 250k links the build's graphology pass went from 2.6–3.0 s to
 * 1.6 s of CPU, and read + build's peak RSS from 450 to 390 MB). The record
 * made here is the same kind of object (it inherits `Object.prototype`, as graphology's `hasEdge`
 * needs: it calls the record's `hasOwnProperty`); made without a prototype
 * first, it starts in V8's dictionary mode and stays there. Lookups, `in` and
 * `for…in` (the neighbour order: number-like keys first, then insertion
 * order) behave alike. Left as it is when graphology's internals differ
 * (another version), so this can only be a speed-up, never a change.
 */
function hashedAdjacency(graph: AtlasGraph, key: string): void {
  const record = (graph as unknown as { _nodes?: Map<string, NodeRecord> })._nodes?.get(key);
  if (record && typeof record.undirected === 'object' && record.undirected !== null && Object.keys(record.undirected).length === 0)
    record.undirected = Object.setPrototypeOf(Object.create(null), Object.prototype);
}

/** Distinct types and relations an owned row's strings are shared from (ids are shared through the nodes). */
const MAX_SHARED_NAMES = 10_000;
