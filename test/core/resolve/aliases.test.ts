/**
 * The aliases file: readAliases (header, chains, conflicts, cycles, with
 * file, line and column in every error) and analyze with an aliases file
 * (links of merged ids merged as repeated pairs are, fields filled, the
 * `aliases` attribute, the issues and the file's SHA-256 in the report).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { buildReport } from '../../../src/core/analysis/report';
import { getOwn } from '../../../src/core/util/dict';
import { AliasFileError, readAliases } from '../../../src/core/resolve/aliases';

const thrown = (text: string): AliasFileError => {
  try {
    readAliases(text, 'aliases.csv');
  } catch (e) {
    if (e instanceof AliasFileError) return e;
    throw e;
  }
  throw new Error('readAliases did not throw');
};

describe('readAliases', () => {
  test('follows chains to the last canonical and ignores extra columns and blank rows', () => {
    const t = readAliases('alias,canonical,note\nParma,Comune di Parma,decidim\n\nComune Parma,Parma,typo\n', 'aliases.csv');
    expect([...t.canonicalOf]).toEqual([
      ['Parma', 'Comune di Parma'],
      ['Comune Parma', 'Comune di Parma'],
    ]);
    expect(t.entries.get('Comune Parma')?.line).toBe(4);
  });

  test('reads semicolons, quotes and a BOM as the data readers do', () => {
    const t = readAliases('\uFEFFalias;canonical\n"Forlì, Cesena";Forlì-Cesena\n', 'a.csv');
    expect(t.canonicalOf.get('Forlì, Cesena')).toBe('Forlì-Cesena');
  });

  test('reads the columns by their other names and keeps the readers’ warnings', () => {
    const t = readAliases('Variant,Merge into\nA,B,extra\n', 'a.csv');
    expect([t.columns, [...t.canonicalOf]]).toEqual([{ alias: 'Variant', canonical: 'Merge into' }, [['A', 'B']]]);
    expect(t.issues.detailed.map((i) => i.code)).toEqual(['field-count']);
  });

  test('refuses a file without the two columns, naming the file and line 1', () => {
    const e = thrown('from,to\nA,B\n');
    expect([e.code, e.file, e.line]).toEqual(['aliases-header', 'aliases.csv', 1]);
    expect(e.message).toMatch(/^aliases\.csv line 1:/);
  });

  test('refuses an alias given two canonicals, at the second row', () => {
    const e = thrown('alias,canonical\nA,B\nC,D\nA,E\n');
    expect([e.code, e.line, e.column]).toEqual(['aliases-conflict', 4, 'canonical']);
    expect(e.message).toContain("'B' on line 2");
  });

  test('refuses a cycle and names its rows', () => {
    const e = thrown('alias,canonical\nA,B\nB,C\nC,A\n');
    expect(e.code).toBe('aliases-cycle');
    expect(e.message).toContain("'A' (line 2) → 'B' (line 3) → 'C' (line 4) → 'A' (line 2)");
  });

  test('refuses a row with one empty cell', () => {
    const e = thrown('alias,canonical\nA,\n');
    expect([e.code, e.line, e.column]).toEqual(['aliases-empty', 2, 'canonical']);
  });
});

describe('analyze with an aliases file', () => {
  const edges = [
    'source,source_type,target,target_type,relation,year,evidence',
    'Parma,city,Decidim,project,uses,2019,https://decidim.org/parma',
    'Comune di Parma,city,Decidim,project,uses,,https://publiccode/parma',
    'Comune di Parma,city,PiTre,project,uses,,https://publiccode/pitre',
    'Parma,city,Comune di Parma,city,member_of,,https://example/self',
    'Lecce,city,PiTre,project,uses,,https://publiccode/lecce',
  ].join('\n');
  const nodes = ['id,label,type,country,lat,lon', 'Parma,Parma,city,,44.80,10.33', 'Comune di Parma,Comune di Parma,city,IT,,'].join('\n');
  const aliases = 'alias,canonical\nParma,Comune di Parma\nPalermo,Comune di Palermo\n';
  const run = (withAliases: boolean) =>
    analyze(
      {
        edges: { name: 'edges.csv', text: edges },
        nodes: { name: 'nodes.csv', text: nodes },
        ...(withAliases ? { aliases: { name: 'aliases.csv', text: aliases, sha256: 'ab'.repeat(32) } } : {}),
      },
      resolveAnalysisOptions({}),
    );

  test('merges the alias into its canonical: one node, its links merged with weights, years and evidence kept', () => {
    const before = run(false).graph;
    const { graph } = run(true);
    expect([before.order, graph.order]).toEqual([5, 4]);
    expect(graph.hasNode('Parma')).toBe(false);
    const link = graph.getEdgeAttributes(graph.edge('Comune di Parma', 'Decidim')!);
    expect([link.weight, link.years, link.evidence]).toEqual([2, [2019], ['https://decidim.org/parma', 'https://publiccode/parma']]);
  });

  test('the canonical keeps its own fields, takes the alias’s empty ones, and lists its aliases', () => {
    const a = run(true).graph.getNodeAttributes('Comune di Parma');
    expect([a.label, a.country, a.lat, a.lon]).toEqual(['Comune di Parma', 'IT', 44.8, 10.33]);
    expect(getOwn(a.extra, 'aliases')).toBe('Parma');
  });

  test('says what it merged, dropped and did not find, and records the file and its SHA-256', () => {
    const analysis = run(true);
    const byCode = (code: string) => analysis.issues.detailed.filter((i) => i.code === code);
    expect(byCode('alias-merged').map((i) => [i.file, i.line])).toEqual([['aliases.csv', 2]]);
    expect(byCode('alias-merged')[0]!.message).toContain("'Parma' was merged into 'Comune di Parma' (2 link rows and 1 node row)");
    expect(byCode('alias-self-loop')[0]!.message).toContain('edges.csv line 5');
    expect(byCode('alias-unused').map((i) => [i.line, i.column])).toEqual([[3, 'alias']]);
    expect(byCode('repeated-pair')).toHaveLength(1);
    const report = buildReport(analysis);
    // Rows kept: the link between Parma and Comune di Parma was dropped, Parma's node row merged into its canonical's.
    expect(report.input.files.map((f) => [f.role, f.name, f.rows])).toEqual([
      ['edges', 'edges.csv', 4],
      ['nodes', 'nodes.csv', 1],
      ['aliases', 'aliases.csv', 1],
    ]);
    expect(getOwn(report.input.sha256, 'aliases.csv')).toBe('ab'.repeat(32));
  });

  test('the merge messages name ids of public bodies whole (74 characters), and cut one past 200', () => {
    const long = "Agenzia regionale per la protezione dell'ambiente della Basilicata - ARPAB";
    const alias = "ARPA Basilicata - Agenzia Regionale per la Protezione dell'Ambiente";
    const huge = 'X'.repeat(250);
    const r = analyze(
      {
        edges: { name: 'e.csv', text: `source,target\n${alias},P\n${long},Q\n${huge},P\n` },
        aliases: { name: 'a.csv', text: `alias,canonical\n"${alias}","${long}"\n"${huge}",P2\n` },
      },
      resolveAnalysisOptions({}),
    );
    const merged = r.issues.detailed.filter((i) => i.code === 'alias-merged').map((i) => i.message);
    expect(merged[0]).toBe(`a.csv line 2: '${alias}' was merged into '${long}' (1 link row); its links and fields now belong to '${long}'`);
    expect(merged[1]).toContain(`'${'X'.repeat(60)}…' (250 characters) was merged into 'P2'`);
  });

  test('an alias named like an Object member is data', () => {
    const r = analyze(
      { edges: { name: 'e.csv', text: 'source,target\nconstructor,P\nX,P\n' }, aliases: { name: 'a.csv', text: 'alias,canonical\nconstructor,X\n' } },
      resolveAnalysisOptions({}),
    );
    expect(r.graph.order).toBe(2);
    expect(r.graph.getEdgeAttribute(r.graph.edge('X', 'P')!, 'weight')).toBe(2);
    expect(getOwn(r.graph.getNodeAttribute('X', 'extra'), 'aliases')).toBe('constructor');
  });
});

describe('provenance of an analysis with an aliases file', () => {
  test('lists the aliases file with its SHA-256 and gives --aliases in the command that reproduces it', async () => {
    const { buildProvenance, provenanceCommand, provenanceLines } = await import('../../../src/core/export/provenance');
    const analysis = analyze(
      {
        edges: { name: 'edges.csv', text: 'source,target\nParma,P\nComune di Parma,P\n', sha256: 'cd'.repeat(32) },
        aliases: { name: 'my aliases.csv', text: 'alias,canonical\nParma,Comune di Parma\n', sha256: 'ef'.repeat(32) },
      },
      resolveAnalysisOptions({}),
    );
    const p = buildProvenance({ report: buildReport(analysis), view: 'network', layout: { kind: 'force', seed: 1 } });
    expect(p.inputs.map((f) => [f.role, f.name, f.sha256])).toEqual([
      ['edges', 'edges.csv', 'cd'.repeat(32)],
      ['aliases', 'my aliases.csv', 'ef'.repeat(32)],
    ]);
    expect(provenanceCommand(p)).toMatch(/^npm run atlas -- analyze edges\.csv --aliases 'my aliases\.csv' /);
    expect(provenanceLines(p).find((l) => l.startsWith('Input:'))).toContain(`my aliases.csv (1 of 1 rows used, sha256 ${'ef'.repeat(32)})`);
  });
});
