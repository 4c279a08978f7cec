import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { applyFilters, DEFAULT_FILTERS } from '../../../src/core/filter';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { linkActiveIn, linkEnd, linkSpan, readUntilYear, untilProblems } from '../../../src/core/time/activity';
import { countActive, timelineExtent } from '../../../src/core/time/extent';
import { dictFrom } from '../../../src/core/util/dict';
import { datedFixture, rowActiveIn } from './dated-fixture';

const link = (years: number[], until?: string[], lines = [2]): AtlasEdgeAttributes => ({
  weight: 1,
  relations: ['maintains'],
  years,
  evidence: [],
  lines,
  extra: until ? dictFrom([['until', until]]) : dictFrom<string[]>([]),
});

describe('readUntilYear', () => {
  it('readUntilYear(text) reads the year of ISO dates and their reduced forms, day-first dates, and nothing else', () => {
    for (const t of ['2025-12-31', '2025-12', '2025', ' 2025 ', '2025/12/31', '2025.01.05', '2025-12-31T23:59:59Z', '31/12/2025', '1.2.2025'])
      expect(readUntilYear(t), t).toBe(2025);
    expect(readUntilYear('')).toBeUndefined();
    expect(readUntilYear('   ')).toBeUndefined();
    for (const t of ['soon', '2025-13-01', '2025-12-32', '12/2025', '25', 'constructor', '__proto__', '2025-12-31 and on', '0999'])
      expect(readUntilYear(t), t).toBeNull();
  });
});

describe('linkSpan / linkActiveIn', () => {
  it('linkSpan(link) starts at the earliest year and ends at the latest readable until, else never', () => {
    expect(linkSpan(link([2016, 2019]))).toEqual({ start: 2016, end: Infinity });
    expect(linkSpan(link([2016], ['2020-06-30']))).toEqual({ start: 2016, end: 2020 });
    // A renewed contract (merged rows): the latest end wins; an unreadable one is skipped.
    expect(linkSpan(link([2016, 2018], ['2019', 'soon', '31/12/2023']))).toEqual({ start: 2016, end: 2023 });
    expect(linkSpan(link([2016], ['soon']))).toEqual({ start: 2016, end: Infinity });
    expect(linkSpan(link([], ['2020']))).toEqual({ start: null, end: Infinity });
  });

  it('linkActiveIn(link, window) is true when it started by the window end and had not ended before its start', () => {
    const contract = link([2016], ['2020-12-31']);
    expect(linkActiveIn(contract, { from: 2015, to: 2015 })).toBe(false);
    expect(linkActiveIn(contract, { from: 2016, to: 2016 })).toBe(true);
    expect(linkActiveIn(contract, { from: 2020, to: 2020 })).toBe(true); // still active in its until year
    expect(linkActiveIn(contract, { from: 2021, to: 2030 })).toBe(false);
    expect(linkActiveIn(contract, { from: 2010, to: 2030 })).toBe(true);
    const adoption = link([2016]);
    expect(linkActiveIn(adoption, { from: 2040, to: 2040 })).toBe(true); // cumulative: never ends
    expect(linkActiveIn(link([]), { from: 1900, to: 2100 })).toBe(false); // undated: in no window
    // Ends before it starts: never active, and warned about.
    const backwards = link([2018], ['2016']);
    expect(linkActiveIn(backwards, { from: 2010, to: 2030 })).toBe(false);
    expect(untilProblems(backwards)).toEqual([{ lines: [2], value: '2016', why: "ends before the link's first year 2018; the link is never active" }]);
  });

  it('untilProblems(link) names every unreadable until with the link lines; a readable one is no problem', () => {
    const problems = untilProblems(link([2016], ['2020', 'constructor'], [7, 9]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ lines: [7, 9], value: 'constructor' });
    expect(problems[0]!.why).toMatch(/not a date.*never ending/);
    expect(untilProblems(link([2016], ['2020']))).toEqual([]);
    expect(untilProblems(link([2016]))).toEqual([]);
  });

  it('linkEnd(link) reads `until` as data: a column list under an Object member name is not an until', () => {
    const attr = link([2016]);
    attr.extra = dictFrom([
      ['constructor', ['2017']],
      ['__proto__', ['2018']],
    ]);
    expect(linkEnd(attr)).toBe(Infinity);
  });
});

describe('timelineExtent / countActive / applyFilters on the dated fixture', () => {
  const fixture = datedFixture();
  const analysis = analyze({ edges: { name: 'dated.csv', text: fixture.csv } }, resolveAnalysisOptions({}));
  const graph = analysis.graph;
  const datedRows = fixture.rows.filter((r) => /^\d{4}$/.test(r.year));

  it('analyze(dated fixture) keeps one link per row, the `constructor` year undated with a warning, and `until` as a column', () => {
    expect(graph.size).toBe(fixture.rows.length);
    expect(analysis.issues.detailed.some((i) => i.code === 'year-not-integer' && /constructor/.test(i.message))).toBe(true);
  });

  it('timelineExtent(graph) gives the first and last year, dated and undated counts, contracts and the unreadable until', () => {
    const ext = timelineExtent(graph);
    const starts = datedRows.map((r) => Number(r.year));
    const ends = datedRows.map((r) => Number(/(\d{4})/.exec(r.until)?.[1] ?? 0));
    expect(ext.min).toBe(Math.min(...starts));
    expect(ext.max).toBe(Math.max(...starts, ...ends));
    expect(ext.dated).toBe(datedRows.length);
    expect(ext.undated).toBe(fixture.rows.length - datedRows.length);
    expect(ext.withUntil).toBe(datedRows.filter((r) => /\d{4}/.test(r.until)).length);
    expect(ext.problems.map((p) => p.value)).toEqual(['until further notice']);
    // The problem names its line: header is line 1, rows follow in order.
    const line = fixture.rows.findIndex((r) => r.until === 'until further notice') + 2;
    expect(ext.problems[0]!.lines).toEqual([line]);
  });

  it('timelineExtent(graph without dated links) has no years', () => {
    const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    g.addNode('a', { label: 'a', type: 'city', extra: dictFrom([]) });
    g.addNode('b', { label: 'b', type: 'project', extra: dictFrom([]) });
    g.addEdge('a', 'b', link([]));
    expect(timelineExtent(g)).toEqual({ min: null, max: null, dated: 0, undated: 1, withUntil: 0, problems: [] });
  });

  it('countActive and applyFilters({yearRange}) agree with the rows counted from the definition, for every window', () => {
    for (const [from, to] of [
      [2010, 2010],
      [2012, 2014],
      [2016, 2016],
      [2016, 2021],
      [2019, 2022],
      [2022, 2030],
    ] as const) {
      const expected = datedRows.filter((r) => rowActiveIn(r, from, to)).length;
      expect(countActive(graph, { from, to }), `${from}–${to}`).toBe(expected);
      const undated = fixture.rows.length - datedRows.length;
      const measures = { keys: graph.nodes(), values: {} };
      expect(applyFilters(graph, measures, { ...DEFAULT_FILTERS, yearRange: [from, to], keepUndated: false }).shownEdges).toBe(expected);
      expect(applyFilters(graph, measures, { ...DEFAULT_FILTERS, yearRange: [from, to] }).shownEdges).toBe(expected + undated);
    }
  });

  it('a contract leaves the window after its until year, an adoption never does', () => {
    const contract = datedRows.find((r) => r.until !== '' && /\d{4}/.test(r.until))!;
    const end = Number(/(\d{4})/.exec(contract.until)![1]);
    const key = graph.edge(contract.source, contract.target)!;
    const shown = (y: number) => applyFilters(graph, { keys: [], values: {} }, { ...DEFAULT_FILTERS, yearRange: [y, y] }).edges.has(key);
    expect(shown(end)).toBe(true);
    expect(shown(end + 1)).toBe(false);
    const adoption = datedRows.find((r) => r.relation === 'uses')!;
    const adoptionKey = graph.edge(adoption.source, adoption.target)!;
    expect(applyFilters(graph, { keys: [], values: {} }, { ...DEFAULT_FILTERS, yearRange: [2030, 2030] }).edges.has(adoptionKey)).toBe(true);
  });
});
