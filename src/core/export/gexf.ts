/**
 * GEXF 1.3 export (Gephi's format) through graphology-gexf's writer: each node
 * with its colour (`<viz:color r g b>`), size and position, its label, type,
 * country, kind and every measure (community included) as typed attributes;
 * each edge with its weight and its relations, years and evidence as text.
 * The provenance goes into `<meta>`: creator "Partnership Atlas <version>",
 * description = the provenance lines.
 */
import { UndirectedGraph } from 'graphology';
import write from 'graphology-gexf/common/writer';
import type { AtlasGraph } from '../graph/types';
import type { NodeMeasures } from '../style';
import { edgeColumns, exportItems, nodeColumns, type Column, type IndicatorTable, type VisibleSet } from './columns';
import { provenanceLines, type Provenance } from './provenance';
import { xmlText } from './xml-text';

export interface GexfOptions {
  /** Measures aligned with `keys` (the view's `keys` and `measures`). */
  measures: NodeMeasures;
  /** Node colour as `#rrggbb` (or `#rgb`), e.g. from `nodeColors`. */
  colors: ReadonlyMap<string, string>;
  /** Node size, e.g. from `nodeSizes`. */
  sizes: ReadonlyMap<string, number>;
  /** Default: every node and edge. */
  visible?: VisibleSet;
  /** x, y pairs aligned with `measures.keys` (the view's `positions`); default: the nodes' `x`/`y` attributes. */
  positions?: ArrayLike<number>;
  indicators?: IndicatorTable;
  provenance: Provenance;
}

/** `#rgb`/`#rrggbb` as `rgb(r, g, b)`, which the writer emits as r, g, b attributes (a hex string would become GEXF 1.3's `hex`). */
function rgbOf(hex: string | undefined): string | undefined {
  const m = hex ? /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim()) : null;
  if (!m) return undefined;
  const h = m[1]!.length === 3 ? m[1]!.replace(/./g, (c) => c + c) : m[1]!;
  return `rgb(${[0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).join(', ')})`;
}

type Attributes = Record<string, string | number>;

function attributesOf<T>(columns: readonly Column<T>[], item: T): Attributes {
  const out: Attributes = {};
  for (const c of columns) {
    const v = c.value(item);
    if (typeof v === 'number') {
      if (Number.isFinite(v)) out[c.name] = v;
    } else if (v !== undefined && v !== '') out[c.name] = xmlText(v);
  }
  return out;
}

/** The graph (or its visible part) as a GEXF 1.3 document. */
export function exportGexf(graph: AtlasGraph, options: GexfOptions): string {
  const { nodes, edges } = exportItems(graph, options.visible);
  const nodeCols = nodeColumns(graph, nodes.map((n) => n.key), options).filter((c) => c.name !== 'label');
  const edgeCols = edgeColumns(graph, edges.map((e) => e.key));
  const index = new Map(options.measures.keys.map((k, i) => [k, i]));
  const p = options.positions;

  // The writer reads a graph: build one holding exactly what GEXF should say.
  const out = new UndirectedGraph<Record<string, unknown>, Record<string, unknown>>();
  out.replaceAttributes({
    creator: `${options.provenance.app.name} ${options.provenance.app.version}`,
    description: provenanceLines(options.provenance).map(xmlText).join('\n'),
    lastModifiedDate: options.provenance.createdAt.slice(0, 10),
  });
  for (const n of nodes) {
    const i = index.get(n.key);
    const x = p && i !== undefined ? p[2 * i] : n.attributes.x;
    const y = p && i !== undefined ? p[2 * i + 1] : n.attributes.y;
    const viz: Record<string, string | number> = {};
    const color = rgbOf(options.colors.get(n.key));
    if (color) viz['color'] = color;
    const size = options.sizes.get(n.key);
    if (size !== undefined && Number.isFinite(size)) viz['size'] = size;
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) Object.assign(viz, { x, y });
    out.addNode(n.key, { label: xmlText(n.attributes.label), viz, attributes: attributesOf(nodeCols, n) });
  }
  for (const e of edges) out.addEdgeWithKey(e.key, e.source, e.target, { weight: e.attributes.weight, attributes: attributesOf(edgeCols.slice(1), e) });

  return write(out, {
    version: '1.3',
    pedantic: true, // <meta> holds only creator, description and keywords, as the GEXF schema allows
    formatNode: (_key, a) => a as never,
    formatEdge: (_key, a) => a as never,
  });
}
