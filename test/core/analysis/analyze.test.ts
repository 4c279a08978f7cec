import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, firmBrokerage, type AnalysisInput } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { buildReport, buildReportSummary } from '../../../src/core/analysis/report';
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

  it('buildReportSummary is the report without nodes, indicators and projection, keys in the report’s order (what the page is sent)', () => {
    const analysis = analyze(input('default'), resolveAnalysisOptions({ projection: { keep: 'city' } }));
    const { nodes, indicators, projection, ...rest } = buildReport(analysis, fixed);
    expect(nodes.length).toBe(282);
    expect(Object.keys(indicators).length).toBeGreaterThan(0);
    expect(projection?.keep).toBe('city');
    expect(JSON.stringify(buildReportSummary(analysis, fixed))).toBe(JSON.stringify(rest));
    // The report itself keeps its order: the summary's keys, then nodes and indicators before the issues.
    expect(Object.keys(buildReport(analysis, fixed))).toEqual([
      'version',
      'generatedAt',
      'input',
      'params',
      'stats',
      'modularity',
      'notes',
      'nodes',
      'indicators',
      'issues',
      'projection',
    ]);
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
    // Betweenness among firms was 0 for every firm here; open pairs are not.
    expect(firms.filter((f) => f.type === 'firm' && f.brokerage! > 0)).toHaveLength(9);
  });

  it('firmBrokerage(default dataset): the firms serving several cities and the cross-project firms lead, single-project firms score 0', () => {
    const a = analyze(input('default'), resolveAnalysisOptions({}));
    const brokerage = firmBrokerage(a.graph);
    // Buro Radstake runs CONSUL for 7 Dutch municipalities that are not linked to each other: 21 pairs.
    expect(brokerage.get('Buro Radstake')).toBe(21);
    expect(brokerage.get('NIIS')).toBe(6);
    for (const firm of ['Demokratie Today', 'Code for Romania', 'Danes je nov dan']) expect(brokerage.get(firm)).toBe(3);
    // Two platforms (or two modules) not linked to each other: one pair each.
    for (const firm of ['Maykin Media', 'Open Source Politics', 'Mainio Tech']) expect(brokerage.get(firm)).toBe(1);
    // Octree and PokeCode work on Decidim and a module that extends it: the pair is linked, no hole.
    expect(brokerage.get('Octree')).toBe(0);
    // Every firm with a single link (one project) brokers nothing.
    const single = [...brokerage.keys()].filter((f) => a.graph.degree(f) === 1);
    expect(single.length).toBeGreaterThan(20);
    expect(single.every((f) => brokerage.get(f) === 0)).toBe(true);
  });

  it('firmBrokerage(g) counts the pairs of a firm’s neighbours that are not linked to each other (hand-made graph)', () => {
    // F works on P1 and P2 and for city X, which uses P1: pairs P1–P2 and P2–X are open, P1–X closed → 2.
    const csv =
      'source,source_type,target,target_type\nA,firm,P1,project\nF,firm,P1,project\nF,firm,P2,project\nB,firm,P2,project\nF,firm,X,city\nX,city,P1,project\n';
    const a = analyze({ edges: { name: 'e.csv', text: csv } }, resolveAnalysisOptions({}));
    const brokerage = firmBrokerage(a.graph);
    expect(brokerage.get('F')).toBe(2);
    expect(brokerage.get('A')).toBe(0);
    expect(brokerage.has('P1')).toBe(false);
    expect(a.indicators.get('F')).toMatchObject({ type: 'firm', projectsReached: 2, citiesReached: 1, brokerage: 2 });
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

  it('formatSummary(report) lists the firms that broker most and counts the locked-in cities', () => {
    const text = formatSummary(defaultReport, { top: 2 });
    expect(text).toMatch(
      /Top 2 firms by brokerage \(pairs of their partners not linked to each other\)\n\s+1\. Buro Radstake {2}21\n\s+2\. Nordic Institute for Interoperability Solutions \(NIIS\) {2}6\n/,
    );
    expect(text).toMatch(/Vendor lock-in: 54 of \d+ cities with a firm link have a vendor HHI of 0\.5 or more/);
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
