/**
 * The export writers as they were before they streamed (commit a882f00):
 * each builds its whole document as one string (the JSON export as one
 * object). Kept only as the reference the chunked writers must match byte
 * for byte (streaming.test.ts); the columns themselves come from
 * src/core/export/columns.ts, as they did then. If an export's format
 * changes on purpose, change it here too.
 */
import { ParameterError } from '../../../src/core/errors';
import { drainPaced } from '../../../src/core/export/chunks';
import {
  edgeColumns as itemEdgeColumns,
  exportItems as pacedItems,
  exportedIndicators,
  nodeColumns,
  type Column,
  type EdgeItem,
  type IndicatorTable,
  type NodeItem,
} from '../../../src/core/export/columns';
import type { EdgesCsvOptions, NodesCsvOptions } from '../../../src/core/export/csv';
import { toCsv } from '../../../src/core/export/csv';
import { GEXF_DEFAULTS, GEXF_VERSIONS, type GexfOptions, type GexfVersion } from '../../../src/core/export/gexf';
import type { GraphmlOptions } from '../../../src/core/export/graphml';
import { JSON_FORMAT, JSON_FORMAT_VERSION, type AtlasJson, type JsonOptions } from '../../../src/core/export/json';
import { provenanceLines } from '../../../src/core/export/provenance';
import { escapeXml, jsonForXml } from '../../../src/core/export/xml-text';
import { nodeId } from '../../../src/core/graph/node-key';
import type { AtlasEdgeAttributes, AtlasGraph } from '../../../src/core/graph/types';
import { dictCopy, dictFrom, getOwn, hasOwn } from '../../../src/core/util/dict';

/** An edge item with its attributes, as the items were then (they no longer hold them: columns.ts). */
type LegacyEdgeItem = EdgeItem & { attributes: AtlasEdgeAttributes };

function exportItems(
  graph: AtlasGraph,
  visible?: { nodes?: ReadonlySet<string>; edges?: ReadonlySet<string> },
): { nodes: NodeItem[]; edges: LegacyEdgeItem[] } {
  const { nodes, edges } = drainPaced(pacedItems(graph, visible));
  return { nodes, edges: edges.map((e) => ({ ...e, attributes: graph.getEdgeAttributes(e.key) })) };
}
const edgeColumns = (graph: AtlasGraph, keys: readonly string[]): Column<EdgeItem>[] => {
  const wanted = new Set(keys);
  return itemEdgeColumns(
    graph,
    exportItems(graph).edges.filter((e) => wanted.has(e.key)),
  );
};

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
}

/**
 * The columns some item has a value for, typed as GEXF does: `integer` when
 * every value is a 32-bit integer, `long` when every value is a safe integer,
 * else `double`; text is `string`.
 */
function declare<T>(columns: readonly Column<T>[], items: readonly T[]): Declared<T>[] {
  const out: Declared<T>[] = [];
  for (const column of columns) {
    let seen = false;
    let type: Declared<T>['type'] = column.type === 'string' ? 'string' : 'integer';
    for (const item of items) {
      const v = column.value(item);
      if (!present(v)) continue;
      seen = true;
      if (typeof v !== 'number') type = 'string';
      else if (type === 'integer' && !(Number.isInteger(v) && Math.abs(v) <= 0x7fffffff)) type = Number.isSafeInteger(v) ? 'long' : 'double';
      else if (type === 'long' && !Number.isSafeInteger(v)) type = 'double';
    }
    if (seen) out.push({ column, type, id: String(out.length) });
  }
  return out;
}

function modelLines<T>(kind: 'node' | 'edge', declared: readonly Declared<T>[]): string[] {
  if (!declared.length) return [];
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...declared.map((d) => `      <attribute id="${d.id}" title="${attr(d.column.name)}" type="${d.type}"/>`),
    '    </attributes>',
  ];
}

function attvalueLines<T>(declared: readonly Declared<T>[], item: T): string[] {
  const values: string[] = [];
  for (const d of declared) {
    const v = d.column.value(item);
    if (present(v)) values.push(`          <attvalue for="${d.id}" value="${typeof v === 'number' ? String(v) : attr(v)}"/>`);
  }
  return values.length ? ['        <attvalues>', ...values, '        </attvalues>'] : [];
}

/** The graph (or its visible part) as a GEXF 1.3 (default) or 1.2draft document. */
export function legacyGexf(graph: AtlasGraph, options: GexfOptions): string {
  const version = options.version ?? GEXF_DEFAULTS.version;
  if (!hasOwn(ROOT, version))
    throw new ParameterError(`export/gexf: unknown GEXF version "${String(version)}" (expected ${GEXF_VERSIONS.map((v) => v.id).join(' or ')})`);
  const { nodes, edges } = exportItems(graph, options.visible);
  const nodeCols = declare(
    nodeColumns(nodes, options).filter((c) => c.name !== 'label'),
    nodes,
  );
  const edgeCols = declare(
    edgeColumns(
      graph,
      edges.map((e) => e.key),
    ).filter((c) => c.name !== 'weight'),
    edges,
  );
  const index = new Map(options.measures.keys.map((k, i) => [k, i]));
  const p = options.positions;
  const prov = options.provenance;

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf ${ROOT[version]}>`,
    `  <meta lastmodifieddate="${attr(prov.createdAt.slice(0, 10))}">`,
    `    <creator>${escapeXml(`${prov.app.name} ${prov.app.version}`)}</creator>`,
    `    <description>${escapeXml(provenanceLines(prov).join('\n'))}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    ...modelLines('node', nodeCols),
    ...modelLines('edge', edgeCols),
    '    <nodes>',
  ];
  for (const n of nodes) {
    const i = index.get(n.key);
    const x = p && i !== undefined ? p[2 * i] : n.attributes.x;
    const y = p && i !== undefined ? p[2 * i + 1] : n.attributes.y;
    const label = n.attributes.label ? ` label="${attr(n.attributes.label)}"` : '';
    const body = attvalueLines(nodeCols, n);
    const color = rgbOf(options.colors.get(n.key));
    if (color) body.push(`        <viz:color ${color}/>`);
    const size = options.sizes.get(n.key);
    if (size !== undefined && Number.isFinite(size)) body.push(`        <viz:size value="${size}"/>`);
    // 1.2draft's schema requires z with x and y.
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y))
      body.push(`        <viz:position x="${x}" y="${y}"${version === '1.2draft' ? ' z="0"' : ''}/>`);
    const open = `      <node id="${attr(nodeId(n.key))}"${label}`;
    lines.push(...(body.length ? [`${open}>`, ...body, '      </node>'] : [`${open}/>`]));
  }
  lines.push('    </nodes>', '    <edges>');
  for (const e of edges) {
    const weight = Number.isFinite(e.attributes.weight) ? ` weight="${e.attributes.weight}"` : '';
    const open = `      <edge id="${attr(e.key)}" source="${attr(nodeId(e.source))}" target="${attr(nodeId(e.target))}"${weight}`;
    const body = attvalueLines(edgeCols, e);
    lines.push(...(body.length ? [`${open}>`, ...body, '      </edge>'] : [`${open}/>`]));
  }
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return lines.join('\n') + '\n';
}

const gmAttr = (text: string) => escapeXml(text, true);

function keyLines(prefix: string, target: string, columns: readonly Column<never>[]): string[] {
  return columns.map(
    (c, i) => `  <key id="${prefix}${i}" for="${target}" attr.name="${gmAttr(c.name)}" attr.type="${c.type === 'number' ? 'double' : 'string'}"/>`,
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
export function legacyGraphml(graph: AtlasGraph, options: GraphmlOptions): string {
  const { nodes, edges } = exportItems(graph, options.visible);
  const p = options.positions;
  const nodeCols = nodeColumns(nodes, { ...options, ...(p ? { reserved: ['x', 'y'] } : {}) });
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
    lines.push(`    <node id="${gmAttr(nodeId(n.key))}"${data.length ? '>' : '/>'}`, ...data, ...(data.length ? ['    </node>'] : []));
  }
  for (const e of edges) {
    const data = dataLines('e', edgeCols, e);
    const open = `    <edge id="${gmAttr(e.key)}" source="${gmAttr(nodeId(e.source))}" target="${gmAttr(nodeId(e.target))}"`;
    lines.push(`${open}${data.length ? '>' : '/>'}`, ...data, ...(data.length ? ['    </edge>'] : []));
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

export function legacyNodesCsv(graph: AtlasGraph, options: NodesCsvOptions): string {
  const { nodes } = exportItems(graph, options.visible ? { nodes: options.visible } : undefined);
  const columns = nodeColumns(nodes, options);
  const rows = nodes.map((n) => [nodeId(n.key), ...columns.map((c) => c.value(n))]);
  return toCsv(['id', ...columns.map((c) => c.name)], rows, provenanceLines(options.provenance));
}

/**
 * The edges table: `source,target,weight,relations,years,evidence,lines`
 * then extra columns; relations, years and lines joined with `;`, evidence
 * with ` | `. Headed by the provenance as comment lines.
 */
export function legacyEdgesCsv(graph: AtlasGraph, options: EdgesCsvOptions): string {
  const { edges } = exportItems(graph, options.visible ? { edges: options.visible } : undefined);
  const columns = edgeColumns(
    graph,
    edges.map((e) => e.key),
  );
  const rows = edges.map((e) => [nodeId(e.source), nodeId(e.target), ...columns.map((c) => c.value(e))]);
  return toCsv(['source', 'target', ...columns.map((c) => c.name)], rows, provenanceLines(options.provenance));
}

/** The graph (or its visible part) with its measures and provenance as one JSON-ready object. */
export function legacyJson(graph: AtlasGraph, options: JsonOptions): AtlasJson {
  const { nodes, edges } = exportItems(graph, options.visible);
  const index = new Map(options.measures.keys.map((k, i) => [k, i]));
  const p = options.positions;
  const serialised: AtlasJson['graph'] = {
    options: { type: 'undirected', multi: false, allowSelfLoops: graph.allowSelfLoops },
    attributes: {},
    nodes: nodes.map(({ key, attributes }) => {
      const i = index.get(key);
      const at = p && i !== undefined ? { x: p[2 * i]!, y: p[2 * i + 1]! } : {};
      return { key: nodeId(key), attributes: { ...attributes, extra: dictCopy(attributes.extra), ...at } };
    }),
    edges: edges.map(({ key, source, target, attributes }) => ({
      key,
      source: nodeId(source),
      target: nodeId(target),
      undirected: true,
      attributes: JSON.parse(JSON.stringify(attributes)) as AtlasEdgeAttributes,
    })),
  };
  const measures: AtlasJson['measures'] = {};
  for (const [id, values] of Object.entries(options.measures.values)) {
    measures[id] = nodes.map(({ key }) => {
      const i = index.get(key);
      const v = i === undefined ? NaN : values[i]!;
      return Number.isFinite(v) ? v : null;
    });
  }
  const indicators = options.indicators;
  const indicatorsById = (table: IndicatorTable) =>
    dictFrom(
      nodes.flatMap(({ key }) => {
        const row = getOwn(table, key);
        return row ? [[nodeId(key), exportedIndicators(row)] as const] : [];
      }),
    );
  return {
    format: JSON_FORMAT,
    formatVersion: JSON_FORMAT_VERSION,
    provenance: options.provenance,
    graph: serialised,
    nodeKeys: nodes.map(({ key }) => nodeId(key)),
    measures,
    ...(indicators ? { indicators: indicatorsById(indicators) } : {}),
  };
}
