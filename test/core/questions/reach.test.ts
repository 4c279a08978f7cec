import { describe, expect, it } from 'vitest';
import { reach } from '../../../src/core/questions';
import { analyzeCsv, analyzeDefault, HAND_MADE } from './fixtures';

describe('reach', () => {
  it('reach(g) ranks projects by adopting cities and gives cumulative adoption by first year', () => {
    const a = analyzeCsv(HAND_MADE);
    const r = reach(a.graph, a.indicators);
    expect(r.dated).toBe(true);
    expect(r.projects.map((p) => [p.key, p.adoptingCities])).toEqual([
      ['P', 3],
      ['Q', 2],
      ['R', 2],
    ]);
    expect(r.projects[0]!.adoption).toEqual([
      { year: 2019, cities: 1 },
      { year: 2020, cities: 3 },
    ]);
    expect(r.projects[1]).toMatchObject({ adoption: [], undated: 2 });
  });

  it('reach(default dataset): Decidim first with 81 cities in 18 countries, its dated adoption growing to 8', () => {
    const a = analyzeDefault();
    const r = reach(a.graph, a.indicators);
    expect(r.projects).toHaveLength(27);
    expect(r.projects.slice(0, 3).map((p) => [p.key, p.adoptingCities, p.countries])).toEqual([
      ['Decidim', 81, 18],
      ['CONSUL Democracy', 34, 11],
      ['FixMyStreet', 31, 4],
    ]);
    expect(r.dated).toBe(true);
    expect(r.projects[0]!.adoption.at(-1)).toEqual({ year: 2025, cities: 8 });
    expect(r.projects[0]!.undated).toBe(73);
  });
});
