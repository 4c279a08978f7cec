import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { readEdges, readNodes } from '../../../src/core/csv';
import { blankLeadingComments } from '../../../src/core/csv/read-table';
import { exportEdgesCsv, exportNodesCsv } from '../../../src/core/export/csv';
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
});
