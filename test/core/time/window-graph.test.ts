import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { analyzeWindow, describeWindow, windowGraph } from '../../../src/core/time/window-graph';
import { datedFixture, rowActiveIn, type DatedRow } from './dated-fixture';

const fixture = datedFixture();
const options = resolveAnalysisOptions({});
const all = analyze({ edges: { name: 'dated.csv', text: fixture.csv } }, options);

/** Degree per node id counted from the rows kept (the fixture has one row per link). */
function degreesOf(rows: DatedRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) for (const id of [r.source, r.target]) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
}

describe('windowGraph / analyzeWindow', () => {
  it('windowGraph(graph, window) keeps every node in order and the links active in the window, undated ones when asked', () => {
    const sub = windowGraph(all.graph, { from: 2016, to: 2018, keepUndated: false });
    expect(sub.nodes()).toEqual(all.graph.nodes());
    expect(sub.size).toBe(fixture.rows.filter((r) => rowActiveIn(r, 2016, 2018)).length);
    const withUndated = windowGraph(all.graph, { from: 2016, to: 2018, keepUndated: true });
    const undated = fixture.rows.filter((r) => !/^\d{4}$/.test(r.year)).length;
    expect(withUndated.size).toBe(sub.size + undated);
    // The network itself is untouched.
    expect(all.graph.size).toBe(fixture.rows.length);
  });

  it('analyzeWindow(graph, 2014–2016) gives degrees and adopting cities counted from the active rows, aligned with the network keys', () => {
    const w = analyzeWindow(all.graph, { from: 2014, to: 2016, keepUndated: false }, options);
    const active = fixture.rows.filter((r) => rowActiveIn(r, 2014, 2016));
    const expected = degreesOf(active);
    expect(w.analysis.keys).toEqual(all.network.keys);
    const degree = w.analysis.measures['degree']!;
    w.analysis.keys.forEach((key, i) => expect(degree[i], key).toBe(expected.get(key) ?? 0));
    // The window's measures differ from the whole network's.
    const allDegree = all.network.measures['degree']!;
    expect([...degree].some((d, i) => d !== allDegree[i])).toBe(true);
    for (const project of ['Decidim', 'CONSUL', 'Signalen', 'CKAN', 'FixMyStreet']) {
      const cities = new Set(active.filter((r) => r.target === project && r.sourceType === 'city').map((r) => r.source)).size;
      const ind = w.indicators.get(project);
      expect(ind && ind.type === 'project' ? ind.adoptingCities : -1, project).toBe(cities);
    }
    // A city with no link in the window keeps its place with degree 0.
    const quiet = all.network.keys.findIndex((k) => !expected.has(k) && k.startsWith('City'));
    expect(quiet).toBeGreaterThanOrEqual(0);
    expect(degree[quiet]).toBe(0);
  });

  it('describeWindow names a range with an en dash and a single year alone', () => {
    expect(describeWindow({ from: 2016, to: 2021 })).toBe('2016–2021');
    expect(describeWindow({ from: 2018, to: 2018 })).toBe('2018');
  });
});
