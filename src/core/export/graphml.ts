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
 * provenance JSON is written so it needs no decoding.
 */
import { nodeId } from '../graph/node-key';
import type { AtlasGraph } from '../graph/types';
import type { NodeMeasures } from '../style';
import { edgeColumns, exportItems, nodeColumns, type Column, type IndicatorTable, type VisibleSet } from './columns';
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

function keyLines(prefix: string, target: string, columns: readonly Column<never>[]): string[] {
  return columns.map(
    (c, i) => `  <key id="${prefix}${i}" for="${target}" attr.name="${attr(c.name)}" attr.type="${c.type === 'number' ? 'double' : 'string'}"/>`,
  );
}

function dataLines<T>(prefix: string, columns: readonly Column<T>[], item: T): string[] {
  const out: string[] = [];
  columns.forEach((c, i) => {
    const v = c.value(item);
    if (typeof v === 'number' ? Number.isFinite(v) : v !== undefined && v !== '') out.push(`      <data key="${prefix}${i}">${escapeXml(String(v))}</data>`);
  });
  return out;
}

/** The graph (or its visible part) as a GraphML document. */
export function exportGraphml(graph: AtlasGraph, options: GraphmlOptions): string {
  const { nodes, edges } = exportItems(graph, options.visible);
  const p = options.positions;
  const nodeCols = nodeColumns(
    graph,
    nodes.map((n) => n.key),
    { ...options, ...(p ? { reserved: ['x', 'y'] } : {}) },
  );
  if (p) {
    const index = new Map(options.measures.keys.map((k, i) => [k, i]));
    const at = (key: string, offset: number) => {
      const i = index.get(key);
      return i === undefined ? undefined : p[2 * i + offset];
    };
    nodeCols.push({ name: 'x', type: 'number', value: (n) => at(n.key, 0) }, { name: 'y', type: 'number', value: (n) => at(n.key, 1) });
  }
  const edgeCols = edgeColumns(
    graph,
    edges.map((e) => e.key),
  );
  const prov = options.provenance;
  const graphData: [string, string][] = [
    ['creator', `${prov.app.name} ${prov.app.version}`],
    ['description', provenanceLines(prov).join('\n')],
    ['provenance', jsonForXml(prov)],
  ];

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...graphData.map(([name], i) => `  <key id="g${i}" for="graph" attr.name="${name}" attr.type="string"/>`),
    ...keyLines('n', 'node', nodeCols as Column<never>[]),
    ...keyLines('e', 'edge', edgeCols as Column<never>[]),
    '  <graph id="G" edgedefault="undirected">',
    ...graphData.map(([, value], i) => `    <data key="g${i}">${escapeXml(value)}</data>`),
  ];
  for (const n of nodes) {
    const data = dataLines('n', nodeCols, n);
    lines.push(`    <node id="${attr(nodeId(n.key))}"${data.length ? '>' : '/>'}`, ...data, ...(data.length ? ['    </node>'] : []));
  }
  for (const e of edges) {
    const data = dataLines('e', edgeCols, e);
    const open = `    <edge id="${attr(e.key)}" source="${attr(nodeId(e.source))}" target="${attr(nodeId(e.target))}"`;
    lines.push(`${open}${data.length ? '>' : '/>'}`, ...data, ...(data.length ? ['    </edge>'] : []));
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
