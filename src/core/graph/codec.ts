/**
 * A columnar, typed-array encoding of the typed partnership graph, for moving
 * it between the analysis worker and the page without copying a tree of small
 * objects: topology and numbers are typed arrays (moved in the transfer list,
 * not copied), strings are dictionary-encoded (each distinct relation, type,
 * country or evidence string once, and an Int32Array of ids), and per-edge
 * lists (relations, years, evidence, lines) are CSR-style offset arrays.
 *
 * Written by hand: graphology's `export()` is a tree of per-node and per-edge
 * objects (one or more allocations each), which is what makes a 500k-edge
 * structured clone slow and heavy.
 *
 * Column names are user data (`constructor`, `__proto__`…), so the extra
 * columns travel as a list of `[name, column]` pairs, never as object keys,
 * and are read back into prototype-free records.
 */
import { UndirectedGraph } from 'graphology';
import { dict, getOwn, setOwn } from '../util/dict';
import { GraphColumns } from './columns';
import { hashedAdjacency } from './hashed-adjacency';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from './types';

/** One string (or none: id −1) per item, dictionary-encoded. */
export interface StringColumn {
  ids: Int32Array;
  dict: string[];
}

/** A list of strings per item: item i holds `dict[ids[offsets[i] .. offsets[i+1])]`. */
export interface StringListColumn {
  offsets: Int32Array;
  ids: Int32Array;
  dict: string[];
}

/** A list of integers per item. */
export interface IntListColumn {
  offsets: Int32Array;
  values: Int32Array;
}

export interface EncodedGraph {
  keys: string[];
  labels: string[];
  type: StringColumn;
  country: StringColumn;
  kind: StringColumn;
  url: StringColumn;
  /** NaN = no coordinate. */
  lat: Float64Array;
  lon: Float64Array;
  /** Other node columns, as `[column name, values]` in first-seen order. */
  nodeExtra: [string, StringColumn][];
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  relations: StringListColumn;
  evidence: StringListColumn;
  years: IntListColumn;
  lines: IntListColumn;
  /** Other edge columns, as `[column name, value lists]` in first-seen order. */
  edgeExtra: [string, StringListColumn][];
}

class Dictionary {
  readonly dict: string[] = [];
  private readonly index = new Map<string, number>();
  id(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.dict.length;
      this.dict.push(value);
      this.index.set(value, id);
    }
    return id;
  }
}

function stringColumn(values: readonly (string | undefined)[]): StringColumn {
  const d = new Dictionary();
  const ids = Int32Array.from(values, (v) => (v === undefined ? -1 : d.id(v)));
  return { ids, dict: d.dict };
}

function stringListColumn(lists: readonly (readonly string[] | undefined)[]): StringListColumn {
  const d = new Dictionary();
  const offsets = new Int32Array(lists.length + 1);
  const ids: number[] = [];
  lists.forEach((list, i) => {
    for (const v of list ?? []) ids.push(d.id(v));
    offsets[i + 1] = ids.length;
  });
  return { offsets, ids: Int32Array.from(ids), dict: d.dict };
}

function intListColumn(lists: readonly (readonly number[])[]): IntListColumn {
  const offsets = new Int32Array(lists.length + 1);
  const values: number[] = [];
  lists.forEach((list, i) => {
    values.push(...list);
    offsets[i + 1] = values.length;
  });
  return { offsets, values: Int32Array.from(values) };
}

/**
 * Encodes a graph (nodes in graph order, edges in graph order): a graphology
 * graph, or the builder's columns — the same encoding as of their
 * graphology graph (`columns.toGraph()`), without making it.
 */
export function encodeGraph(graph: AtlasGraph | GraphColumns): EncodedGraph {
  if (graph instanceof GraphColumns) return { ...encodeNodes(graph.nodes(), graph.nodeAttributes()), ...graph.linkEnds(), ...encodeColumnLinks(graph) };
  const keys = graph.nodes();
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  const weight = new Float64Array(graph.size);
  const edges: AtlasEdgeAttributes[] = [];
  graph.forEachEdge((_e, a, s, t) => {
    const i = edges.length;
    source[i] = index.get(s)!;
    target[i] = index.get(t)!;
    weight[i] = a.weight;
    edges.push(a);
  });
  const nodes = keys.map((k) => graph.getNodeAttributes(k));
  return { ...encodeNodes(keys, nodes), source, target, weight, ...encodeLinks(edges) };
}

type NodeParts = Pick<EncodedGraph, 'keys' | 'labels' | 'type' | 'country' | 'kind' | 'url' | 'lat' | 'lon' | 'nodeExtra'>;
type LinkLists = Pick<EncodedGraph, 'relations' | 'evidence' | 'years' | 'lines' | 'edgeExtra'>;

/** The node part of an encoding. */
function encodeNodes(keys: string[], nodes: readonly AtlasNodeAttributes[]): NodeParts {
  return {
    keys,
    labels: nodes.map((a) => a.label),
    type: stringColumn(nodes.map((a) => a.type)),
    country: stringColumn(nodes.map((a) => a.country)),
    kind: stringColumn(nodes.map((a) => a.kind)),
    url: stringColumn(nodes.map((a) => a.url)),
    lat: Float64Array.from(nodes, (a) => a.lat ?? NaN),
    lon: Float64Array.from(nodes, (a) => a.lon ?? NaN),
    nodeExtra: distinctKeys(nodes).map((k) => [k, stringColumn(nodes.map((a) => getOwn(a.extra, k)))]),
  };
}

/** The link lists of an encoding, from each link's attributes. */
function encodeLinks(edges: readonly AtlasEdgeAttributes[]): LinkLists {
  return {
    relations: stringListColumn(edges.map((a) => a.relations)),
    evidence: stringListColumn(edges.map((a) => a.evidence)),
    years: intListColumn(edges.map((a) => a.years)),
    lines: intListColumn(edges.map((a) => a.lines)),
    edgeExtra: distinctKeys(edges).map((k) => [k, stringListColumn(edges.map((a) => getOwn(a.extra, k)))]),
  };
}

/**
 * {@link encodeLinks} of the columns' links without making their attribute
 * objects: a link of one row holds at most one relation, year and evidence,
 * an empty value none (as `newEdgeAttributes` makes its lists). Values reach
 * each dictionary in the same order, so the ids are the same too.
 */
function encodeColumnLinks(columns: GraphColumns): LinkLists {
  const m = columns.size;
  const relations = new ListBuilder<string>(m);
  const evidence = new ListBuilder<string>(m);
  const years = new ListBuilder<number>(m);
  const lines = new ListBuilder<number>(m);
  const extraKeys = new Set<string>();
  columns.forEachLink((_i, merged, relation, year, evidenceText, line, attributes) => {
    if (merged) {
      relations.addAll(merged.relations);
      evidence.addAll(merged.evidence);
      years.addAll(merged.years);
      lines.addAll(merged.lines);
      for (const k of Object.keys(merged.extra)) extraKeys.add(k);
    } else {
      if (relation) relations.add(relation);
      if (evidenceText) evidence.add(evidenceText);
      if (!Number.isNaN(year)) years.add(year);
      lines.add(line);
      if (attributes) for (const k of Object.keys(attributes)) if (getOwn(attributes, k) !== undefined) extraKeys.add(k);
    }
    relations.end();
    evidence.end();
    years.end();
    lines.end();
  });
  const edgeExtra = [...extraKeys].map((key): [string, StringListColumn] => {
    const lists = new ListBuilder<string>(m);
    columns.forEachLink((_i, merged, _relation, _year, _evidence, _line, attributes) => {
      if (merged) lists.addAll(getOwn(merged.extra, key) ?? []);
      else {
        const value = getOwn(attributes, key);
        if (value) lists.add(value);
      }
      lists.end();
    });
    return [key, lists.strings()];
  });
  return { relations: relations.strings(), evidence: evidence.strings(), years: years.ints(), lines: lines.ints(), edgeExtra };
}

/** Lists made one item at a time, CSR-style: the values, and an offset at the end of each item. */
class ListBuilder<T extends string | number> {
  private readonly offsets: Int32Array;
  private readonly values: T[] = [];
  private item = 0;

  constructor(items: number) {
    this.offsets = new Int32Array(items + 1);
  }

  add(value: T): void {
    this.values.push(value);
  }

  addAll(values: readonly T[]): void {
    for (const v of values) this.values.push(v);
  }

  /** Ends the current item's list. */
  end(): void {
    this.offsets[++this.item] = this.values.length;
  }

  strings(this: ListBuilder<string>): StringListColumn {
    const d = new Dictionary();
    return { offsets: this.offsets, ids: Int32Array.from(this.values, (v) => d.id(v)), dict: d.dict };
  }

  ints(this: ListBuilder<number>): IntListColumn {
    return { offsets: this.offsets, values: Int32Array.from(this.values) };
  }
}

/** The extra column names of `items`, each once, in first-seen order. */
function distinctKeys(items: readonly { extra: object }[]): string[] {
  const keys = new Set<string>();
  for (const item of items) for (const k of Object.keys(item.extra)) keys.add(k);
  return [...keys];
}

const one = (c: StringColumn, i: number): string | undefined => (c.ids[i]! < 0 ? undefined : c.dict[c.ids[i]!]);
// Lists made at their exact length: an array literal grown by `push` keeps room for 16 items, and 500k links with four
// one-item lists each held 567 MB of the page's heap where exact lists hold 311 MB (Node, 100k nodes / 500k links).
/** Item `i`'s list of strings, as an array of its exact length. */
export const list = (c: StringListColumn, i: number): string[] => {
  const from = c.offsets[i]!;
  const n = c.offsets[i + 1]! - from;
  if (n === 0) return [];
  if (n === 1) return [c.dict[c.ids[from]!]!];
  const out = new Array<string>(n);
  for (let k = 0; k < n; k++) out[k] = c.dict[c.ids[from + k]!]!;
  return out;
};
/** Item `i`'s list of integers, as an array of its exact length. */
export const ints = (c: IntListColumn, i: number): number[] => {
  const from = c.offsets[i]!;
  const n = c.offsets[i + 1]! - from;
  if (n === 0) return [];
  if (n === 1) return [c.values[from]!];
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = c.values[from + k]!;
  return out;
};

/** Lets a long decode hand the thread back now and then (the page stays responsive); absent, it runs in one go. */
export interface DecodePacing {
  /** Asked every few thousand items: true when it is time to pause. */
  shouldPause(): boolean;
  /** Resolves when the decode may go on (e.g. after the page handled its input). */
  pause(): Promise<void>;
}

/**
 * Items decoded between two `shouldPause` questions: about 1 ms of work, so a slice ends close to the pacing's time
 * even when V8's incremental marking, run on the page's thread as the decode allocates, makes each item several times
 * slower (with 2,048, slices of 40 ms ran 160–250 ms at 100k nodes / 500k links while the worker computed).
 */
export const PACING_STRIDE = 256;

/**
 * Rebuilds the graph (same node keys and attributes; edge keys are new).
 * `positions` ([x0, y0, x1, y1, …] aligned with the keys) become the nodes'
 * `x` and `y` as they are added.
 */
export function decodeGraph(e: EncodedGraph, positions?: Float64Array): AtlasGraph {
  const graph: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  for (let i = 0; i < e.keys.length; i++) {
    graph.addNode(e.keys[i]!, decodeNodeAttributes(e, i, positions));
    // As the builder does: a neighbour record V8 keeps as a hash table, so each link costs no new hidden class.
    hashedAdjacency(graph, e.keys[i]!);
  }
  // Keyed by position, as GraphBuilder keys the analysed graph: the page's links carry the worker's and the CLI's ids.
  for (let i = 0; i < e.source.length; i++) graph.addEdgeWithKey(String(i), e.keys[e.source[i]!]!, e.keys[e.target[i]!]!, decodeLinkAttributes(e, i));
  return graph;
}

/**
 * Node `i`'s attributes, as the decoded graph holds them: `type` 'unknown' when
 * none, the optional fields only when present, `extra` prototype-free, and
 * `x`/`y` from `positions` ([x0, y0, x1, y1, …]) when given.
 */
export function decodeNodeAttributes(e: EncodedGraph, i: number, positions?: Float64Array): AtlasNodeAttributes {
  const a: AtlasNodeAttributes = { label: e.labels[i]!, type: one(e.type, i) ?? 'unknown', extra: dict() };
  const country = one(e.country, i);
  if (country !== undefined) a.country = country;
  if (!Number.isNaN(e.lat[i]!)) a.lat = e.lat[i]!;
  if (!Number.isNaN(e.lon[i]!)) a.lon = e.lon[i]!;
  const url = one(e.url, i);
  if (url !== undefined) a.url = url;
  const kind = one(e.kind, i);
  if (kind !== undefined) a.kind = kind;
  for (const [k, column] of e.nodeExtra) {
    const v = one(column, i);
    if (v !== undefined) setOwn(a.extra, k, v);
  }
  if (positions) {
    a.x = positions[2 * i]!;
    a.y = positions[2 * i + 1]!;
  }
  return a;
}

/** Link `i`'s extra columns: a prototype-free record of its non-empty value lists. */
export function decodeLinkExtra(e: EncodedGraph, i: number): AtlasEdgeAttributes['extra'] {
  const extra = dict<string[]>();
  for (const [k, c] of e.edgeExtra) if (c.offsets[i + 1]! > c.offsets[i]!) setOwn(extra, k, list(c, i));
  return extra;
}

/** Link `i`'s attributes, as the decoded graph holds them (a new object, lists at their exact length). */
export function decodeLinkAttributes(e: EncodedGraph, i: number): AtlasEdgeAttributes {
  const extra = decodeLinkExtra(e, i);
  return { weight: e.weight[i]!, relations: list(e.relations, i), years: ints(e.years, i), evidence: list(e.evidence, i), lines: ints(e.lines, i), extra };
}

/** The buffers of an encoded graph, for a transfer list. */
export function encodedBuffers(e: EncodedGraph): ArrayBuffer[] {
  const columns = [e.type, e.country, e.kind, e.url, ...e.nodeExtra.map(([, c]) => c)].map((c) => c.ids);
  const lists = [e.relations, e.evidence, ...e.edgeExtra.map(([, c]) => c)].flatMap((c) => [c.offsets, c.ids]);
  const arrays = [...columns, ...lists, e.lat, e.lon, e.source, e.target, e.weight, e.years.offsets, e.years.values, e.lines.offsets, e.lines.values];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/**
 * Turns an encoded graph that went through JSON (typed arrays written as
 * plain arrays, e.g. in a self-contained snapshot) back into typed arrays.
 * Extra columns written by earlier versions as an object keyed by column
 * name are read too.
 */
export function reviveEncodedGraph(raw: EncodedGraph): EncodedGraph {
  const i32 = (a: ArrayLike<number>) => Int32Array.from(a);
  const f64 = (a: ArrayLike<number | null>) => Float64Array.from(a, (x) => (x === null ? NaN : x));
  const col = (c: StringColumn): StringColumn => ({ ids: i32(c.ids), dict: c.dict });
  const lists = (c: StringListColumn): StringListColumn => ({ offsets: i32(c.offsets), ids: i32(c.ids), dict: c.dict });
  const intLists = (c: IntListColumn): IntListColumn => ({ offsets: i32(c.offsets), values: i32(c.values) });
  const map = <C, D>(r: [string, C][] | Record<string, C>, f: (c: C) => D): [string, D][] =>
    (Array.isArray(r) ? r : Object.entries(r)).map(([k, c]) => [k, f(c)]);
  return {
    keys: raw.keys,
    labels: raw.labels,
    type: col(raw.type),
    country: col(raw.country),
    kind: col(raw.kind),
    url: col(raw.url),
    lat: f64(raw.lat),
    lon: f64(raw.lon),
    nodeExtra: map(raw.nodeExtra, col),
    source: i32(raw.source),
    target: i32(raw.target),
    weight: f64(raw.weight),
    relations: lists(raw.relations),
    evidence: lists(raw.evidence),
    years: intLists(raw.years),
    lines: intLists(raw.lines),
    edgeExtra: map(raw.edgeExtra, lists),
  };
}
