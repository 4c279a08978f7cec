import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, brokerageSources, firmBrokerage, type AnalysisInput } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { buildReport } from '../../../src/core/analysis/report';
import { formatSummary, topNodes } from '../../../src/core/analysis/summary';
import { APP_VERSION } from '../../../src/core/version';

const data = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const input = (set: 'default' | 'municipal'): AnalysisInput => ({
  edges: { name: `${set}-edges.csv`, text: data(`${set}-edges.csv`) },
  nodes: { name: `${set}-nodes.csv`, text: data(`${set}-nodes.csv`) },
});
const fixed = new Date('2026-01-01T00:00:00Z');

describe('analyze', () => {
  const defaultReport = buildReport(analyze(input('default'), resolveAnalysisOptions({ projection: { keep: 'city' } })), fixed);

  it('analyze(default dataset) loads with zero errors; its only warnings are the 20 repeated pairs it merges', () => {
    // The default edges file lists some pairs twice with different evidence or
    // relation (e.g. Madrid – CONSUL Democracy from three sources): merged, counted.
    expect(defaultReport.issues.errors).toBe(0);
    expect(defaultReport.issues.byCode).toEqual({ 'repeated-pair': { severity: 'warning', count: 20 } });
    expect(defaultReport.stats).toMatchObject({ nodes: 282, edges: 326, nodesByType: { city: 216, firm: 39, project: 27 } });
    expect(defaultReport.input.rows).toEqual({ 'default-edges.csv': 346, 'default-nodes.csv': 282 });
  });

  it('analyze(default dataset) finds communities with a high modularity and ranks Decidim first among projects', () => {
    expect(defaultReport.modularity).toBeGreaterThan(0.7);
    expect(defaultReport.stats.communities).toBeGreaterThan(5);
    expect(topNodes(defaultReport.nodes, 'project', 'pagerank', 1)[0]!.id).toBe('Decidim');
    const communities = new Set(defaultReport.nodes.map((n) => n['community']));
    expect([...communities].sort((a, b) => Number(a) - Number(b))[0]).toBe(0);
  });

  it('analyze(default dataset, {projection: city}) projects the 216 cities with their own measures', () => {
    const p = defaultReport.projection!;
    expect(p.keep).toBe('city');
    expect(p.via).toEqual(['project']);
    expect(p.nodes).toHaveLength(216);
    expect(p.nodes.every((n) => n.type === 'city' && typeof n['pagerank'] === 'number')).toBe(true);
    expect(p.edges.length).toBe(p.stats.edges);
  });

  it('analyze(default dataset) gives every city, project and firm its indicators, firms their brokerage', () => {
    const ind = defaultReport.indicators;
    expect(Object.keys(ind)).toHaveLength(282);
    expect(ind['Decidim']).toMatchObject({ type: 'project' });
    const firms = Object.values(ind).filter((i) => i.type === 'firm');
    expect(firms.every((f) => f.type === 'firm' && typeof f.brokerage === 'number')).toBe(true);
    // In the default data every firm works on a single project, so no firm lies
    // between two other firms: brokerage is 0 for all of them (see the next test).
    expect(firms.every((f) => f.type === 'firm' && f.brokerage === 0)).toBe(true);
  });

  it('firmBrokerage(g) scores the firm that bridges two projects’ vendor circles', () => {
    const csv =
      'source,source_type,target,target_type\nA,firm,P1,project\nF,firm,P1,project\nF,firm,P2,project\nB,firm,P2,project\nC,firm,P2,project\nX,city,P1,project\n';
    const a = analyze({ edges: { name: 'e.csv', text: csv } }, resolveAnalysisOptions({}));
    const brokerage = firmBrokerage(a.graph);
    // Pairs of other firms: A–B, A–C (through F), B–C (not through F) → 2 of 3.
    expect(brokerage.get('F')).toBeCloseTo(2 / 3, 12);
    expect(brokerage.get('A')).toBe(0);
    expect(brokerage.has('P1')).toBe(false);
    expect(a.indicators.get('F')).toMatchObject({ type: 'firm', projectsReached: 2, citiesReached: 1, brokerage: 2 / 3 });
  });

  it('brokerageSources(n, m): 500 firms as sources on small graphs, down to 100 as traversals grow, and a note when sampled', () => {
    expect(brokerageSources(6834, 6996)).toBe(500);
    expect(brokerageSources(10_000, 50_000)).toBe(500);
    expect(brokerageSources(50_000, 250_000)).toBe(109);
    expect(brokerageSources(100_000, 500_000)).toBe(100);
    // 600 firms on one project: more firms than sources, so the run says it estimated.
    const rows = Array.from({ length: 600 }, (_, i) => `F${i},firm,P,project`).join('\n');
    const a = analyze({ edges: { name: 'e.csv', text: `source,source_type,target,target_type\n${rows}\n` } }, resolveAnalysisOptions({}));
    expect(a.notes.join(' ')).toMatch(/Firm brokerage: estimated from 500 of the 600 firms/);
    expect(analyze(input('default'), resolveAnalysisOptions({})).notes.join(' ')).not.toMatch(/brokerage/);
  });

  it('analyze(input) with the same seed gives identical reports; another seed may change communities only', () => {
    const a = buildReport(analyze(input('default'), resolveAnalysisOptions({ seed: 3 })), fixed);
    const b = buildReport(analyze(input('default'), resolveAnalysisOptions({ seed: 3 })), fixed);
    expect(a).toEqual(b);
    const c = buildReport(analyze(input('default'), resolveAnalysisOptions({ seed: 4 })), fixed);
    expect(c.nodes.map((n) => n['pagerank'])).toEqual(a.nodes.map((n) => n['pagerank']));
    expect(c.params).not.toEqual(a.params);
  });

  it('analyze(municipal dataset) loads with zero errors; its only warnings are the 28 repeated pairs', () => {
    const r = buildReport(analyze(input('municipal'), resolveAnalysisOptions({})), fixed);
    expect(r.issues.errors).toBe(0);
    expect(r.issues.byCode).toEqual({ 'repeated-pair': { severity: 'warning', count: 28 } });
    expect(r.stats).toMatchObject({ nodes: 6834, nodesByType: { city: 5988, firm: 688, project: 158 } });
    expect(r.stats.edges).toBe(7024 - 28);
    expect(r.params.algorithms).toHaveProperty('betweenness');
  });

  it('analyze(input, {betweenness: sampled}) uses Brandes–Pich with the run seed', () => {
    const r = buildReport(analyze(input('default'), resolveAnalysisOptions({ betweenness: 'sampled', seed: 9 })), fixed);
    expect(r.params.algorithms).toHaveProperty('betweenness-sampled');
    expect((r.params.algorithms as Record<string, { seed: number }>)['betweenness-sampled']!.seed).toBe(9);
  });

  it('formatSummary(report) names counts by type, communities, top nodes and issues by code', () => {
    const text = formatSummary(defaultReport, { top: 3 });
    expect(text).toContain('Nodes: 282  (216 city, 39 firm, 27 project)');
    expect(text).toMatch(/Top 3 by PageRank\n {2}city:\n\s+1\. /);
    expect(text).toContain('20  warning  repeated-pair');
  });

  it('APP_VERSION matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(APP_VERSION).toBe(pkg.version);
    expect(defaultReport.version).toBe(pkg.version);
  });

  it('resolveAnalysisOptions rejects bad values with a message', () => {
    expect(() => resolveAnalysisOptions({ seed: -1 })).toThrow('analysis: seed must be a whole number');
    expect(() => resolveAnalysisOptions({ betweenness: 'fast' as never })).toThrow("analysis: betweenness must be one of auto, exact, sampled, got 'fast'");
    expect(() => resolveAnalysisOptions({ projection: { keep: 'city', maxViaMembers: 1 } })).toThrow('maxViaMembers');
  });
});
