/**
 * The page's partnership graph read straight from the worker's columns (an
 * `EncodedGraph`, graph/codec.ts): a {@link ReadGraph} that behaves like the
 * graphology graph `decodeGraph` makes — same nodes, attributes, link keys
 * (`String(i)`, the link's position), extremities, errors and iteration
 * orders — without graphology's index or a stored object per link.
 *
 * What it keeps: the encoding itself; one attribute object per node (made
 * once: sigma's display graph shares them and layouts replace them); a
 * key → index `Map` (or the caller's); and a CSR of the links around each
 * node (an Int32Array of offsets and one of link positions). A link's
 * attributes are made from the columns each time they are asked for.
 *
 * Orders. graphology keeps a node's neighbours in a plain object keyed by the
 * neighbour's key, so `edges(node)`, `neighbors(node)` and their callbacks
 * come in JavaScript's property order: keys that are array indices
 * (canonical integers 0 … 2³² − 2) first, ascending, then the others in the
 * order they were added — here, by link position. A self-loop is listed
 * once and counts twice in `degree`, as in graphology (`allowSelfLoops`).
 * The CSR is written in that order once, when the graph is built.
 *
 * Keys such as `__proto__` or `constructor` are data here: every look-up goes
 * through the `Map`. (graphology's neighbour objects cannot hold them, which
 * is why graph/node-key.ts prefixes them; that is unchanged.)
 */
import { type DecodePacing, decodeNodeAttributes, type EncodedGraph, PACING_STRIDE } from './codec';
import { LinkReader } from './link-reader';
import type { EdgeCallback, GraphChangeEvent, NodeCallback, ReadGraph } from './read-graph';
import type { AtlasEdgeAttributes, AtlasNodeAttributes } from './types';

/**
 * Links handled between two pacing questions in the passes that only count and copy integers (a few nanoseconds a
 * link): 16 × the node stride, so a question still comes about every 0.1 ms.
 */
const LINK_STRIDE = 16 * PACING_STRIDE;

/** The largest array index (2³² − 2): larger integer keys are ordinary property names. */
const MAX_ARRAY_INDEX = 4294967294;

/** What the build makes, before the graph wraps it. */
interface Parts {
  index: ReadonlyMap<string, number>;
  attributes: AtlasNodeAttributes[];
  offsets: Int32Array;
  links: Int32Array;
  /** Self-loops per node, or null when there are none (the usual case). */
  loops: Int32Array | null;
}

/**
 * A read-only graph over an encoded graph's columns: see the file's comment.
 * `positions` ([x0, y0, x1, y1, …] aligned with the keys) become the nodes'
 * `x` and `y`, as in `decodeGraph`; `index` (key → position, aligned with
 * `e.keys`) is used instead of a new one when given. For a large graph, build
 * it with {@link columnGraphPaced}.
 */
export class ColumnGraph implements ReadGraph {
  readonly multi = false;
  readonly allowSelfLoops = true;
  /** Links' attributes are made when asked for (link-reader.ts), never stored. */
  readonly linkAttributesOnRead = true;
  readonly order: number;
  readonly size: number;

  private readonly e: EncodedGraph;
  private readonly keys: readonly string[];
  private readonly index: ReadonlyMap<string, number>;
  private readonly attributes: AtlasNodeAttributes[];
  /** Node n's links are `links[offsets[n] .. offsets[n + 1])`, in graphology's neighbour order. */
  private readonly offsets: Int32Array;
  private readonly links: Int32Array;
  private readonly loops: Int32Array | null;
  private readonly listeners = new Map<GraphChangeEvent, Set<() => void>>();
  /** Makes the links' attributes, sharing their common lists (link-reader.ts). */
  private readonly reader: LinkReader;

  constructor(e: EncodedGraph, positions?: Float64Array, index?: ReadonlyMap<string, number>);
  constructor(e: EncodedGraph, positions?: Float64Array, index?: ReadonlyMap<string, number>, parts?: Parts) {
    const built = parts ?? runToEnd(buildSteps(e, positions, index));
    this.e = e;
    this.keys = e.keys;
    this.order = e.keys.length;
    this.size = e.source.length;
    this.index = built.index;
    this.attributes = built.attributes;
    this.offsets = built.offsets;
    this.links = built.links;
    this.loops = built.loops;
    this.reader = new LinkReader(e);
  }

  /** Node key → position in the encoding's keys (the one given to the constructor, when one was). */
  get keyIndex(): ReadonlyMap<string, number> {
    return this.index;
  }

  hasNode(node: string): boolean {
    return this.index.has(node);
  }

  hasEdge(edge: string): boolean {
    return linkPosition(edge, this.size) >= 0;
  }

  edge(source: string, target: string): string | undefined {
    const s = this.node('edge', source);
    const t = this.node('edge', target);
    const i = this.linkBetween(s, t);
    return i < 0 ? undefined : String(i);
  }

  areNeighbors(a: string, b: string): boolean {
    const s = this.node('areNeighbors', a);
    const t = this.index.get(b);
    return t !== undefined && this.linkBetween(s, t) >= 0;
  }

  nodes(): string[] {
    return this.keys.slice();
  }

  edges(node?: string): string[] {
    if (node === undefined) {
      const out = new Array<string>(this.size);
      for (let i = 0; i < this.size; i++) out[i] = String(i);
      return out;
    }
    const n = this.node('edges', node);
    const from = this.offsets[n]!;
    const out = new Array<string>(this.offsets[n + 1]! - from);
    for (let k = 0; k < out.length; k++) out[k] = String(this.links[from + k]!);
    return out;
  }

  neighbors(node: string): string[] {
    const n = this.node('neighbors', node);
    const from = this.offsets[n]!;
    const out = new Array<string>(this.offsets[n + 1]! - from);
    for (let k = 0; k < out.length; k++) out[k] = this.keys[this.other(this.links[from + k]!, n)]!;
    return out;
  }

  degree(node: string): number {
    const n = this.node('degree', node);
    return this.offsets[n + 1]! - this.offsets[n]! + (this.loops ? this.loops[n]! : 0);
  }

  degreeWithoutSelfLoops(node: string): number {
    const n = this.node('degreeWithoutSelfLoops', node);
    return this.offsets[n + 1]! - this.offsets[n]! - (this.loops ? this.loops[n]! : 0);
  }

  extremities(edge: string): [string, string] {
    const i = this.link('extremities', edge);
    return [this.keys[this.e.source[i]!]!, this.keys[this.e.target[i]!]!];
  }

  source(edge: string): string {
    return this.keys[this.e.source[this.link('source', edge)]!]!;
  }

  target(edge: string): string {
    return this.keys[this.e.target[this.link('target', edge)]!]!;
  }

  getNodeAttributes(node: string): AtlasNodeAttributes {
    return this.attributes[this.node('getNodeAttributes', node)]!;
  }

  getNodeAttribute<K extends keyof AtlasNodeAttributes>(node: string, name: K): AtlasNodeAttributes[K] {
    return this.attributes[this.node('getNodeAttribute', node)]![name];
  }

  getEdgeAttributes(edge: string): AtlasEdgeAttributes {
    return this.reader.attributes(this.link('getEdgeAttributes', edge));
  }

  /** One attribute of a link, made alone: `weight` is read from its column. */
  getEdgeAttribute<K extends keyof AtlasEdgeAttributes>(edge: string, name: K): AtlasEdgeAttributes[K] {
    return this.reader.field(this.link('getEdgeAttribute', edge), name);
  }

  forEachNode(callback: NodeCallback<void>): void {
    for (let n = 0; n < this.order; n++) callback(this.keys[n]!, this.attributes[n]!);
  }

  mapNodes<T>(callback: NodeCallback<T>): T[] {
    const out = new Array<T>(this.order);
    for (let n = 0; n < this.order; n++) out[n] = callback(this.keys[n]!, this.attributes[n]!);
    return out;
  }

  filterNodes(callback: NodeCallback<boolean>): string[] {
    const out: string[] = [];
    for (let n = 0; n < this.order; n++) if (callback(this.keys[n]!, this.attributes[n]!)) out.push(this.keys[n]!);
    return out;
  }

  *nodeEntries(): IterableIterator<{ node: string; attributes: AtlasNodeAttributes }> {
    for (let n = 0; n < this.order; n++) yield { node: this.keys[n]!, attributes: this.attributes[n]! };
  }

  forEachEdge(callback: EdgeCallback<void>): void;
  forEachEdge(node: string, callback: EdgeCallback<void>): void;
  forEachEdge(a: string | EdgeCallback<void>, b?: EdgeCallback<void>): void {
    if (typeof a === 'function') for (let i = 0; i < this.size; i++) this.call(a, i);
    else this.findAround('forEachEdge', a, b!, false);
  }

  mapEdges<T>(callback: EdgeCallback<T>): T[] {
    const out = new Array<T>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.call(callback, i);
    return out;
  }

  someEdge(callback: EdgeCallback<boolean>): boolean;
  someEdge(node: string, callback: EdgeCallback<boolean>): boolean;
  someEdge(a: string | EdgeCallback<boolean>, b?: EdgeCallback<boolean>): boolean {
    if (typeof a === 'function') return this.findEdge(a) !== undefined;
    return this.findAround('someEdge', a, b!, true) >= 0;
  }

  findEdge(callback: EdgeCallback<boolean>): string | undefined {
    for (let i = 0; i < this.size; i++) if (this.call(callback, i)) return String(i);
    return undefined;
  }

  *edgeEntries(): IterableIterator<{ edge: string; attributes: AtlasEdgeAttributes; source: string; target: string }> {
    const { source, target } = this.e;
    for (let i = 0; i < this.size; i++) {
      const s = source[i]!;
      const t = target[i]!;
      // The fields graphology's entries carry, beyond the ones ReadGraph names.
      const entry = {
        edge: String(i),
        attributes: this.reader.attributes(i),
        source: this.keys[s]!,
        target: this.keys[t]!,
        sourceAttributes: this.attributes[s]!,
        targetAttributes: this.attributes[t]!,
        undirected: true,
      };
      yield entry;
    }
  }

  forEachNeighbor(node: string, callback: NodeCallback<void>): void {
    const n = this.node('forEachNeighbor', node);
    for (let k = this.offsets[n]!; k < this.offsets[n + 1]!; k++) {
      const m = this.other(this.links[k]!, n);
      callback(this.keys[m]!, this.attributes[m]!);
    }
  }

  filterNeighbors(node: string, callback: NodeCallback<boolean>): string[] {
    const n = this.node('filterNeighbors', node);
    const out: string[] = [];
    for (let k = this.offsets[n]!; k < this.offsets[n + 1]!; k++) {
      const m = this.other(this.links[k]!, n);
      if (callback(this.keys[m]!, this.attributes[m]!)) out.push(this.keys[m]!);
    }
    return out;
  }

  /** Replaces each node's attributes by what `updater` returns, then tells the `eachNodeAttributesUpdated` listeners. */
  updateEachNodeAttributes(updater: (node: string, attributes: AtlasNodeAttributes) => AtlasNodeAttributes, _hints?: { attributes?: string[] }): void {
    for (let n = 0; n < this.order; n++) this.attributes[n] = updater(this.keys[n]!, this.attributes[n]!);
    for (const listener of this.listeners.get('eachNodeAttributesUpdated') ?? []) listener();
  }

  /** Adds a listener; of the events, only `eachNodeAttributesUpdated` ever happens (the graph is otherwise read-only). */
  on(event: GraphChangeEvent, listener: () => void): this {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return this;
  }

  /** Node `key`'s position, or an error naming the method and the key (as graphology's NotFoundGraphError). */
  private node(method: string, key: string): number {
    const n = this.index.get(key);
    if (n === undefined) throw new Error(`ColumnGraph.${method}: could not find the "${key}" node in the graph.`);
    return n;
  }

  /** Link `key`'s position, or an error naming the method and the key. */
  private link(method: string, key: string): number {
    const i = linkPosition(key, this.size);
    if (i < 0) throw new Error(`ColumnGraph.${method}: could not find the "${key}" edge in the graph.`);
    return i;
  }

  /** The other end of link `i` from node `n` (n itself for a self-loop). */
  private other(i: number, n: number): number {
    const s = this.e.source[i]!;
    return s === n ? this.e.target[i]! : s;
  }

  /** The link between nodes `s` and `t`, or −1: a scan of the shorter of their lists. */
  private linkBetween(s: number, t: number): number {
    const [n, m] = this.offsets[s + 1]! - this.offsets[s]! <= this.offsets[t + 1]! - this.offsets[t]! ? [s, t] : [t, s];
    for (let k = this.offsets[n]!; k < this.offsets[n + 1]!; k++) if (this.other(this.links[k]!, n) === m) return this.links[k]!;
    return -1;
  }

  /** Calls `callback` with link `i`, as graphology's edge callbacks are called. */
  private call<T>(callback: EdgeCallback<T>, i: number): T {
    const s = this.e.source[i]!;
    const t = this.e.target[i]!;
    return callback(String(i), this.reader.attributes(i), this.keys[s]!, this.keys[t]!, this.attributes[s]!, this.attributes[t]!);
  }

  /** Calls `callback` with each link of `node` in neighbour order; when `breakable`, stops at (and returns) the first truthy answer's link, else −1. */
  private findAround(method: string, node: string, callback: EdgeCallback<unknown>, breakable: boolean): number {
    const n = this.node(method, node);
    for (let k = this.offsets[n]!; k < this.offsets[n + 1]!; k++) if (this.call(callback, this.links[k]!) && breakable) return this.links[k]!;
    return -1;
  }
}

/**
 * A {@link ColumnGraph} built in slices, pausing when `pacing` says so
 * (every 256 nodes, every 4,096 links). It begins with a pause, as
 * `decodeGraphPaced` does: its caller is often the handler of the message
 * that brought `e`, a long task already.
 */
export async function columnGraphPaced(
  e: EncodedGraph,
  pacing: DecodePacing,
  positions?: Float64Array,
  index?: ReadonlyMap<string, number>,
): Promise<ColumnGraph> {
  await pacing.pause();
  const steps = buildSteps(e, positions, index);
  let step = steps.next();
  while (!step.done) {
    if (pacing.shouldPause()) await pacing.pause();
    step = steps.next();
  }
  const withParts = ColumnGraph as unknown as new (e: EncodedGraph, positions: undefined, index: undefined, parts: Parts) => ColumnGraph;
  return new withParts(e, undefined, undefined, step.value);
}

function runToEnd<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The value of `key` as a link position below `size` (its canonical decimal
 * form: no sign, no leading zero), or −1. Reads the characters: no string or
 * number is made per look-up.
 */
function linkPosition(key: string, size: number): number {
  const length = key.length;
  if (length === 0 || length > 10 || (length > 1 && key.charCodeAt(0) === 48)) return -1;
  let value = 0;
  for (let k = 0; k < length; k++) {
    const digit = key.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value < size ? value : -1;
}

/** The value of `key` as an array index (a property name JavaScript orders first, by value), or −1. */
function arrayIndex(key: string): number {
  const value = linkPosition(key, MAX_ARRAY_INDEX + 1);
  return value;
}

/** The build as a generator yielding between slices of work: see {@link columnGraphPaced}. */
function* buildSteps(e: EncodedGraph, positions?: Float64Array, given?: ReadonlyMap<string, number>): Generator<void, Parts> {
  const n = e.keys.length;
  const m = e.source.length;
  const index = given ?? new Map<string, number>();
  const attributes = new Array<AtlasNodeAttributes>(n);
  // Array-index keys of the nodes (−1 for other keys), made when the first one is met.
  let numeric: Float64Array | null = null;
  for (let i = 0; i < n; i++) {
    if (i % PACING_STRIDE === PACING_STRIDE - 1) yield;
    const key = e.keys[i]!;
    attributes[i] = decodeNodeAttributes(e, i, positions);
    if (!given) (index as Map<string, number>).set(key, i);
    const code = key.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      const value = arrayIndex(key);
      if (value >= 0) {
        if (!numeric) numeric = new Float64Array(n).fill(-1);
        numeric[i] = value;
      }
    }
  }

  // Links per node (a self-loop listed once), then their lists in link order: each node's order of insertion.
  const offsets = new Int32Array(n + 1);
  let loops: Int32Array | null = null;
  for (let i = 0; i < m; i++) {
    if (i % LINK_STRIDE === LINK_STRIDE - 1) yield;
    const s = e.source[i]!;
    const t = e.target[i]!;
    offsets[s + 1]!++;
    if (s !== t) offsets[t + 1]!++;
    else (loops ??= new Int32Array(n))[s]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const links = new Int32Array(offsets[n]!);
  const next = offsets.slice(0, n);
  for (let i = 0; i < m; i++) {
    if (i % LINK_STRIDE === LINK_STRIDE - 1) yield;
    const s = e.source[i]!;
    const t = e.target[i]!;
    links[next[s]!++] = i;
    if (s !== t) links[next[t]!++] = i;
  }

  // Neighbours whose keys are array indices come first, by value (JavaScript's property order).
  if (numeric) {
    for (let v = 0; v < n; v++) {
      if (v % PACING_STRIDE === PACING_STRIDE - 1) yield;
      orderNeighbours(e, v, offsets, links, numeric);
    }
  }
  return { index, attributes, offsets, links, loops };
}

/** Puts node `v`'s links to array-index neighbours first, by the neighbour key's value; the others keep their order. */
function orderNeighbours(e: EncodedGraph, v: number, offsets: Int32Array, links: Int32Array, numeric: Float64Array): void {
  const from = offsets[v]!;
  const to = offsets[v + 1]!;
  const neighbour = (i: number) => (e.source[i] === v ? e.target[i]! : e.source[i]!);
  let first: number[] | null = null;
  for (let k = from; k < to; k++) if (numeric[neighbour(links[k]!)]! >= 0) (first ??= []).push(links[k]!);
  if (!first) return;
  first.sort((a, b) => numeric[neighbour(a)]! - numeric[neighbour(b)]!);
  const rest: number[] = [];
  for (let k = from; k < to; k++) if (numeric[neighbour(links[k]!)]! < 0) rest.push(links[k]!);
  links.set(first, from);
  links.set(rest, from + first.length);
}
