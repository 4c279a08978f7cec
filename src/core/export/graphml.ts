/**
 * GraphML export (yEd, Cytoscape, NetworkX, igraph, Gephi). graphology-graphml
 * only parses GraphML, so the document is written here: one `<key>` per
 * column (attr.type `double` for numbers, `string` for text), the provenance
 * as graph-level `<data>` (creator, description lines, and the provenance as
 * JSON), then nodes with every attribute and measure and edges with weight,
 * relations, years, evidence and source lines. No colours or sizes: GraphML
 * has no standard place for them. Node ids are the users' ids (`nodeId` of
 * the graph key); keys are named by position (`n0`, `e0`…), never by column
 * name. Every text goes through `escapeXml`, whose reversible `_xHHHH_`
 * encoding of characters XML cannot hold is described in xml-text.ts; the
 * provenance JSON is written so it needs no decoding. Written as chunks
 * ({@link exportGraphmlChunks}, chunks.ts); {@link exportGraphml} joins them.
 */
import { nodeId } from '../graph/node-key';
import type { ReadGraph } from '../graph/types';
import type { NodeMeasures } from '../style';
import { CHUNK_SIZE, joinChunks, TextChunker } from './chunks';
import { exportItems, pacedEdgeColumns, pacedNodeColumns, type Column, type IndicatorTable, type VisibleSet } from './columns';
import { keyPositions } from './key-positions';
import { provenanceLines, type Provenance } from './provenance';
import { escapeXml, jsonForXml } from './xml-text';

export interface GraphmlOptions {
  /** Measures aligned with `keys` (the view's `keys` and `measures`). */
  measures: NodeMeasures;
  /** Default: every node and edge. */
  visible?: VisibleSet;
  /** x, y pairs aligned with `measures.keys`; when given, written as `x` and `y` node data. */
  positions?: ArrayLike<number>;
  indicators?: IndicatorTable;
  provenance: Provenance;
}

const attr = (text: string) => escapeXml(text, true);

function keyText(prefix: string, target: string, columns: readonly Column<never>[]): string {
  let out = '';
  columns.forEach((c, i) => {
    out += `  <key id="${prefix}${i}" for="${target}" attr.name="${attr(c.name)}" attr.type="${c.type === 'number' ? 'double' : 'string'}"/>\n`;
  });
  return out;
}

/** The `<data>` lines of an item (each ending in a line feed), or ''; `opens[i]` is column i's `      <data key="…">`. */
function dataText<T>(opens: readonly string[], columns: readonly Column<T>[], item: T): string {
  let out = '';
  for (let i = 0; i < columns.length; i++) {
    const v = columns[i]!.value(item);
    if (typeof v === 'number' ? Number.isFinite(v) : v !== undefined && v !== '') out += `${opens[i]}${escapeXml(String(v))}</data>\n`;
  }
  return out;
}

/** Each column's `<data>` start tag, keys named by position (`n0`, `n1`…). */
const dataOpens = (prefix: string, columns: readonly unknown[]) => columns.map((_, i) => `      <data key="${prefix}${i}">`);

/**
 * The graph (or its visible part) as a GraphML document, in chunks of at
 * most {@link CHUNK_SIZE} code units (see chunks.ts); their concatenation is
 * {@link exportGraphml}'s text.
 */
export function* exportGraphmlChunks(graph: ReadGraph, options: GraphmlOptions): Generator<string, void, undefined> {
  const { nodes, edges, edgeExtraNames } = yield* exportItems(graph, options.visible);
  const p = options.positions;
  const nodeCols = yield* pacedNodeColumns(nodes, { ...options, ...(p ? { reserved: ['x', 'y'] } : {}) });
  yield '';
  if (p) {
    const positionOf = keyPositions(options.measures.keys);
    const at = (key: string, offset: number) => {
      const i = positionOf(key);
      return i === undefined ? undefined : p[2 * i + offset];
    };
    nodeCols.push({ name: 'x', type: 'number', value: (n) => at(n.key, 0) }, { name: 'y', type: 'number', value: (n) => at(n.key, 1) });
  }
  // A pause point after each step that passes over every node or edge.
  yield '';
  const edgeCols = yield* pacedEdgeColumns(graph, edges, edgeExtraNames);
  yield '';
  const prov = options.provenance;
  const graphData: [string, string][] = [
    ['creator', `${prov.app.name} ${prov.app.version}`],
    ['description', provenanceLines(prov).join('\n')],
    ['provenance', jsonForXml(prov)],
  ];

  const nodeOpens = dataOpens('n', nodeCols);
  const edgeOpens = dataOpens('e', edgeCols);
  const out = new TextChunker();
  out.add(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
      '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      graphData.map(([name], i) => `  <key id="g${i}" for="graph" attr.name="${name}" attr.type="string"/>\n`).join('') +
      keyText('n', 'node', nodeCols as Column<never>[]) +
      keyText('e', 'edge', edgeCols as Column<never>[]) +
      '  <graph id="G" edgedefault="undirected">\n',
  );
  // The provenance JSON may pass a chunk on its own: take() cuts it.
  graphData.forEach(([, value], i) => out.add(`    <data key="g${i}">${escapeXml(value)}</data>\n`));
  yield* out.take();
  for (const n of nodes) {
    const data = dataText(nodeOpens, nodeCols, n);
    const open = `    <node id="${attr(nodeId(n.key))}"`;
    if (out.add(data ? `${open}>\n${data}    </node>\n` : `${open}/>\n`)) yield* out.take();
  }
  for (const e of edges) {
    const data = dataText(edgeOpens, edgeCols, e);
    const open = `    <edge id="${attr(e.key)}" source="${attr(nodeId(e.source))}" target="${attr(nodeId(e.target))}"`;
    if (out.add(data ? `${open}>\n${data}    </edge>\n` : `${open}/>\n`)) yield* out.take();
  }
  out.add('  </graph>\n</graphml>\n');
  yield* out.end();
}

/** The graph (or its visible part) as one GraphML document: {@link exportGraphmlChunks} joined. */
export function exportGraphml(graph: ReadGraph, options: GraphmlOptions): string {
  return joinChunks(exportGraphmlChunks(graph, options));
}
