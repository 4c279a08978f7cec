/**
 * ColumnGraph (graph/column-graph.ts) against the graphology graph that
 * decodeGraph makes of the same encoding: every ReadGraph method, for every
 * node, link and pair, compared as a transcript (outputs, callback arguments
 * and their order, thrown or not) with toStrictEqual, so a missing or extra
 * attribute, an undefined field or a different order fails. Encodings: the
 * default dataset and a projection of it, and a generated one with keys
 * that are array indices (ordered first by graphology's neighbour objects),
 * keys like them that are not, Object-member names (prefixed, as node-key.ts
 * does for graphology), extra columns, empty lists and a self-loop.
 */
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { decodeGraph, type EncodedGraph, encodeGraph } from '../../../src/core/graph/codec';
import { ColumnGraph, columnGraphPaced } from '../../../src/core/graph/column-graph';
import { nodeId, nodeKey } from '../../../src/core/graph/node-key';
import { projectGraph } from '../../../src/core/graph/projection';
import type { ReadGraph } from '../../../src/core/graph/read-graph';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { createRng } from '../../../src/core/random';
import { dictFrom } from '../../../src/core/util/dict';

const data = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');

const NODE_NAMES = ['label', 'type', 'country', 'lat', 'lon', 'url', 'kind', 'extra', 'x', 'y'] as const;
const EDGE_NAMES = ['weight', 'relations', 'years', 'evidence', 'lines', 'extra'] as const;
/** Keys that are no node (raw Object-member names are left out: graphology's `areNeighbors` finds them inherited). */
const UNKNOWN_NODES = ['nope', '', '0.5', '99999'];

/** What a call gave, or that it threw. */
function attempt<T>(f: () => T): { value: T } | { threw: true } {
  try {
    return { value: f() };
  } catch {
    return { threw: true };
  }
}

/** An edge callback that records its (six ReadGraph) arguments and answers `answer(call number)`. */
function recorder(answer: (call: number) => boolean = () => false) {
  const calls: unknown[] = [];
  const callback = (e: string, a: AtlasEdgeAttributes, s: string, t: string, sa: AtlasNodeAttributes, ta: AtlasNodeAttributes) => {
    calls.push([e, a, s, t, sa, ta]);
    return answer(calls.length);
  };
  return { calls, callback };
}

/**
 * Every ReadGraph method's answers over `g`: for each node key (and a few unknown ones), each link key (and
 * malformed ones) and, when `pairs`, each ordered pair of nodes.
 */
function transcript(g: ReadGraph, pairs = true): Record<string, unknown> {
  const nodes = [...g.nodes(), ...UNKNOWN_NODES];
  const m = g.size;
  const edges = [...g.edges(), String(m), '-1', '01', '1.0', '', ' 1', '00', '1e0', 'abc', '4294967295'];
  const out: Record<string, unknown> = {
    order: g.order,
    size: g.size,
    multi: g.multi,
    allowSelfLoops: g.allowSelfLoops,
    nodes: g.nodes(),
    edges: g.edges(),
  };
  const nodeCalls: unknown[] = [];
  g.forEachNode((n, a) => void nodeCalls.push([n, a]));
  out.forEachNode = nodeCalls;
  out.mapNodes = g.mapNodes((n, a) => [n, a.label]);
  out.filterNodes = g.filterNodes((_n, a) => a.label.length % 2 === 0 || a.type === 'city');
  out.nodeEntries = [...g.nodeEntries()];
  const all = recorder();
  g.forEachEdge(all.callback);
  out.forEachEdge = all.calls;
  out.mapEdges = g.mapEdges((e, a, s, t) => [e, a.weight, s, t]);
  for (const stop of [1, Math.ceil(m / 2), m, m + 1]) {
    const some = recorder((k) => k === stop);
    out[`someEdge@${stop}`] = [g.someEdge(some.callback), some.calls.length];
    out[`findEdge@${stop}`] = g.findEdge(recorder((k) => k === stop).callback);
  }
  out.edgeEntries = [...g.edgeEntries()];

  for (const n of nodes) {
    const around = recorder();
    const neighbourCalls: unknown[] = [];
    const stopAt = recorder((k) => k === 2);
    out[`node ${n}`] = {
      hasNode: g.hasNode(n),
      edges: attempt(() => g.edges(n)),
      neighbors: attempt(() => g.neighbors(n)),
      degree: attempt(() => g.degree(n)),
      degreeWithoutSelfLoops: attempt(() => g.degreeWithoutSelfLoops(n)),
      getNodeAttributes: attempt(() => g.getNodeAttributes(n)),
      getNodeAttribute: NODE_NAMES.map((name) => attempt(() => g.getNodeAttribute(n, name))),
      forEachEdge: [attempt(() => g.forEachEdge(n, around.callback)), around.calls],
      someEdgeNever: attempt(() => g.someEdge(n, () => false)),
      someEdgeSecond: [attempt(() => g.someEdge(n, stopAt.callback)), stopAt.calls],
      forEachNeighbor: [attempt(() => g.forEachNeighbor(n, (k, a) => void neighbourCalls.push([k, a]))), neighbourCalls],
      filterNeighbors: attempt(() => g.filterNeighbors(n, (_k, a) => a.label.length % 2 === 1 || a.type === 'project')),
    };
  }
  for (const e of edges) {
    out[`edge ${e}`] = {
      hasEdge: g.hasEdge(e),
      extremities: attempt(() => g.extremities(e)),
      source: attempt(() => g.source(e)),
      target: attempt(() => g.target(e)),
      getEdgeAttributes: attempt(() => g.getEdgeAttributes(e)),
      getEdgeAttribute: EDGE_NAMES.map((name) => attempt(() => g.getEdgeAttribute(e, name))),
    };
  }
  if (pairs) {
    const answers: unknown[] = [];
    for (const a of nodes) for (const b of nodes) answers.push([a, b, attempt(() => g.edge(a, b)), attempt(() => g.areNeighbors(a, b))]);
    out.pairs = answers;
  } else {
    // Each node with each neighbour (both ways), itself and an unknown key.
    const answers: unknown[] = [];
    for (const a of g.nodes())
      for (const b of [...g.neighbors(a), a, 'nope'])
        answers.push([a, b, attempt(() => g.edge(a, b)), attempt(() => g.edge(b, a)), attempt(() => g.areNeighbors(a, b))]);
    out.pairs = answers;
  }
  return out;
}

function defaultGraph(): AtlasGraph {
  return analyze(
    { edges: { name: 'default-edges.csv', text: data('default-edges.csv') }, nodes: { name: 'default-nodes.csv', text: data('default-nodes.csv') } },
    resolveAnalysisOptions({}),
  ).graph;
}

/** Array-index keys, keys that look like numbers but are not array indices, Object-member names, plain names. */
const ODD_KEYS = ['10', '2', '007', '-1', '4294967295', '4294967294', '0', '1.5', '01', '+3', '1e3', '42', '7'];
const MEMBER_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

/** A seeded graph over the odd keys and plain names, links in random order, with extra columns, empty lists and a self-loop. */
function generatedGraph(seed: number): AtlasGraph {
  const rng = createRng(seed);
  const g: AtlasGraph = new UndirectedGraph();
  const keys = [...ODD_KEYS, ...MEMBER_NAMES.map(nodeKey), 'Roma', 'b', 'a', 'Zürich', '\uE000\uE000x', ...Array.from({ length: 20 }, (_, i) => `n${i}`)];
  // Keys added in a shuffled order (the neighbour order depends on link order, not node order, but the node order is kept).
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  keys.forEach((key, i) => {
    const a: AtlasNodeAttributes = { label: `L ${nodeId(key)}`, type: ['city', 'project', 'firm', 'intermediary'][i % 4]!, extra: dictFrom([]) };
    if (i % 3 === 0) a.country = i % 2 ? 'IT' : 'CH';
    if (i % 5 === 0) {
      a.lat = 40 + i;
      a.lon = 10 - i;
    }
    if (i % 7 === 0) a.url = `https://example.org/${i}`;
    if (i % 4 === 1) a.kind = 'platform';
    if (i % 2 === 0) a.extra = dictFrom([['__proto__', `p${i}`]]);
    if (i % 3 === 1)
      a.extra = dictFrom([
        ['constructor', `c${i}`],
        ['note', 'n'],
      ]);
    g.addNode(key, a);
  });
  const links = 3 * keys.length;
  for (let tries = 0; g.size < links && tries < 100 * links; tries++) {
    const s = keys[Math.floor(rng() * keys.length)]!;
    const t = keys[Math.floor(rng() * keys.length)]!;
    if (s === t || g.hasEdge(s, t)) continue;
    const k = g.size;
    g.addEdge(s, t, {
      weight: 1 + (k % 4) / 2,
      relations: k % 3 === 0 ? [] : k % 3 === 1 ? ['uses'] : ['uses', 'develops'],
      years: k % 4 === 0 ? [] : [2000 + (k % 20)],
      evidence: k % 5 === 0 ? ['https://a', 'https://b'] : [],
      lines: [k + 2],
      extra:
        k % 6 === 0
          ? dictFrom([
              ['__proto__', ['x']],
              ['toString', ['y', 'z']],
            ])
          : dictFrom([]),
    });
  }
  // A self-loop (the CSV readers drop them, but an encoding can carry one and graphology's graph allows it).
  g.addEdge('Roma', 'Roma', { weight: 1, relations: ['self'], years: [], evidence: [], lines: [999], extra: dictFrom([]) });
  g.addEdge('10', '10', { weight: 1, relations: [], years: [], evidence: [], lines: [1000], extra: dictFrom([]) });
  return g;
}

/** `n` nodes (every third keyed by its number, an array index) and `m` random links. */
function randomGraph(n: number, m: number, seed: number): AtlasGraph {
  const rng = createRng(seed);
  const g: AtlasGraph = new UndirectedGraph();
  const keys = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? String(n - i) : `n${i}`));
  for (const k of keys) g.addNode(k, { label: k, type: 'city', extra: dictFrom([]) });
  while (g.size < m) {
    const s = keys[Math.floor(rng() * n)]!;
    const t = keys[Math.floor(rng() * n)]!;
    if (s !== t && !g.hasEdge(s, t)) g.addEdge(s, t, { weight: 1, relations: ['uses'], years: [2020], evidence: [], lines: [g.size + 2], extra: dictFrom([]) });
  }
  return g;
}

/** Positions aligned with the keys (some NaN, as a layout that has not placed a node yet leaves them). */
function positionsFor(e: EncodedGraph): Float64Array {
  return Float64Array.from({ length: 2 * e.keys.length }, (_, i) => (i % 17 === 5 ? NaN : i * 0.5 - 3));
}

describe('ColumnGraph answers as decodeGraph’s graphology graph', () => {
  const graph = defaultGraph();
  const encodings: [string, EncodedGraph, boolean][] = [
    ['the default dataset', encodeGraph(graph), true],
    ['a city projection of it', encodeGraph(projectGraph(graph, { keep: 'city' }).graph), false],
    ['a generated graph (seed 1)', encodeGraph(generatedGraph(1)), true],
    ['a generated graph (seed 2)', encodeGraph(generatedGraph(2)), true],
  ];

  for (const [name, e, pairs] of encodings) {
    it(`new ColumnGraph(e) and new ColumnGraph(e, positions): every method, node, link and pair of ${name}`, () => {
      expect(transcript(new ColumnGraph(e), pairs)).toStrictEqual(transcript(decodeGraph(e), pairs));
      const positions = positionsFor(e);
      expect(transcript(new ColumnGraph(e, positions), pairs)).toStrictEqual(transcript(decodeGraph(e, positions), pairs));
    });
  }

  it('the generated graph has what it is meant to test: array-index neighbours, a self-loop, extra columns', () => {
    const e = encodeGraph(generatedGraph(1));
    const g = new ColumnGraph(e);
    const first = (n: string) => g.neighbors(n)[0];
    expect(g.nodes().some((n) => /^\d/.test(first(n) ?? '') && g.neighbors(n).some((k) => !/^\d+$/.test(k)))).toBe(true);
    expect(g.degree('Roma') - g.degreeWithoutSelfLoops('Roma')).toBe(2);
    expect(g.neighbors('Roma')).toContain('Roma');
    expect(g.edge('10', '10')).toBe(String(e.source.length - 1));
    expect(e.edgeExtra.map(([k]) => k)).toEqual(['__proto__', 'toString']);
    expect(e.nodeExtra.map(([k]) => k)).toContain('__proto__');
  });

  it('the neighbour order is JavaScript’s property order: array indices by value, then the others by link', () => {
    const g: AtlasGraph = new UndirectedGraph();
    for (const k of ['hub', 'b', '10', '4294967295', '2', '007', '4294967294', 'a', '0']) g.addNode(k, { label: k, type: 'city', extra: dictFrom([]) });
    for (const k of ['b', '10', '4294967295', '2', '007', '4294967294', 'a', '0'])
      g.addEdge('hub', k, { weight: 1, relations: [], years: [], evidence: [], lines: [], extra: dictFrom([]) });
    const c = new ColumnGraph(encodeGraph(g));
    expect(c.neighbors('hub')).toEqual(['0', '2', '10', '4294967294', 'b', '4294967295', '007', 'a']);
    expect(c.neighbors('hub')).toEqual(decodeGraph(encodeGraph(g)).neighbors('hub'));
    expect(c.edges('hub')).toEqual(['7', '3', '1', '5', '0', '2', '4', '6']);
  });

  it('new ColumnGraph(e, positions, index) uses the index given and answers the same', () => {
    const e = encodeGraph(generatedGraph(3));
    const index = new Map(e.keys.map((k, i) => [k, i]));
    expect(transcript(new ColumnGraph(e, undefined, index))).toStrictEqual(transcript(new ColumnGraph(e)));
  });
});

describe('ColumnGraph with raw Object-member keys', () => {
  it('keys __proto__, constructor, toString are data: it answers as graphology does with the prefixed keys', () => {
    const prefixed = encodeGraph(generatedGraph(4));
    const raw: EncodedGraph = { ...prefixed, keys: prefixed.keys.map(nodeId) };
    expect(raw.keys).toEqual(expect.arrayContaining(MEMBER_NAMES));
    // Every string of graphology's answers read back as an id: the prefixed keys become the raw ones.
    const unprefix = (v: unknown): unknown => {
      if (typeof v === 'string') return nodeId(v);
      if (Array.isArray(v)) return v.map(unprefix);
      if (v && typeof v === 'object' && !ArrayBuffer.isView(v)) {
        if (Object.getPrototypeOf(v) === null) return v; // extra records: data, left as they are
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.replace(/^(node |edge )\uE000/, '$1'), unprefix(x)]));
      }
      return v;
    };
    const expected = unprefix(transcript(decodeGraph(prefixed))) as Record<string, unknown>;
    const got = transcript(new ColumnGraph(raw));
    // Node attributes keep their labels; only keys were unprefixed.
    expect(got).toStrictEqual(expected);
    const c = new ColumnGraph(raw);
    expect(c.hasNode('__proto__')).toBe(true);
    expect(c.hasNode('hasOwnProperty')).toBe(true);
    expect(c.hasNode('isPrototypeOf')).toBe(false);
    expect(c.areNeighbors('Roma', 'isPrototypeOf')).toBe(false);
  });
});

describe('columnGraphPaced', () => {
  it('begins with a pause, pauses whenever asked, and builds the same graph', async () => {
    const e = encodeGraph(randomGraph(3000, 10_000, 9));
    const positions = positionsFor(e);
    let asked = 0;
    let paused = 0;
    const building = columnGraphPaced(e, { shouldPause: () => ++asked > 0, pause: async () => void paused++ }, positions);
    expect([asked, paused]).toEqual([0, 1]);
    const paced = await building;
    // A question every 256 nodes (attributes, then the neighbour order: some keys are array indices), every 4,096 links (two passes).
    expect(asked).toBe(2 * Math.floor(3000 / 256) + 2 * Math.floor(10_000 / 4096));
    expect(paused).toBe(1 + asked);
    expect(transcript(paced, false)).toStrictEqual(transcript(new ColumnGraph(e, positions), false));
    expect(transcript(paced, false)).toStrictEqual(transcript(decodeGraph(e, positions), false));
  });

  it('orders array-index neighbours in slices too', async () => {
    const e = encodeGraph(generatedGraph(5));
    let asked = 0;
    const paced = await columnGraphPaced(e, { shouldPause: () => ++asked > 0, pause: async () => {} });
    expect(transcript(paced)).toStrictEqual(transcript(decodeGraph(e)));
  });
});

describe('ColumnGraph node attributes and events', () => {
  it('keeps one attribute object per node; updateEachNodeAttributes replaces them and emits once, as graphology does', () => {
    const e = encodeGraph(generatedGraph(6));
    const c = new ColumnGraph(e);
    const g = decodeGraph(e);
    const first = e.keys[0]!;
    expect(c.getNodeAttributes(first)).toBe(c.getNodeAttributes(first));
    expect(c.mapNodes((_n, a) => a)[0]).toBe(c.getNodeAttributes(first));
    const before = c.getNodeAttributes(first);
    const events: string[] = [];
    expect(c.on('eachNodeAttributesUpdated', () => events.push('each'))).toBe(c);
    c.on('eachNodeAttributesUpdated', () => events.push('each 2'));
    c.on('nodeAttributesUpdated', () => events.push('one'));
    const graphologyEvents: string[] = [];
    g.on('eachNodeAttributesUpdated', () => graphologyEvents.push('each'));
    const update = (n: string, a: AtlasNodeAttributes): AtlasNodeAttributes => ({ ...a, x: n.length, y: -n.length });
    c.updateEachNodeAttributes(update, { attributes: ['x', 'y'] });
    g.updateEachNodeAttributes(update, { attributes: ['x', 'y'] });
    expect(events).toEqual(['each', 'each 2']);
    expect(graphologyEvents).toEqual(['each']);
    expect(c.getNodeAttributes(first)).not.toBe(before);
    expect(c.getNodeAttributes(first)).toMatchObject({ x: first.length, y: -first.length });
    expect(transcript(c)).toStrictEqual(transcript(g));
    // Updated in place by a caller (as layouts write x and y), the object stays the node's.
    c.getNodeAttributes(first).x = 123;
    expect(c.getNodeAttribute(first, 'x')).toBe(123);
  });

  it('makes a link’s attributes on each call, from the columns', () => {
    const e = encodeGraph(generatedGraph(7));
    const c = new ColumnGraph(e);
    expect(c.getEdgeAttributes('0')).not.toBe(c.getEdgeAttributes('0'));
    expect(c.getEdgeAttributes('0')).toStrictEqual(c.getEdgeAttributes('0'));
    expect(c.getEdgeAttribute('3', 'weight')).toBe(e.weight[3]);
  });

  it('throws an error naming the key for an unknown node or link, as graphology does', () => {
    const c = new ColumnGraph(encodeGraph(generatedGraph(8)));
    expect(() => c.getNodeAttributes('nope')).toThrow(/getNodeAttributes.*"nope" node/);
    expect(() => c.getNodeAttribute('constructor', 'label')).toThrow(/"constructor" node/);
    expect(() => c.neighbors('__proto__')).toThrow(/"__proto__" node/);
    expect(() => c.edge('Roma', 'nope')).toThrow(/"nope" node/);
    expect(() => c.getEdgeAttributes('01')).toThrow(/getEdgeAttributes.*"01" edge/);
    expect(() => c.extremities(String(c.size))).toThrow(new RegExp(`"${c.size}" edge`));
    expect(c.areNeighbors('Roma', 'nope')).toBe(false);
    expect(() => c.areNeighbors('nope', 'Roma')).toThrow(/"nope" node/);
  });
});
