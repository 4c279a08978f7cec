/**
 * readPubliccode on twelve real publiccode.yml files (test/fixtures/
 * registries/publiccode/, licences in data/README.md) and on messy variants
 * synthesised from them: the links each file states, checked against values
 * read off the files by hand or by a line scan independent of the YAML
 * parser; warnings with their lines; hostile names; files that give nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { readEdges, readNodes } from '../../../src/core/csv';
import { importRegistry } from '../../../src/core/registries';

const DIR = new URL('../../fixtures/registries/publiccode/', import.meta.url).pathname;
const FILES = readdirSync(DIR).sort();
const text = (name: string) => readFileSync(DIR + name, 'utf8');
const one = (name: string, body = text(name)) => importRegistry('publiccode', [{ path: name, evidence: `https://example.org/${name}`, text: body }]);
const rows = (t: ReturnType<typeof one>) => (t.summary().links === 0 ? [] : readEdges(t.edgesCsv(), { file: 'e.csv' }).rows);

/** The top-level `usedBy` block's entries by a line scan: `usedBy:` at column 0, then `  - name` lines. */
function scanUsedBy(body: string): string[] {
  const lines = body.split('\n');
  const at = lines.findIndex((l) => /^usedBy:\s*$/.test(l));
  if (at < 0) return [];
  const out: string[] = [];
  for (const l of lines.slice(at + 1)) {
    const m = /^\s+- (.*)$/.exec(l);
    if (!m) break;
    out.push(m[1]!.trim().replace(/\s+/g, ' '));
  }
  return [...new Set(out)];
}

describe('readPubliccode on real files', () => {
  it('reads all twelve files, each giving its project, with no warning', () => {
    expect(FILES).toHaveLength(12);
    const t = importRegistry(
      'publiccode',
      FILES.map((f) => ({ path: f, evidence: f, text: text(f) })),
    );
    const s = t.summary();
    expect([s.files, s.filesRead, s.projects, s.errors, s.warnings]).toEqual([12, 12, 12, 0, 0]);
    expect(t.issues).toEqual([]);
  });

  it.each(FILES)('%s: every top-level usedBy entry becomes a city that uses the project', (name) => {
    const uses = rows(one(name)).filter((r) => r.relation === 'uses');
    expect(uses.map((r) => r.source)).toEqual(scanUsedBy(text(name)));
    for (const r of uses) expect(r.evidence).toBe(`https://example.org/${name}`);
  });

  it('AgID/pat: 174 users, ISWEB maintains until 2022-07-31 with its website, AgID develops', () => {
    const t = one('AgID-pat.yml');
    const r = rows(t);
    expect(r.filter((x) => x.relation === 'uses')).toHaveLength(174);
    const isweb = r.find((x) => x.relation === 'maintains')!;
    expect([isweb.source, isweb.target, isweb.attributes['until']]).toEqual(['ISWEB S.p.A.', 'PAT - Portale Amministrazione Trasparente', '2022-07-31']);
    expect(r.find((x) => x.relation === 'develops')?.source).toBe("AgID - Agenzia per l'Italia Digitale");
    const nodes = readNodes(t.nodesCsv(), { file: 'n.csv' }).rows;
    expect(nodes.find((n) => n.id === 'ISWEB S.p.A.')).toMatchObject({ type: 'firm', url: 'https://www.isweb.it' });
    expect(nodes.find((n) => n.id === 'PAT - Portale Amministrazione Trasparente')).toMatchObject({ type: 'project', url: 'https://github.com/AgID/pat' });
    // Trailing spaces in the file ("Automobile Club Torino  ") are trimmed.
    expect(r.some((x) => x.source === 'Automobile Club Torino')).toBe(true);
  });

  it('open-zaak (0.2, .yaml): 8 municipalities, Maykin Media maintains, based on gemma-zaken, Dimpact develops', () => {
    const r = rows(one('open-zaak-open-zaak.yaml'));
    const by = (rel: string) => r.filter((x) => x.relation === rel).map((x) => `${x.source} > ${x.target}`);
    expect(by('uses')).toHaveLength(8);
    expect(by('maintains')).toEqual(['Maykin Media > Open Zaak']);
    expect(by('based_on')).toEqual(['Open Zaak > https://github.com/VNG-Realisatie/gemma-zaken']);
    expect(by('develops')).toEqual(['Dimpact > Open Zaak']);
    expect(r.find((x) => x.relation === 'maintains')?.attributes['until']).toBeUndefined();
  });

  it('Bmore-Responsive (no final newline, trailing spaces): legal.repoOwner stands in for the missing mainCopyrightOwner', () => {
    expect(text('CodeForBaltimore-Bmore-Responsive.yml').endsWith('\n')).toBe(false);
    const r = rows(one('CodeForBaltimore-Bmore-Responsive.yml'));
    expect(r.map((x) => [x.source, x.relation, x.target, x.attributes['note']])).toEqual([
      ['Code for Baltimore', 'develops', 'Bmore-Responsive', 'legal.repoOwner'],
    ]);
  });

  it('Catala: the fundedBy entry funds the project; Comune-Milano gives a project with no link', () => {
    expect(rows(one('CatalaLang-catala.yml')).find((x) => x.relation === 'funds')?.source).toBe(
      'Institut National de Recherche en Informatique et en Automatique (INRIA)',
    );
    const milano = one('Comune-Milano-Whistleblowing.yml');
    expect(milano.summary()).toMatchObject({ projects: 1, links: 0 });
    expect(milano.nodesCsv()).toContain('Whistleblowing,project');
  });

  it('Città metropolitana di Venezia (accented, as owner) is guessed a public body, a usedBy company keeps type city with its legal form in the kind', () => {
    const sigeo = readNodes(one('CittaMetropolitanaVenezia-DeSK-KitRiuso-SIGEO.yml').nodesCsv(), { file: 'n.csv' }).rows;
    expect(sigeo.find((n) => n.id === 'Città metropolitana di Venezia')).toMatchObject({ type: 'city' });
    const geo = readNodes(one('CSTSistemiSUD-GeoCity.yml').nodesCsv(), { file: 'n.csv' }).rows;
    expect(geo.find((n) => n.id === 'CST Sistemi Sud S.r.l.')).toMatchObject({ type: 'city', kind: 'company (legal form in the name; publiccode usedBy)' });
  });
});

describe('readPubliccode on messy variants of real files', () => {
  const signals = text('Amsterdam-signals-frontend.yml');
  const users = ['Gemeente Amsterdam', "Gemeente 's-Hertogenbosch"];
  const usersOf = (t: ReturnType<typeof one>) =>
    rows(t)
      .filter((r) => r.relation === 'uses')
      .map((r) => r.source);

  it('a TAB after a key is read as a space', () => {
    const t = one('tab.yml', signals.replace('name: Signalen frontend', 'name:\tSignalen frontend'));
    expect(t.issues).toEqual([]);
    expect(rows(t)[0]!.target).toBe('Signalen frontend');
  });

  it('a usedBy block indented under description is read, with a misplaced-key warning at its line', () => {
    const moved = signals
      .replace("usedBy:\n  - Gemeente Amsterdam\n  - Gemeente 's-Hertogenbosch\n", '')
      .replace('description:\n', "description:\n  usedBy:\n    - Gemeente Amsterdam\n    - Gemeente 's-Hertogenbosch\n");
    const t = one('moved.yml', moved);
    expect(usersOf(t)).toEqual(users);
    const line = moved.split('\n').findIndex((l) => l.trim() === 'usedBy:') + 1;
    expect(t.issues).toMatchObject([{ code: 'misplaced-key', line, severity: 'warning' }]);
    expect(t.issues[0]!.message).toMatch(/^moved\.yml line \d+: 'usedBy' is written under 'description'/);
  });

  it('a repeated usedBy key: both lists are read, with a duplicate-key warning naming both lines', () => {
    const t = one('dup.yml', signals + 'usedBy:\n  - Gemeente Utrecht\n');
    expect(usersOf(t)).toEqual([...users, 'Gemeente Utrecht']);
    const last = signals.split('\n').length;
    expect(t.issues).toMatchObject([{ code: 'duplicate-key', line: last }]);
    expect(t.issues[0]!.message).toContain('(first at line 13)');
  });

  it('contractors: [] gives no link and no warning; an unquoted until date stays as written', () => {
    const empty = one('empty.yml', signals.replace('  type: community\n', '  type: community\n  contractors: []\n'));
    expect(empty.summary().byRelation).toEqual(
      new Map([
        ['uses', 2],
        ['develops', 1],
      ]),
    );
    expect(empty.issues).toEqual([]);
    const t = one(
      'date.yml',
      signals.replace('maintenance:\n  type: community\n', 'maintenance:\n  type: contract\n  contractors:\n    - name: Acme B.V.\n      until: 2022-07-31\n'),
    );
    expect(rows(t).find((r) => r.relation === 'maintains')?.attributes['until']).toBe('2022-07-31');
  });

  it('a list entry indented one space less is a yaml-error with its line; the rest of the file is still read', () => {
    const broken = signals.replace("  - Gemeente 's-Hertogenbosch", " - Gemeente 's-Hertogenbosch");
    const t = one('broken.yml', broken);
    expect(t.issues.some((i) => i.code === 'yaml-error' && i.line === 15)).toBe(true);
    expect(t.summary().projects).toBe(1);
    expect(usersOf(t)).toContain('Gemeente Amsterdam');
  });

  it('repeated entries and runs of spaces: kept once, folded, each said', () => {
    const t = one('rep.yml', 'name: X\nusedBy:\n  - Comune di  Prato\n  - Comune di Prato\n  - ""\n');
    expect(usersOf(t)).toEqual(['Comune di Prato']);
    expect(t.issues.map((i) => [i.code, i.line])).toEqual([
      ['repeated-entry', 4],
      ['unreadable-entry', 5],
      ['spaces-folded', undefined],
    ]);
  });

  it('a key in another letter case is read with a key-case warning; a name stated as two types keeps the first, with a type-conflict warning', () => {
    const t = importRegistry('publiccode', [
      { path: 'a.yml', evidence: 'a', text: 'name: A\nUsedBy:\n  - Acme\n' },
      { path: 'b.yml', evidence: 'b', text: 'name: B\nmaintenance:\n  contractors:\n    - name: Acme\n' },
    ]);
    expect(t.issues.map((i) => [i.file, i.code, i.line])).toEqual([
      ['a.yml', 'key-case', 2],
      ['b.yml', 'type-conflict', 4],
    ]);
    expect(readNodes(t.nodesCsv(), { file: 'n.csv' }).rows.find((n) => n.id === 'Acme')?.type).toBe('city');
    expect(rows(t).map((r) => r.relation)).toEqual(['uses', 'maintains']);
  });

  it('files that give nothing say why: empty, a list, no name, a name that is a mapping, garbage', () => {
    const t = importRegistry('publiccode', [
      { path: 'empty.yml', evidence: 'e', text: '' },
      { path: 'list.yml', evidence: 'e', text: '- a\n- b\n' },
      { path: 'noname.yml', evidence: 'e', text: 'usedBy:\n  - Comune di Prato\n' },
      { path: 'colon.yml', evidence: 'e', text: 'name: A: B\nusedBy:\n  - X\n' },
      { path: 'junk.yml', evidence: 'e', text: '}{::\u0000\t- - [\n' },
    ]);
    const errors = t.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.file, i.code])).toEqual([
      ['empty.yml', 'not-a-record'],
      ['list.yml', 'not-a-record'],
      ['noname.yml', 'no-name'],
      ['colon.yml', 'no-name'],
      ['junk.yml', 'no-name'],
    ]);
    expect(t.summary()).toMatchObject({ files: 5, filesRead: 0, projects: 0, links: 0, errors: 5 });
  });

  it('hostile names (constructor, __proto__, toString) are ordinary ids through the import and the analysis', () => {
    const t = one(
      'hostile.yml',
      'name: constructor\nusedBy:\n  - __proto__\n  - toString\nmaintenance:\n  contractors:\n    - name: hasOwnProperty\nlegal:\n  mainCopyrightOwner: valueOf\n',
    );
    expect(t.summary()).toMatchObject({ projects: 1, links: 4 });
    const analysis = analyze(
      { edges: { name: 'e.csv', text: t.edgesCsv(), sha256: '' }, nodes: { name: 'n.csv', text: t.nodesCsv(), sha256: '' } },
      resolveAnalysisOptions({ seed: 1 }),
    );
    expect(analysis.graph.order).toBe(5);
    expect(analysis.graph.size).toBe(4);
  });
});
