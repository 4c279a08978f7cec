/**
 * computeAdoption and its table: hand-computed curves on a tiny file (a
 * `constructor` project, a `__proto__` country, an undated adopter dated by a
 * funding row, a funder that is no adopter), the fallback to every
 * city–project link, the shown-subset options, and the seeded synthetic
 * fixture and the real datasets against a reference written from the
 * definition over the raw rows (papaparse, not our reader).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readEdges, readNodes } from '../../../src/core/csv';
import { buildGraph } from '../../../src/core/graph/build';
import { nodeKey } from '../../../src/core/graph/node-key';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { computeAdoption, UNKNOWN_COUNTRY } from '../../../src/core/time/adoption';
import { adoptionCsv, adoptionRows } from '../../../src/core/time/adoption-table';

function graphOf(edges: string, nodes?: string): AtlasGraph {
  const e = readEdges(edges, { file: 'e.csv' });
  const n = nodes ? readNodes(nodes, { file: 'n.csv' }) : undefined;
  return buildGraph({ edges: { file: 'e.csv', rows: e.rows }, ...(n ? { nodes: { file: 'n.csv', rows: n.rows } } : {}) }).graph;
}

const TINY = `source,source_type,target,target_type,relation,year
Rome,city,constructor,project,uses,2015
Milan,city,constructor,project,uses,2017
Turin,city,constructor,project,uses,
Turin,city,constructor,project,funds,2016
Paris,city,constructor,project,uses,
Lyon,city,constructor,project,funds,2012
Rome,city,Decidim,project,deploys,2019
Rome,city,Decidim,project,uses,2018
Acme,firm,Decidim,project,uses,2010
`;
const TINY_NODES = `id,type,country
Rome,city,Italy
Milan,city,Italy
Turin,city,__proto__
Paris,city,
Lyon,city,France
`;

describe('computeAdoption', () => {
  const result = computeAdoption(graphOf(TINY, TINY_NODES));

  it('computeAdoption(graph) counts cities with a uses/deploys link, dated by their first dated row of the pair', () => {
    expect(result.relations).toContain('uses');
    const [p, d] = result.projects;
    // constructor: Rome 2015, Turin 2016 (funds dates its undated use), Milan 2017, Paris undated; Lyon only funds.
    expect(p).toMatchObject({ id: 'constructor', label: 'constructor', adopters: 4, undated: 1 });
    expect(p!.points).toEqual([
      { year: 2015, added: 1, cumulative: 1 },
      { year: 2016, added: 1, cumulative: 2 },
      { year: 2017, added: 1, cumulative: 3 },
    ]);
    // Decidim: Rome's first year of the pair (2018); the firm is no adopter.
    expect(d).toMatchObject({ id: 'Decidim', adopters: 1, undated: 0, points: [{ year: 2018, added: 1, cumulative: 1 }] });
    expect(result.years).toEqual({ first: 2015, last: 2018 });
    // 7 links (pairs); dated: Rome–c, Milan–c, Turin–c, Lyon–c, Rome–D, Acme–D; adoption: 5, of which 4 dated.
    expect(result.links).toEqual({ total: 7, dated: 6, adoption: 5, adoptionDated: 4 });
  });

  it('computeAdoption(graph) splits each project by country, a `__proto__` country as data, no country last', () => {
    const countries = result.projects[0]!.countries;
    expect(countries.map((c) => [c.id, c.adopters, c.undated])).toEqual([
      ['Italy', 2, 0],
      ['__proto__', 1, 0],
      [UNKNOWN_COUNTRY, 1, 1],
    ]);
    expect(countries[0]!.points).toEqual([
      { year: 2015, added: 1, cumulative: 1 },
      { year: 2017, added: 1, cumulative: 2 },
    ]);
  });

  it('computeAdoption(graph) counts every city–project link when no link says uses, adopts or deploys', () => {
    const r = computeAdoption(
      graphOf('source,source_type,target,target_type,relation,year\nA,city,P,project,funds,2001\nB,city,P,project,,\nF,firm,P,project,funds,1999\n'),
    );
    expect(r.relations).toBe('all');
    expect(r.projects[0]).toMatchObject({ id: 'P', adopters: 2, undated: 1, points: [{ year: 2001, added: 1, cumulative: 1 }] });
  });

  it('computeAdoption(graph, {nodes, edges}) reads only what is shown', () => {
    const g = graphOf(TINY, TINY_NODES);
    const nodes = new Set(g.nodes().filter((n) => n !== 'Milan'));
    const r = computeAdoption(g, { nodes, edges: new Set(g.edges().filter((e) => g.source(e) !== 'Rome' && g.target(e) !== 'Rome')) });
    expect(r.projects.map((p) => [p.id, p.adopters])).toEqual([['constructor', 2]]);
    expect(r.years).toEqual({ first: 2016, last: 2016 });
    expect(computeAdoption(g, { nodes: new Set() }).projects).toEqual([]);
  });

  it('adoptionRows/adoptionCsv write one row per year, an empty year for all-undated series, cells spreadsheet-safe', () => {
    const rows = adoptionRows(result, true);
    expect(rows.filter((r) => r.project === 'constructor').map((r) => [r.country, r.year, r.added, r.cumulative, r.undated])).toEqual([
      ['Italy', 2015, 1, 1, 0],
      ['Italy', 2017, 1, 2, 0],
      ['__proto__', 2016, 1, 1, 0],
      [UNKNOWN_COUNTRY, null, 0, 0, 1],
    ]);
    const csv = adoptionCsv(computeAdoption(graphOf('source,source_type,target,target_type,relation,year\nA,city,=cmd,project,uses,2001\n')), false);
    expect(csv).toBe("project,year,new,cumulative,undated\r\n'=cmd,2001,1,1,0\r\n");
  });
});

/** The definition over raw rows: adopters = city–project pairs with an adoption row; year = the pair's first dated row. */
function reference(edgesPath: string, nodesPath?: string) {
  const rows = Papa.parse<Record<string, string>>(
    readFileSync(edgesPath, 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n'),
    { header: true, skipEmptyLines: true },
  ).data;
  const country = new Map<string, string>();
  if (nodesPath)
    for (const n of Papa.parse<Record<string, string>>(readFileSync(nodesPath, 'utf8'), { header: true, skipEmptyLines: true }).data)
      country.set(n['id']!.trim(), n['country']?.trim() ?? '');
  const adopting = new Set<string>();
  const first = new Map<string, number>();
  for (const r of rows) {
    const [c, p] = r['source_type'] === 'city' && r['target_type'] === 'project' ? [r['source'], r['target']] : [r['target'], r['source']];
    if (!((r['source_type'] === 'city' && r['target_type'] === 'project') || (r['target_type'] === 'city' && r['source_type'] === 'project'))) continue;
    const pair = JSON.stringify([p!.trim(), c!.trim()]);
    if (['uses', 'adopts', 'deploys', 'implements', 'installs', 'runs'].includes(r['relation']!.trim().toLowerCase())) adopting.add(pair);
    const y = Number.parseInt(r['year'] ?? '', 10);
    if (Number.isFinite(y)) first.set(pair, Math.min(first.get(pair) ?? Infinity, y));
  }
  const totals = new Map<string, { total: number; undated: number; last: Map<number, number> }>();
  for (const pair of adopting) {
    const [p, c] = JSON.parse(pair) as [string, string];
    const key = `${p}\u0000${country.get(c) || UNKNOWN_COUNTRY}`;
    for (const k of [p, key]) {
      const t = totals.get(k) ?? { total: 0, undated: 0, last: new Map() };
      totals.set(k, t);
      t.total++;
      const y = first.get(pair);
      if (y === undefined) t.undated++;
      else t.last.set(y, (t.last.get(y) ?? 0) + 1);
    }
  }
  return totals;
}

describe('computeAdoption on files, against the reference over raw rows', () => {
  for (const [name, edges, nodes] of [
    ['the seeded synthetic fixture', 'test/fixtures/time/adoption-edges.csv', 'test/fixtures/time/adoption-nodes.csv'],
    ['the default dataset', 'data/default-edges.csv', 'data/default-nodes.csv'],
    ['the municipal dataset', 'data/municipal-edges.csv', 'data/municipal-nodes.csv'],
  ] as const) {
    it(`computeAdoption(${name}) agrees with the definition per project and per country`, () => {
      const g = graphOf(readFileSync(edges, 'utf8'), readFileSync(nodes, 'utf8'));
      const result = computeAdoption(g);
      const expected = reference(edges, nodes);
      const check = (key: string, s: { adopters: number; undated: number; points: { year: number; added: number }[] }) => {
        const t = expected.get(key)!;
        expect({ key, adopters: s.adopters, undated: s.undated, added: s.points.map((p) => [p.year, p.added]) }).toEqual({
          key,
          adopters: t.total,
          undated: t.undated,
          added: [...t.last].sort((a, b) => a[0] - b[0]),
        });
      };
      let projects = 0;
      for (const p of result.projects) {
        expect(g.hasNode(nodeKey(p.id))).toBe(true);
        check(p.id, p);
        for (const c of p.countries) check(`${p.id}\u0000${c.id}`, c);
        projects++;
      }
      expect(projects).toBe([...expected.keys()].filter((k) => !k.includes('\u0000')).length);
    });
  }

  it('computeAdoption(synthetic fixture) keeps the __proto__ project and country, and every adopter dated or undated', () => {
    const g = graphOf(readFileSync('test/fixtures/time/adoption-edges.csv', 'utf8'), readFileSync('test/fixtures/time/adoption-nodes.csv', 'utf8'));
    const r = computeAdoption(g);
    expect(r.projects.map((p) => [p.id, p.adopters])).toEqual([
      ['Decidim', 30],
      ['CONSUL', 18],
      ['Signalen', 9],
      ['__proto__', 5],
    ]);
    expect(r.projects[0]!.countries.map((c) => c.id)).toContain('__proto__');
    for (const p of r.projects) expect(p.undated + (p.points.at(-1)?.cumulative ?? 0)).toBe(p.adopters);
  });

  it('computeAdoption(municipal dataset): 24 of 6,996 links dated, 4 of its 6,125 adoption links (by a funding or MoU row of the pair)', () => {
    const read = (f: string) => readFileSync(`data/municipal-${f}.csv`, 'utf8');
    const r = computeAdoption(graphOf(read('edges'), read('nodes')));
    expect(r.links).toEqual({ total: 6996, dated: 24, adoption: 6125, adoptionDated: 4 });
    expect(r.years).toEqual({ first: 2021, last: 2025 });
  });
});
