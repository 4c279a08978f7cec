import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import type { EdgeRow, NodeRow } from '../../../src/core/csv/types';

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
    const n = node('Sentilo', { type: 'project', label: 'Sentilo platform', country: 'ES', lat: 41.4, lon: 2.2, url: 'https://sentilo.io', attributes: { licence: 'LGPL' } });
    const e = edge('Barcelona', 'Sentilo', { sourceType: 'city', targetType: 'firm' });
    const r = buildGraph({ edges: { file: 'e.csv', rows: [e] }, nodes: { file: 'n.csv', rows: [n, node('Barcelona', { type: 'city' })] } });
    expect(r.graph.getNodeAttributes('Sentilo')).toEqual({
      label: 'Sentilo platform', type: 'project', country: 'ES', lat: 41.4, lon: 2.2, url: 'https://sentilo.io', extra: { licence: 'LGPL' },
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
      edges: { file: 'e.csv', rows: [edge('Comune di Roma', 'P', { sourceType: 'city', targetType: 'project' }), edge('comune di roma', 'P', { sourceType: 'city', targetType: 'project' })] },
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
