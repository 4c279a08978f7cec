/** Tests of the core CSV writer and the nodes and edges tables (RFC 4180, CSV-injection neutralisation, provenance comments). */
import { UndirectedGraph } from 'graphology';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeCsvCell, exportEdgesCsv, exportNodesCsv, neutraliseFormula, toCsv } from '../../../src/core/export/csv';
import { buildProvenance, provenanceLines } from '../../../src/core/export/provenance';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { defaultAnalysis, NOW } from './default-dataset';

const provenance = buildProvenance({ report: defaultAnalysis().report, view: 'network', layout: { kind: 'force', seed: 42 }, now: NOW });

/** Three nodes whose labels try every formula trigger. */
function hostileGraph(): AtlasGraph {
  const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  g.addNode('a', { label: '=HYPERLINK("http://x")', type: 'city', country: '+1', lat: -33.5, extra: { note: '@SUM(A1)' } });
  g.addNode('b', { label: '-2', type: 'firm', kind: '\tcmd', extra: {} });
  g.addNode('c', { label: '\rcr', type: 'project', url: 'https://c.example', extra: {} });
  g.addEdgeWithKey('e1', 'a', 'b', {
    weight: 2,
    relations: ['uses', 'funds'],
    years: [2019, 2021],
    evidence: ['https://x; y', '=cmd'],
    lines: [2, 5],
    extra: { note: ['n1', 'n2'] },
  });
  g.addEdgeWithKey('e2', 'b', 'c', { weight: 1, relations: [], years: [], evidence: [], lines: [3], extra: {} });
  return g;
}
const measures = { keys: ['a', 'b', 'c'], values: { degree: Float64Array.of(1, 2, 1), pagerank: Float64Array.of(0.25, -0.5, NaN) } };

/** Data lines of a CSV (comment lines, which start with `"#`, dropped), split naively (the fixtures hold no quoted commas unless asked). */
const dataLines = (csv: string) => csv.split('\r\n').filter((l) => l && !l.startsWith('"#'));

describe('export/csv', () => {
  it('neutraliseFormula and escapeCsvCell neutralise = + - @ tab CR and quote per RFC 4180', () => {
    for (const s of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    expect(escapeCsvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(escapeCsvCell('\rcr')).toBe(`"'\rcr"`);
    expect(escapeCsvCell('\tx')).toBe(`"'\tx"`); // a tab is quoted too
    expect(escapeCsvCell(-2)).toBe('-2');
    expect(escapeCsvCell(Infinity)).toBe('');
  });

  it("escapeCsvCell neutralises the injection cases and a leading ', quotes ; and tab, and keeps numbers numbers", () => {
    expect(escapeCsvCell('=1+1')).toBe(`'=1+1`);
    expect(escapeCsvCell('@SUM(2+2)')).toBe(`'@SUM(2+2)`);
    expect(escapeCsvCell('x;=1+1')).toBe('"x;=1+1"');
    expect(escapeCsvCell('-2')).toBe(`'-2`); // -2 as text
    expect(escapeCsvCell(-2)).toBe('-2'); // -2 as a number
    expect(escapeCsvCell("'quoted")).toBe(`''quoted`); // so a reader removing one leading ' gets 'quoted back
    expect(escapeCsvCell('a\tb')).toBe('"a\tb"');
    expect(escapeCsvCell('@Firm GmbH')).toBe(`'@Firm GmbH`);
    expect(toCsv(['=h', "'h", 'h;i'], [])).toBe(`'=h,''h,"h;i"\r\n`); // headers too
  });

  it('a file named x,=1+1,@SUM(2+2).csv puts no formula into any cell, read with comma or semicolon as separator', () => {
    const hostile = {
      ...provenance,
      inputs: [
        { name: 'x,=1+1,@SUM(2+2).csv', role: 'edges', records: 1, rows: 1 },
        { name: 'y;=2+2;"q".csv', role: 'nodes', records: 1, rows: 1 },
      ],
    };
    const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    g.addNode('=Stadt', { label: '@Firm GmbH', type: '+city', extra: { note: '-2', q: "'quoted" } });
    const csv = exportNodesCsv(g, { measures: { keys: ['=Stadt'], values: { degree: Float64Array.of(-1) } }, provenance: hostile });
    for (const delimiter of [',', ';']) {
      const rows = Papa.parse<string[]>(csv, { delimiter, skipEmptyLines: true }).data;
      expect(rows[0]).toEqual([`# ${provenanceLines(hostile)[0]}`]); // the whole comment line is one cell
      for (const cell of rows.flat()) if (/^[=+\-@\t\r]/.test(cell)) expect(Number.isFinite(Number(cell)), `${delimiter} ${cell}`).toBe(true);
    }
    const comments = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.filter((r) => r[0]!.startsWith('#'));
    expect(comments.map((r) => r.length)).toEqual(comments.map(() => 1));
    expect(comments.map((r) => r[0])).toEqual(provenanceLines(hostile).map((l) => `# ${l}`));
  });

  it('toCsv(header, rows, comments) puts each comment first as one quoted `"# …"` field, line breaks flattened, quotes doubled', () => {
    expect(toCsv(['a'], [[1]], ['made by x', 'two\nlines', 'say "hi"'])).toBe('"# made by x"\r\n"# two lines"\r\n"# say ""hi"""\r\na\r\n1\r\n');
  });

  it('exportNodesCsv neutralises hostile text, keeps numbers numbers, and writes measures after the attributes', () => {
    const csv = exportNodesCsv(hostileGraph(), { measures, provenance });
    const lines = dataLines(csv);
    expect(lines[0]).toBe('id,label,type,country,kind,lat,lon,url,degree,pagerank,note');
    expect(lines[1]).toBe(`a,"'=HYPERLINK(""http://x"")",city,'+1,,-33.5,,,1,0.25,'@SUM(A1)`);
    expect(lines[2]).toBe(`b,'-2,firm,,"'\tcmd",,,,2,-0.5,`);
    expect(csv).toContain(`c,"'\rcr",project,,,,,https://c.example,1,,\r\n`);
  });

  it('exportNodesCsv starts with the provenance as quoted "# …" lines', () => {
    const csv = exportNodesCsv(hostileGraph(), { measures, provenance });
    const comments = csv.split('\r\n').filter((l) => l.startsWith('"#'));
    expect(comments[0]).toMatch(/^"# Partnership Atlas \d+\.\d+\.\d+, exported 2024-05-01T12:00:00\.000Z"$/);
    expect(comments.join('\n')).toContain(provenance.inputs[0]!.sha256!);
    expect(csv.startsWith('"# Partnership Atlas ')).toBe(true);
  });

  it('exportNodesCsv with visible writes only those nodes; indicators become columns', () => {
    const csv = exportNodesCsv(hostileGraph(), {
      measures,
      provenance,
      visible: new Set(['b']),
      indicators: { b: { type: 'firm', citiesReached: 3, projectsReached: 1, brokerage: 0 } },
    });
    const lines = dataLines(csv);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('id,label,type,country,kind,lat,lon,url,degree,pagerank,citiesReached,projectsReached,brokerage');
    expect(lines[1]).toBe(`b,'-2,firm,,"'\tcmd",,,,2,-0.5,3,1,0`);
  });

  it('exportEdgesCsv joins relations, years and lines with ; (so quoted) and evidence with " | "', () => {
    const lines = dataLines(exportEdgesCsv(hostileGraph(), { provenance }));
    expect(lines[0]).toBe('source,target,weight,relations,years,evidence,lines,note');
    expect(lines[1]).toBe('a,b,2,"uses;funds","2019;2021","https://x; y | =cmd","2;5","n1;n2"');
    expect(lines[2]).toBe('b,c,1,,,,3,');
    const only = dataLines(exportEdgesCsv(hostileGraph(), { provenance, visible: new Set(['e2']) }));
    expect(only).toEqual(['source,target,weight,relations,years,evidence,lines', 'b,c,1,,,,3']); // extra columns only when a written edge has them
  });

  it('exportNodesCsv of the default dataset has one row per node and every measure', () => {
    const { analysis } = defaultAnalysis();
    const view = { keys: analysis.network.keys, values: analysis.network.measures };
    const csv = exportNodesCsv(analysis.graph, { measures: view, provenance, indicators: Object.fromEntries(analysis.indicators) });
    const lines = dataLines(csv);
    expect(lines).toHaveLength(283);
    for (const m of ['degree', 'betweenness', 'pagerank', 'community', 'vendorHhi', 'topFirm', 'countryList']) expect(lines[0]!.split(',')).toContain(m);
  });
});
