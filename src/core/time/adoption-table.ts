/**
 * The adoption curves as a table, the form `atlas adoption --out` writes
 * (the app's chart shows the same rows in its data table, with an "undated"
 * row per series instead of a column): one row per project (and country,
 * with `byCountry`) and year that added adopters — `new` adopters that year,
 * the `cumulative` total of dated adopters, and the `undated` adopters of that
 * project (or country), repeated on each of its rows. A project or country
 * whose adopters are all undated gets one row with an empty year, so nothing
 * is left out.
 */
import { toCsv } from '../export/csv';
import type { AdoptionResult, AdoptionSeries } from './adoption';

/** One row of the table; `year` is null on the row of an all-undated series. */
export interface AdoptionRow {
  project: string;
  country?: string;
  year: number | null;
  added: number;
  cumulative: number;
  undated: number;
}

/** The rows of `result`, projects in its order (most adopters first), years ascending. */
export function adoptionRows(result: AdoptionResult, byCountry = false): AdoptionRow[] {
  const rows: AdoptionRow[] = [];
  const push = (project: string, series: AdoptionSeries, country?: string) => {
    const base = { project, ...(country !== undefined ? { country } : {}) };
    if (series.points.length === 0) rows.push({ ...base, year: null, added: 0, cumulative: 0, undated: series.undated });
    for (const p of series.points) rows.push({ ...base, year: p.year, added: p.added, cumulative: p.cumulative, undated: series.undated });
  };
  for (const project of result.projects) {
    if (byCountry) for (const c of project.countries) push(project.id, c, c.id);
    else push(project.id, project);
  }
  return rows;
}

/** The columns of the table, with `country` when split by country. */
export function adoptionHeader(byCountry: boolean): string[] {
  return byCountry ? ['project', 'country', 'year', 'new', 'cumulative', 'undated'] : ['project', 'year', 'new', 'cumulative', 'undated'];
}

/** The table as CSV (spreadsheet-safe cells, CRLF), after `comments` as `# …` lines. */
export function adoptionCsv(result: AdoptionResult, byCountry: boolean, comments: readonly string[] = []): string {
  const rows = adoptionRows(result, byCountry).map((r) =>
    byCountry ? [r.project, r.country, r.year, r.added, r.cumulative, r.undated] : [r.project, r.year, r.added, r.cumulative, r.undated],
  );
  return toCsv(adoptionHeader(byCountry), rows, comments);
}

/** The relations counted as adoption, in words: "uses, adopts, …" or "every city–project link (…)". */
export function adoptionRelationsText(result: AdoptionResult): string {
  return result.relations === 'all' ? 'every city–project link (no link says uses, adopts or deploys)' : result.relations.join(', ');
}
