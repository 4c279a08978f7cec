/**
 * `atlas adoption`, in-process: the table it writes (read back with
 * papaparse) for the seeded synthetic fixture, by project and by country,
 * against hand-checked totals and computeAdoption; the default dataset's
 * honest count of dated links; usage errors with exit code 1.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { atlas } from './run-atlas';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-adoption-'));
const FIXTURE = ['test/fixtures/time/adoption-edges.csv', '--nodes', 'test/fixtures/time/adoption-nodes.csv'];

/** The data rows of a CSV we wrote: comment lines dropped, then read with papaparse. */
const rowsOf = (path: string) =>
  Papa.parse<Record<string, string>>(
    readFileSync(path, 'utf8')
      .split('\r\n')
      .filter((l) => !l.startsWith('"#'))
      .join('\n'),
    { header: true, skipEmptyLines: true },
  ).data;

describe('atlas adoption', () => {
  it('writes project,year,new,cumulative,undated: per project, new adds up to the last cumulative, undated adds up to the adopters', () => {
    const out = join(tmp, 'adoption.csv');
    const r = atlas('adoption', ...FIXTURE, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^\d+ of \d+ adoption links have a year \(\d+ of \d+ links\); 4 projects adopted\nAdoption: uses, adopts, deploys, implements, installs, runs\.\n/,
    );
    expect(r.stdout).toMatch(/^Decidim: 30 cities: \d{4} \+\d+/m);
    const rows = rowsOf(out);
    expect(Object.keys(rows[0]!)).toEqual(['project', 'year', 'new', 'cumulative', 'undated']);
    // Decidim 30, CONSUL 18, Signalen 9, __proto__ 5 adopters, as generated (test/fixtures/time).
    for (const [project, adopters] of [
      ['Decidim', 30],
      ['CONSUL', 18],
      ['Signalen', 9],
      ['__proto__', 5],
    ] as const) {
      const mine = rows.filter((x) => x['project'] === project);
      expect(mine.length).toBeGreaterThan(0);
      let running = 0;
      for (const x of mine) {
        running += Number(x['new']);
        expect(Number(x['cumulative'])).toBe(running);
      }
      expect(running + Number(mine[0]!['undated'])).toBe(adopters);
      const years = mine.map((x) => Number(x['year']));
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
  });

  it('--by country adds the country column and its rows sum to the project’s', () => {
    const out = join(tmp, 'by-country.csv');
    expect(atlas('adoption', ...FIXTURE, '--by', 'country', '--out', out, '--quiet').code).toBe(0);
    const rows = rowsOf(out);
    expect(Object.keys(rows[0]!)).toEqual(['project', 'country', 'year', 'new', 'cumulative', 'undated']);
    const countries = new Set(rows.filter((x) => x['project'] === 'Decidim').map((x) => x['country']));
    expect([...countries].sort()).toEqual(['Italy', 'Netherlands', 'Spain', '__proto__', 'unknown country']);
    // Per country: last cumulative + undated (repeated on its rows); summed over countries = 30.
    let total = 0;
    for (const c of countries) {
      const mine = rows.filter((x) => x['project'] === 'Decidim' && x['country'] === c);
      total += Number(mine.at(-1)!['cumulative']) + Number(mine[0]!['undated']);
    }
    expect(total).toBe(30);
  });

  it('says how few links are dated in the default dataset', () => {
    const r = atlas('adoption', 'data/default-edges.csv', '--nodes', 'data/default-nodes.csv', '--top', '2');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      '7 of 200 adoption links have a year (40 of 326 links); 12 projects adopted',
      'Adoption: uses, adopts, deploys, implements, installs, runs.',
      'Decidim: 76 cities: 2016 +1, 2021 +1, 2024 +1 = 3 dated; 73 undated',
      'CONSUL Democracy: 33 cities: none dated; 33 undated',
    ]);
    expect(r.stdout).toMatch(/… and 10 more projects \(use --out to keep them\)/);
  });

  it('refuses a bad --by and a missing edges file with exit code 1', () => {
    const bad = atlas('adoption', 'data/default-edges.csv', '--by', 'city');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^atlas adoption: --by must be country, got 'city'/);
    expect(atlas('adoption').stderr).toMatch(/give the edges file/);
    const missing = atlas('adoption', join(tmp, 'none.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/none\.csv/);
  });

  it('--help lists its flags', () => {
    const r = atlas('adoption', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--by country/);
    expect(r.stdout).toMatch(/--aliases FILE/);
  });
});
