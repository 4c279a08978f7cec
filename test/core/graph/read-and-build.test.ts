/**
 * The streamed build (graph/read-and-build.ts: each row of an edges CSV goes
 * into the GraphBuilder as its record is read) against reading every row
 * first and building from the array (readInputRows + buildGraph): the same
 * graph — nodes, edges, attributes, their order —, the same issues in the
 * same order, the same counts and fatal errors, on a file with everything
 * the builder decides about: duplicates, repeated pairs, case duplicates,
 * ids and columns named like Object members, late types, type conflicts,
 * dropped rows and a nodes file.
 */
import { describe, expect, it } from 'vitest';
import { readInputRows } from '../../../src/core/analysis/read-input';
import { readEdges } from '../../../src/core/csv';
import { streamEdges } from '../../../src/core/csv/read-edges';
import { FatalInputError } from '../../../src/core/csv/types';
import { buildGraph, GraphBuilder } from '../../../src/core/graph/build';
import { readAndBuild } from '../../../src/core/graph/read-and-build';
import type { AtlasGraph } from '../../../src/core/graph/types';

const EDGES = [
  'source,source_type,target,target_type,relation,weight,year,evidence,constructor,note',
  'Roma,,Decidim,project,uses,1,2019,https://a,x,', // line 2: Roma untyped here, typed on line 7
  'constructor,firm,__proto__,project,develops,2,2020,,y,n1', // 3
  'Decidim,project,Roma,,uses,1,2019,https://a,x,', // 4: line 2 reversed, an exact duplicate (a row's ends are unordered)
  'Roma,,Decidim,project,uses,1,2019,https://a,x,', // 5: exact duplicate of line 2
  'roma,city,toString,firm,contracts,1,2021,,,', // 6: case duplicate of Roma
  'Roma,city,OpenData,project,uses,3,2018,,,"two', // 7–8: a quoted field across lines
  'lines"', // (still line 7's record)
  'Decidim,firm,Populate,firm,develops,1,2022,,,', // 9: type conflict for Decidim
  'Populate,firm,Populate,firm,,1,,,,', // 10: self-loop, dropped
  'Lisboa,city,,project,uses,1,,,,', // 11: missing target, dropped
  'Lisboa,city,Decidim,project,uses,-2,,,,', // 12: bad weight, dropped
  '__proto__,project,constructor,firm,maintains,1,1890,,z,', // 13: repeated pair, implausible year
  'Lisboa,city,Decidim,,uses,,2020,,,', // 14
].join('\n');

const NODES = ['id,label,type,country', 'Roma,Roma Capitale,city,IT', 'Wien,Stadt Wien,city,AT', 'toString,ToString Ltd,firm,'].join('\n');

/** A graph as plain data: nodes and edges in graph order, with every attribute. */
function dump(graph: AtlasGraph): string {
  const nodes: unknown[] = [];
  graph.forEachNode((key, attributes) => nodes.push([key, attributes]));
  const edges: unknown[] = [];
  graph.forEachEdge((_e, attributes, source, target) => edges.push([source, target, attributes]));
  return JSON.stringify({ nodes, edges });
}

/** What the streamed and the array builds must agree on. */
function outcome(graph: AtlasGraph, issues: { detailed: unknown[]; countsByCode: Map<string, unknown>; total: number }, extra: unknown) {
  return { graph: dump(graph), issues: JSON.stringify(issues.detailed), codes: [...issues.countsByCode], total: issues.total, extra };
}

describe('readAndBuild (streamed) against readInputRows + buildGraph', () => {
  for (const withNodes of [false, true]) {
    it(`gives the same graph, issues and counts${withNodes ? ' with a nodes file' : ''}`, () => {
      const input = { edges: { name: 'e.csv', text: EDGES }, ...(withNodes ? { nodes: { name: 'n.csv', text: NODES } } : {}) };
      const streamed = readAndBuild(input, {});
      const rows = readInputRows(input, {});
      const built = buildGraph({
        edges: { file: rows.edges.file, rows: rows.edges.rows },
        ...(rows.nodes ? { nodes: { file: rows.nodes.file, rows: rows.nodes.rows } } : {}),
      });
      expect(streamed.edges.rowCount).toBe(rows.edges.rows.length);
      expect(streamed.edges.recordCount).toBe(rows.edges.recordCount);
      expect(JSON.stringify(streamed.edges.issues.detailed)).toBe(JSON.stringify(rows.edges.issues.detailed));
      expect(outcome(streamed.built.graph, streamed.built.issues, streamed.built.mergedRows)).toEqual(outcome(built.graph, built.issues, built.mergedRows));
    });
  }

  it('decides as the definition says (hand-checked): late types, merges, case duplicates, dropped rows with line and column', () => {
    const { edges, built } = readAndBuild({ edges: { name: 'e.csv', text: EDGES } }, {});
    expect(edges.recordCount).toBe(12);
    expect(edges.rowCount).toBe(9);
    const errors = edges.issues.detailed.filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.column]);
    expect(errors).toEqual([
      ['self-loop', 10, 'target'],
      ['missing-target', 11, 'target'],
      ['weight-not-positive', 12, 'weight'],
    ]);
    const { graph } = built;
    // Roma is untyped on line 2 and typed 'city' on line 7: the type counts for the node made on line 2.
    expect(graph.getNodeAttribute('Roma', 'type')).toBe('city');
    expect(graph.getNodeAttribute('Decidim', 'type')).toBe('project');
    // Roma, Decidim, constructor, __proto__, roma, toString, OpenData, Populate, Lisboa; lines 2/4/5 and 3/13 are one edge each.
    expect(graph.order).toBe(9);
    expect(graph.size).toBe(6);
    const roma = graph.getEdgeAttributes(graph.edge('Roma', 'Decidim')!);
    expect(roma).toMatchObject({ weight: 3, relations: ['uses'], years: [2019], evidence: ['https://a'], lines: [2, 4, 5] });
    expect(built.mergedRows).toBe(3);
    // Issues in the order the two-pass build gave them: type conflicts, then merges, then the rest.
    expect(built.issues.detailed.map((i) => [i.code, i.line])).toEqual([
      ['type-conflict', 9],
      ['duplicate-row', 4],
      ['duplicate-row', 5],
      ['repeated-pair', 13],
      ['possible-duplicate', 6],
    ]);
  });

  it('a graph file or an aliases file is read into rows first, with the same result as before', () => {
    const aliases = { name: 'a.csv', text: 'alias,canonical\nroma,Roma\n' };
    const input = { edges: { name: 'e.csv', text: EDGES }, aliases };
    const viaRows = readAndBuild(input, {});
    const rows = readInputRows(input, {});
    const built = buildGraph({ edges: { file: rows.edges.file, rows: rows.edges.rows } });
    expect(viaRows.edges.rowCount).toBe(rows.edges.rows.length);
    expect(dump(viaRows.built.graph)).toBe(dump(built.graph));
    expect(viaRows.aliases?.applied.merged.get('Roma')).toEqual(['roma']);
  });
});

/** A quoted field of 1,100,010 characters over 11 lines, none of them past the line limit. */
const LONG_FIELD = Array.from({ length: 11 }, () => 'x'.repeat(100_000)).join('\n');

describe('streamEdges', () => {
  it('hands out the rows readEdges returns, in order, and the same summary', () => {
    const seen: unknown[] = [];
    const summary = streamEdges(EDGES, { file: 'e.csv', now: 2026 }, (row) => seen.push(row));
    const { rows, ...all } = readEdges(EDGES, { file: 'e.csv', now: 2026 });
    expect(JSON.stringify(seen)).toBe(JSON.stringify(rows));
    const { rowCount, ...rest } = summary;
    expect(rowCount).toBe(rows.length);
    expect(JSON.stringify({ ...rest, issues: rest.issues.detailed })).toBe(JSON.stringify({ ...all, issues: all.issues.detailed }));
  });

  it('throws the fatal error readEdges throws, even after rows were handed out', () => {
    const late = `source,target\na,b\nc,d\ne,"${LONG_FIELD}"\n`;
    let handed = 0;
    let streamed: unknown;
    try {
      streamEdges(late, { file: 'big.csv' }, () => handed++);
    } catch (e) {
      streamed = e;
    }
    expect(streamed).toBeInstanceOf(FatalInputError);
    expect((streamed as FatalInputError).code).toBe('field-too-long');
    expect(handed).toBe(2);
    expect(() => readEdges(late, { file: 'big.csv' })).toThrow((streamed as Error).message);
  });

  it('a header the columns cannot be matched to is refused after the records, as when they were read first', () => {
    // The records are read before the header is refused: a field over the limit is what both report.
    const text = `alpha,beta\n"${LONG_FIELD}",b\n`;
    const message = /the field has 1,100,010 characters/;
    expect(() => readEdges(text, { file: 'x.csv' })).toThrow(message);
    expect(() => streamEdges(text, { file: 'x.csv' }, () => undefined)).toThrow(message);
    expect(() => streamEdges('alpha,beta\na,b\n', { file: 'x.csv' }, () => undefined)).toThrow(/source/);
    const noRows = 'source,target\n';
    expect(() => streamEdges(noRows, { file: 'x.csv' }, () => undefined)).toThrow(/no rows/);
  });
});

describe('GraphBuilder', () => {
  it('owned rows share the builder strings and give the same graph as rows it does not own', () => {
    const rows = readEdges(EDGES, { file: 'e.csv', now: 2026 }).rows;
    const copy = structuredClone(rows);
    const owned = new GraphBuilder('e.csv', undefined, { ownsRows: true });
    for (const row of copy) owned.add(row);
    const result = owned.finish();
    expect(dump(result.graph)).toBe(dump(buildGraph({ edges: { file: 'e.csv', rows } }).graph));
    // Line 4 names Roma again: its string is now the one the node was made from (line 2's).
    expect(copy[2]!.target).toBe(copy[0]!.source);
  });
});
