/** `atlas analyze --gexf --graphml --nodes-csv --edges-csv`, run in-process through `main`, and the files parsed back. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { writeAnalysisExports, writeChunks } from '../../src/cli/exports';
import { decodeXmlText } from '../../src/core/export/xml-text';
import { APP_VERSION } from '../../src/core/version';
import { defaultAnalysis } from '../core/export/default-dataset';
import { findAll, readXml } from '../core/export/xml-reader';

import { atlas } from './run-atlas';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-exports-'));

describe('atlas analyze export flags', () => {
  const out = (name: string) => join(tmp, name);
  const run = atlas(
    'analyze',
    'data/default-edges.csv',
    '--nodes',
    'data/default-nodes.csv',
    '--seed',
    '7',
    '--pagerank-damping',
    '0.9',
    '--out',
    out('report.json'),
    '--gexf',
    out('map.gexf'),
    '--graphml',
    out('map.graphml'),
    '--nodes-csv',
    out('nodes.csv'),
    '--edges-csv',
    out('edges.csv'),
  );
  const report = run.code === 0 ? JSON.parse(readFileSync(out('report.json'), 'utf8')) : undefined;

  it('exits 0 and says which files it wrote', () => {
    expect(run.stderr).not.toMatch(/atlas:/);
    expect(run.code).toBe(0);
    for (const f of ['map.gexf', 'map.graphml', 'nodes.csv', 'edges.csv']) expect(run.stdout).toContain(`Wrote ${out(f)}`);
  });

  it('--gexf writes a laid-out, coloured GEXF 1.3 whose measures equal the report', () => {
    const text = readFileSync(out('map.gexf'), 'utf8');
    expect(text.match(/<viz:color r="\d+" g="\d+" b="\d+"\/>/g)).toHaveLength(282);
    expect(text).toContain(`<creator>Partnership Atlas ${APP_VERSION}</creator>`);
    expect(text).toContain(report.input.sha256['default-edges.csv']);
    expect(text).toContain('--seed 7 --betweenness auto --pagerank-damping 0.9');
    const g = parseGexf(UndirectedGraph, text);
    expect(g.order).toBe(282);
    expect(g.size).toBe(report.stats.edges);
    const xs = new Set<number>();
    for (const n of report.nodes) {
      const a = g.getNodeAttributes(n.id);
      expect(a['type']).toBe(n.type);
      expect(Math.abs(a['pagerank'] - n.pagerank)).toBeLessThan(1e-9);
      expect(a['community']).toBe(n.community);
      expect(Number.isFinite(a['x']) && Number.isFinite(a['y'])).toBe(true);
      xs.add(a['x']);
    }
    expect(xs.size).toBeGreaterThan(250); // really laid out, not stacked
  });

  it('--graphml writes every node and edge with the report measures', () => {
    const g = parseGraphml(UndirectedGraph, readFileSync(out('map.graphml'), 'utf8'));
    expect(g.order).toBe(282);
    expect(g.size).toBe(report.stats.edges);
    const decidim = report.nodes.find((n: { id: string }) => n.id === 'Decidim');
    expect(g.getNodeAttribute('Decidim', 'betweenness')).toBeCloseTo(decidim.betweenness, 9);
    expect(JSON.parse(g.getAttribute('provenance')).params.seed).toBe(7);
  });

  it('--nodes-csv and --edges-csv write provenance comments then one row per node and per edge', () => {
    const nodes = readFileSync(out('nodes.csv'), 'utf8').split('\r\n').filter(Boolean);
    const comments = nodes.filter((l) => l.startsWith('"#'));
    expect(comments[0]).toMatch(/^"# Partnership Atlas .*"$/);
    const data = nodes.filter((l) => !l.startsWith('"#'));
    expect(data).toHaveLength(283);
    expect(data[0]).toMatch(/^id,label,type,country,kind,lat,lon,url,degree,/);
    const edges = readFileSync(out('edges.csv'), 'utf8')
      .split('\r\n')
      .filter((l) => l && !l.startsWith('"#'));
    expect(edges[0]).toMatch(/^source,target,weight,relations,years,evidence,lines/);
    expect(edges).toHaveLength(report.stats.edges + 1);
  });
});

describe('atlas analyze exports of hostile ids and columns', () => {
  // Ids named like Object members and with control characters; a nodes file whose extra columns are called constructor, toString and __proto__ (some cells empty).
  const dir = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  const file = (name: string) => join(dir, name);
  writeFileSync(file('e.csv'), 'source,target,relation\nconstructor,__proto__,uses\nProj\u0002ctl,toString,uses\nCtrl\u0001Char,CtrlChar,uses\n');
  writeFileSync(file('n.csv'), 'id,type,constructor,toString,__proto__\nconstructor,city,c1,,p1\ntoString,firm,,t2,\nCtrlChar,firm,,,\n');
  const run = atlas(
    'analyze',
    file('e.csv'),
    '--nodes',
    file('n.csv'),
    '--quiet',
    '--gexf',
    file('m.gexf'),
    '--graphml',
    file('m.graphml'),
    '--nodes-csv',
    file('n-out.csv'),
    '--edges-csv',
    file('e-out.csv'),
  );
  const ids = ['constructor', '__proto__', 'Proj\u0002ctl', 'toString', 'Ctrl\u0001Char', 'CtrlChar'];
  const extra = new Map([
    ['constructor', ['c1', '', 'p1']],
    ['toString', ['', 't2', '']],
  ]); // constructor, toString, __proto__ columns

  it('exits 0 (a nodes column called constructor made --gexf fail with "text.replace is not a function")', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('--gexf and --graphml are well-formed XML whose ids decode to the distinct ids of the files, with the extra columns exact', () => {
    for (const name of ['m.gexf', 'm.graphml']) {
      const root = readXml(readFileSync(file(name), 'utf8'));
      const nodes = findAll(root, 'node');
      expect(new Set(nodes.map((n) => decodeXmlText(n.attributes.get('id')!)))).toEqual(new Set(ids));
      const titles = new Map(
        [...findAll(root, 'attribute'), ...findAll(root, 'key')].map((k) => [
          k.attributes.get('id')!,
          k.attributes.get('title') ?? k.attributes.get('attr.name')!,
        ]),
      );
      for (const n of nodes) {
        const values = new Map([
          ...findAll(n, 'attvalue').map((v) => [titles.get(v.attributes.get('for')!)!, v.attributes.get('value')!] as const),
          ...findAll(n, 'data').map((d) => [titles.get(d.attributes.get('key')!)!, d.text] as const),
        ]);
        const expected = extra.get(decodeXmlText(n.attributes.get('id')!)) ?? ['', '', ''];
        expect(
          ['constructor', 'toString', '__proto__'].map((c) => values.get(c) ?? ''),
          `${name} ${n.attributes.get('id')}`,
        ).toEqual(expected);
      }
    }
  });

  it('--nodes-csv and --edges-csv write the ids and leave empty cells empty', () => {
    const rows = (name: string) => Papa.parse<string[]>(readFileSync(file(name), 'utf8'), { skipEmptyLines: true }).data.filter((r) => !r[0]!.startsWith('#'));
    const [header, ...nodes] = rows('n-out.csv');
    expect(nodes.map((r) => r[0])).toEqual(ids);
    const at = (c: string) => header!.indexOf(c);
    for (const r of nodes) expect([r[at('constructor')], r[at('toString')], r[at('__proto__')]]).toEqual(extra.get(r[0]!) ?? ['', '', '']);
    expect(
      rows('e-out.csv')
        .slice(1)
        .map((r) => [r[0], r[1]]),
    ).toEqual([
      ['constructor', '__proto__'],
      ['Proj\u0002ctl', 'toString'],
      ['Ctrl\u0001Char', 'CtrlChar'],
    ]);
  });
});

describe('writeAnalysisExports', () => {
  it('writes GEXF 1.2draft when gexfVersion asks for it', () => {
    const { analysis, report } = defaultAnalysis();
    const path = join(tmp, 'v12.gexf');
    expect(writeAnalysisExports(analysis, report, { gexf: path, gexfVersion: '1.2draft' })).toEqual([path]);
    const root = readXml(readFileSync(path, 'utf8'));
    expect(root.attributes.get('version')).toBe('1.2');
    expect(root.uri).toBe('http://www.gexf.net/1.2draft');
    expect(findAll(root, 'node')).toHaveLength(282);
  });

  it('writes a file chunk by chunk: the file holds the chunks joined, as UTF-8, astral characters whole', () => {
    const path = join(tmp, 'chunks.txt');
    writeFileSync(path, 'longer old content that must go away entirely');
    const chunks = ['a\u00e9', '', '\ud83d\ude00'.repeat(40_000), '\u{1d11e}z'];
    writeChunks(path, chunks);
    expect(readFileSync(path, 'utf8')).toBe(chunks.join(''));
    expect(readFileSync(path).length).toBe(Buffer.byteLength(chunks.join(''), 'utf8'));
  });

  it('leaves no half file behind when a chunk cannot be made, and the error goes on', () => {
    const path = join(tmp, 'broken.txt');
    const broken = (function* () {
      yield 'first part';
      throw new RangeError('no more');
    })();
    expect(() => writeChunks(path, broken)).toThrow(RangeError);
    expect(existsSync(path)).toBe(false);
  });
});
