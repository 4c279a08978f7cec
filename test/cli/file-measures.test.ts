/**
 * `atlas analyze|snapshot --measure-columns`: measures read from the nodes
 * file reach the summary, the JSON report, the CSV and GEXF exports and
 * their provenance (with the command that reproduces them); a named column
 * that is not there, or the flag without a nodes file, is refused.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlas } from './run-atlas';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-file-measures-'));
function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

const edges = file(
  'e.csv',
  'source,source_type,target,target_type\nA,city,P,project\nB,city,P,project\nC,city,Q,project\nA,city,Q,project\nF,firm,P,project\n',
);
// Spark's PageRank sums to n, not 1: read as given. F has no row.
const nodes = file('n.csv', 'id,type,pagerank,score\nA,city,1.9,4\nB,city,0.7,x\nC,city,0.6,1\nP,project,1.1,2\nQ,project,0.7,\n');

describe('atlas --measure-columns', () => {
  it('analyze --measure-columns score: notes, report, CSV and GEXF carry the file measures and their provenance', () => {
    const out = join(tmp, 'r.json');
    const csv = join(tmp, 'nodes-out.csv');
    const gexf = join(tmp, 'out.gexf');
    const r = atlas('analyze', edges, '--nodes', nodes, '--measure-columns', 'score', '--out', out, '--nodes-csv', csv, '--gexf', gexf);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Note: PageRank: from n.csv (column 'pagerank'), 5 of 6 nodes (1 without a value); computed here too, Spearman rank correlation",
    );
    expect(r.stdout).toContain("Note: score: from n.csv (column 'score'), 3 of 6 nodes (3 without a value, 1 of them not numbers)");
    expect(r.stdout).toContain('Top 10 by PageRank (from n.csv)');
    expect(r.stderr).toContain("warning: n.csv line 3, column 'score': 'x' is not a number; B's score is missing");

    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.params.measureColumns).toEqual(['score']);
    expect(report.stats.fromFile.map((m: { id: string; computed: string }) => `${m.id}:${m.computed}`)).toEqual(['pagerank:compared', 'score:none']);
    const a = report.nodes.find((n: { id: string }) => n.id === 'A');
    expect([a.pagerank, a.score]).toEqual([1.9, 4]);
    expect(report.nodes.find((n: { id: string }) => n.id === 'F').pagerank).toBeNull(); // NaN in JSON

    const table = readFileSync(csv, 'utf8');
    expect(table).toContain('"# Measures from file: pagerank (n.csv, 5 of 6 nodes, recomputed only to compare); score (n.csv, 3 of 6 nodes)"');
    expect(table).toMatch(/"# Reproduce: npm run atlas -- analyze e\.csv --nodes n\.csv .*--measure-columns score"/);
    const header = table
      .split('\n')
      .find((l) => l.startsWith('id,'))!
      .split(',');
    expect(header.filter((c) => c === 'score')).toHaveLength(1); // a measure, not an attribute as well
    expect(readFileSync(gexf, 'utf8')).toMatch(/<attribute id="\d+" title="score" type="integer"\/>/);
  });

  it("analyze with a community column shows the file's partition, renumbered by size; below the limit Louvain still runs, to compare", () => {
    const withCommunity = file('nc.csv', 'id,type,community\nA,city,7\nB,city,7\nC,city,9\nP,project,7\nQ,project,9\nF,firm,7\n');
    const out = join(tmp, 'rc.json');
    // 6 nodes is above no default limit: Louvain runs and is compared; the file's partition is still the one shown.
    const r = atlas('analyze', edges, '--nodes', withCommunity, '--out', out, '--quiet');
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.stats.communities).toBe(2);
    expect(report.params.algorithms.louvain).toBeUndefined(); // the partition shown is not Louvain's
    expect(report.nodes.map((n: { id: string; community: number }) => `${n.id}${n.community}`).sort()).toEqual(['A0', 'B0', 'C1', 'F0', 'P0', 'Q1']);
  });

  it('--file-measures-max-nodes 5 skips PageRank on the 6-node graph', () => {
    const out = join(tmp, 'rs.json');
    const r = atlas('analyze', edges, '--nodes', nodes, '--file-measures-max-nodes', '5', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Note: PageRank: from n.csv (column 'pagerank'), 5 of 6 nodes (1 without a value); not computed here above 5 nodes");
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.params.algorithms.pagerank).toBeUndefined();
    expect(report.stats.fromFile[0]).toMatchObject({ id: 'pagerank', computed: 'skipped' });
  });

  it('snapshot reads --measure-columns too and writes the provenance into the SVG', () => {
    const svg = join(tmp, 's.svg');
    const r = atlas('snapshot', edges, '--nodes', nodes, '--measure-columns', 'score', '--svg', svg, '--quiet');
    expect(r.code).toBe(0);
    expect(readFileSync(svg, 'utf8')).toMatch(/"fileMeasures": \[\s*\{\s*"id": "pagerank"/);
  });

  it('a missing column, or --measure-columns without --nodes, is refused with a message', () => {
    const missing = atlas('analyze', edges, '--nodes', nodes, '--measure-columns', 'nope', '--quiet');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("n.csv: no row has a value in a column 'nope' named as a measure column");
    const alone = atlas('analyze', edges, '--measure-columns', 'score');
    expect(alone.code).not.toBe(0);
    expect(alone.stderr).toContain('--measure-columns goes with --nodes FILE');
  });
});
