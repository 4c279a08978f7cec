import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import type { EdgeRow, NodeRow } from '../../../src/core/csv/types';
import { KEY_PREFIX, nodeId, nodeKey } from '../../../src/core/graph/node-key';
import { dictFrom, getOwn } from '../../../src/core/util/dict';

let nextLine = 2;
function edge(source: string, target: string, extra: Partial<EdgeRow> = {}): EdgeRow {
  return { line: nextLine++, source, target, weight: 1, attributes: {}, ...extra };
}
function node(id: string, extra: Partial<NodeRow> = {}): NodeRow {
  return { line: nextLine++, id, attributes: {}, ...extra };
}
const codes = (r: ReturnType<typeof buildGraph>) => r.issues.detailed.map((i) => i.code);

describe('buildGraph', () => {
  it('buildGraph(edges) builds typed nodes and one undirected edge per row', () => {
    const r = buildGraph({
      edges: {
        file: 'e.csv',
        rows: [
          edge('Barcelona', 'Decidim', { sourceType: 'city', targetType: 'project', relation: 'uses', year: 2017, evidence: 'https://a' }),
          edge('Decidim', 'Populate', { sourceType: 'project', targetType: 'firm', relation: 'develops' }),
        ],
      },
    });
    expect(r.graph.order).toBe(3);
    expect(r.graph.size).toBe(2);
    expect(r.graph.getNodeAttributes('Barcelona')).toMatchObject({ label: 'Barcelona', type: 'city' });
    expect(r.graph.getNodeAttribute('Populate', 'type')).toBe('firm');
    const e = r.graph.getEdgeAttributes(r.graph.edge('Decidim', 'Barcelona')!);
    expect(e).toMatchObject({ weight: 1, relations: ['uses'], years: [2017], evidence: ['https://a'] });
    expect(r.issues.total).toBe(0);
  });

  it('buildGraph(edges) merges repeated pairs in either direction: weights summed, relations, years and evidence as lists', () => {
    const a = edge('Amsterdam', 'Signalen', { relation: 'uses', year: 2020, evidence: 'e1', weight: 2 });
    const b = edge('Signalen', 'Amsterdam', { relation: 'develops', year: 2018, evidence: 'e2', weight: 0.5 });
    const r = buildGraph({ edges: { file: 'e.csv', rows: [a, b] } });
    expect(r.graph.size).toBe(1);
    const e = r.graph.getEdgeAttributes(r.graph.edge('Amsterdam', 'Signalen')!);
    expect(e.weight).toBe(2.5);
    expect(e.relations).toEqual(['uses', 'develops']);
    expect(e.years).toEqual([2018, 2020]);
    expect(e.evidence).toEqual(['e1', 'e2']);
    expect(e.lines).toEqual([a.line, b.line]);
    expect(r.mergedRows).toBe(1);
    const issue = r.issues.detailed.find((i) => i.code === 'repeated-pair')!;
    expect(issue).toMatchObject({ severity: 'warning', file: 'e.csv', line: b.line });
    expect(issue.message).toContain(`line ${a.line}`);
  });

  it('buildGraph(edges) reports exact duplicate rows separately from repeated pairs', () => {
    const a = edge('X', 'Y', { relation: 'uses' });
    const b = edge('X', 'Y', { relation: 'uses' });
    const c = edge('X', 'Y', { relation: 'funds' });
    const r = buildGraph({ edges: { file: 'e.csv', rows: [a, b, c] } });
    expect(codes(r).filter((c) => c.startsWith('type'))).toHaveLength(2); // X and Y have no type
    expect(r.issues.detailed.filter((i) => i.code === 'duplicate-row').map((i) => i.line)).toEqual([b.line]);
    expect(r.issues.detailed.filter((i) => i.code === 'repeated-pair').map((i) => i.line)).toEqual([c.line]);
    expect(r.graph.getEdgeAttribute(r.graph.edge('X', 'Y')!, 'weight')).toBe(3);
  });

  it('buildGraph(edges) keeps the first type given to an id and warns about a conflicting one', () => {
    const a = edge('Gemeente Utrecht', 'Signalen', { sourceType: 'city', targetType: 'project' });
    const b = edge('Gemeente Utrecht', 'Open Zaak', { sourceType: 'firm', targetType: 'project' });
    const r = buildGraph({ edges: { file: 'e.csv', rows: [a, b] } });
    expect(r.graph.getNodeAttribute('Gemeente Utrecht', 'type')).toBe('city');
    const issue = r.issues.detailed.find((i) => i.code === 'type-conflict')!;
    expect(issue).toMatchObject({ line: b.line, column: 'source_type', severity: 'warning' });
    expect(issue.message).toContain("typed 'firm' here but 'city'");
  });

  it('buildGraph(edges, nodes) lets the nodes file type win and reports the disagreement', () => {
    const n = node('Sentilo', {
      type: 'project',
      label: 'Sentilo platform',
      country: 'ES',
      lat: 41.4,
      lon: 2.2,
      url: 'https://sentilo.io',
      attributes: { licence: 'LGPL' },
    });
    const e = edge('Barcelona', 'Sentilo', { sourceType: 'city', targetType: 'firm' });
    const r = buildGraph({ edges: { file: 'e.csv', rows: [e] }, nodes: { file: 'n.csv', rows: [n, node('Barcelona', { type: 'city' })] } });
    expect(r.graph.getNodeAttributes('Sentilo')).toEqual({
      label: 'Sentilo platform',
      type: 'project',
      country: 'ES',
      lat: 41.4,
      lon: 2.2,
      url: 'https://sentilo.io',
      extra: { licence: 'LGPL' },
    });
    const issue = r.issues.detailed.find((i) => i.code === 'type-conflict')!;
    expect(issue.message).toContain(`n.csv line ${n.line}`);
  });

  it('buildGraph(edges, nodes) keeps nodes without edges as isolates and reports ids missing from the nodes file', () => {
    const lonely = node('Lonely Town', { type: 'city' });
    const e = edge('A', 'B', { sourceType: 'city', targetType: 'project' });
    const r = buildGraph({ edges: { file: 'e.csv', rows: [e] }, nodes: { file: 'n.csv', rows: [lonely, node('A', { type: 'city' })] } });
    expect(r.graph.hasNode('Lonely Town')).toBe(true);
    expect(r.graph.degree('Lonely Town')).toBe(0);
    expect(r.issues.detailed.find((i) => i.code === 'node-without-edges')).toMatchObject({ file: 'n.csv', line: lonely.line, column: 'id' });
    expect(r.issues.detailed.find((i) => i.code === 'node-not-in-nodes-file')).toMatchObject({ file: 'e.csv', line: e.line, column: 'target' });
  });

  it('buildGraph(edges) reports ids that differ only by case as possible duplicates and keeps them apart', () => {
    const r = buildGraph({
      edges: {
        file: 'e.csv',
        rows: [
          edge('Comune di Roma', 'P', { sourceType: 'city', targetType: 'project' }),
          edge('comune di roma', 'P', { sourceType: 'city', targetType: 'project' }),
        ],
      },
    });
    expect(r.graph.order).toBe(3);
    const issue = r.issues.detailed.find((i) => i.code === 'possible-duplicate')!;
    expect(issue.message).toContain("'comune di roma' differs from 'Comune di Roma' only by letter case");
  });

  it('buildGraph(edges) types a node no file types as unknown, with a warning', () => {
    const r = buildGraph({ edges: { file: 'e.csv', rows: [edge('A', 'B', { sourceType: 'intermediary' })] } });
    expect(r.graph.getNodeAttribute('A', 'type')).toBe('intermediary');
    expect(r.graph.getNodeAttribute('B', 'type')).toBe('unknown');
    expect(r.issues.detailed.map((i) => [i.code, i.column])).toEqual([['type-missing', 'target_type']]);
  });

  it('buildGraph(edges) moves source_kind / target_kind to the endpoints and keeps other columns on the edge', () => {
    const r = buildGraph({
      edges: { file: 'e.csv', rows: [edge('A', 'B', { sourceType: 'city', targetType: 'firm', attributes: { source_kind: 'province', note: 'inferred' } })] },
    });
    expect(r.graph.getNodeAttribute('A', 'kind')).toBe('province');
    expect(r.graph.getEdgeAttribute(r.graph.edge('A', 'B')!, 'extra')).toEqual({ source_kind: ['province'], note: ['inferred'] });
  });
});

describe('buildGraph with ids, types, relations and columns named like Object members', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];
  const dictOf = (entries: [string, string][]) => dictFrom(entries);

  it('buildGraph(edges) links __proto__ to constructor (graphology took it for an existing edge) and keys nodes by nodeKey(id)', () => {
    const r = buildGraph({
      edges: { file: 'e.csv', rows: [edge('__proto__', 'constructor', { sourceType: 'city', targetType: 'project', relation: 'uses' })] },
    });
    expect(r.graph.order).toBe(2);
    expect(r.graph.size).toBe(1);
    expect(r.graph.nodes().map(nodeId).sort()).toEqual(['__proto__', 'constructor']);
    expect(r.graph.hasEdge(nodeKey('__proto__'), nodeKey('constructor'))).toBe(true);
    // The label is the id as written, never the key.
    expect(r.graph.getNodeAttributes(nodeKey('__proto__'))).toMatchObject({ label: '__proto__', type: 'city' });
    expect(r.graph.getNodeAttributes(nodeKey('constructor'))).toMatchObject({ label: 'constructor', type: 'project' });
  });

  it('buildGraph(edges) links every pair of those names, one edge per pair, with their types', () => {
    const rows = NAMES.flatMap((a, i) => NAMES.slice(i + 1).map((b) => edge(a, b, { sourceType: a, targetType: a === b ? a : b, relation: b })));
    // Each name is first typed as itself (first mention), so no conflicts but the ones of later mentions.
    const r = buildGraph({ edges: { file: 'e.csv', rows } });
    expect(r.graph.order).toBe(7);
    expect(r.graph.size).toBe(21);
    for (const name of NAMES) expect(r.graph.getNodeAttribute(nodeKey(name), 'type')).toBe(name);
    expect(r.mergedRows).toBe(0);
  });

  it('buildGraph(edges) merges rows with columns named constructor, __proto__… into prototype-free value lists', () => {
    const a = edge('A', 'B', {
      attributes: dictOf([
        ['constructor', 'x'],
        ['__proto__', 'p'],
        ['toString', 't'],
      ]),
    });
    const b = edge('B', 'A', {
      attributes: dictOf([
        ['constructor', 'y'],
        ['__proto__', 'p'],
        ['valueOf', 'v'],
      ]),
    });
    const r = buildGraph({ edges: { file: 'e.csv', rows: [a, b] } });
    const extra = r.graph.getEdgeAttribute(r.graph.edge('A', 'B')!, 'extra');
    expect(Object.getPrototypeOf(extra)).toBe(null);
    expect(Object.keys(extra).sort()).toEqual(['__proto__', 'constructor', 'toString', 'valueOf']);
    expect(getOwn(extra, 'constructor')).toEqual(['x', 'y']);
    expect(getOwn(extra, '__proto__')).toEqual(['p']);
    expect(getOwn(extra, 'toString')).toEqual(['t']);
    expect(getOwn(extra, 'valueOf')).toEqual(['v']);
  });

  it('buildGraph(edges, nodes) keeps node columns named like Object members, and none inherited', () => {
    const n = node('constructor', {
      type: 'city',
      attributes: dictOf([
        ['constructor', 'c'],
        ['__proto__', 'p'],
      ]),
    });
    const r = buildGraph({
      edges: { file: 'e.csv', rows: [edge('constructor', 'toString')] },
      nodes: { file: 'n.csv', rows: [n, node('toString', { type: 'project' })] },
    });
    const extra = r.graph.getNodeAttribute(nodeKey('constructor'), 'extra');
    expect(Object.keys(extra).sort()).toEqual(['__proto__', 'constructor']);
    expect(getOwn(extra, '__proto__')).toBe('p');
    expect(getOwn(r.graph.getNodeAttribute(nodeKey('toString'), 'extra'), 'constructor')).toBeUndefined();
  });

  it('buildGraph names ids as written in its messages, never as graph keys', () => {
    const rows = [edge('__proto__', 'toString'), edge('toString', '__proto__', { relation: 'uses' }), edge('Constructor', 'x'), edge('constructor', 'x')];
    const r = buildGraph({ edges: { file: 'e.csv', rows } });
    const messages = r.issues.detailed.map((i) => i.message);
    expect(messages.some((m) => m.includes("'toString' – '__proto__' was already linked"))).toBe(true);
    expect(messages.some((m) => m.includes("'constructor' differs from 'Constructor' only by letter case"))).toBe(true);
    expect(messages.some((m) => m.includes("no file gives a type for '__proto__'"))).toBe(true);
    expect(messages.join('\n')).not.toContain(KEY_PREFIX);
  });
});

describe('buildGraph on a pair repeated on many rows', () => {
  it('buildGraph(20,000 rows of A,B with a different note each) takes linear time: 19,999 repeated-pair warnings, no duplicate-row', () => {
    // Each row's signature was compared with every earlier row's: 20,000 rows ran past 120 s (5,000: 14 s).
    const rows = Array.from({ length: 20_000 }, (_, i) => edge('A', 'B', { attributes: { note: `n${i + 1}` } }));
    const started = performance.now();
    const r = buildGraph({ edges: { file: 'e.csv', rows } });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.issues.countsByCode.get('repeated-pair')?.count).toBe(19_999);
    expect(r.issues.countsByCode.has('duplicate-row')).toBe(false);
    expect(r.mergedRows).toBe(19_999);
    const e = r.graph.getEdgeAttributes(r.graph.edge('A', 'B')!);
    expect(e.weight).toBe(20_000);
    expect(e.lines).toHaveLength(20_000);
    expect(getOwn(e.extra, 'note')).toHaveLength(20_000);
    expect(getOwn(e.extra, 'note')!.slice(0, 3)).toEqual(['n1', 'n2', 'n3']);
  });

  it('buildGraph tells exact duplicates (naming the first identical line) from repeated pairs among many rows', () => {
    const rows = Array.from({ length: 40 }, (_, i) => edge('A', 'B', { relation: i % 2 ? 'uses' : 'funds', attributes: { note: `n${i % 20}` } }));
    // Rows 20..39 repeat rows 0..19 exactly; a reversed copy of row 3 (B,A) is an exact duplicate too.
    const reversed = edge('B', 'A', { relation: rows[3]!.relation!, attributes: { note: 'n3' } });
    const r = buildGraph({ edges: { file: 'e.csv', rows: [...rows, reversed] } });
    const duplicates = r.issues.detailed.filter((i) => i.code === 'duplicate-row');
    expect(duplicates.map((i) => i.line)).toEqual([...rows.slice(20).map((row) => row.line), reversed.line]);
    for (let k = 0; k < 20; k++) expect(duplicates[k]!.message).toContain(`exact duplicate of line ${rows[k]!.line};`);
    expect(duplicates[20]!.message).toContain(`exact duplicate of line ${rows[3]!.line};`);
    expect(r.issues.countsByCode.get('repeated-pair')?.count).toBe(19);
    const e = r.graph.getEdgeAttributes(r.graph.edge('A', 'B')!);
    expect(e.relations).toEqual(['funds', 'uses']);
    expect(getOwn(e.extra, 'note')).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`));
  });

  it('buildGraph keeps distinct years ascending when many rows of one pair bring them in any order', () => {
    const years = [2019, 2003, 2011, 2003, 2024, 2000, 2019, 2015];
    const rows = years.map((year) => edge('A', 'B', { year }));
    const r = buildGraph({ edges: { file: 'e.csv', rows } });
    expect(r.graph.getEdgeAttribute(r.graph.edge('A', 'B')!, 'years')).toEqual([2000, 2003, 2011, 2015, 2019, 2024]);
  });
});

describe('buildGraph on rows of one statement', () => {
  it('buildGraph merges rows that share their line (one GEXF/GraphML link with several relations) without a repeated-pair warning', () => {
    const rows = [
      edge('A', 'B', { line: 7, relation: 'uses', weight: 2 }),
      edge('A', 'B', { line: 7, relation: 'funds', weight: 0 }),
      edge('B', 'A', { line: 9, relation: 'maintains' }),
    ];
    const { graph, issues, mergedRows } = buildGraph({ edges: { file: 'g.gexf', rows } });
    const attributes = graph.getEdgeAttributes(graph.edges()[0]!);
    expect([graph.size, attributes.weight, attributes.relations, attributes.lines]).toEqual([1, 3, ['uses', 'funds', 'maintains'], [7, 9]]);
    // Only the row of another line is a repeated pair.
    expect(issues.detailed.filter((i) => i.code === 'repeated-pair').map((i) => i.line)).toEqual([9]);
    expect(mergedRows).toBe(1);
  });
});

describe('BUILD_ISSUE_CODES', () => {
  it('lists every code buildGraph emits in these tests', async () => {
    const { BUILD_ISSUE_CODES } = await import('../../../src/core/graph/codes');
    const emitted = new Set<string>();
    const rows = [
      edge('A', 'B', { sourceType: 'city' }),
      edge('A', 'B', { sourceType: 'firm' }),
      edge('A', 'B', { sourceType: 'firm' }),
      edge('a', 'C', { sourceType: 'city', targetType: 'project' }),
    ];
    const r = buildGraph({ edges: { file: 'e.csv', rows }, nodes: { file: 'n.csv', rows: [node('Z', { type: 'city' })] } });
    r.issues.detailed.forEach((i) => emitted.add(i.code));
    expect([...emitted].sort()).toEqual(Object.keys(BUILD_ISSUE_CODES).sort());
  });
});
