/**
 * GEXF export (Gephi's format), as GEXF 1.3 (the default) or GEXF 1.2draft:
 * each node with its colour (`<viz:color r g b>`), size and position, its
 * label, type, country, kind and every measure (community included) as typed
 * attributes; each edge with its weight and its relations, years and evidence
 * as text. The provenance goes into `<meta>`: creator "Partnership Atlas
 * <version>", description = the provenance lines.
 *
 * Which to choose: Gephi ≥ 0.9 and networkx ≥ 3 read both; networkx < 3
 * (still Debian stable's) and other older readers only 1.2draft.
 *
 * Written here rather than with graphology-gexf's writer, which keys its
 * attribute model by column name in plain objects (a nodes column called
 * `constructor` made it fail, `toString` or `__proto__` went missing) and
 * writes 1.2 with a malformed viz namespace. Attribute ids are the columns'
 * positions ("0", "1"…), titles their names. Node ids are the users' ids
 * (`nodeId` of the graph key), and every text goes through `escapeXml`, whose
 * reversible `_xHHHH_` encoding of characters XML cannot hold is described in
 * xml-text.ts.
 *
 * Written as chunks ({@link exportGexfChunks}, chunks.ts) so a 500k-link
 * graph never becomes one string; {@link exportGexf} joins them.
 */
import { ParameterError } from '../errors';
import { nodeId } from '../graph/node-key';
import type { ReadGraph } from '../graph/types';
import type { NodeMeasures } from '../style';
import { hasOwn } from '../util/dict';
import { CHUNK_SIZE, joinChunks, PAUSE_EVERY, TextChunker } from './chunks';
import { exportItems, pacedEdgeColumns, pacedNodeColumns, type Column, type IndicatorTable, type VisibleSet } from './columns';
import { keyPositions } from './key-positions';
import { provenanceLines, type Provenance } from './provenance';
import { escapeXml } from './xml-text';

/** The GEXF versions the writer emits. */
export type GexfVersion = '1.3' | '1.2draft';

/** Every {@link GexfVersion}, the default first, with what reads it (for menus and `--help`). */
export const GEXF_VERSIONS: readonly { id: GexfVersion; readers: string }[] = [
  { id: '1.3', readers: 'Gephi ≥ 0.9, networkx ≥ 3, graphology' },
  { id: '1.2draft', readers: 'also networkx < 3 and other older readers' },
];

export const GEXF_DEFAULTS = { version: '1.3' } as const satisfies { version: GexfVersion };

export interface GexfOptions {
  /** Measures aligned with `keys` (the view's `keys` and `measures`). */
  measures: NodeMeasures;
  /** Node colour by node key as `#rrggbb` (or `#rgb`), e.g. from `nodeColors`. */
  colors: ReadonlyMap<string, string>;
  /** Node size by node key, e.g. from `nodeSizes`. */
  sizes: ReadonlyMap<string, number>;
  /** Default: every node and edge. */
  visible?: VisibleSet;
  /** x, y pairs aligned with `measures.keys` (the view's `positions`); default: the nodes' `x`/`y` attributes. */
  positions?: ArrayLike<number>;
  indicators?: IndicatorTable;
  provenance: Provenance;
  /** Default `'1.3'`. */
  version?: GexfVersion;
}

/** Root element attributes of each version (1.2draft's as its schema and networkx write them). */
const ROOT: Record<GexfVersion, string> = {
  '1.3':
    'version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"',
  '1.2draft':
    'version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"',
};

const attr = (text: string) => escapeXml(text, true);

/** `#rgb`/`#rrggbb` as r, g, b attributes, or undefined. */
function rgbOf(hex: string | undefined): string | undefined {
  const m = hex ? /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim()) : null;
  if (!m) return undefined;
  const h = m[1]!.length === 3 ? m[1]!.replace(/./g, (c) => c + c) : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  return `r="${r}" g="${g}" b="${b}"`;
}

const present = (v: string | number | undefined): v is string | number => (typeof v === 'number' ? Number.isFinite(v) : v !== undefined && v !== '');

/** A declared attribute: the column, its GEXF type, its id. */
interface Declared<T> {
  column: Column<T>;
  type: 'integer' | 'long' | 'double' | 'string';
  id: string;
  /**
   * What goes before its value when it is an item's first value: the end of
   * the item's start tag, `<attvalues>` and its `<attvalue>` line up to the
   * value (`>\n        <attvalues>\n          <attvalue for="3" value="`).
   */
  first: string;
  /** What goes before its value after another value: that line's end, then its own line up to the value. */
  next: string;
}

/**
 * The columns some item has a value for, typed as GEXF does: `integer` when
 * every value is a 32-bit integer, `long` when every value is a safe integer,
 * else `double`; text is `string`. A pass over every item per column, with a
 * pause point (an empty chunk) every {@link PAUSE_EVERY} values.
 */
function* declare<T>(columns: readonly Column<T>[], items: readonly T[], tagEnd: string): Generator<string, Declared<T>[], undefined> {
  const out: Declared<T>[] = [];
  let done = 0;
  for (const column of columns) {
    let seen = false;
    let type: Declared<T>['type'] = column.type === 'string' ? 'string' : 'integer';
    for (const item of items) {
      if (++done % PAUSE_EVERY === 0) yield '';
      const v = column.value(item);
      if (!present(v)) continue;
      seen = true;
      if (typeof v !== 'number') type = 'string';
      else if (type === 'integer' && !(Number.isInteger(v) && Math.abs(v) <= 0x7fffffff)) type = Number.isSafeInteger(v) ? 'long' : 'double';
      else if (type === 'long' && !Number.isSafeInteger(v)) type = 'double';
      // Nothing later changes a string column's type: one value is enough.
      if (type === 'string') break;
    }
    if (seen) {
      const line = `          <attvalue for="${out.length}" value="`;
      out.push({ column, type, id: String(out.length), first: `${tagEnd}>\n        <attvalues>\n${line}`, next: `"/>\n${line}` });
    }
  }
  return out;
}

function modelText<T>(kind: 'node' | 'edge', declared: readonly Declared<T>[]): string {
  if (!declared.length) return '';
  let out = `    <attributes class="${kind}" mode="static">\n`;
  for (const d of declared) out += `      <attribute id="${d.id}" title="${attr(d.column.name)}" type="${d.type}"/>\n`;
  return `${out}    </attributes>\n`;
}

/** The end of a node's `<attvalues>` block, after its last value. */
const NODE_VALUES_END = '"/>\n        </attvalues>\n';
/** The end of an edge's `<attvalues>` block and of the edge. */
const EDGE_VALUES_END = `${NODE_VALUES_END}      </edge>\n`;

/**
 * The end of an item's start tag and its `<attvalues>` block, then `end`;
 * '' when it has no value. Each value costs two strings of the text (the
 * fixed text before it, and it), not three: the chunker's join, which
 * flattens every string joined with `+`, is the largest single cost of the
 * export (about a quarter of it at 50k nodes / 250k links, profiled; issue 14).
 */
function attvaluesText<T>(declared: readonly Declared<T>[], item: T, end: string): string {
  let values = '';
  for (const d of declared) {
    const v = d.column.value(item);
    if (!present(v)) continue;
    const text = typeof v === 'number' ? String(v) : attr(v);
    values = values ? values + d.next + text : d.first + text;
  }
  return values ? values + end : '';
}

/**
 * The graph (or its visible part) as a GEXF 1.3 (default) or 1.2draft
 * document, in chunks of at most {@link CHUNK_SIZE} code units (see
 * chunks.ts); their concatenation is {@link exportGexf}'s text. The version
 * is checked at the call, the rest is written as the chunks are read.
 */
export function exportGexfChunks(graph: ReadGraph, options: GexfOptions): Generator<string, void, undefined> {
  const version = options.version ?? GEXF_DEFAULTS.version;
  if (!hasOwn(ROOT, version))
    throw new ParameterError(`export/gexf: unknown GEXF version "${String(version)}" (expected ${GEXF_VERSIONS.map((v) => v.id).join(' or ')})`);
  return writeGexf(graph, options, version);
}

function* writeGexf(graph: ReadGraph, options: GexfOptions, version: GexfVersion): Generator<string, void, undefined> {
  const { nodes, edges, edgeExtraNames } = yield* exportItems(graph, options.visible);
  // A pause point after each step that passes over every node or edge.
  const allNodeCols = yield* pacedNodeColumns(nodes, options);
  yield '';
  const nodeCols = yield* declare(
    allNodeCols.filter((c) => c.name !== 'label'),
    nodes,
    '',
  );
  const allEdgeCols = yield* pacedEdgeColumns(graph, edges, edgeExtraNames);
  // Read through the column (not the graph), so the link's other columns reuse its read (columns.ts).
  const weightOf = allEdgeCols.find((c) => c.name === 'weight')!.value;
  yield '';
  const edgeCols = yield* declare(
    allEdgeCols.filter((c) => c.name !== 'weight'),
    edges,
    // An edge's start tag ends with the quote of its last attribute, written with what follows it.
    '"',
  );
  const positionOf = keyPositions(options.measures.keys);
  yield '';
  const p = options.positions;
  const prov = options.provenance;
  const z = version === '1.2draft' ? ' z="0"' : '';

  const out = new TextChunker();
  out.add(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<gexf ${ROOT[version]}>\n` +
      `  <meta lastmodifieddate="${attr(prov.createdAt.slice(0, 10))}">\n` +
      `    <creator>${escapeXml(`${prov.app.name} ${prov.app.version}`)}</creator>\n` +
      `    <description>${escapeXml(provenanceLines(prov).join('\n'))}</description>\n` +
      '  </meta>\n' +
      '  <graph defaultedgetype="undirected" mode="static">\n' +
      modelText('node', nodeCols) +
      modelText('edge', edgeCols) +
      '    <nodes>\n',
  );
  yield* out.take();
  // The node ids written other than as their keys, kept for the edges' source and target; each colour's r, g, b.
  const ids = new Map<string, string>();
  const rgb = new Map<string | undefined, string | undefined>();
  for (const n of nodes) {
    const i = p && positionOf(n.key);
    const x = p && i !== undefined ? p[2 * i] : n.attributes.x;
    const y = p && i !== undefined ? p[2 * i + 1] : n.attributes.y;
    const label = n.attributes.label ? ` label="${attr(n.attributes.label)}"` : '';
    const id = attr(nodeId(n.key));
    if (id !== n.key) ids.set(n.key, id);
    const values = attvaluesText(nodeCols, n, NODE_VALUES_END);
    let viz = '';
    const hex = options.colors.get(n.key);
    let color = rgb.get(hex);
    if (color === undefined && !rgb.has(hex)) rgb.set(hex, (color = rgbOf(hex)));
    if (color) viz += `        <viz:color ${color}/>\n`;
    const size = options.sizes.get(n.key);
    if (size !== undefined && Number.isFinite(size)) viz += `        <viz:size value="${size}"/>\n`;
    // 1.2draft's schema requires z with x and y.
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) viz += `        <viz:position x="${x}" y="${y}"${z}/>\n`;
    const open = `      <node id="${id}"${label}`;
    if (out.add(values || viz ? `${open}${values || '>\n'}${viz}      </node>\n` : `${open}/>\n`)) yield* out.take();
  }
  out.add('    </nodes>\n    <edges>\n');
  for (const e of edges) {
    const w = weightOf(e);
    // Without the closing quote of its last attribute, which its values (or `"/>`) begin with.
    const open = `      <edge id="${attr(e.key)}" source="${ids.get(e.source) ?? e.source}" target="${ids.get(e.target) ?? e.target}${Number.isFinite(w) ? `" weight="${w}` : ''}`;
    const body = attvaluesText(edgeCols, e, EDGE_VALUES_END);
    if (out.add(open + (body || '"/>\n'))) yield* out.take();
  }
  out.add('    </edges>\n  </graph>\n</gexf>\n');
  yield* out.end();
}

/** The graph (or its visible part) as one GEXF 1.3 (default) or 1.2draft document: {@link exportGexfChunks} joined. */
export function exportGexf(graph: ReadGraph, options: GexfOptions): string {
  return joinChunks(exportGexfChunks(graph, options));
}
