/**
 * Measures read from the nodes file (core/analysis/file-measures*.ts): the
 * columns recognised, numbers and categories read, missing values counted,
 * a non-number reported with its file, line and column, columns named like
 * Object members, the skip above the size limit and the agreement with the
 * computed measure. Expected values are hand-computed from the files below.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { normalisedMutualInformation, spearman } from '../../../src/core/analysis/file-measures-agree';
import { measureColumnsNote } from '../../../src/core/analysis/file-measures';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { buildReport, graphStats } from '../../../src/core/analysis/report';
import { runCommunityMethod, withCommunityStep } from '../../../src/core/communities/run-method';
import { formatSummary } from '../../../src/core/analysis/summary';
import { FatalInputError } from '../../../src/core/csv/types';
import { getOwn } from '../../../src/core/util/dict';

// Two triangles a-b-c and d-e-f joined by c-d: m = 7; the partition {a,b,c} {d,e,f}
// has L = 3 and d = 7 in each, so Q = 2·(3/7 − (7/14)²) = 0.357142857…
const EDGES = `source,source_type,target,target_type
a,city,b,city
b,city,c,city
a,city,c,city
c,city,d,firm
d,firm,e,firm
e,firm,f,firm
d,firm,f,firm
`;
// f has no row; e's score is empty; b's score is not a number (line 4 of the file, the note being line 1).
const NODES = `# measure-columns: score
id,type,pagerank,community,score,constructor,__proto__
a,city,0.9,left,1.5,7,8
b,city,0.8,left,abc,6,
c,city,0.7,left,2.5e1,,9
d,firm,0.6,right,-3,5,
e,firm,0.5,right,,4,
`;

function run(options: Parameters<typeof resolveAnalysisOptions>[0] = {}) {
  return analyze({ edges: { name: 'e.csv', text: EDGES }, nodes: { name: 'n.csv', text: NODES } }, resolveAnalysisOptions(options));
}

describe('file measures', () => {
  it('analyze(nodes with pagerank, community and a named score) reads them as measures, NaN where missing', () => {
    const analysis = run();
    const { keys, measures } = analysis.network;
    const at = (id: string, key: string) => getOwn(measures, id)![keys.indexOf(key)]!;
    expect([...'abcde'].map((k) => at('pagerank', k))).toEqual([0.9, 0.8, 0.7, 0.6, 0.5]);
    expect(at('pagerank', 'f')).toBeNaN();
    // 'left' and 'right' have 3 and 2 members: numbered 0 and 1 by size; f has no label.
    expect([...'abcde'].map((k) => at('community', k))).toEqual([0, 0, 0, 1, 1]);
    expect(at('community', 'f')).toBeNaN();
    expect([...'acd'].map((k) => at('score', k))).toEqual([1.5, 25, -3]);
    for (const k of 'bef') expect(at('score', k)).toBeNaN();
    // The columns are measures now, not attributes as well.
    expect(getOwn(analysis.graph.getNodeAttribute('a', 'extra'), 'pagerank')).toBeUndefined();
    expect(getOwn(analysis.graph.getNodeAttribute('a', 'extra'), 'constructor')).toBe('7');

    const score = analysis.network.fromFile!.find((m) => m.id === 'score')!;
    expect(score).toMatchObject({ kind: 'number', file: 'n.csv', given: 3, missing: 3, invalid: 1, computed: 'none' });
    const issue = analysis.issues.detailed.find((i) => i.code === 'measure-not-a-number')!;
    expect(issue).toMatchObject({ severity: 'warning', file: 'n.csv', line: 4, column: 'score' });
    expect(issue.message).toBe("n.csv line 4, column 'score': 'abc' is not a number; b's score is missing");
    expect(analysis.network.notes).toContain("score: from n.csv (column 'score'), 3 of 6 nodes (3 without a value, 1 of them not numbers)");
  });

  it('below the size limit the computed measure runs and its agreement is noted; the file wins', () => {
    const analysis = run();
    expect(analysis.network.params['pagerank']).toBeDefined();
    const pagerank = analysis.network.fromFile!.find((m) => m.id === 'pagerank')!;
    expect(pagerank.computed).toBe('compared');
    expect(analysis.network.notes.find((n) => n.startsWith('PageRank: from n.csv'))).toMatch(
      /Spearman rank correlation with the file's -?\d\.\d{3} over 5 nodes/,
    );
    // The file's partition is Louvain's: NMI 1 over the 5 labelled nodes.
    expect(analysis.network.notes.find((n) => n.startsWith('Community: from n.csv'))).toContain(
      "normalised mutual information with the file's 1.000 over 5 nodes",
    );
  });

  it('a constant measure equal to the computed one is "the same values", not an undefined correlation', () => {
    // Every node of the two triangles has core number 2; f has no row.
    const nodes = 'id,core\na,2\nb,2\nc,2\nd,2\ne,2\n';
    const analysis = analyze({ edges: { name: 'e.csv', text: EDGES }, nodes: { name: 'k.csv', text: nodes } }, resolveAnalysisOptions());
    expect(analysis.network.notes).toContain(
      "Core number: from k.csv (column 'core'), 5 of 6 nodes (1 without a value); computed here too, the same values over 5 nodes",
    );
  });

  it('a column named like a measure that mostly holds text stays an attribute, with one warning', () => {
    const nodes = 'id,core,closeness\na,yes,0.5\nb,no,0.4\nc,3,x\n';
    const analysis = analyze({ edges: { name: 'e.csv', text: EDGES }, nodes: { name: 'c.csv', text: nodes } }, resolveAnalysisOptions());
    expect(analysis.network.fromFile!.map((m) => m.id)).toEqual(['closeness']);
    expect(getOwn(analysis.graph.getNodeAttribute('a', 'extra'), 'core')).toBe('yes');
    expect(getOwn(analysis.network.measures, 'core')![0]).toBeGreaterThan(0); // computed
    const warnings = analysis.issues.detailed.filter((i) => i.code === 'measure-not-a-number').map((i) => i.message);
    expect(warnings).toEqual([
      "c.csv, column 'core': 2 of 3 values are not numbers; kept as an attribute, not read as the measure 'core' (name it in --measure-columns or a '# measure-columns:' note to read its numbers)",
      "c.csv line 4, column 'closeness': 'x' is not a number; c's closeness is missing",
    ]);
  });

  it('above the size limit an algorithm whose outputs the file gives is not run', () => {
    const analysis = run({ fileMeasuresMaxNodes: 5 });
    const { params, fromFile, notes } = analysis.network;
    expect(params['pagerank']).toBeUndefined();
    expect(params['louvain']).toBeUndefined();
    expect(params['betweenness']).toBeDefined();
    expect(fromFile!.find((m) => m.id === 'pagerank')!.computed).toBe('skipped');
    expect(notes).toContain("PageRank: from n.csv (column 'pagerank'), 5 of 6 nodes (1 without a value); not computed here above 5 nodes");
  });

  it('a community from the file gives the key figures: its count and its modularity (f alone: hand-computed)', () => {
    const report = buildReport(run({ fileMeasuresMaxNodes: 5 }));
    expect(report.stats.communities).toBe(2);
    // f alone: communities {a,b,c} (L 3, d 7), {d,e} (L 1, d 5), {f} (L 0, d 2); m = 7.
    const q = 3 / 7 - (7 / 14) ** 2 + (1 / 7 - (5 / 14) ** 2) + (0 - (2 / 14) ** 2);
    expect(report.stats.modularity).toBeCloseTo(q, 12);
    const summary = formatSummary(report);
    expect(summary).toContain('Communities (from n.csv): 2');
    expect(summary).toContain('Top 10 by PageRank (from n.csv)');
    // f has no PageRank: left out of the top list, not ranked as NaN.
    expect(summary).not.toMatch(/NaN/);
  });

  it('withCommunityStep (the app switching method) drops the file community from the figures and notes', () => {
    const network = run().network;
    const stats = { ...graphStats(run().graph, network) };
    const step = runCommunityMethod(run().graph, resolveAnalysisOptions({ communities: 'leiden' }));
    const next = withCommunityStep({ ...network, stats }, step);
    expect(stats.fromFile!.map((m) => m.id)).toEqual(['pagerank', 'community', 'score']);
    expect(next.stats.fromFile!.map((m) => m.id)).toEqual(['pagerank', 'score']);
    expect(next.notes.some((n) => n.startsWith('Community: from'))).toBe(false);
    expect(next.notes.some((n) => n.startsWith('PageRank: from'))).toBe(true);
    expect(Object.keys(next.params)).toContain('leiden');
  });

  it('columns named constructor and __proto__ are measures like any other when named', () => {
    const analysis = run({ measureColumns: ['constructor', '__proto__'] });
    const { keys, measures } = analysis.network;
    expect(Object.hasOwn(measures, 'constructor')).toBe(true);
    expect(Object.hasOwn(measures, '__proto__')).toBe(true);
    expect(getOwn(measures, 'constructor')![keys.indexOf('a')]).toBe(7);
    expect(getOwn(measures, '__proto__')![keys.indexOf('c')]).toBe(9);
    const report = buildReport(analysis);
    const a = report.nodes.find((n) => n.id === 'a')!;
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(Object.hasOwn(a, '__proto__') && getOwn(a as Record<string, unknown>, '__proto__')).toBe(8);
    expect(getOwn(JSON.parse(JSON.stringify(report)).nodes[0], '__proto__')).toBe(8);
  });

  it('a named column no row fills, or a link measure, is refused with the file named', () => {
    const refuse = (measureColumns: string[]) => {
      try {
        run({ measureColumns });
      } catch (error) {
        return error;
      }
      throw new Error('not refused');
    };
    const missing = refuse(['weight']) as FatalInputError;
    expect(missing).toBeInstanceOf(FatalInputError);
    expect(missing.code).toBe('measure-column');
    expect(missing.message).toMatch(/^n\.csv: no row has a value in a column 'weight'/);
    expect((refuse(['degree']) as FatalInputError).message).toMatch(/^n\.csv: 'degree' is computed from the links/);
    const alone = ((): FatalInputError | undefined => {
      try {
        analyze({ edges: { name: 'e.csv', text: EDGES } }, resolveAnalysisOptions({ measureColumns: ['score'] }));
      } catch (error) {
        return error as FatalInputError;
      }
      return undefined;
    })();
    expect(alone).toMatchObject({ file: 'e.csv', code: 'measure-column' });
    expect(alone?.message).toContain('measure columns score were named, but no nodes file was given');
  });

  it('measureColumnsNote reads the opening comment lines only, plain or quoted', () => {
    expect(measureColumnsNote('\uFEFF# source: x\n# measure-columns: a, b,,c\nid\n# measure-columns: no')).toEqual(['a', 'b', 'c']);
    expect(measureColumnsNote('"# Measure-Columns: score"\nid,score\n')).toEqual(['score']);
    expect(measureColumnsNote('id,score\n')).toEqual([]);
  });
});

describe('agreement', () => {
  it('spearman([1,2,3,4], [1,3,2,4]) is 1 − 6·2/(4·15) = 0.8; ties take the mean rank; NaN pairs are left out', () => {
    expect(spearman(Float64Array.of(1, 2, 3, 4), Float64Array.of(1, 3, 2, 4)).rho).toBeCloseTo(0.8, 12);
    expect(spearman(Float64Array.of(1, 2, 3, 4, 9), Float64Array.of(10, 20, 30, 40, Number.NaN))).toEqual({ rho: 1, nodes: 4 });
    // x ranks 1, 2.5, 2.5, 4 against 1, 2, 3, 4: Pearson of the ranks = 4.5 / √(4.5 · 5).
    expect(spearman(Float64Array.of(1, 2, 2, 3), Float64Array.of(1, 2, 3, 4)).rho).toBeCloseTo(4.5 / Math.sqrt(4.5 * 5), 12);
  });

  it('normalisedMutualInformation is 1 for a renumbered partition and 0 for independent ones', () => {
    expect(normalisedMutualInformation(Float64Array.of(0, 0, 1, 1), Float64Array.of(5, 5, 3, 3)).nmi).toBeCloseTo(1, 12);
    expect(normalisedMutualInformation(Float64Array.of(0, 0, 1, 1), Float64Array.of(0, 1, 0, 1)).nmi).toBeCloseTo(0, 12);
    // {abc}{def} against {ab}{cd}{ef}: 2·I/(H(X)+H(Y)) = 0.5158037429793888, computed in Python from the definition.
    expect(normalisedMutualInformation(Float64Array.of(0, 0, 0, 1, 1, 1), Float64Array.of(0, 0, 1, 1, 2, 2)).nmi).toBeCloseTo(0.5158037429793888, 12);
  });
});
