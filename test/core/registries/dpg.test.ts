/**
 * readDpgNominee on six real DPG nominee files (test/fixtures/registries/dpg/,
 * public domain, data/README.md): organisations → the nominee with the
 * registry's own org_type as the relation, values read off the files by hand;
 * the old schema without organisations; an organisation with the project's
 * own name; a file with tabs; broken and hostile JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEdges, readNodes } from '../../../src/core/csv';
import { importRegistry, registryOfFile } from '../../../src/core/registries';

const DIR = new URL('../../fixtures/registries/dpg/', import.meta.url).pathname;
const FILES = readdirSync(DIR).sort();
const one = (name: string, text = readFileSync(DIR + name, 'utf8')) => importRegistry('dpg', [{ path: name, evidence: `nominees/${name}`, text }]);
const links = (t: ReturnType<typeof one>) =>
  t.summary().links === 0 ? [] : readEdges(t.edgesCsv(), { file: 'e.csv' }).rows.map((r) => `${r.source} -${r.relation}-> ${r.target}`);

describe('readDpgNominee on real files', () => {
  it('reads the six files: one project each, nine links, one same-name warning', () => {
    const t = importRegistry(
      'dpg',
      FILES.map((f) => ({ path: f, evidence: f, text: readFileSync(DIR + f, 'utf8') })),
    );
    expect(t.summary()).toMatchObject({ files: 6, filesRead: 6, projects: 6, links: 9, errors: 0 });
    expect(t.issues.map((i) => [i.file, i.code, i.line])).toEqual([['consul.json', 'same-name', 25]]);
  });

  it('AccessMod: owner, implementer and funder, each with its website', () => {
    const t = one('accessmod.json');
    expect(links(t)).toEqual([
      'University of Geneva/Institute for Environmental Sciences/EnviroSPACE Lab -owner-> AccessMod',
      'Health GeoLab Collaborative -implementer-> AccessMod',
      'The World Health Organization -funder-> AccessMod',
    ]);
    const nodes = readNodes(t.nodesCsv(), { file: 'n.csv' }).rows;
    expect(nodes.find((n) => n.id === 'AccessMod')).toMatchObject({
      type: 'project',
      url: 'https://www.accessmod.org/',
      kind: 'software (DPG registry, nominee)',
    });
    expect(nodes.find((n) => n.id === 'The World Health Organization')?.url).toBe('https://www.who.int/');
    expect(readEdges(t.edgesCsv(), { file: 'e.csv' }).rows[0]!.evidence).toBe('nominees/accessmod.json');
  });

  it('Apache Fineract: two owners; Altinn: a public agency guessed as a city (public body)', () => {
    expect(links(one('apache-fineract.json'))).toEqual(['The Apache Software Foundation -owner-> Apache Fineract', 'Mifos -owner-> Apache Fineract']);
    const altinn = readNodes(one('altinn.json').nodesCsv(), { file: 'n.csv' }).rows;
    expect(altinn.find((n) => n.id === 'Norwegian Digitalisation Agency')).toMatchObject({ type: 'city', kind: 'public body (guessed from the name)' });
  });

  it('DHIS2 (tabs between tokens): the funder is read; no warning', () => {
    const t = one('dhis2.json');
    expect(readFileSync(DIR + 'dhis2.json', 'utf8')).toContain('{\t\n');
    expect(links(t)).toEqual(['Health Information Systems Programme (HISP), University of Oslo -owner-> DHIS2', 'Norad -funder-> DHIS2']);
    expect(t.issues).toEqual([]);
  });

  it('Consul owned by "Consul": the organisation becomes "Consul [firm]" and the link is kept', () => {
    expect(links(one('consul.json'))).toEqual(['Consul [firm] -owner-> Consul']);
  });

  it('MOSIP (the first schema, no organizations): a project alone, named by name, not initialism', () => {
    const t = one('mosip.json');
    expect(t.summary()).toMatchObject({ projects: 1, links: 0 });
    expect(t.nodesCsv()).toContain('Modular Open Source Identity Plaform,project,https://mosip.io/');
  });
});

describe('readDpgNominee on broken and hostile input', () => {
  it('a trailing comma is a json-error warning, and the organisations are still read', () => {
    const t = one('comma.json', '{"name": "X", "organizations": [{"name": "Acme Ltd", "org_type": "Owner",}],}');
    expect(t.issues.map((i) => i.code)).toEqual(['json-error']);
    expect(links(t)).toEqual(['Acme Ltd -owner-> X']);
  });

  it('a missing org_type links as organisation, with a no-role warning at its line', () => {
    const t = one('norole.json', '{\n  "name": "X",\n  "organizations": [\n    {"name": "Acme"}\n  ]\n}\n');
    expect(links(t)).toEqual(['Acme -organisation-> X']);
    expect(t.issues).toMatchObject([{ code: 'no-role', line: 4 }]);
  });

  it('a cut file, a list and hostile names: never a throw, each said', () => {
    const t = importRegistry('dpg', [
      { path: 'cut.json', evidence: 'e', text: '{"name": "Cut", "organizations": [{"name": "A", "org_t' },
      { path: 'list.json', evidence: 'e', text: '[1, 2]' },
      { path: 'proto.json', evidence: 'e', text: '{"name": "__proto__", "organizations": [{"name": "constructor", "org_type": "toString"}]}' },
    ]);
    expect(t.issues.filter((i) => i.severity === 'error').map((i) => [i.file, i.code])).toEqual([['list.json', 'not-a-record']]);
    expect(t.issues.filter((i) => i.code === 'json-error').map((i) => i.file)).toEqual(['cut.json']);
    expect(links(t)).toContain('constructor -tostring-> __proto__');
  });

  it('registryOfFile tells nominee JSON from other JSON, and YAML by its extension', () => {
    expect(registryOfFile('x.json', readFileSync(DIR + 'altinn.json', 'utf8'))).toBe('dpg');
    expect(registryOfFile('package.json', '{"name": "x", "version": "1.0.0"}')).toBeUndefined();
    expect(registryOfFile('publiccode.YAML', 'name: x')).toBe('publiccode');
    expect(registryOfFile('edges.csv', 'source,target')).toBeUndefined();
  });
});
