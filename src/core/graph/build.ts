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
import { IssueLog } from '../csv/types';
import type { EdgeRow, NodeRow } from '../csv/types';
import { dictCopy } from '../util/dict';
import { reportCaseDuplicates } from './case-duplicates';
import { type GraphColumns, LinkWriter, NameDictionary } from './columns';
import { DistinctLists, mergeInto, rowSignature } from './edge-merge';
import { fillEndpointFields } from './endpoint-fields';
import { nodeKey } from './node-key';
import { type NodeEntry, reportNodesFileGaps, reportTypeMissing } from './node-issues';
import { PairIndex } from './pair-index';
import { UNKNOWN_TYPE } from './types';
import type { AtlasGraph, AtlasNodeAttributes } from './types';

/** What {@link buildGraph} reads: the rows of each file and the files' names. */
export interface BuildInput {
  edges: { file: string; rows: readonly EdgeRow[] };
  nodes?: { file: string; rows: readonly NodeRow[] };
}

export interface BuildResult {
  /** The graph in columns: what the measures read (`analyzeGraph`, `csrFor`) without making graphology's graph. */
  columns: GraphColumns;
  /**
   * The graphology graph, `columns.toGraph()`: a lazily computed property,
   * made on first access and then kept, so a caller that only measures (the
   * analysis's network measures read `columns`) never pays for it. It holds
   * the columns' node attribute objects themselves.
   */
  readonly graph: AtlasGraph;
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
   * The rows handed to `add` become the builder's: it may keep a row's
   * record of other columns as it is instead of copying it. Only for rows
   * nobody else keeps or changes (the streamed reading of an edges CSV).
   */
  ownsRows?: boolean;
}

/**
 * {@link buildGraph} one row at a time: `add` each row of the edges file in
 * file order, then `finish` — the same graph, issues and issue order as
 * `buildGraph` on all the rows, without the rows all existing at once.
 *
 * Each row costs one look-up per endpoint by id (a freshly read string, so
 * hashed once here) and one of the pair by the two node indices; everything
 * else the builder knows about a node — its index, attributes, first mention
 * and type — hangs off that one entry. Links go straight into columns
 * (graph/columns.ts), never into per-link objects: only a link that more
 * rows name gets an attribute object of lists.
 */
export class GraphBuilder {
  private readonly issues = new IssueLog();
  /** Type conflicts, then merges: the order `buildGraph` reported them in when it read the rows twice. */
  private readonly typeIssues = new IssueLog();
  private readonly mergeIssues = new IssueLog();
  private readonly nodeRows = new Map<string, NodeRow>();
  /** Nodes by id, in order of first mention; each knows its index. */
  private readonly nodes = new Map<string, NodeEntry>();
  /** Node ids by index. */
  private readonly ids: string[] = [];
  private readonly links = new LinkWriter();
  private readonly pairs = new PairIndex(this.links);
  /** Each link's first row's two types, as codes (for the row signature once the pair repeats). */
  private firstTypes = new Int32Array(2048);
  private readonly types = new NameDictionary();
  /** First line of each distinct row signature, by link; made when a pair first repeats. */
  private readonly signatures = new Map<number, Map<string, number>>();
  private readonly distinct = new DistinctLists();
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
    fillEndpointFields(row, source.attributes, target.attributes);
    const { links } = this;
    const link = this.pairs.get(source.index, target.index);
    if (link < 0) {
      const created = links.add(source.index, target.index, row, this.options.ownsRows === true);
      this.pairs.add(created);
      this.noteFirstTypes(created, row);
      return;
    }
    if (row.line === links.lastLine(link)) {
      // More values of the link just read (a GEXF/GraphML link listing several
      // relations comes as one row per relation, all on its element's line):
      // one statement of the file, so no repeated-pair warning.
      mergeInto(links.mergeable(link), row, this.distinct, { sameStatement: true });
      return;
    }
    this.mergedRows++;
    // Exact duplicates are told apart from repeated pairs only when a pair
    // repeats: the link then keeps the first line of each distinct row
    // signature, so each row costs one signature and one look-up (the
    // common case, no repeat, builds no string at all).
    let signatures = this.signatures.get(link);
    if (!signatures) this.signatures.set(link, (signatures = new Map([[rowSignature(this.firstRow(link)), links.firstLine(link)]])));
    const signature = rowSignature(row);
    const exactLine = signatures.get(signature);
    if (exactLine === undefined) signatures.set(signature, row.line);
    const attributes = links.mergeable(link);
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
    const keys: string[] = [];
    const attributes: AtlasNodeAttributes[] = [];
    for (const entry of nodes.values()) {
      entry.attributes.type = entry.typed?.type ?? UNKNOWN_TYPE;
      keys.push(entry.key);
      attributes.push(entry.attributes);
    }
    const columns = this.links.finish({ keys, attributes });
    reportCaseDuplicates(nodes.keys(), issues, (id) => nodes.get(id)?.mention, edgesFile, this.nodesInput?.file, this.nodeRows);
    return builtGraph(columns, issues, this.mergedRows);
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
    const entry: NodeEntry = { id, key: nodeKey(id), index: this.ids.length, attributes, mention: undefined, typed };
    this.nodes.set(id, entry);
    this.ids.push(id);
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

  /** Keeps the types link `link`'s first row gives its ends. */
  private noteFirstTypes(link: number, row: EdgeRow): void {
    if (2 * link + 1 >= this.firstTypes.length) {
      const grown = new Int32Array(2 * this.firstTypes.length);
      grown.set(this.firstTypes);
      this.firstTypes = grown;
    }
    this.firstTypes[2 * link] = this.types.code(row.sourceType);
    this.firstTypes[2 * link + 1] = this.types.code(row.targetType);
  }

  /** The first row of link `link` again, as far as its signature reads it. */
  private firstRow(link: number): EdgeRow {
    const { links, ids, types, firstTypes } = this;
    const row: EdgeRow = { ...links.firstValues(link), source: ids[links.source(link)]!, target: ids[links.target(link)]! };
    const sourceType = types.name(firstTypes[2 * link]!);
    const targetType = types.name(firstTypes[2 * link + 1]!);
    if (sourceType !== undefined) row.sourceType = sourceType;
    if (targetType !== undefined) row.targetType = targetType;
    return row;
  }
}

/** The result of a build, its graphology graph made on first access. */
function builtGraph(columns: GraphColumns, issues: IssueLog, mergedRows: number): BuildResult {
  let graph: AtlasGraph | undefined;
  return {
    columns,
    issues,
    mergedRows,
    get graph() {
      graph ??= columns.toGraph();
      return graph;
    },
  };
}
