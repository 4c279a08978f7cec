import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { readEdges, readNodes } from '../../../src/core/csv';
import { blankLeadingComments } from '../../../src/core/csv/read-table';
import { exportEdgesCsv, exportNodesCsv, toCsv } from '../../../src/core/export/csv';
import { buildProvenance } from '../../../src/core/export/provenance';
import { buildReport } from '../../../src/core/analysis/report';

const data = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');

describe('leading # comment lines', () => {
  it('blankLeadingComments(text) blanks # lines before the header and keeps line numbers', () => {
    expect(blankLeadingComments('# a\n# b\nsource,target\nA,B\n')).toBe('\n\nsource,target\nA,B\n');
    expect(blankLeadingComments('source,target\n#A,B\n')).toBe('source,target\n#A,B\n');
  });

  it('readEdges(text) reads past leading comments, reporting the data lines where the editor shows them', () => {
    const r = readEdges('# exported by Partnership Atlas\n# seed 42\nsource,target,weight\nA,B,1\nA,C,-1\n', { file: 'e.csv' });
    expect(r.rows.map((x) => [x.line, x.source, x.target])).toEqual([[4, 'A', 'B']]);
    expect(r.issues.detailed.map((i) => [i.code, i.line])).toEqual([['weight-not-positive', 5]]);
  });

  it('readEdges(text) keeps a # at the start of a data row as data', () => {
    const r = readEdges('source,target\n#hash,B\n', { file: 'e.csv' });
    expect(r.rows.map((x) => x.source)).toEqual(['#hash']);
  });

  it("the atlas's own CSV exports load back with zero errors: same nodes and links", () => {
    const analysis = analyze(
      { edges: { name: 'default-edges.csv', text: data('default-edges.csv') }, nodes: { name: 'default-nodes.csv', text: data('default-nodes.csv') } },
      resolveAnalysisOptions({}),
    );
    const provenance = buildProvenance({ report: buildReport(analysis), view: 'network', layout: { kind: 'force', seed: 42 } });
    const measures = { keys: analysis.network.keys, values: analysis.network.measures };
    const nodes = readNodes(exportNodesCsv(analysis.graph, { measures, provenance }), { file: 'nodes.csv' });
    const edges = readEdges(exportEdgesCsv(analysis.graph, { provenance }), { file: 'edges.csv' });
    expect(nodes.issues.errors).toBe(0);
    expect(edges.issues.errors).toBe(0);
    expect(nodes.rows).toHaveLength(282);
    expect(edges.rows).toHaveLength(326);
  });

  it('blankLeadingComments(text) blanks lines written as one quoted field "# …" too', () => {
    expect(blankLeadingComments('"# Partnership Atlas 0.1.0, ""x,y"".csv"\r\n"# seed 42"\r\nsource,target\r\n')).toBe('\r\n\r\nsource,target\r\n');
  });
});

describe("our exports' leading ' against spreadsheet formulas", () => {
  const TRICKY = ['@Firm GmbH', "'quoted", '=SUM(A1)', '+49 30', '-minus', '\ttabbed', "''two", 'plain', "mid'quote"];
  const PROVENANCE = ['Partnership Atlas 0.1.0, exported 2026-01-01T00:00:00Z', 'Input: x,=1+1,@SUM(2+2).csv (3 of 3 rows used)'];

  it("readEdges(text) of our export removes one leading ' from every header and cell: the round trip is exact", () => {
    const rows = TRICKY.map((name, i) => [name, `t${i}`, name]);
    const text = toCsv(['source', 'target', '@note'], rows, PROVENANCE);
    expect(text.startsWith('"# Partnership Atlas 0.1.0, exported')).toBe(true);
    expect(text).toContain("'@Firm GmbH,t0,'@Firm GmbH");
    const result = readEdges(text, { file: 'edges.csv' });
    // Ids and cells are trimmed by the reader as always: '\ttabbed' comes back as 'tabbed'.
    expect(result.rows.map((r) => [r.line, r.source, r.attributes['@note']])).toEqual(TRICKY.map((name, i) => [4 + i, name.trim(), name.trim()]));
    expect(result.mapping).toEqual({ source: 'source', target: 'target' });
    expect(result.issues.errors).toBe(0);
  });

  it('readNodes(text) of our export with unquoted # comments (older exports) unprefixes ids and labels', () => {
    const text = "# Partnership Atlas 0.1.0, exported 2025\nid,label\n'@Firm GmbH,'=x\n'''quoted,plain\n";
    const result = readNodes(text, { file: 'nodes.csv' });
    expect(result.rows.map((r) => [r.id, r.label])).toEqual([
      ['@Firm GmbH', '=x'],
      ["''quoted", 'plain'],
    ]);
  });

  it("readEdges(text) of a file without our marker keeps every leading '", () => {
    const plain = readEdges("source,target\n'@Firm GmbH,'quoted\n", { file: 'edges.csv' });
    expect(plain.rows.map((r) => [r.source, r.target])).toEqual([["'@Firm GmbH", "'quoted"]]);
    const other = readEdges('# exported by another tool\n"# Partnership Atlas is our name too"\nsource,target\n\'@a,b\n', { file: 'edges.csv' });
    expect(other.rows.map((r) => [r.line, r.source])).toEqual([[4, "'@a"]]);
  });
});
