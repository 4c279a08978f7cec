/**
 * CSV writing for every download and export: RFC 4180 quoting, and
 * neutralisation of cells a spreadsheet would run as a formula (OWASP "CSV
 * injection"). On top of that, the nodes and edges tables of a graph with
 * every measure, headed by comment lines that carry the export's provenance.
 *
 * The rules, so that any spreadsheet (comma or semicolon locale) opens the
 * file as data and our own reader gives back exactly what was written:
 * - a text cell (headers included) starting with `=`, `+`, `-`, `@`, tab, CR
 *   or `'` gets one leading `'`; the `'` case lets a reader that knows the
 *   file is ours (its first line is our provenance comment) remove exactly
 *   one `'` from every cell that starts with one. Numbers stay numbers.
 * - a cell holding `,` `;` `"` tab CR or LF, or starting or ending with
 *   white space, is quoted, quotes doubled.
 * - each comment line is ONE quoted field, `"# Partnership Atlas 0.1.0, …"`,
 *   so a file name such as `x,=1+1,@SUM(2+2).csv` in the provenance never
 *   becomes a cell of its own.
 *
 * Written by hand rather than with `Papa.unparse({ escapeFormulae })`:
 * papaparse prefixes `'` to formula-like cells but not to cells that already
 * start with `'`, so the prefix could not be undone exactly on read-back, and
 * it does not quote `;` or tab, which a semicolon-locale spreadsheet splits on.
 *
 * The graph tables are written as chunks (`exportNodesCsvChunks`,
 * `exportEdgesCsvChunks`, chunks.ts); the one-string functions join them.
 */
import { nodeId } from '../graph/node-key';
import type { ReadGraph } from '../graph/types';
import type { NodeMeasures } from '../style';
import { CHUNK_SIZE, joinChunks, TextChunker } from './chunks';
import { exportItems, pacedEdgeColumns, pacedNodeColumns, type IndicatorTable } from './columns';
import { provenanceLines, type Provenance } from './provenance';

/** A cell value: text, or a number (NaN = missing, written empty). */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r']/;
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/**
 * Makes a text cell safe to open in a spreadsheet: text starting with
 * `=`, `+`, `-`, `@`, tab, carriage return or `'` is prefixed with `'`.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV field: numbers as JavaScript writes them (NaN, ±Infinity, null and
 * undefined empty), text neutralised, then quoted (with doubled quotes) when
 * it holds a comma, semicolon, quote, tab, line break or surrounding space.
 */
export function escapeCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A comment line: `# text` as one quoted field (line breaks become spaces,
 * quotes are doubled), whatever the text holds.
 */
export function csvComment(text: string): string {
  return `"# ${text.replace(/[\r\n]+/g, ' ').replace(/"/g, '""')}"`;
}

/**
 * A whole CSV document: optional comment lines ({@link csvComment}), a
 * header row, then one line per row; CRLF line ends (RFC 4180).
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>, comments: readonly string[] = []): string {
  return joinChunks(csvChunks(header, rows, comments));
}

/** {@link toCsv}'s text in chunks of at most {@link CHUNK_SIZE} code units (see chunks.ts). */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  comments: readonly string[] = [],
): Generator<string, void, undefined> {
  const out = new TextChunker();
  for (const comment of comments) out.add(`${csvComment(comment)}\r\n`);
  out.add(`${header.map(escapeCsvCell).join(',')}\r\n`);
  yield* out.take();
  for (const row of rows) if (out.add(`${row.map(escapeCsvCell).join(',')}\r\n`)) yield* out.take();
  yield* out.end();
}

export interface NodesCsvOptions {
  /** Measures aligned with `keys` (the view's `keys` and `measures`). */
  measures: NodeMeasures;
  /** Co-production indicators by node id (cities, projects, firms). */
  indicators?: IndicatorTable;
  /** Node keys to write; default every node. */
  visible?: ReadonlySet<string>;
  provenance: Provenance;
}

/**
 * The nodes table: `id,label,type,country,kind,lat,lon,url`, every measure,
 * the indicator fields, then extra attributes; one row per node in graph
 * order, headed by the provenance as comment lines. In chunks of at most
 * {@link CHUNK_SIZE} code units (see chunks.ts).
 */
export function* exportNodesCsvChunks(graph: ReadGraph, options: NodesCsvOptions): Generator<string, void, undefined> {
  const { nodes } = yield* exportItems(graph, options.visible ? { nodes: options.visible } : undefined, 'nodes');
  const columns = yield* pacedNodeColumns(nodes, options);
  yield '';
  const rows = (function* () {
    for (const n of nodes) yield [nodeId(n.key), ...columns.map((c) => c.value(n))];
  })();
  yield* csvChunks(['id', ...columns.map((c) => c.name)], rows, provenanceLines(options.provenance));
}

/** {@link exportNodesCsvChunks} as one string. */
export function exportNodesCsv(graph: ReadGraph, options: NodesCsvOptions): string {
  return joinChunks(exportNodesCsvChunks(graph, options));
}

export interface EdgesCsvOptions {
  /** Edge keys to write; default every edge. */
  visible?: ReadonlySet<string>;
  provenance: Provenance;
}

/**
 * The edges table: `source,target,weight,relations,years,evidence,lines`
 * then extra columns; relations, years and lines joined with `;`, evidence
 * with ` | `. Headed by the provenance as comment lines. In chunks of at most
 * {@link CHUNK_SIZE} code units (see chunks.ts).
 */
export function* exportEdgesCsvChunks(graph: ReadGraph, options: EdgesCsvOptions): Generator<string, void, undefined> {
  const { edges, edgeExtraNames } = yield* exportItems(graph, options.visible ? { edges: options.visible } : undefined, 'edges');
  const columns = yield* pacedEdgeColumns(graph, edges, edgeExtraNames);
  yield '';
  const rows = (function* () {
    for (const e of edges) yield [nodeId(e.source), nodeId(e.target), ...columns.map((c) => c.value(e))];
  })();
  yield* csvChunks(['source', 'target', ...columns.map((c) => c.name)], rows, provenanceLines(options.provenance));
}

/** {@link exportEdgesCsvChunks} as one string. */
export function exportEdgesCsv(graph: ReadGraph, options: EdgesCsvOptions): string {
  return joinChunks(exportEdgesCsvChunks(graph, options));
}
