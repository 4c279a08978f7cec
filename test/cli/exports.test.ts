/** `atlas analyze --gexf --graphml --nodes-csv --edges-csv`, spawned as a user runs it, and the files parsed back. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../src/core/version';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'atlas-exports-'));

function atlas(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('atlas analyze export flags (spawned)', () => {
  const out = (name: string) => join(tmp, name);
  const run = atlas(
    'analyze', 'data/default-edges.csv', '--nodes', 'data/default-nodes.csv', '--seed', '7', '--pagerank-damping', '0.9',
    '--out', out('report.json'), '--gexf', out('map.gexf'), '--graphml', out('map.graphml'),
    '--nodes-csv', out('nodes.csv'), '--edges-csv', out('edges.csv'),
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
    const edges = readFileSync(out('edges.csv'), 'utf8').split('\r\n').filter((l) => l && !l.startsWith('"#'));
    expect(edges[0]).toMatch(/^source,target,weight,relations,years,evidence,lines/);
    expect(edges).toHaveLength(report.stats.edges + 1);
  });
});
