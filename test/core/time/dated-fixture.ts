/**
 * A seeded synthetic partnership network with years and contract ends, for
 * the timeline's tests (the real catalogues date few links: 24 of 7,024
 * municipal rows, 42 of 346 default rows). Made by a fixed recipe so every
 * figure a test expects can be counted from `rows` independently of the
 * atlas's reader:
 *
 * - 40 cities (`City 00`…`City 39`) and 5 projects; each city `uses` one or
 *   two distinct projects, from a year drawn in 2012–2022 (one row in five
 *   undated);
 * - 6 firms; each `maintains` two distinct projects, from a year in
 *   2010–2016, half of them with an `until` in 2015–2021 written in turn as
 *   `2019-12-31`, `2019` and `31/12/2019`;
 * - one firm row whose `until` is not a date (`until further notice`), and
 *   one city row whose year is `constructor` (the reader keeps it undated).
 *
 * The generator is mulberry32 (src/core/random.ts) with seed 2026: the same
 * rows on every machine.
 */
import { createRng } from '../../../src/core/random';

export interface DatedRow {
  source: string;
  sourceType: string;
  target: string;
  targetType: string;
  relation: string;
  /** The year cell as written ('' = none). */
  year: string;
  /** The until cell as written ('' = none). */
  until: string;
}

export interface DatedFixture {
  rows: DatedRow[];
  /** The edges CSV, with a header `source,source_type,target,target_type,relation,year,until`. */
  csv: string;
}

const PROJECTS = ['Decidim', 'CONSUL', 'Signalen', 'CKAN', 'FixMyStreet'];

/** Builds the fixture (same output for the same seed). */
export function datedFixture(seed = 2026): DatedFixture {
  const rng = createRng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const rows: DatedRow[] = [];
  const pick2 = (): string[] => {
    const a = int(0, PROJECTS.length - 1);
    const b = (a + int(1, PROJECTS.length - 1)) % PROJECTS.length;
    return [PROJECTS[a]!, PROJECTS[b]!];
  };
  for (let c = 0; c < 40; c++) {
    const city = `City ${String(c).padStart(2, '0')}`;
    const projects = pick2().slice(0, int(1, 2));
    for (const p of projects) {
      const year = rng() < 0.2 ? '' : String(int(2012, 2022));
      rows.push({ source: city, sourceType: 'city', target: p, targetType: 'project', relation: 'uses', year, until: '' });
    }
  }
  const formats = [(y: number) => `${y}-12-31`, (y: number) => String(y), (y: number) => `31/12/${y}`];
  let contracts = 0;
  for (let f = 0; f < 6; f++) {
    const firm = `Firm ${String.fromCharCode(65 + f)}`;
    for (const p of pick2()) {
      const start = int(2010, 2016);
      const until = rng() < 0.5 ? formats[contracts++ % 3]!(Math.max(start, int(2015, 2021))) : '';
      rows.push({ source: firm, sourceType: 'firm', target: p, targetType: 'project', relation: 'maintains', year: String(start), until });
    }
  }
  // Two rows the reader must survive: an until that is no date, a year that is a word (an Object member's name).
  rows.push({
    source: 'Firm Z',
    sourceType: 'firm',
    target: 'CKAN',
    targetType: 'project',
    relation: 'maintains',
    year: '2014',
    until: 'until further notice',
  });
  rows.push({ source: 'City 40', sourceType: 'city', target: 'Decidim', targetType: 'project', relation: 'uses', year: 'constructor', until: '' });

  const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = rows.map((r) => [r.source, r.sourceType, r.target, r.targetType, r.relation, r.year, r.until].map(cell).join(','));
  return { rows, csv: `source,source_type,target,target_type,relation,year,until\n${lines.join('\n')}\n` };
}

/** The year a fixture row ends in, read by hand from the three formats it writes (null = no readable end). */
export function fixtureUntilYear(until: string): number | null {
  const m = /^(\d{4})(?:-12-31)?$/.exec(until) ?? /^31\/12\/(\d{4})$/.exec(until);
  return m ? Number(m[1]) : null;
}

/** Whether a fixture row is active in [from, to], from the definition (start ≤ to, end ≥ from); undated rows never are. */
export function rowActiveIn(row: DatedRow, from: number, to: number): boolean {
  if (!/^\d{4}$/.test(row.year)) return false;
  const start = Number(row.year);
  const end = fixtureUntilYear(row.until) ?? Infinity;
  return start <= to && end >= from && end >= start;
}
