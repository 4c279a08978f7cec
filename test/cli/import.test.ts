/**
 * `atlas analyze` and `atlas snapshot` read GEXF and GraphML files, told by
 * their content: the CLI's own GEXF and GraphML exports of the default
 * dataset analysed again give the same counts, and a directed file with
 * parallel links is read as one undirected link per pair, with one warning
 * each.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlas } from './run-atlas';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-import-'));
const out = (name: string) => join(tmp, name);

describe('atlas analyze reads graph files', () => {
  const first = atlas(
    'analyze',
    'data/default-edges.csv',
    '--nodes',
    'data/default-nodes.csv',
    '--quiet',
    '--out',
    out('csv.json'),
    '--gexf',
    out('map.gexf'),
    '--graphml',
    out('map.graphml'),
  );
  const counts = (file: string) => {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    return { nodes: r.stats.nodes, edges: r.stats.edges, nodesByType: r.stats.nodesByType };
  };

  it('exports the default dataset', () => expect(first.code).toBe(0));

  for (const [name, copy] of [
    ['GEXF', 'map.gexf'],
    ['GraphML', 'map.graphml'],
  ] as const)
    it(`analyze ${name} export → the same nodes and links as the CSVs`, () => {
      const run = atlas('analyze', out(copy), '--quiet', '--out', out(`${copy}.json`));
      expect(run.code, run.stderr).toBe(0);
      expect(counts(out(`${copy}.json`))).toEqual(counts(out('csv.json')));
    });

  it('a .csv name holding GEXF is still read as GEXF (detected by content)', () => {
    copyFileSync(out('map.gexf'), out('map.csv'));
    const run = atlas('analyze', out('map.csv'), '--quiet', '--out', out('renamed.json'));
    expect(run.code, run.stderr).toBe(0);
    expect(counts(out('renamed.json'))).toEqual(counts(out('csv.json')));
  });

  it('a directed GraphML with parallel links: one warning for each, the bad weight dropped', () => {
    const run = atlas('analyze', 'test/fixtures/import/directed-multi.graphml', '--out', out('directed.json'));
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out('directed.json'), 'utf8'));
    const byCode = report.issues.byCode;
    expect(byCode['directed-graph'].count).toBe(1);
    expect(byCode['multi-edges'].count).toBe(1);
    expect(byCode['no-node-types'].count).toBe(1);
    expect(byCode['weight-not-positive'].count).toBe(1);
    expect(counts(out('directed.json'))).toEqual({ nodes: 3, edges: 2, nodesByType: { unknown: 3 } });
  });
});
