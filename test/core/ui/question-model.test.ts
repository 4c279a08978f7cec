/** Tests of the Questions panel's model: the settings each question sets, where it works, its count and its ranked rows. */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/analysis/analyze';
import { DEFAULT_FILTERS } from '../../../src/core/filter';
import { QUESTIONS } from '../../../src/core/questions';
import type { ViewId } from '../../../src/core/view-settings';
import { FIRST_ROWS, questionSettings, questionView, type QuestionInput } from '../../../src/ui/panels/questions/question-model';
import { analyzeCsv, analyzeDefault, HAND_MADE } from '../questions/fixtures';

/** The network of an analysis as the panel reads it, shown in `view` (the model does not look at the graph's view). */
const inputOf = (a: Analysis, view: ViewId = 'network'): QuestionInput => ({
  view,
  shown: { graph: a.graph, keys: a.network.keys, measures: a.network.measures },
  network: a.graph,
  indicators: a.indicators,
});

describe('questionView on a hand-made network', () => {
  const a = analyzeCsv(HAND_MADE);

  it('questionView(vendor-lock-in) colours by vendor HHI, resets the filters and lists HHI ≥ 0.5 with every tied top vendor', () => {
    const v = questionView('vendor-lock-in', inputOf(a));
    expect(v.works).toBe(true);
    expect(v.settings).toEqual({ colorBy: { kind: 'figure', figure: 'ind:vendorHhi' }, sizeBy: 'degree', filters: DEFAULT_FILTERS });
    expect(v.summary).toBe('4 cities with vendor HHI ≥ 0.5 (of 5 cities with a vendor)');
    expect(v.rows.map((r) => [r.key, r.value, r.detail])).toEqual([
      ['D', 'HHI 1', 'top vendor: F4 (100%) · 1 firm'],
      ['E', 'HHI 1', 'top vendor: F4 (100%) · 1 firm'],
      ['A', 'HHI 0.5', 'top vendors: F1, F2 (50% each) · 2 firms'],
      ['C', 'HHI 0.5', 'top vendors: F1, F2 (50% each) · 2 firms'],
    ]);
  });

  it('questionView(single-points-of-failure) lists Q, kept alive by F4 alone, with its cities', () => {
    const v = questionView('single-points-of-failure', inputOf(a));
    expect(v.summary).toBe('1 project used by 2 cities or more rest on one firm; 2 cities at risk');
    expect(v.rows).toEqual([{ key: 'Q', label: 'Q', value: '2 cities', detail: 'only F4 maintains it · D, E' }]);
    // The map colours projects by their maintainers (1 = one firm holds it up) and sizes them by their cities.
    expect(v.settings.colorBy).toEqual({ kind: 'figure', figure: 'ind:maintainers' });
    expect(v.settings.sizeBy).toBe('ind:adoptingCities');
  });

  it('questionView(reach) ranks projects by cities and draws the dated ones cumulatively', () => {
    const v = questionView('reach', inputOf(a));
    expect(v.rows.map((r) => [r.key, r.value])).toEqual([
      ['P', '3 cities'],
      ['Q', '2 cities'],
      ['R', '2 cities'],
    ]);
    expect(v.rows[0]!.detail).toBe('0 countries · 2 firms · 3 dated from 2019');
    expect(v.adoption).toEqual([
      {
        key: 'P',
        label: 'P',
        points: [
          { year: 2019, cities: 1 },
          { year: 2020, cities: 3 },
        ],
      },
    ]);
  });

  it('questionView(coalitions) names each community after its leader, with its composition and number', () => {
    const v = questionView('coalitions', inputOf(a));
    expect(v.settings.colorBy).toEqual({ kind: 'community' });
    expect(v.rows.length).toBeGreaterThan(0);
    for (const row of v.rows) {
      expect(row.label).toMatch(/ circle$/);
      expect(row.detail).toMatch(/^\d+ (city|cities|project|projects|firm|firms)(, |$)/);
      expect(typeof row.community).toBe('number');
    }
  });

  it('a question asked in a view where it does not work says where it does, and lists nothing', () => {
    const v = questionView('vendor-lock-in', inputOf(a, 'city'));
    expect(v.works).toBe(false);
    expect(v.rows).toEqual([]);
    expect(v.elsewhere).toBe('Vendor lock-in is answered in the Network view; the City–city view does not hold the links it counts.');
    expect(questionView('coalitions', inputOf(a, 'city')).works).toBe(true);
  });

  it('questionSettings falls back to a figure the data has: no firm, no brokerage indicator → effective size', () => {
    const noFirms = analyzeCsv('source,source_type,target,target_type,relation\nA,city,P,project,uses\nB,city,P,project,uses\nB,city,Q,project,uses\n');
    expect(questionSettings('brokers', inputOf(noFirms)).sizeBy).toBe('effectiveSize');
    expect(questionSettings('vendor-lock-in', inputOf(noFirms)).colorBy).toEqual({ kind: 'type' });
  });
});

describe('questionView on the default dataset', () => {
  const a = analyzeDefault();

  it('every question works in the network and lists rows with a key of the graph', () => {
    for (const q of QUESTIONS) {
      const v = questionView(q.id, inputOf(a));
      expect(v.works).toBe(true);
      expect(v.rows.length).toBeGreaterThan(0);
      expect(v.rows.every((r) => a.graph.hasNode(r.key))).toBe(true);
      expect(v.question.explanation).toHaveLength(2);
    }
  });

  it('vendor lock-in: 54 cities, the first ones at HHI 1 with their top vendor; brokers: the firms with brokerage above 0 first', () => {
    const lock = questionView('vendor-lock-in', inputOf(a));
    expect(lock.summary).toMatch(/^54 cities with vendor HHI ≥ 0\.5 \(of \d+ cities with a vendor\)$/);
    expect(lock.rows[0]!.value).toBe('HHI 1');
    expect(lock.rows[0]!.detail).toMatch(/^top vendor: .+ \(100%\) · 1 firm$/);
    // The one number format (core/style/format.ts): three significant digits, no padding zeros ("HHI 0.5", not "HHI 0.50").
    for (const r of lock.rows) expect(r.value).toMatch(/^HHI (1|0\.[5-9]\d{0,2})$/);
    expect(lock.rows.map((r) => r.value)).toContain('HHI 0.5');
    const brokers = questionView('brokers', inputOf(a));
    expect(brokers.settings.sizeBy).toBe('ind:brokerage');
    expect(brokers.summary).toBe('9 firms and intermediaries with brokerage above 0 (of 39)');
    const values = brokers.rows.map((r) => Number(r.value.replace(/\D/g, '')));
    expect(values.slice(0, 9).every((x) => x > 0)).toBe(true);
    expect(values.slice(9).every((x) => x === 0)).toBe(true);
    expect(brokers.rows.length).toBeLessThan(FIRST_ROWS);
  });

  it('reach: Decidim first, and the adoption chart has the dated projects', () => {
    const v = questionView('reach', inputOf(a));
    expect(v.rows[0]!.label).toBe('Decidim');
    expect(v.adoption.map((s) => s.label)).toContain('Decidim');
    for (const s of v.adoption) for (let i = 1; i < s.points.length; i++) expect(s.points[i]!.cities).toBeGreaterThan(s.points[i - 1]!.cities);
  });
});
