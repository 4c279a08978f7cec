import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { decodeGraph, encodeGraph, encodedBuffers } from '../../../src/core/graph/codec';
import { projectGraph } from '../../../src/core/graph/projection';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { nodeKey } from '../../../src/core/graph/node-key';
import { dictFrom, getOwn } from '../../../src/core/util/dict';

const data = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');

/** Nodes with attributes, and edges by endpoints with attributes: everything but the generated edge keys. */
function contents(g: AtlasGraph) {
  return {
    nodes: g.mapNodes((k, a) => [k, a]),
    edges: g.mapEdges((_e, a, s, t) => [s, t, a]),
  };
}

describe('encodeGraph / decodeGraph', () => {
  const { graph } = analyze(
    { edges: { name: 'default-edges.csv', text: data('default-edges.csv') }, nodes: { name: 'default-nodes.csv', text: data('default-nodes.csv') } },
    resolveAnalysisOptions({}),
  );

  it('decodeGraph(encodeGraph(g)) gives back every node, edge and attribute of the default dataset', () => {
    const encoded = encodeGraph(graph);
    expect(encoded.source).toBeInstanceOf(Int32Array);
    expect(encoded.relations.dict.length).toBeLessThan(20); // dictionary-encoded, not one string per edge
    expect(contents(decodeGraph(encoded))).toEqual(contents(graph));
    // The analysed graph's links are keyed by position (GraphBuilder); the page's decoded graph keeps those keys.
    expect(graph.edges().slice(0, 3)).toEqual(['0', '1', '2']);
    expect(decodeGraph(encoded).edges()).toEqual(graph.edges());
  });

  it('decodeGraph keeps every node’s neighbour order, edge keys and edge look-ups (its neighbour records start as hash tables)', () => {
    const decoded = decodeGraph(encodeGraph(graph));
    expect(decoded.edges()).toEqual(graph.edges());
    for (const node of graph.nodes()) {
      expect(decoded.neighbors(node), node).toEqual(graph.neighbors(node));
      for (const other of graph.neighbors(node)) expect(decoded.extremities(decoded.edge(node, other)!)).toEqual(graph.extremities(graph.edge(node, other)!));
    }
    // A pair that is not linked stays unlinked (graphology's hasEdge calls the record's own hasOwnProperty).
    const [a, b] = graph.nodes().filter((n) => graph.degree(n) > 0);
    if (!graph.hasEdge(a!, b!)) expect(decoded.hasEdge(a!, b!)).toBe(false);
  });

  it('decodeGraph(e, positions) sets x and y from the positions', () => {
    const encoded = encodeGraph(graph);
    const positions = Float64Array.from({ length: 2 * encoded.keys.length }, (_, i) => i);
    const g = decodeGraph(encoded, positions);
    expect(g.getNodeAttributes(encoded.keys[3]!)).toMatchObject({ x: 6, y: 7 });
  });

  it('decodeGraph(encodeGraph(p)) keeps a projection’s shared nodes', () => {
    const { graph: p } = projectGraph(graph, { keep: 'city' });
    expect(contents(decodeGraph(encodeGraph(p)))).toEqual(contents(p));
  });

  it('encodeGraph keeps absent values absent, odd strings intact, and lists every buffer for transfer', () => {
    const g = decodeGraph(encodeGraph(graph));
    g.addNode('x <&"é">', { label: '', type: 'intermediary', extra: { note: 'a,b' } });
    g.addEdge('x <&"é">', 'Decidim', { weight: 2.5, relations: [], years: [2001, 1999], evidence: [], lines: [7, 9], extra: {} });
    const back = decodeGraph(encodeGraph(g));
    expect(back.getNodeAttributes('x <&"é">')).toEqual({ label: '', type: 'intermediary', extra: { note: 'a,b' } });
    expect(contents(back)).toEqual(contents(g));
    const buffers = encodedBuffers(encodeGraph(g));
    expect(buffers.length).toBeGreaterThan(10);
    expect(new Set(buffers).size).toBe(buffers.length);
  });
});

describe('reviveEncodedGraph', () => {
  it('reviveEncodedGraph(JSON of an encoded graph) decodes to the same graph (NaN coordinates included)', async () => {
    const { reviveEncodedGraph } = await import('../../../src/core/graph/codec');
    const { graph } = analyze({ edges: { name: 'e.csv', text: 'source,target,weight\nA,B,2\nB,C,1\n' } }, resolveAnalysisOptions({}));
    const json = JSON.stringify(encodeGraph(graph), (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));
    const revived = reviveEncodedGraph(JSON.parse(json));
    expect(revived.weight).toBeInstanceOf(Float64Array);
    expect(contents(decodeGraph(revived))).toEqual(contents(graph));
  });
});

describe('encodeGraph / decodeGraph with column names like Object members', () => {
  const names = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];

  it('carries extra columns as [name, column] pairs, reads none inherited, and is structured-clone-safe', () => {
    const g: AtlasGraph = new UndirectedGraph();
    g.addNode('A', { label: 'A', type: 'city', extra: dictFrom([]) });
    g.addNode('A2', { label: 'A2', type: 'city', extra: dictFrom(names.map((n) => [n, `${n}-value`])) });
    g.addNode(nodeKey('constructor'), { label: 'constructor', type: 'firm', extra: dictFrom([]) });
    g.addEdge('A2', nodeKey('constructor'), {
      weight: 1,
      relations: ['__proto__'],
      years: [],
      evidence: [],
      lines: [2],
      extra: dictFrom([
        ['constructor', ['x']],
        ['__proto__', ['y', 'z']],
      ]),
    });
    g.addEdge('A', nodeKey('constructor'), { weight: 1, relations: [], years: [], evidence: [], lines: [3], extra: dictFrom([]) });
    const encoded = encodeGraph(g);
    expect(encoded.nodeExtra.map(([name]) => name)).toEqual(names);
    // Nodes without the column have no value (the inherited Object.prototype.constructor made the payload uncloneable).
    for (const [, column] of encoded.nodeExtra) expect(column.dict).toEqual([expect.any(String)]);
    const back = decodeGraph(structuredClone(encoded));
    expect(contents(back)).toEqual(contents(g));
    expect(Object.keys(back.getNodeAttribute('A2', 'extra'))).toEqual(names);
    expect(getOwn(back.getNodeAttribute('A2', 'extra'), '__proto__')).toBe('__proto__-value');
    expect(Object.keys(back.getNodeAttribute(nodeKey('constructor'), 'extra'))).toEqual([]);
    expect(getOwn(back.getEdgeAttributes(back.edge('A2', nodeKey('constructor'))!).extra, '__proto__')).toEqual(['y', 'z']);
  });

  it('reviveEncodedGraph reads extra columns that earlier versions wrote as an object keyed by column name', async () => {
    const { reviveEncodedGraph } = await import('../../../src/core/graph/codec');
    const { graph } = analyze(
      { edges: { name: 'e.csv', text: 'source,target,note\nA,B,n1\n' }, nodes: { name: 'n.csv', text: 'id,type,licence\nA,city,MIT\nB,project,\n' } },
      resolveAnalysisOptions({}),
    );
    const current = JSON.parse(JSON.stringify(encodeGraph(graph), (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)));
    const older = { ...current, nodeExtra: Object.fromEntries(current.nodeExtra), edgeExtra: Object.fromEntries(current.edgeExtra) };
    expect(contents(decodeGraph(reviveEncodedGraph(older)))).toEqual(contents(graph));
    expect(getOwn(decodeGraph(reviveEncodedGraph(older)).getNodeAttribute('A', 'extra'), 'licence')).toBe('MIT');
  });
});
