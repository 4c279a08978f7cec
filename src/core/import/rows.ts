/**
 * A parsed graph file as the rows the CSV readers produce, so the rest of
 * the pipeline (build, measures, views) does not know where they came from.
 * A node's type comes from its `type` attribute, else `category`, else
 * `kind`, else it is `unknown`; `label` (else igraph's `name`), `lat`/`lon` (or `latitude`/
 * `longitude`), `country` and `url` fill the node's fields and every other
 * attribute is kept. An edge's `weight` is its weight, `relation` (or our
 * exports' `relations` list, else `type`, else its label) its relation.
 * Directed links are read as undirected and parallel links merged, each with
 * one warning for the whole file. Drawing attributes (positions, colours,
 * sizes, shapes) are not kept.
 */
import type Graph from 'graphology';
import { error, quote, warning } from '../csv/issue';
import { IssueLog } from '../csv/types';
import type { EdgeField, EdgeRow, NodeField, NodeRow, ParseResult } from '../csv/types';
import { readCoordinate, readId, readType, readWeight, readYear } from '../csv/values';
import { UNKNOWN_TYPE } from '../graph/types';
import { type Dict, dict, setOwn } from '../util/dict';

/** Both files' rows read from one graph file. */
export interface ImportedRows {
  edges: ParseResult<EdgeRow, EdgeField>;
  nodes: ParseResult<NodeRow, NodeField>;
}

/** Node attributes that give the type, in order of preference. */
export const TYPE_ATTRIBUTES = ['type', 'category', 'kind'] as const;
/** Drawing attributes the parsers produce (GEXF viz, GraphML colour and position keys): not kept. */
const DRAWING = new Set(['x', 'y', 'z', 'size', 'color', 'shape', 'thickness', 'r', 'g', 'b']);
const NODE_FIELDS = new Set(['label', 'lat', 'lon', 'latitude', 'longitude', 'country', 'url', 'kind']);
const EDGE_FIELDS = new Set(['weight', 'relation', 'relations', 'type', 'label', 'year', 'years', 'evidence']);
/** Separators of our own exports' list columns (export/columns.ts). */
const LIST_SEPARATOR = ';';
const EVIDENCE_SEPARATOR = ' | ';

/** Where each element starts: the line of the i-th node and i-th edge element. */
export interface ElementLines {
  nodes: number[];
  edges: number[];
}

/**
 * The rows of `graph`, parsed from `file` in `format` (for the messages);
 * `lines` gives each node and edge element's line in document order.
 */
export function graphToRows(graph: Graph, file: string, format: string, lines: ElementLines): ImportedRows {
  const issues = new IssueLog();
  const report: string[] = [`${format} file: nodes and links read from its elements, not from columns.`];
  const nodeLine = new Map<string, number>();
  let i = 0;
  graph.forEachNode((key) => void nodeLine.set(key, lines.nodes[i++] ?? 1));

  const typeAttribute = TYPE_ATTRIBUTES.find((name) => graph.someNode((_k, a) => text(a[name]) !== undefined));
  if (typeAttribute) report.push(`type: node attribute '${typeAttribute}'`);
  else
    issues.add(
      warning(
        'no-node-types',
        { file },
        `no node has a 'type', 'category' or 'kind' attribute, so every node is '${UNKNOWN_TYPE}' and the projections are empty; give the nodes a 'type' attribute in the file`,
      ),
    );

  const nodeRows: NodeRow[] = [];
  graph.forEachNode((key, a) => nodeRows.push(nodeRow(key, a, typeAttribute, file, nodeLine.get(key) ?? 1, issues)));

  const { rows: edgeRows, records } = edgeRowsOf(graph, file, lines.edges, issues);
  return {
    // Every issue goes with the edges: analyze merges both files' logs, and they are one file.
    nodes: result(file, nodeRows, graph.order, report, new IssueLog()),
    edges: result(file, edgeRows, records, report, issues),
  };
}

function result<R, F extends string>(file: string, rows: R[], recordCount: number, report: string[], issues: IssueLog): ParseResult<R, F> {
  return { file, rows, recordCount, mapping: {}, mappingReport: report, delimiter: '', issues };
}

/** An attribute value as trimmed text, or undefined when absent or empty. */
function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const s = String(value).trim();
  return s === '' ? undefined : s;
}

function nodeRow(key: string, a: Record<string, unknown>, typeAttribute: string | undefined, file: string, line: number, issues: IssueLog): NodeRow {
  const place = (column: string) => ({ file, line, column });
  const id = readId(key, place('id'));
  if (id.issue) issues.add(id.issue);
  const row: NodeRow = { line, id: id.value || key, type: (typeAttribute && readType(text(a[typeAttribute]) ?? '')) || UNKNOWN_TYPE, attributes: dict() };
  // igraph writes a node's name as `name` (its ids are n0, n1…): the label when there is no `label`.
  const label = text(a['label']) ?? text(a['name']);
  if (label) row.label = label;
  const country = text(a['country']);
  if (country) row.country = country;
  const url = text(a['url']);
  if (url) row.url = url;
  const kind = typeAttribute === 'kind' ? undefined : text(a['kind']);
  if (kind) row.kind = kind;
  for (const [axis, names] of [
    ['lat', ['lat', 'latitude']],
    ['lon', ['lon', 'longitude']],
  ] as const) {
    const name = names.find((n) => text(a[n]) !== undefined);
    if (!name) continue;
    const read = readCoordinate(text(a[name])!, axis, ',', place(name));
    if (read.issue) {
      issues.add(read.issue);
      setOwn(row.attributes, `${axis}_raw`, text(a[name])!);
    } else if (read.value !== undefined) row[axis] = read.value;
  }
  for (const [name, value] of Object.entries(a)) {
    if (name === typeAttribute || NODE_FIELDS.has(name) || DRAWING.has(name)) continue;
    const v = text(value);
    if (v !== undefined) setOwn(row.attributes, name, v);
  }
  return row;
}

/** A pair of ids in a fixed order, as one string key. */
function pairKey(a: string, b: string): string {
  return JSON.stringify(a < b ? [a, b] : [b, a]);
}

function edgeRowsOf(graph: Graph, file: string, lines: number[], issues: IssueLog): { rows: EdgeRow[]; records: number } {
  const rows: EdgeRow[] = [];
  const seen = new Set<string>();
  let directed = 0;
  let parallel = 0;
  let i = 0;
  graph.forEachEdge((_key, a, source, target, _sa, _ta, undirected) => {
    const line = lines[i++] ?? 1;
    if (!undirected) directed++;
    if (source === target) {
      issues.add(error('self-loop', { file, line, column: 'source' }, `${quote(source)} is linked to itself; the link was dropped`));
      return;
    }
    const w = a['weight'] === undefined ? { value: 1 } : readWeight(String(a['weight']), ',', { file, line, column: 'weight' });
    if (w.issue) {
      issues.add(w.issue);
      return;
    }
    const pair = pairKey(source, target);
    if (seen.has(pair)) parallel++;
    seen.add(pair);
    rows.push(...linkRows(a, source, target, w.value!, file, line, issues));
  });
  if (directed > 0)
    issues.add(
      warning(
        'directed-graph',
        { file },
        `${directed.toLocaleString('en-US')} link${directed === 1 ? ' is' : 's are'} directed; the atlas reads every link as undirected (a → b and b → a are one link)`,
      ),
    );
  if (parallel > 0)
    issues.add(
      warning(
        'multi-edges',
        { file },
        `${parallel.toLocaleString('en-US')} link${parallel === 1 ? ' repeats' : 's repeat'} a pair already linked (parallel or reciprocal links); each pair became one link, weights summed and relations listed`,
      ),
    );
  return { rows, records: i };
}

/**
 * One link's rows: one row, or — when the link lists several relations,
 * years or evidence (as our exports write merged links) — one row per value,
 * the first carrying the weight and the others 0, so the build merges them
 * back into one link with the same weight and lists.
 */
function linkRows(a: Record<string, unknown>, source: string, target: string, weight: number, file: string, line: number, issues: IssueLog): EdgeRow[] {
  const relations = listOf(a['relation']) ?? listOf(a['relations'], LIST_SEPARATOR) ?? listOf(a['type']) ?? listOf(a['label']) ?? [];
  const yearTexts = listOf(a['year']) ?? listOf(a['years'], LIST_SEPARATOR) ?? [];
  const evidence = listOf(a['evidence'], EVIDENCE_SEPARATOR) ?? [];
  const attributes: Dict<string> = dict();
  for (const [name, value] of Object.entries(a)) {
    if (EDGE_FIELDS.has(name) || DRAWING.has(name)) continue;
    const v = text(value);
    if (v !== undefined) setOwn(attributes, name, v);
  }
  const years: (number | undefined)[] = yearTexts.map((y) => {
    const read = readYear(y, ',', new Date().getFullYear(), { file, line, column: 'year' });
    if (read.issue) {
      issues.add(read.issue);
      setOwn(attributes, 'year_raw', y);
    }
    return read.value;
  });
  const count = Math.max(1, relations.length, years.length, evidence.length);
  const rows: EdgeRow[] = [];
  for (let k = 0; k < count; k++) {
    const row: EdgeRow = { line, source, target, weight: k === 0 ? weight : 0, attributes: k === 0 ? attributes : dict() };
    const relation = relations[k] === undefined ? undefined : readType(relations[k]!);
    if (relation) row.relation = relation;
    if (years[k] !== undefined) row.year = years[k];
    if (evidence[k] !== undefined) row.evidence = evidence[k];
    rows.push(row);
  }
  return rows;
}

/** A value as a list of non-empty trimmed texts (split on `separator` when given), or undefined when empty. */
function listOf(value: unknown, separator?: string): string[] | undefined {
  const t = text(value);
  if (t === undefined) return undefined;
  const items = (separator ? t.split(separator) : [t]).map((s) => s.trim()).filter((s) => s !== '');
  return items.length ? items : undefined;
}
