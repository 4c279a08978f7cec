/**
 * `atlas analyze` run in-process through `main(argv, io)` (the output
 * captured), and twice as a separate process: the exit codes a shell sees,
 * and a failure that prints one line without a stack trace.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlas, spawnAtlas } from './run-atlas';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe('atlas analyze', () => {
  it('atlas analyze default data prints a summary, writes the JSON report and exits 0', () => {
    const out = join(tmp, 'report.json');
    const r = atlas('analyze', 'data/default-edges.csv', '--nodes', 'data/default-nodes.csv', '--out', out, '--project', 'city');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nodes: 282  (216 city, 39 firm, 27 project)');
    expect(r.stdout).toMatch(/Communities \(Louvain\): \d+, modularity 0\.\d{4}/);
    expect(r.stdout).toContain('Top 10 by PageRank');
    expect(r.stdout).toMatch(/project:\n\s+1\. Decidim/);
    expect(r.stdout).toContain('Projection: city–city through shared project');
    expect(r.stdout).toMatch(/Issues: 20 \(0 errors — rows dropped, 20 warnings — rows kept\)/);
    expect(r.stderr).toContain("warning: default-edges.csv line 35: 'Madrid' – 'CONSUL Democracy' was already linked on line 22");

    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['version', 'input', 'params', 'stats', 'modularity', 'nodes', 'projection', 'indicators', 'issues']),
    );
    expect(report.input.rows).toEqual({ 'default-edges.csv': 346, 'default-nodes.csv': 282 });
    expect(report.input.sha256['default-edges.csv']).toMatch(/^[0-9a-f]{64}$/);
    expect(report.nodes).toHaveLength(282);
    const decidim = report.nodes.find((n: { id: string }) => n.id === 'Decidim');
    for (const key of [
      'degree',
      'weightedDegree',
      'betweenness',
      'closeness',
      'eigenvector',
      'pagerank',
      'clustering',
      'core',
      'constraint',
      'effectiveSize',
      'community',
      'component',
    ])
      expect(typeof decidim[key], key).toBe('number');
    expect(report.params.seed).toBe(42);
    expect(report.params.algorithms.louvain).toMatchObject({ seed: 42, resolution: 1 });
    expect(report.projection.nodes).toHaveLength(216);
    expect(report.issues.errors).toBe(0);
    expect(report.indicators['Decidim'].type).toBe('project');
  });

  it('atlas analyze with the same seed writes the same measures and communities', () => {
    const a = join(tmp, 'a.json');
    const b = join(tmp, 'b.json');
    expect(atlas('analyze', 'data/default-edges.csv', '--seed', '7', '--out', a, '--quiet').code).toBe(0);
    expect(atlas('analyze', 'data/default-edges.csv', '--seed', '7', '--out', b, '--quiet').code).toBe(0);
    const strip = (p: string) => {
      const r = JSON.parse(readFileSync(p, 'utf8'));
      delete r.generatedAt;
      return r;
    };
    expect(strip(a)).toEqual(strip(b));
  });

  it('atlas analyze exits 1 with the reason when the target column is missing, and names the flag', () => {
    const edges = file('partners.csv', 'Partner A,Partner B,Year\nBarcelona,Decidim,2017\n');
    const r = atlas('analyze', edges);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("partners.csv: no 'source' and no 'target' column");
    expect(r.stderr).toContain('--source and --target');
    expect(r.stderr).toContain('Partner A, Partner B, Year');
    expect(r.stdout).toBe('');
  });

  it('atlas analyze --source/--target maps columns the header does not name', () => {
    const edges = file('partners2.csv', 'Partner A,Partner B,Year\nBarcelona,Decidim,2017\nHelsinki,Decidim,2019\n');
    const r = atlas('analyze', edges, '--source', 'Partner A', '--target', 'Partner B', '--year', 'Year');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nodes: 3');
    expect(r.stderr).toContain("source ← 'Partner A'");
  });

  it('atlas analyze exits 1 on an empty file, a missing file, and bad flags', () => {
    expect(atlas('analyze', file('empty.csv', '')).stderr).toMatch(/empty\.csv.*empty/i);
    const missing = atlas('analyze', join(tmp, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
    const badSeed = atlas('analyze', 'data/default-edges.csv', '--seed', 'abc');
    expect(badSeed.code).toBe(1);
    expect(badSeed.stderr).toContain("--seed expects a whole number, got 'abc'");
    const unknown = atlas('analyze', 'data/default-edges.csv', '--frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/frobnicate/);
    const range = atlas('analyze', 'data/default-edges.csv', '--pagerank-damping', '1.5');
    expect(range.code).toBe(1);
    expect(range.stderr).toContain("pagerank: parameter 'damping' must be at most 1");
  });

  it('atlas --help lists every flag generated from the descriptors', () => {
    const r = atlas('--help');
    expect(r.code).toBe(0);
    for (const flag of [
      '--nodes',
      '--out',
      '--seed',
      '--resolution',
      '--project',
      '--source',
      '--target',
      '--louvain-resolution',
      '--louvain-runs',
      '--pagerank-damping',
      '--betweenness-weights',
      '--betweenness-sampled-samples',
      '--eigenvector-max-iterations',
      '--closeness-wasserman-faust',
    ])
      expect(r.stdout).toContain(flag);
  });

  it('atlas analyze keeps going on rows with errors and reports them with line and column', () => {
    const edges = file('bad.csv', 'source,target,weight\nA,B,1\nA,,2\nB,C,-1\nC,C,1\nC,D,x\n');
    const out = join(tmp, 'bad.json');
    const r = atlas('analyze', edges, '--out', out);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.issues.errors).toBe(4);
    expect(report.issues.detailed.filter((i: { severity: string }) => i.severity === 'error').map((i: { line: number }) => i.line)).toEqual([3, 4, 5, 6]);
    expect(report.stats.edges).toBe(1);
  });
});

describe('atlas analyze (spawned)', () => {
  it('exits 0 on usable data and 1 on bad flags, as the shell sees it', () => {
    const ok = spawnAtlas('analyze', 'data/default-edges.csv', '--quiet');
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    const bad = spawnAtlas('analyze', 'data/default-edges.csv', '--seed', 'abc');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("atlas: --seed expects a whole number, got 'abc'\nRun 'npm run atlas -- --help' for the flags.\n");
  });

  it('a file that cannot be used exits 1 with one line and no stack trace', () => {
    const r = spawnAtlas('analyze', join(tmp, 'nope.csv'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([`atlas: ${join(tmp, 'nope.csv')}: cannot read the file (no such file)`]);
    expect(r.stderr).not.toMatch(/ {4}at |Error:/);
  });
});
