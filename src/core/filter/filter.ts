/**
 * Filters of the map: which nodes and edges of the full graph are shown, from
 * one plain `FilterState`. The result is a pair of key sets the map's reducers
 * read (display state never touches the graph data); nothing is copied.
 *
 * Order: node filters (type, community, degree, measure) and edge filters
 * (relation, time window: a link is shown when it is active in some year of
 * it, core/time/activity.ts) first; an edge is shown only if both its endpoints are;
 * then `hideIsolates`, then `largestComponentOnly`, both on what is shown.
 * When everything passes, the result is the graph's own key index
 * (whole-keys.ts): no pass over the links, no copy of their keys.
 */
import type { ReadGraph } from '../graph/types';
import { figureLabel, figureValues, type FigureInput } from '../style/figures';
import { linkActiveIn, type TimeWindow } from '../time/activity';
import { largestShownComponent } from './largest-shown-component';
import { WholeKeys } from './whole-keys';

export interface FilterState {
  /** Node types shown; null = all. */
  types: string[] | null;
  /** An edge is shown if it has at least one of these relations (an edge with none counts as {@link NO_RELATION}); null = all. */
  relations: string[] | null;
  /** Community ids shown (measure `community`); null = all. */
  communities: number[] | null;
  /**
   * Dated links shown if active in some year of [from, to] (started by `to`, not ended by `until` before `from`:
   * core/time/activity.ts); a single year Y is [Y, Y]; null = all years.
   */
  yearRange: [number, number] | null;
  /** Whether edges without a year are shown (they cannot be placed in a year range). */
  keepUndated: boolean;
  /** Minimum degree in the FULL graph (measure `degree`); 0 = off. */
  minDegree: number;
  /** Nodes whose figure (a measure, `ind:<indicator>` or `attr:<column>`; core/style/figures.ts) lies within [min, max]; nodes without a value are hidden. null = off. */
  measureRange: { measure: string; min: number; max: number } | null;
  /** After the other filters, drop nodes with no shown edge. */
  hideIsolates: boolean;
  /** After the other filters, keep only the largest connected component of what is shown. */
  largestComponentOnly: boolean;
}

/** Relation an edge without relations counts as. */
export const NO_RELATION = '(none)';

/** Everything shown. */
export const DEFAULT_FILTERS: FilterState = Object.freeze({
  types: null,
  relations: null,
  communities: null,
  yearRange: null,
  keepUndated: true,
  minDegree: 0,
  measureRange: null,
  hideIsolates: false,
  largestComponentOnly: false,
}) as FilterState;

export interface FilterResult {
  /** The shown nodes; when every node and link passes, the graph's own key index ({@link WholeKeys}), not a copy. */
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  shownNodes: number;
  shownEdges: number;
  totalNodes: number;
  totalEdges: number;
}

/** Measures as the analysis gives them: arrays aligned with `keys`, and the view's indicators when it has them (for `ind:` figures). */
export interface FilterMeasures extends FigureInput {
  keys: string[];
  values: Record<string, Float64Array>;
}

/**
 * Returns the nodes and edges of `graph` that pass `state` (missing fields take
 * {@link DEFAULT_FILTERS}). A community, degree or measure filter whose measure
 * is absent from `measures` is ignored, except `minDegree`, which then reads
 * the degree from the graph.
 */
export function applyFilters(graph: ReadGraph, measures: FilterMeasures, state: Partial<FilterState>): FilterResult {
  const s: FilterState = { ...DEFAULT_FILTERS, ...state };
  const keys = graph.nodes();
  const n = keys.length;

  const types = s.types ? new Set(s.types) : null;
  const communities = s.communities ? new Set(s.communities) : null;
  // Position of a node in `measures.keys`: its graph index when the measures
  // follow graph order (they do when the analysis ran on this graph), else a map.
  let index: Map<string, number> | null = null;
  const position = (node: string, i: number): number => {
    if (measures.keys[i] === node) return i;
    index ??= new Map(measures.keys.map((k, j) => [k, j]));
    return index.get(node) ?? -1;
  };
  const lookup = (measure: string): ((node: string, i: number) => number) | null => {
    // Own keys only (inside figureValues): a measure name from an address could be `constructor`.
    const values = figureValues(graph, measures, measure);
    if (!values) return null;
    return (node, i) => {
      const j = position(node, i);
      return j < 0 ? NaN : values[j]!;
    };
  };
  const community = communities ? lookup('community') : null;
  const degree = s.minDegree > 0 ? lookup('degree') : null;
  const range = s.measureRange;
  const ranged = range ? lookup(range.measure) : null;

  // Shown nodes as graph index by key: one map look-up per edge end gives both
  // "is it shown" and the index the later steps work on.
  const shownIndex = new Map<string, number>();
  let i = 0;
  graph.forEachNode((node, attr) => {
    const at = i++;
    if (types && !types.has(attr.type)) return;
    if (community && !communities!.has(community(node, at))) return;
    if (s.minDegree > 0 && (degree ? degree(node, at) : graph.degree(node)) < s.minDegree) return;
    if (ranged && range) {
      const v = ranged(node, at);
      if (!(v >= range.min && v <= range.max)) return;
    }
    shownIndex.set(node, at);
  });

  const relations = s.relations ? new Set(s.relations) : null;
  const period: TimeWindow | null = s.yearRange ? { from: s.yearRange[0], to: s.yearRange[1] } : null;
  // Every node passed and no step looks at the links: every link is shown too, and neither set is copied.
  if (shownIndex.size === n && !relations && !period && s.keepUndated && !s.hideIsolates && !s.largestComponentOnly) {
    return {
      nodes: new WholeKeys(graph, 'nodes'),
      edges: new WholeKeys(graph, 'edges'),
      shownNodes: n,
      shownEdges: graph.size,
      totalNodes: n,
      totalEdges: graph.size,
    };
  }
  const edgeKeys: string[] = [];
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  // End look-ups are skipped when every node passed and no later step needs indices.
  const lookUpEnds = shownIndex.size < n || s.hideIsolates || s.largestComponentOnly;
  graph.forEachEdge((edge, attr, a, b) => {
    let ia = 0;
    let ib = 0;
    if (lookUpEnds) {
      const ja = shownIndex.get(a);
      if (ja === undefined) return;
      const jb = shownIndex.get(b);
      if (jb === undefined) return;
      ia = ja;
      ib = jb;
    }
    if (relations) {
      const rels = attr.relations;
      if (rels.length === 0 ? !relations.has(NO_RELATION) : !rels.some((r) => relations.has(r))) return;
    }
    if (attr.years.length === 0) {
      if (!s.keepUndated) return;
    } else if (period && !linkActiveIn(attr, period)) return;
    source[edgeKeys.length] = ia;
    target[edgeKeys.length] = ib;
    edgeKeys.push(edge);
  });

  let shown: Uint8Array = new Uint8Array(n);
  if (s.hideIsolates) {
    for (let e = 0; e < edgeKeys.length; e++) shown[source[e]!] = shown[target[e]!] = 1;
  } else for (const at of shownIndex.values()) shown[at] = 1;
  if (s.largestComponentOnly) shown = largestShownComponent(shown, source, target, edgeKeys.length);

  const nodes = new Set<string>();
  for (let j = 0; j < n; j++) if (shown[j]) nodes.add(keys[j]!);
  let edges: Set<string>;
  if (!s.largestComponentOnly) edges = new Set(edgeKeys);
  else {
    edges = new Set<string>();
    for (let e = 0; e < edgeKeys.length; e++) if (shown[source[e]!]) edges.add(edgeKeys[e]!);
  }
  return { nodes, edges, shownNodes: nodes.size, shownEdges: edges.size, totalNodes: graph.order, totalEdges: graph.size };
}

/** Whether `state` shows everything (equals {@link DEFAULT_FILTERS} in every field). */
export function isDefaultFilters(state: Partial<FilterState>): boolean {
  const s: FilterState = { ...DEFAULT_FILTERS, ...state };
  return (
    s.types === null &&
    s.relations === null &&
    s.communities === null &&
    s.yearRange === null &&
    s.keepUndated &&
    s.minDegree <= 0 &&
    s.measureRange === null &&
    !s.hideIsolates &&
    !s.largestComponentOnly
  );
}

/**
 * Plain-language lines describing the active filters, one per filter, e.g.
 * `types: city, firm`, `year 2015–2020`; empty when everything is shown.
 */
export function describeFilters(state: Partial<FilterState>): string[] {
  const s: FilterState = { ...DEFAULT_FILTERS, ...state };
  const lines: string[] = [];
  if (s.types) lines.push(s.types.length ? `types: ${s.types.join(', ')}` : 'types: none');
  if (s.relations) lines.push(s.relations.length ? `relations: ${s.relations.join(', ')}` : 'relations: none');
  if (s.communities) lines.push(s.communities.length ? `communities: ${[...s.communities].sort((a, b) => a - b).join(', ')}` : 'communities: none');
  if (s.yearRange) {
    const [a, b] = s.yearRange;
    lines.push(`year ${a === b ? a : `${a}–${b}`}${s.keepUndated ? ' (and undated links)' : ''}`);
  }
  if (!s.keepUndated) lines.push('undated links hidden');
  if (s.minDegree > 0) lines.push(`degree ≥ ${s.minDegree}`);
  if (s.measureRange) lines.push(`${rangeName(s.measureRange.measure)} ${formatNumber(s.measureRange.min)}–${formatNumber(s.measureRange.max)}`);
  if (s.hideIsolates) lines.push('isolated nodes hidden');
  if (s.largestComponentOnly) lines.push('largest connected component only');
  return lines;
}

/** A measure keeps its id in the description (as before); an indicator or column is named by its label. */
function rangeName(id: string): string {
  return id.includes(':') ? figureLabel(id) : id;
}

/** Up to 4 significant digits, without trailing zeros. */
function formatNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}
