/**
 * The built graph in columns: what the graph builder writes while the rows
 * are read, what every network measure's adjacency (CSR) is made from, and
 * what the graphology graph is made from where it is still needed (indicators,
 * projection, layout, exports, the page's map).
 *
 * Nodes are few next to links, so each keeps its key, id and attribute
 * object. Links are columns in link order 0 … m−1: their ends as node indices
 * and their weight, first line, first relation (a code into a dictionary of
 * names) and first year in typed arrays grown by doubling; their first
 * evidence in an array of strings; the rare rest in maps by link index — the
 * first row's other columns, and the whole attribute object of a link whose
 * lists grew past one row (a repeated pair, or a GEXF link with several
 * relations). A link costs 32 bytes of typed arrays and a reference to its
 * evidence string here (the heap after reading a million links holds 77
 * bytes a link, nodes and strings included), where graphology's records, key
 * and attribute object of lists cost 560–700.
 *
 * Why hand-written: no library gives a typed-array graph from which both
 * graphology's graph (which sigma, the indicators and the exports read, with
 * its node order, edge keys and attribute objects exactly as before) and our
 * CSR in graphology's edge order can be made. graphology's own store is the
 * per-link objects this replaces; typed-array graph libraries (ngraph, CSR
 * packages) have neither our attribute model nor our neighbour order.
 */
import { UndirectedGraph } from 'graphology';
import type { EdgeRow } from '../csv/types';
import { type ColumnarGraph, type Csr, csrFromLinks } from '../metrics/csr';
import { type Dict, dict, dictCopy, getOwn, setOwn } from '../util/dict';
import { hashedAdjacency } from './hashed-adjacency';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from './types';

/** A graph's nodes with their attributes: a graphology graph and {@link GraphColumns} both are one. */
export interface NodeAttributesSource {
  /** Node keys in graph order (a new array). */
  nodes(): string[];
  /** Calls `callback` with each node's key and attributes, in graph order. */
  forEachNode(callback: (key: string, attributes: AtlasNodeAttributes) => void): void;
}

/** A row's values that a link keeps from its first row. */
export type LinkValues = Pick<EdgeRow, 'line' | 'weight' | 'relation' | 'year' | 'evidence' | 'attributes'>;

/** Strings (types, relations) as codes: each distinct value once, −1 for none. */
export class NameDictionary {
  readonly names: string[] = [];
  private readonly codes = new Map<string, number>();

  /** The code of `name` (made on first sight), −1 for none. */
  code(name: string | undefined): number {
    if (name === undefined) return -1;
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.codes.set(name, code);
      this.names.push(name);
    }
    return code;
  }

  /** The name of `code`; undefined for −1. */
  name(code: number): string | undefined {
    return code < 0 ? undefined : this.names[code];
  }
}

/** The link columns both the writer and the finished graph hold. */
interface LinkArrays {
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  line: Int32Array;
  /** The first row's relation as a code into `relations`, −1 for none. */
  relation: Int32Array;
  /** The first row's year, NaN for none. */
  year: Float64Array;
  /** The first row's evidence. */
  evidence: (string | undefined)[];
  /** The first row's other columns, for links whose first row has any. */
  attributes: Map<number, Dict<string>>;
  /** The whole attributes of a link whose values grew past its first row's (its summed weight is in `weight` once finished). */
  merged: Map<number, AtlasEdgeAttributes>;
}

/**
 * The first-row values of link `i` (not for a link in `merged`, whose weight
 * is the sum of its rows').
 */
function linkValues(links: LinkArrays, relations: NameDictionary, i: number): LinkValues {
  const values: LinkValues = { line: links.line[i]!, weight: links.weight[i]!, attributes: links.attributes.get(i) ?? EMPTY };
  const relation = relations.name(links.relation[i]!);
  if (relation !== undefined) values.relation = relation;
  const year = links.year[i]!;
  if (!Number.isNaN(year)) values.year = year;
  const evidence = links.evidence[i];
  if (evidence !== undefined) values.evidence = evidence;
  return values;
}

const EMPTY: Dict<string> = Object.freeze(dict<string>());

/**
 * The attributes of a new link, from the first row that names its pair:
 * weight, one-value lists (none for an empty value) and the other columns,
 * each list made at its size (an array grown by `push` reserves 16 slots; a
 * million links with four lists each would carry ~500 MB of empty slots).
 */
export function newEdgeAttributes(row: LinkValues): AtlasEdgeAttributes {
  const extra = dict<string[]>();
  // Column names are data (`constructor`, `__proto__`…): own keys only.
  for (const key of Object.keys(row.attributes)) {
    const value = getOwn(row.attributes, key);
    if (value !== undefined) setOwn(extra, key, value === '' ? [] : [value]);
  }
  return {
    weight: 0 + row.weight,
    relations: row.relation === undefined || row.relation === '' ? [] : [row.relation],
    years: row.year === undefined ? [] : [row.year],
    evidence: row.evidence === undefined || row.evidence === '' ? [] : [row.evidence],
    lines: [row.line],
    extra,
  };
}

/** A copy of `a` with every list its own (a second graph made from the same columns shares nothing with the first). */
function copyAttributes(a: AtlasEdgeAttributes): AtlasEdgeAttributes {
  const extra = dict<string[]>();
  for (const key of Object.keys(a.extra)) setOwn(extra, key, getOwn(a.extra, key)!.slice());
  return { weight: a.weight, relations: a.relations.slice(), years: a.years.slice(), evidence: a.evidence.slice(), lines: a.lines.slice(), extra };
}

/** The nodes of a finished graph, in the builder's order. */
export interface NodeColumns {
  /** graphology keys, `nodeKey(id)`. */
  keys: string[];
  /** Each node's attributes (the graph made by `toGraph` holds these same objects). */
  attributes: AtlasNodeAttributes[];
}

/**
 * Links written one at a time, in order, by the graph builder; `finish`
 * trims the columns and hands them to a {@link GraphColumns}.
 */
export class LinkWriter {
  /** Links written so far. */
  size = 0;
  readonly relations = new NameDictionary();
  private links: LinkArrays = {
    source: new Int32Array(INITIAL_LINKS),
    target: new Int32Array(INITIAL_LINKS),
    weight: new Float64Array(INITIAL_LINKS),
    line: new Int32Array(INITIAL_LINKS),
    relation: new Int32Array(INITIAL_LINKS),
    year: new Float64Array(INITIAL_LINKS),
    evidence: [],
    attributes: new Map(),
    merged: new Map(),
  };

  /**
   * Adds a link between node indices `source` and `target` from its first
   * row; returns its index. `ownsRow`: the row's other columns may be kept
   * as they are (nobody else holds the row), else they are copied.
   */
  add(source: number, target: number, row: EdgeRow, ownsRow: boolean): number {
    const i = this.size;
    let links = this.links;
    if (i === links.source.length) links = this.grow();
    links.source[i] = source;
    links.target[i] = target;
    links.weight[i] = row.weight;
    links.line[i] = row.line;
    links.relation[i] = this.relations.code(row.relation);
    links.year[i] = row.year ?? Number.NaN;
    links.evidence.push(row.evidence);
    for (const _ in row.attributes) {
      links.attributes.set(i, ownsRow ? row.attributes : dictCopy(row.attributes));
      break;
    }
    this.size = i + 1;
    return i;
  }

  /** The ends of link `i` as node indices. */
  source(i: number): number {
    return this.links.source[i]!;
  }

  target(i: number): number {
    return this.links.target[i]!;
  }

  /** The first line of link `i`. */
  firstLine(i: number): number {
    return this.links.line[i]!;
  }

  /** The values link `i` has from its first row (kept as they were when more rows are merged into it). */
  firstValues(i: number): LinkValues {
    return linkValues(this.links, this.relations, i);
  }

  /** The line of the last row merged into link `i`. */
  lastLine(i: number): number {
    const merged = this.links.merged.get(i);
    return merged ? merged.lines[merged.lines.length - 1]! : this.links.line[i]!;
  }

  /**
   * The attributes of link `i` as an object to merge more rows into, made
   * from its first row the first time; the link's columns keep the first
   * row's values until `finish` copies the summed weight into them.
   */
  mergeable(i: number): AtlasEdgeAttributes {
    let attributes = this.links.merged.get(i);
    if (!attributes) this.links.merged.set(i, (attributes = newEdgeAttributes(this.firstValues(i))));
    return attributes;
  }

  /** The finished graph; the writer is spent. */
  finish(nodes: NodeColumns): GraphColumns {
    const m = this.size;
    const l = this.links;
    // The CSR reads a link's weight from its column: a merged link's is the sum of its rows'.
    for (const [i, attributes] of l.merged) l.weight[i] = attributes.weight;
    const trimmed: LinkArrays = {
      source: l.source.slice(0, m),
      target: l.target.slice(0, m),
      weight: l.weight.slice(0, m),
      line: l.line.slice(0, m),
      relation: l.relation.slice(0, m),
      year: l.year.slice(0, m),
      evidence: l.evidence,
      attributes: l.attributes,
      merged: l.merged,
    };
    return new GraphColumns(nodes, trimmed, this.relations);
  }

  private grow(): LinkArrays {
    const l = this.links;
    const grown = <T extends Int32Array | Float64Array>(a: T): T => {
      const out = new (a.constructor as new (n: number) => T)(2 * a.length);
      out.set(a);
      return out;
    };
    this.links = {
      ...l,
      source: grown(l.source),
      target: grown(l.target),
      weight: grown(l.weight),
      line: grown(l.line),
      relation: grown(l.relation),
      year: grown(l.year),
    };
    return this.links;
  }
}

const INITIAL_LINKS = 1024;

/**
 * The built graph in columns (see the file's header). `order`, `size`,
 * `nodes()` and `forEachNode` answer as graphology's do, so the measures
 * (`metrics/csr.ts`'s `MeasureGraph`) take either;
 * `csr` is the measures' adjacency, `toGraph` the graphology graph.
 */
export class GraphColumns implements ColumnarGraph, NodeAttributesSource {
  readonly order: number;
  readonly size: number;

  constructor(
    private readonly nodeColumns: NodeColumns,
    private readonly links: LinkArrays,
    private readonly relations: NameDictionary,
  ) {
    this.order = nodeColumns.keys.length;
    this.size = links.source.length;
  }

  /** Node keys in graph order (a new array, as graphology's). */
  nodes(): string[] {
    return this.nodeColumns.keys.slice();
  }

  /** Calls `callback` with each node's key and attributes, in graph order. */
  forEachNode(callback: (key: string, attributes: AtlasNodeAttributes) => void): void {
    const { keys, attributes } = this.nodeColumns;
    for (let i = 0; i < keys.length; i++) callback(keys[i]!, attributes[i]!);
  }

  /** Each node's attributes in graph order (a new array of the columns' own objects). */
  nodeAttributes(): AtlasNodeAttributes[] {
    return this.nodeColumns.attributes.slice();
  }

  /** Copies of the links' ends (node indices) and weights, in link order (copies: a caller may transfer them). */
  linkEnds(): { source: Int32Array; target: Int32Array; weight: Float64Array } {
    const { source, target, weight } = this.links;
    return { source: source.slice(), target: target.slice(), weight: weight.slice() };
  }

  /**
   * Calls `visit` for each link in order with what it holds, making no
   * object: the attribute object of a link that more rows named, else its
   * first row's relation, year (NaN for none), evidence, line and other
   * columns (`edgeAttributes` makes the lists of these).
   */
  forEachLink(
    visit: (
      i: number,
      merged: AtlasEdgeAttributes | undefined,
      relation: string | undefined,
      year: number,
      evidence: string | undefined,
      line: number,
      attributes: Dict<string> | undefined,
    ) => void,
  ): void {
    const { links, relations } = this;
    const { merged } = links;
    const any = merged.size > 0;
    for (let i = 0; i < this.size; i++) {
      const m = any ? merged.get(i) : undefined;
      if (m) visit(i, m, undefined, Number.NaN, undefined, 0, undefined);
      else visit(i, undefined, relations.name(links.relation[i]!), links.year[i]!, links.evidence[i], links.line[i]!, links.attributes.get(i));
    }
  }

  /** The attributes of link `i`, as `toGraph` gives them (a new object). */
  edgeAttributes(i: number): AtlasEdgeAttributes {
    const merged = this.links.merged.get(i);
    return merged ? copyAttributes(merged) : newEdgeAttributes(linkValues(this.links, this.relations, i));
  }

  /**
   * The CSR of the graph: what `buildCsr(this.toGraph(), weightAttribute)`
   * gives, without the graph — a counting pass over the end columns in link
   * order (graphology's edge order), so every node's neighbours come in the
   * same order; self-loops skipped; a weight that is not a positive finite
   * number counts as 1; `null` is all ones.
   */
  csr(weightAttribute: 'weight' | null): Csr {
    const { source, target, weight } = this.links;
    return csrFromLinks(this.nodes(), source, target, weightAttribute === null ? null : weight, this.size);
  }

  /**
   * The graphology graph of these columns, as the builder made it before the
   * columns existed: nodes in order with their attribute objects (the same
   * objects: a change made through the graph is seen here), links keyed
   * "0" … "m−1" in order, each with an attribute object of its own.
   */
  toGraph(): AtlasGraph {
    const graph: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    const { keys, attributes } = this.nodeColumns;
    for (let i = 0; i < keys.length; i++) {
      graph.addNode(keys[i]!, attributes[i]!);
      hashedAdjacency(graph, keys[i]!);
    }
    // Links are keyed by position, "0" … "m−1" as Gephi numbers them: graphology's generated keys
    // (`geid_<random instance>_<n>`) made every export's edge ids differ from run to run, and a
    // short number-like string costs less to make, hash and keep than that concatenation.
    const { source, target } = this.links;
    for (let i = 0; i < this.size; i++) graph.addEdgeWithKey(String(i), keys[source[i]!]!, keys[target[i]!]!, this.edgeAttributes(i));
    return graph;
  }
}
