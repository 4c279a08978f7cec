/**
 * The columnar store (graph/columns.ts) against the builder it replaced
 * (reference/build.ts, the builder of deef504 kept as an oracle): the same
 * graphology graph from `toGraph()` — nodes, attributes with their key order,
 * edge keys, ends, neighbour order —, the same issues in the same order and
 * the same counts, on the bundled datasets and on rows made to exercise every
 * decision of the builder; `csr()` equal to `buildCsr(toGraph())` for both
 * weightings; the measures of `analyzeGraph(columns)` equal to those of
 * `analyzeGraph(graph)`, and the graph made only when asked for;
 * `encodeGraph(columns)` equal to `encodeGraph(graph)`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { analyzeGraph, exactPathWork } from '../../../src/core/analysis/analyze-graph';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { readInputRows } from '../../../src/core/analysis/read-input';
import type { EdgeRow, NodeRow } from '../../../src/core/csv/types';
import { buildGraph, type BuildInput } from '../../../src/core/graph/build';
import { encodeGraph } from '../../../src/core/graph/codec';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { buildCsr } from '../../../src/core/metrics/csr';
import { createRng } from '../../../src/core/random';
import { dictFrom } from '../../../src/core/util/dict';
import { buildGraph as referenceBuild } from './reference/build';

const data = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');

/** The rows of a bundled dataset, as the analysis reads them. */
function datasetInput(set: 'default' | 'municipal' | 'dpg'): BuildInput {
  const rows = readInputRows(
    { edges: { name: `${set}-edges.csv`, text: data(`${set}-edges.csv`) }, nodes: { name: `${set}-nodes.csv`, text: data(`${set}-nodes.csv`) } },
    {},
  );
  return { edges: { file: rows.edges.file, rows: rows.edges.rows }, nodes: { file: rows.nodes!.file, rows: rows.nodes!.rows } };
}

/** Everything a graph holds, in its order: graphology's export as JSON (key order included) and each node's neighbours. */
function shape(graph: AtlasGraph) {
  return {
    exported: JSON.stringify(graph.export()),
    neighbours: graph.nodes().map((n) => graph.neighbors(n)),
    edgeOrder: graph.mapEdges((key, _a, source, target) => [key, source, target]),
    // The records keyed by user strings stay prototype-free.
    prototypes: [...graph.mapNodes((_k, a) => Object.getPrototypeOf(a.extra)), ...graph.mapEdges((_k, a) => Object.getPrototypeOf(a.extra))].filter(
      (p) => p !== null,
    ).length,
  };
}

/** Builds `input` with both builders and checks they agree on everything (returns the new build). */
function expectSameBuild(input: BuildInput) {
  const expected = referenceBuild(input);
  const built = buildGraph(input);
  expect(shape(built.graph)).toEqual(shape(expected.graph));
  expect(built.issues.detailed).toEqual(expected.issues.detailed);
  expect(built.mergedRows).toBe(expected.mergedRows);
  // A second graph from the same columns is the same, and shares no edge attributes with the first.
  const again = built.columns.toGraph();
  expect(shape(again)).toEqual(shape(expected.graph));
  if (again.size > 0) expect(again.getEdgeAttributes('0')).not.toBe(built.graph.getEdgeAttributes('0'));
  return built;
}

const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '\uE000x', '0', '12', 'Roma', 'roma', 'Decidim', 'a b', 'Zürich'];
const TYPES = [undefined, '', 'city', 'project', 'firm', 'constructor'];
const RELATIONS = [undefined, '', 'uses', 'develops', '__proto__'];
const COLUMNS = ['note', '__proto__', 'constructor', '10', 'source_kind', 'target_label'];

/**
 * Seeded rows with everything the builder decides about: hostile ids, types
 * and column names, repeated pairs in both directions, exact duplicates,
 * several rows on one line (a GEXF link with several relations), empty and
 * missing values, type conflicts, self-loops, extra columns in varying order.
 */
function hostileRows(count: number, seed: number): { edges: EdgeRow[]; nodes: NodeRow[] } {
  const rng = createRng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const edges: EdgeRow[] = [];
  let line = 2;
  while (edges.length < count) {
    const copies = rng() < 0.15 ? 1 + Math.floor(rng() * 3) : 1; // one statement, several values
    const source = pick(IDS);
    const target = rng() < 0.03 ? source : pick(IDS);
    if (rng() < 0.1 && edges.length > 0) {
      // an exact duplicate of an earlier row, maybe reversed
      const earlier = edges[Math.floor(rng() * edges.length)]!;
      const reversed = rng() < 0.5;
      edges.push({
        ...earlier,
        line: line++,
        ...(reversed ? { source: earlier.target, target: earlier.source, sourceType: earlier.targetType, targetType: earlier.sourceType } : {}),
      } as EdgeRow);
      continue;
    }
    for (let c = 0; c < copies; c++) {
      const row: EdgeRow = { line, source, target, weight: pick([1, 2, 0.5, 3]), attributes: dictFrom([]) };
      const sourceType = pick(TYPES);
      const targetType = pick(TYPES);
      const relation = pick(RELATIONS);
      if (sourceType !== undefined) row.sourceType = sourceType;
      if (targetType !== undefined) row.targetType = targetType;
      if (relation !== undefined) row.relation = relation;
      if (rng() < 0.6) row.year = 2000 + Math.floor(rng() * 25);
      if (rng() < 0.5) row.evidence = pick(['', 'https://a', 'https://b', 'constructor']);
      if (rng() < 0.4) row.attributes = dictFrom(COLUMNS.filter(() => rng() < 0.4).map((column) => [column, pick(['', 'x', 'y', 'Label', 'firm'])] as const));
      edges.push(row);
    }
    line += 1 + Math.floor(rng() * 2);
  }
  const nodes: NodeRow[] = IDS.filter(() => rng() < 0.5).map((id, i) => ({
    line: 2 + i,
    id,
    ...(rng() < 0.5 ? { type: pick(['city', 'firm']) } : {}),
    ...(rng() < 0.3 ? { label: `L ${id}` } : {}),
    attributes: dictFrom(rng() < 0.5 ? [['constructor', 'c'] as const, ['note', 'n'] as const] : []),
  }));
  nodes.push({ line: 40, id: 'isolate', attributes: dictFrom([]) }, { line: 41, id: '__proto__', attributes: dictFrom([]) });
  return { edges, nodes };
}

describe('GraphColumns.toGraph', () => {
  for (const set of ['default', 'municipal', 'dpg'] as const)
    it(`buildGraph(${set} dataset).graph equals the graph of the builder before the columns`, () => {
      const built = expectSameBuild(datasetInput(set));
      expect(built.columns.order).toBe(built.graph.order);
      expect(built.columns.size).toBe(built.graph.size);
      expect(built.columns.nodes()).toEqual(built.graph.nodes());
    });

  it('buildGraph(hostile rows) equals the old builder on ids, types, relations and columns named like Object members, repeats and multi-value rows', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { edges, nodes } = hostileRows(150, seed);
      expectSameBuild({ edges: { file: 'e.csv', rows: edges } });
      expectSameBuild({ edges: { file: 'e.csv', rows: edges }, nodes: { file: 'n.csv', rows: nodes } });
    }
  });

  it('buildGraph(rows) with several relations on one line keeps them on one link and warns only for another line', () => {
    const rows: EdgeRow[] = [
      { line: 7, source: 'A', target: 'B', relation: 'uses', weight: 2, attributes: dictFrom([['note', 'x']]) },
      { line: 7, source: 'A', target: 'B', relation: 'funds', weight: 1, attributes: dictFrom([['note', 'y']]) },
      { line: 9, source: 'B', target: 'A', relation: 'uses', weight: 1, attributes: dictFrom([]) },
    ];
    const built = expectSameBuild({ edges: { file: 'g.gexf', rows } });
    expect(built.graph.getEdgeAttributes('0')).toMatchObject({ weight: 4, relations: ['uses', 'funds'], lines: [7, 9] });
  });

  it('buildGraph(rows) with more than 1,024 links grows its columns and keeps every link', () => {
    const rows: EdgeRow[] = [];
    for (let i = 0; i < 3000; i++)
      rows.push({ line: i + 2, source: `s${i % 97}`, target: `t${(i * 7) % 1013}`, weight: 1 + (i % 3), year: 2000 + (i % 20), attributes: dictFrom([]) });
    const built = expectSameBuild({ edges: { file: 'e.csv', rows } });
    expect(built.graph.size).toBeGreaterThan(1024);
  });
});

describe('GraphColumns.csr', () => {
  it('csr(weight) and csr(null) equal buildCsr(toGraph()) on the datasets and hostile rows', () => {
    const inputs = [datasetInput('default'), datasetInput('municipal'), datasetInput('dpg')];
    for (let seed = 1; seed <= 10; seed++) inputs.push({ edges: { file: 'e.csv', rows: hostileRows(200, seed).edges } });
    for (const input of inputs) {
      const { columns } = buildGraph(input);
      const graph = columns.toGraph();
      for (const weighting of ['weight', null] as const) expect(columns.csr(weighting)).toEqual(buildCsr(graph, weighting));
    }
  });

  it('csr(weight) of a merged link is the sum of its rows, and a self-loop is left out', () => {
    const rows: EdgeRow[] = [
      { line: 2, source: 'A', target: 'B', weight: 2, attributes: dictFrom([]) },
      { line: 3, source: 'B', target: 'A', weight: 0.5, attributes: dictFrom([]) },
      { line: 4, source: 'C', target: 'C', weight: 1, attributes: dictFrom([]) },
      { line: 5, source: 'C', target: 'A', weight: 1, attributes: dictFrom([]) },
    ];
    const csr = buildGraph({ edges: { file: 'e.csv', rows } }).columns.csr('weight');
    expect([csr.n, csr.m, [...csr.offsets], [...csr.neighbors], [...csr.weights]]).toEqual([3, 2, [0, 2, 3, 4], [1, 2, 0, 0], [2.5, 1, 2.5, 1]]);
  });
});

describe('analyzeGraph on columns', () => {
  it('analyzeGraph(columns) gives the measures, parameters, figures and notes of analyzeGraph(graph)', () => {
    for (const set of ['default', 'municipal', 'dpg'] as const) {
      const { columns } = buildGraph(datasetInput(set));
      for (const options of [resolveAnalysisOptions({ seed: 3 }), resolveAnalysisOptions({ seed: 5, betweenness: 'sampled', communities: 'leiden' })])
        expect(analyzeGraph(columns, options)).toEqual(analyzeGraph(columns.toGraph(), options));
    }
  });

  it('exactPathWork(columns) and exactPathWork(graph) count the traversals that graphology degrees give', () => {
    for (const set of ['default', 'municipal', 'dpg'] as const) {
      const { columns, graph } = buildGraph(datasetInput(set));
      // One traversal per node, but none for a leaf hanging off a node with other links.
      let traversals = 0;
      graph.forEachNode((node) => {
        if (graph.degree(node) !== 1 || graph.degree(graph.neighbors(node)[0]!) === 1) traversals++;
      });
      const expected = traversals * (graph.order + 2 * graph.size);
      expect([exactPathWork(columns), exactPathWork(graph)]).toEqual([expected, expected]);
    }
  });

  it('buildGraph(rows).graph is made on first access, then the same object; analyze(default dataset).graph equals the old builder graph', () => {
    const built = buildGraph(datasetInput('default'));
    let made = 0;
    const toGraph = built.columns.toGraph.bind(built.columns);
    built.columns.toGraph = () => {
      made++;
      return toGraph();
    };
    expect(made).toBe(0);
    const graph = built.graph;
    expect([made, built.graph === graph]).toEqual([1, true]);
    const analysis = analyze(
      { edges: { name: 'default-edges.csv', text: data('default-edges.csv') }, nodes: { name: 'default-nodes.csv', text: data('default-nodes.csv') } },
      resolveAnalysisOptions({}),
    );
    expect(shape(analysis.graph)).toEqual(shape(referenceBuild(datasetInput('default')).graph));
    expect(analysis.network.keys).toEqual(analysis.graph.nodes());
  });
});

describe('encodeGraph on columns', () => {
  it('encodeGraph(columns) is encodeGraph(columns.toGraph()): same arrays, dictionaries and extra columns, on the datasets and hostile rows', () => {
    const inputs = [datasetInput('default'), datasetInput('municipal'), datasetInput('dpg')];
    for (let seed = 1; seed <= 10; seed++) {
      const { edges, nodes } = hostileRows(200, seed);
      inputs.push({ edges: { file: 'e.csv', rows: edges }, nodes: { file: 'n.csv', rows: nodes } });
    }
    for (const input of inputs) {
      const { columns } = buildGraph(input);
      const encoded = encodeGraph(columns);
      expect(encoded).toEqual(encodeGraph(columns.toGraph()));
      // The arrays are the encoding's own, not the columns' (the worker transfers them to the page).
      encoded.weight.fill(-1);
      expect(columns.csr('weight').weights.every((w) => w > 0)).toBe(true);
    }
  });
});
