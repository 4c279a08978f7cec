/**
 * What the adoption chart draws, without DOM: the lines of one mode — the top
 * {@link ADOPTION_TOP_N} projects with dated adopters, or one project split
 * by country — each with a colour of an explicit domain, the projects left
 * out (named in the chart's note), and the honest text of an empty chart.
 * Tested in Node (test/core/ui/adoption-view.test.ts); the drawing in
 * test/e2e/adoption-chart.test.ts.
 */
import { CATEGORY_PALETTE } from '../../core/style/palette';
import type { AdoptionResult, AdoptionSeries } from '../../core/time/adoption';

/** Lines drawn at most (projects, or countries of one project). */
export const ADOPTION_TOP_N = 8;

/** The chart's two modes: a line per project, or per country of one project. */
export type AdoptionMode = 'projects' | 'countries';

/** A line: its series and colour. */
export interface AdoptionLine {
  series: AdoptionSeries;
  color: string;
}

/** The lines of a mode and what is not drawn. */
export interface AdoptionPlot {
  lines: AdoptionLine[];
  /** Series not drawn: beyond the top N, or without a dated adopter. */
  left: AdoptionSeries[];
  /** The first and last year on the axis, or null when nothing is dated. */
  years: { first: number; last: number } | null;
}

/** The plot of `mode` (`project` = the chosen project's id for the country mode). */
export function adoptionPlot(result: AdoptionResult, mode: AdoptionMode, project: string): AdoptionPlot {
  const all: readonly AdoptionSeries[] = mode === 'projects' ? result.projects : (result.projects.find((p) => p.id === project)?.countries ?? []);
  // Already ordered by adopters (most first); a series with no dated adopter would be a flat line at 0.
  const dated = all.filter((s) => s.points.length > 0);
  const drawn = dated.slice(0, ADOPTION_TOP_N);
  const lines = drawn.map((series, i) => ({ series, color: CATEGORY_PALETTE[i % CATEGORY_PALETTE.length]! }));
  const left = all.filter((s) => !drawn.includes(s));
  let first = Infinity;
  let last = -Infinity;
  for (const { series } of lines) {
    first = Math.min(first, series.points[0]!.year);
    last = Math.max(last, series.points.at(-1)!.year);
  }
  return { lines, left, years: lines.length ? { first, last } : null };
}

const n = (x: number) => x.toLocaleString('en');

/** "Not drawn: CONSUL Democracy (33, none dated), CKAN (23, none dated), … and 4 more." */
export function leftOutText(left: readonly AdoptionSeries[], max = 4): string {
  if (left.length === 0) return '';
  const named = left.slice(0, max).map((s) => `${s.label} (${n(s.adopters)}${s.points.length ? '' : ', none dated'})`);
  return `Not drawn: ${named.join(', ')}${left.length > max ? `, … and ${n(left.length - max)} more` : ''}.`;
}

/** The message of a chart with nothing to draw, saying why in numbers. */
export function emptyText(result: AdoptionResult | null): string {
  if (!result || result.links.total === 0) return 'No links shown.';
  const { links } = result;
  if (links.adoption === 0) return `No adoption links shown: none of the ${n(links.total)} links shown joins a city to a project by ${relationsWords(result)}.`;
  return `No dated adoption links: ${n(links.adoptionDated)} of ${n(links.adoption)} adoption links have a year (${n(links.dated)} of ${n(links.total)} links shown).`;
}

/** The relations counted as adoption, for notes. */
export function relationsWords(result: AdoptionResult): string {
  return result.relations === 'all' ? 'any relation' : result.relations.join(', ');
}

/** The label of a line's end: "Decidim 22 (+8 undated)". */
export function lineLabel(series: AdoptionSeries): string {
  const total = series.points.at(-1)?.cumulative ?? 0;
  return `${series.label} ${n(total)}${series.undated ? ` (+${n(series.undated)} undated)` : ''}`;
}
