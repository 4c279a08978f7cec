/**
 * The columns every tabular or attributed export writes, declared once so
 * CSV, GEXF and GraphML agree: for nodes the attributes from the files
 * (label, type, country, kind, lat, lon, url), every measure, the
 * co-production indicators and the extra columns; for edges the weight,
 * relations, years, evidence, source lines and extra columns. Lists are
 * joined into one string (relations and years with `;`, evidence with ` | `).
 *
 * An edge item holds a link's key and ends, and its attributes only when the
 * graph stores them (graphology's): the page's graph (graph/column-graph.ts,
 * `linkAttributesOnRead`) makes a link's attributes anew each time they are
 * asked for, so items holding them kept a new object per link until the file
 * was written (226 MB at 500k links, against 31 MB for graphology's stored
 * ones). The edge columns then read a link's attributes from the graph when
 * its row or element is written, once for all its columns, and drop them
 * after (`lastLinkAttributes`); a graphology graph's are read from the item,
 * with no look-up by key (0.5–1 µs a link at 500k links, each pass).
 */
import type { NodeIndicators } from '../graph/indicators';
import { nodeId } from '../graph/node-key';
import type { AtlasEdgeAttributes, ReadGraph, AtlasNodeAttributes } from '../graph/types';
import type { NodeMeasures } from '../style';
import { getOwn } from '../util/dict';
import { drainPaced, PAUSE_EVERY } from './chunks';
import { keyPositions } from './key-positions';

/** A value of a cell: a number (NaN = missing), text, or missing. */
export type FieldValue = string | number | undefined;

/** One column: its name, whether it holds numbers or text, and how to read it. */
export interface Column<T> {
  name: string;
  type: 'number' | 'string';
  value: (item: T) => FieldValue;
}

export interface NodeItem {
  key: string;
  attributes: AtlasNodeAttributes;
}

/** A link to export: its key and ends; its attributes when the graph stores them, else read when written (see the file's comment). */
export interface EdgeItem {
  key: string;
  source: string;
  target: string;
  attributes?: AtlasEdgeAttributes;
}

/** Indicators by node key, as the report and the page hold them (read with own-property checks). */
export type IndicatorTable = Readonly<Record<string, NodeIndicators>>;

export interface NodeColumnOptions {
  measures: NodeMeasures;
  indicators?: IndicatorTable;
  /** Names the caller adds itself (GraphML's `x`, `y`): other columns so named are renamed `extra_<name>`. */
  reserved?: readonly string[];
}

/** Which nodes and edges an export keeps (an edge also needs both ends kept). */
export interface VisibleSet {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Indicator fields whose value is a node key, or a list of them (written out as ids). */
const KEY_FIELDS: ReadonlySet<string> = new Set(['topFirm', 'topFirms']);

/**
 * Indicator columns written from a list when a node has one: the `topFirm`
 * cell names every firm tied for the top share (`A; B`), and the list itself
 * is no column of its own.
 */
const TIED_FIELDS: ReadonlyMap<string, string> = new Map([['topFirm', 'topFirms']]);
const TIED_LISTS: ReadonlySet<string> = new Set(TIED_FIELDS.values());

/** Separator of the firms tied for the top share in one `topFirm` cell. */
export const TIE_SEPARATOR = '; ';

/** An indicator row as exports write it: node keys in it (`topFirm`, `topFirms`) replaced by node ids. */
export function exportedIndicators(row: NodeIndicators): NodeIndicators {
  const out = { ...row } as Record<string, unknown>;
  for (const field of KEY_FIELDS) {
    const v = out[field];
    if (typeof v === 'string') out[field] = nodeId(v);
    else if (Array.isArray(v)) out[field] = v.map((k) => nodeId(String(k)));
  }
  return out as unknown as NodeIndicators;
}

/** Separator of relations, years and source lines in one cell. */
export const LIST_SEPARATOR = ';';
/** Separator of evidence (URLs or citations, which may hold `;`) in one cell. */
export const EVIDENCE_SEPARATOR = ' | ';

/**
 * `list.join(separator)`, without the join for the one-element lists most
 * links have (the same text: a string or a number written as `String` does).
 */
function joinList(list: readonly (string | number)[], separator: string): string {
  return list.length === 1 ? String(list[0]) : list.join(separator);
}

/** Adds `name`, or `extra_<name>` (`extra_<name>_2`…) if the name is taken. */
function uniqueName(taken: Set<string>, name: string): string {
  let out = taken.has(name) ? `extra_${name}` : name;
  for (let i = 2; taken.has(out); i++) out = `extra_${name}_${i}`;
  taken.add(out);
  return out;
}

/**
 * Columns of the nodes (without the id): file attributes, then every measure
 * in `measures.values` order, then indicator fields, then extra attributes
 * (sorted). Only the extra and indicator fields some node has are included.
 */
export function nodeColumns(nodes: readonly NodeItem[], options: NodeColumnOptions): Column<NodeItem>[] {
  return drainPaced(pacedNodeColumns(nodes, options));
}

/** {@link nodeColumns} with a pause point (an empty chunk) every {@link PAUSE_EVERY} nodes of its scans: `yield*` it from a writer. */
export function* pacedNodeColumns(nodes: readonly NodeItem[], options: NodeColumnOptions): Generator<string, Column<NodeItem>[], undefined> {
  const text =
    (get: (a: AtlasNodeAttributes) => string | undefined): Column<NodeItem>['value'] =>
    (item) =>
      get(item.attributes);
  const columns: Column<NodeItem>[] = [
    { name: 'label', type: 'string', value: text((a) => a.label) },
    { name: 'type', type: 'string', value: text((a) => a.type) },
    { name: 'country', type: 'string', value: text((a) => a.country) },
    { name: 'kind', type: 'string', value: text((a) => a.kind) },
    { name: 'lat', type: 'number', value: (item) => item.attributes.lat },
    { name: 'lon', type: 'number', value: (item) => item.attributes.lon },
    { name: 'url', type: 'string', value: text((a) => a.url) },
  ];
  const taken = new Set(['id', ...(options.reserved ?? []), ...columns.map((c) => c.name)]);
  const positionOf = keyPositions(options.measures.keys);
  for (const [measure, values] of Object.entries(options.measures.values)) {
    columns.push({
      name: uniqueName(taken, measure),
      type: 'number',
      value: (item) => {
        const i = positionOf(item.key);
        return i === undefined ? undefined : values[i];
      },
    });
  }
  const indicators = options.indicators;
  if (indicators) {
    const fields = new Map<string, 'number' | 'string'>();
    let scanned = 0;
    for (const node of nodes) {
      if (++scanned % PAUSE_EVERY === 0) yield '';
      for (const [field, v] of Object.entries(getOwn(indicators, node.key) ?? {}))
        if (field !== 'type' && !TIED_LISTS.has(field) && v !== undefined)
          fields.set(field, typeof v === 'number' && fields.get(field) !== 'string' ? 'number' : 'string');
    }
    let rowKey: string | undefined;
    let lastRow: Readonly<Record<string, unknown>> | undefined;
    const rowOf = (key: string) => {
      if (key !== rowKey) {
        rowKey = key;
        lastRow = getOwn(indicators, key) as Readonly<Record<string, unknown>> | undefined;
      }
      return lastRow;
    };
    for (const [field, type] of fields)
      columns.push({
        name: uniqueName(taken, field),
        type,
        value: (item) => {
          const row = rowOf(item.key);
          const tied = TIED_FIELDS.get(field);
          const ties = tied === undefined ? undefined : getOwn(row, tied);
          if (Array.isArray(ties) && ties.length > 0) return ties.map((k) => nodeId(String(k))).join(TIE_SEPARATOR);
          const v = getOwn(row, field);
          // Lists (a project's `countryList`) are joined like relations; anything else not a number is text.
          if (v === undefined || typeof v === 'number') return v;
          return Array.isArray(v) ? v.join(LIST_SEPARATOR) : KEY_FIELDS.has(field) ? nodeId(String(v)) : String(v);
        },
      });
  }
  const extras = new Set<string>();
  let scanned = 0;
  for (const node of nodes) {
    if (++scanned % PAUSE_EVERY === 0) yield '';
    const extra = node.attributes.extra;
    if (extra) for (const k of Object.keys(extra)) extras.add(k);
  }
  // Extra columns are named by the files (`constructor`, `__proto__`…): read own values only.
  for (const field of [...extras].sort())
    columns.push({ name: uniqueName(taken, field), type: 'string', value: (item) => getOwn(item.attributes.extra, field) });
  return columns;
}

/**
 * Reads links' attributes for the edge columns, keeping those of the last
 * link asked for until another is: a row or element (every column of one
 * link in turn) costs one `getEdgeAttributes`, made then and dropped after.
 */
function lastLinkAttributes(graph: ReadGraph): (item: EdgeItem) => AtlasEdgeAttributes {
  let last: string | undefined;
  let attributes: AtlasEdgeAttributes | undefined;
  return (item) => {
    if (item.attributes) return item.attributes;
    if (item.key !== last || !attributes) {
      last = item.key;
      attributes = graph.getEdgeAttributes(item.key);
    }
    return attributes;
  };
}

/**
 * Columns of the edges (without source and target): weight, relations,
 * years, evidence, lines, extra (sorted; the extra names some edge of
 * `edges` has). Their values are read from `graph` by the item's key when
 * asked for (one `getEdgeAttributes` per link for its whole row); the items
 * hold no attributes.
 */
export function edgeColumns(graph: ReadGraph, edges: readonly EdgeItem[]): Column<EdgeItem>[] {
  return drainPaced(pacedEdgeColumns(graph, edges));
}

/** {@link edgeColumns} with a pause point (an empty chunk) every {@link PAUSE_EVERY} edges of its scan: `yield*` it from a writer. */
export function* pacedEdgeColumns(
  graph: ReadGraph,
  edges: readonly EdgeItem[],
  /** The extra names of `edges`' links when known (`exportItems` collects them): no scan then. */
  extraNames?: ReadonlySet<string>,
): Generator<string, Column<EdgeItem>[], undefined> {
  const of = lastLinkAttributes(graph);
  const columns: Column<EdgeItem>[] = [
    { name: 'weight', type: 'number', value: (e) => of(e).weight },
    { name: 'relations', type: 'string', value: (e) => joinList(of(e).relations, LIST_SEPARATOR) },
    { name: 'years', type: 'string', value: (e) => joinList(of(e).years, LIST_SEPARATOR) },
    { name: 'evidence', type: 'string', value: (e) => joinList(of(e).evidence, EVIDENCE_SEPARATOR) },
    { name: 'lines', type: 'string', value: (e) => joinList(of(e).lines, LIST_SEPARATOR) },
  ];
  const taken = new Set(['id', 'source', 'target', ...columns.map((c) => c.name)]);
  let extras = extraNames;
  if (!extras) {
    const found = new Set<string>();
    let scanned = 0;
    for (const edge of edges) {
      if (++scanned % PAUSE_EVERY === 0) yield '';
      // One field alone: a ColumnGraph makes no more of the link than its extra record.
      const extra = graph.getEdgeAttribute(edge.key, 'extra');
      if (extra) for (const k of Object.keys(extra)) found.add(k);
    }
    extras = found;
  }
  for (const name of [...extras].sort())
    columns.push({
      name: uniqueName(taken, name),
      type: 'string',
      value: (e) => {
        const list = getOwn(of(e).extra, name);
        return list && joinList(list, LIST_SEPARATOR);
      },
    });
  return columns;
}

/**
 * The node items and edge items of a graph, restricted to visible keys when
 * given (an edge also needs both ends visible); `which` leaves out the nodes
 * or the edges a writer does not need; `edgeExtraNames` are the extra names
 * of the kept links (for {@link pacedEdgeColumns}). A generator that yields an empty chunk
 * every {@link PAUSE_EVERY} items (a pause point for a paced reader, see
 * chunks.ts) and returns the items: `yield*` it from a writer, or run it with
 * `drainPaced` (chunks.ts).
 */
export function* exportItems(
  graph: ReadGraph,
  visible?: { nodes?: ReadonlySet<string>; edges?: ReadonlySet<string> },
  which: 'nodes' | 'edges' | 'both' = 'both',
): Generator<string, { nodes: NodeItem[]; edges: EdgeItem[]; edgeExtraNames: Set<string> }, undefined> {
  const nodes: NodeItem[] = [];
  const edges: EdgeItem[] = [];
  const edgeExtraNames = new Set<string>();
  const shownNodes = visible?.nodes;
  const shownEdges = visible?.edges;
  let done = 0;
  if (which !== 'edges')
    for (const { node: key, attributes } of graph.nodeEntries()) {
      if (++done % PAUSE_EVERY === 0) yield '';
      if (!shownNodes || shownNodes.has(key)) nodes.push({ key, attributes });
    }
  if (which !== 'nodes')
    // A pass over the entries, not look-ups by key (a graphology graph's cost most); each link's attributes are
    // read here for its extra names only and dropped (a ColumnGraph makes them anew: see the file's comment).
    for (const { edge: key, attributes, source, target } of graph.edgeEntries()) {
      if (++done % PAUSE_EVERY === 0) yield '';
      // Both ends are nodes of the graph, so being in `shownNodes` is being among the kept nodes.
      if ((!shownEdges || shownEdges.has(key)) && (!shownNodes || (shownNodes.has(source) && shownNodes.has(target)))) {
        edges.push(graph.linkAttributesOnRead ? { key, source, target } : { key, source, target, attributes });
        const extra = attributes.extra;
        if (extra) for (const k of Object.keys(extra)) edgeExtraNames.add(k);
      }
    }
  return { nodes, edges, edgeExtraNames };
}
