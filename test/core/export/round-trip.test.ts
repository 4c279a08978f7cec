/**
 * Exports read back: the default dataset analysed, exported as GEXF, GraphML
 * and JSON, and parsed with graphology-gexf, graphology-graphml and
 * `graph.import` gives the same nodes, edges, types, weights, relations and
 * measures; a filtered export keeps only the visible part.
 */
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { exportGexf } from '../../../src/core/export/gexf';
import { exportGraphml } from '../../../src/core/export/graphml';
import { exportJson } from '../../../src/core/export/json';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { nodeColors, nodeSizes } from '../../../src/core/style';
import { APP_VERSION } from '../../../src/core/version';
import { defaultAnalysis, defaultProvenance } from './default-dataset';

const { analysis, report } = defaultAnalysis();
const graph = analysis.graph;
const measures = { keys: analysis.network.keys, values: analysis.network.measures };
const provenance = defaultProvenance(report);
const colors = nodeColors(graph, measures, { kind: 'type' });
const sizes = nodeSizes(graph, measures, 'degree');
const positions = Float64Array.from({ length: 2 * measures.keys.length }, (_, i) => i * 0.5 - 3);

type Parsed = {
  hasNode(k: string): boolean;
  forEachNode(f: (k: string, a: Record<string, unknown>) => void): void;
  forEachEdge(f: (e: string, a: Record<string, unknown>, s: string, t: string) => void): void;
  order: number;
  size: number;
};

const pair = (s: string, t: string) => (s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`);
function edgeTable(g: Parsed | AtlasGraph, read: (a: Record<string, unknown>) => [number, string]) {
  const out = new Map<string, [number, string]>();
  g.forEachEdge((_e, a, s, t) => out.set(pair(s, t), read(a as Record<string, unknown>)));
  return out;
}
const original = edgeTable(graph, (a) => [a['weight'] as number, (a['relations'] as string[]).join(';')]);

/** Checks nodes, types, labels and every measure of a parsed graph against the analysis. */
function expectSameNodes(parsed: Parsed, only?: Set<string>, withMeasures = true) {
  const expected = only ?? new Set(graph.nodes());
  expect(parsed.order).toBe(expected.size);
  parsed.forEachNode((key, a) => {
    expect(expected.has(key), key).toBe(true);
    const i = measures.keys.indexOf(key);
    expect(a['type']).toBe(graph.getNodeAttribute(key, 'type'));
    expect(a['label']).toBe(graph.getNodeAttribute(key, 'label'));
    for (const [m, values] of withMeasures ? Object.entries(measures.values) : []) {
      const v = values[i]!;
      if (Number.isFinite(v)) expect(Math.abs((a[m] as number) - v), `${key} ${m}`).toBeLessThan(1e-9);
    }
  });
}

describe('export round trips (default dataset)', () => {
  it('exportGexf (1.3 and 1.2draft) → graphology-gexf parse: same nodes, types, measures, edges, weights and relations', () => {
    for (const version of ['1.3', '1.2draft'] as const) {
      const gexf = exportGexf(graph, { measures, colors, sizes, provenance, version });
      const parsed = parseGexf(UndirectedGraph, gexf) as unknown as Parsed;
      expectSameNodes(parsed);
      expect(edgeTable(parsed, (a) => [a['weight'] as number, String(a['relations'] ?? '')])).toEqual(original);
      expect(parsed.size).toBe(graph.size);
    }
  });

  it('exportGexf writes GEXF 1.3 with <viz:color r g b>, size and position for each node, numbers typed', () => {
    const gexf = exportGexf(graph, { measures, colors, sizes, positions, provenance });
    expect(gexf).toContain('<gexf version="1.3"');
    expect(gexf.match(/<viz:color r="\d+" g="\d+" b="\d+"\/>/g)).toHaveLength(graph.order);
    expect(gexf.match(/<viz:size value="[\d.]+"\/>/g)).toHaveLength(graph.order);
    expect(gexf.match(/<viz:position x="[-\d.e]+" y="[-\d.e]+"\/>/g)).toHaveLength(graph.order);
    expect(gexf).toMatch(/<attribute id="\d+" title="pagerank" type="double"\/>/);
    expect(gexf).toMatch(/<attribute id="\d+" title="community" type="integer"\/>/);
    const parsed = parseGexf(UndirectedGraph, gexf) as unknown as { getNodeAttributes(k: string): Record<string, unknown> };
    const key = measures.keys[3]!;
    const hex = colors.get(key)!;
    const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(parsed.getNodeAttributes(key)).toMatchObject({ color: `rgb(${rgb.join(',')})`, size: sizes.get(key), x: positions[6], y: positions[7] });
  });

  it('exportGexf puts the app version and the input SHA-256 in <meta>', () => {
    const gexf = exportGexf(graph, { measures, colors, sizes, provenance });
    const meta = /<meta[^>]*>([\s\S]*?)<\/meta>/.exec(gexf)![1]!;
    expect(meta).toContain(`<creator>Partnership Atlas ${APP_VERSION}</creator>`);
    expect(meta).toContain(report.input.sha256['default-edges.csv']!);
    expect(meta).toContain(report.input.sha256['default-nodes.csv']!);
    expect(gexf).toContain('lastmodifieddate="2024-05-01"');
  });

  it('exportGraphml → graphology-graphml parse: same nodes, types, measures, edges, weights, relations and provenance', () => {
    const graphml = exportGraphml(graph, { measures, provenance });
    expect(graphml).toContain('attr.name="betweenness" attr.type="double"');
    const parsed = parseGraphml(UndirectedGraph, graphml) as unknown as Parsed & { getAttribute(k: string): unknown };
    expectSameNodes(parsed);
    expect(edgeTable(parsed, (a) => [a['weight'] as number, String(a['relations'] ?? '')])).toEqual(original);
    expect(JSON.parse(parsed.getAttribute('provenance') as string)).toEqual(provenance);
    expect(parsed.getAttribute('creator')).toBe(`Partnership Atlas ${APP_VERSION}`);
  });

  it('exportJson → graph.import: the same graph, measures aligned with nodeKeys, provenance', () => {
    const json = JSON.parse(JSON.stringify(exportJson(graph, { measures, provenance })));
    expect(json).toMatchObject({ format: 'partnership-atlas', formatVersion: 1, provenance });
    const back = new UndirectedGraph();
    back.import(json.graph);
    expect(back.order).toBe(graph.order);
    expect(edgeTable(back as unknown as Parsed, (a) => [a['weight'] as number, (a['relations'] as string[]).join(';')])).toEqual(original);
    back.forEachNode((k, a) => expect(a).toEqual(graph.getNodeAttributes(k)));
    for (const [m, values] of Object.entries(measures.values))
      json.nodeKeys.forEach((k: string, j: number) => {
        const v = values[measures.keys.indexOf(k)]!;
        expect(json.measures[m][j]).toBe(Number.isFinite(v) ? v : null);
      });
  });

  it('filtered exports keep only the visible nodes and edges (and no edge to a hidden node)', () => {
    const nodes = new Set(graph.filterNodes((_k, a) => a.type !== 'city' || a.label < 'M'));
    const edges = new Set(graph.filterEdges((_e, a) => a.relations.includes('uses')));
    const kept = new Set(graph.filterEdges((e, _a, s, t) => edges.has(e) && nodes.has(s) && nodes.has(t)).map((e) => pair(...graph.extremities(e))));
    expect(kept.size).toBeGreaterThan(10);
    const visible = { nodes, edges };
    const fromGexf = parseGexf(UndirectedGraph, exportGexf(graph, { measures, colors, sizes, visible, provenance })) as unknown as Parsed;
    const fromGraphml = parseGraphml(UndirectedGraph, exportGraphml(graph, { measures, visible, provenance })) as unknown as Parsed;
    const json = exportJson(graph, { measures, visible, provenance });
    const fromJson = new UndirectedGraph().import(json.graph) as unknown as Parsed;
    for (const parsed of [fromGexf, fromGraphml, fromJson]) {
      expectSameNodes(parsed, nodes, parsed !== fromJson); // JSON keeps measures beside the graph, checked below
      expect(new Set(edgeTable(parsed, () => [0, '']).keys())).toEqual(kept);
    }
    expect(json.nodeKeys).toEqual([...nodes]);
    expect(json.measures['degree']).toHaveLength(nodes.size);
  });

  it('XML exports survive control characters, markup and quotes in labels and ids', () => {
    const g = graph.copy() as AtlasGraph;
    g.addNode('<odd & "id">', { label: 'bell\u0007 <b>&amp;</b> "q"', type: 'city', extra: { note: 'line1\nline2' } });
    g.addEdge('<odd & "id">', 'Decidim', { weight: 1, relations: ['uses'], years: [], evidence: [], lines: [1], extra: {} });
    const m = { keys: measures.keys, values: {} };
    for (const doc of [exportGexf(g, { measures: m, colors, sizes, provenance }), exportGraphml(g, { measures: m, provenance })]) {
      const parsed = (doc.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf')
        ? parseGexf(UndirectedGraph, doc)
        : parseGraphml(UndirectedGraph, doc)) as unknown as { getNodeAttributes(k: string): Record<string, unknown>; order: number };
      expect(parsed.order).toBe(g.order);
      expect(parsed.getNodeAttributes('<odd & "id">')['label']).toBe('bell_x0007_ <b>&amp;</b> "q"'); // the bell encoded (xml-text.ts), no longer dropped
    }
  });
});
