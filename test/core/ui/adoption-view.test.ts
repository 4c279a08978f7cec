/**
 * The adoption chart's plot without DOM (src/ui/charts/adoption-view.ts):
 * which lines are drawn (top 8 with a dated adopter), which are named as
 * left out, the axis years, and the empty-state and legend texts, on a
 * hand-built result.
 */
import { describe, expect, it } from 'vitest';
import type { AdoptionResult, AdoptionSeries, ProjectAdoption } from '../../../src/core/time/adoption';
import { CATEGORY_PALETTE } from '../../../src/core/style/palette';
import { ADOPTION_TOP_N, adoptionPlot, emptyText, leftOutText, lineLabel } from '../../../src/ui/charts/adoption-view';

const series = (id: string, years: number[], undated = 0): AdoptionSeries => {
  let c = 0;
  return { id, label: id, adopters: years.length + undated, undated, points: years.map((year) => ({ year, added: 1, cumulative: ++c })) };
};
const project = (s: AdoptionSeries, countries: AdoptionSeries[] = []): ProjectAdoption => ({ ...s, countries });
const links = { total: 20, dated: 5, adoption: 12, adoptionDated: 3 };

describe('adoptionPlot', () => {
  const many = Array.from({ length: 10 }, (_, i) => project(series(`P${i}`, [2000 + i, 2010])));
  const result: AdoptionResult = {
    projects: [project(series('Undated', [], 40)), ...many],
    relations: ['uses'],
    years: { first: 2000, last: 2010 },
    links,
  };

  it('adoptionPlot(result, "projects") draws the first 8 with dated adopters, in palette order, and leaves the rest', () => {
    const plot = adoptionPlot(result, 'projects', '');
    expect(plot.lines.map((l) => l.series.id)).toEqual(['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
    expect(plot.lines.length).toBe(ADOPTION_TOP_N);
    expect(plot.lines.map((l) => l.color)).toEqual(CATEGORY_PALETTE.slice(0, 8));
    expect(plot.left.map((s) => s.id)).toEqual(['Undated', 'P8', 'P9']);
    expect(plot.years).toEqual({ first: 2000, last: 2010 });
    expect(leftOutText(plot.left)).toBe('Not drawn: Undated (40, none dated), P8 (2), P9 (2).');
    expect(leftOutText([...plot.left, ...plot.left], 4)).toBe('Not drawn: Undated (40, none dated), P8 (2), P9 (2), Undated (40, none dated), … and 2 more.');
  });

  it('adoptionPlot(result, "countries", id) draws the countries of that project', () => {
    const r: AdoptionResult = { ...result, projects: [project(series('P', [2003, 2005], 1), [series('Italy', [2005]), series('constructor', [2003], 1)])] };
    const plot = adoptionPlot(r, 'countries', 'P');
    expect(plot.lines.map((l) => l.series.id)).toEqual(['Italy', 'constructor']);
    expect(plot.years).toEqual({ first: 2003, last: 2005 });
    expect(adoptionPlot(r, 'countries', 'toString').lines).toEqual([]);
    expect(lineLabel(plot.lines[1]!.series)).toBe('constructor 1 (+1 undated)');
  });

  it('emptyText says why nothing is drawn, in numbers', () => {
    expect(emptyText(null)).toBe('No links shown.');
    expect(emptyText({ projects: [], relations: ['uses'], years: null, links: { ...links, adoption: 0, adoptionDated: 0 } })).toBe(
      'No adoption links shown: none of the 20 links shown joins a city to a project by uses.',
    );
    expect(emptyText({ projects: [], relations: 'all', years: null, links: { total: 6996, dated: 24, adoption: 6125, adoptionDated: 0 } })).toBe(
      'No dated adoption links: 0 of 6,125 adoption links have a year (24 of 6,996 links shown).',
    );
  });
});
