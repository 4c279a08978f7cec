/**
 * A tiny smoke of `npm run bench` so it cannot rot: the seeded generator
 * (same seed → same bytes, checked by hash), one in-process round of our core
 * stages on a 300-node graph, and the table built from it. No peers, no
 * browser; a few seconds.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCoreRound } from '../../bench/core';
import { generateEdgesCsv, sizeNodes, writeSynthetic } from '../../bench/generate';
import { skipReason, STAGES } from '../../bench/stages';
import { formatDataset, summarise } from '../../bench/table';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('bench (smoke)', () => {
  it('generateEdgesCsv(n, {seed}) gives the same bytes for the same seed, other bytes for another', () => {
    const a = generateEdgesCsv(300);
    expect(sha(generateEdgesCsv(300))).toBe(sha(a));
    expect(sha(generateEdgesCsv(300, { seed: 2 }))).not.toBe(sha(a));
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
    const [path] = writeSynthetic(dir, ['300']);
    expect(sha(readFileSync(path!, 'utf8'))).toBe(sha(a));
    expect(a.split('\n')[0]).toBe('source,source_type,target,target_type,relation,weight,year,evidence');
    expect(sizeNodes('100k')).toBe(100_000);
    expect(() => sizeNodes('huge')).toThrow(/bench\/generate: unknown size/);
  });

  it('runCoreRound times every stage of a 300-node graph and the table shows them', () => {
    const text = generateEdgesCsv(300);
    const round = runCoreRound({ dataset: '300', edges: { name: '300-edges.csv', text } });
    const skipped = runCoreRound({ dataset: '300', edges: { name: '300-edges.csv', text } }, { skip: new Set(['layout', 'louvain']) });
    expect(skipped.ms.layout).toBeUndefined();
    expect(skipped.notes.louvain).toBe('skipped (failed)');
    expect(Number.isFinite(skipped.ms.export)).toBe(true);
    expect(round).toMatchObject({ runner: 'ours', dataset: '300', nodes: 300, edges: 1500 });
    for (const { id } of STAGES) {
      if (skipReason(id, round.nodes, round.edges)) continue;
      expect(Number.isFinite(round.ms[id]), id).toBe(true);
      expect(round.ms[id]).toBeGreaterThanOrEqual(0);
    }
    expect(round.modularity.louvain).toBeGreaterThan(0.3);
    expect(round.modularity['louvain-1']).toBeLessThanOrEqual(round.modularity.louvain! + 1e-12);
    expect(round.peakRssMb).toBeGreaterThan(0);
    expect(round.peakHeapMb).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(round))).toEqual(round);

    const summary = summarise([round]);
    expect(summary.ms['parse+build']).toBeCloseTo(round.ms.parse! + round.ms.build! + round.ms.csr!, 6);
    const table = formatDataset({ dataset: '300', nodes: 300, edges: 1500, runners: { ours: summary } }, []);
    expect(table).toContain('| PageRank |');
    expect(table).toContain('| modularity, 1 Louvain run |');
  });
});
