/**
 * leiden(csr) and leidenDescriptor: quality against igraph's Leiden (best of
 * 20 runs, test/fixtures/reference/leiden.json), connected communities on the
 * reference graphs and on seeded random graphs, determinism, edge cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leiden, louvain, modularity } from '../../../src/core/communities';
import { disconnectedCount, splitDisconnected } from '../../../src/core/communities/connected';
import { buildCsr } from '../../../src/core/metrics/csr';
import { REFERENCE_DIR } from '../../helpers/reference-graph';
import { randomGraph } from '../metrics/random-graph';
import { addNode, emptyGraph, graphFromEdges, loadReference, REFERENCE_NAMES } from './helpers';

interface LeidenJson {
  graphs: Record<string, { igraph_leiden_best_of_20_modularity: number; igraph_leiden_best_partition: Record<string, number>; weighted: boolean }>;
}
const reference = JSON.parse(readFileSync(join(REFERENCE_DIR, 'leiden.json'), 'utf8')) as LeidenJson;

describe('leiden(csr) on the reference graphs', () => {
  const ratios: Record<string, { ours: number; igraph: number; ratio: number; communities: number }> = {};
  for (const name of REFERENCE_NAMES) {
    const { graph } = loadReference(name);
    const ref = reference.graphs[name]!;
    const csr = buildCsr(graph, ref.weighted ? 'weight' : null);
    const result = leiden(csr);
    const igraph = ref.igraph_leiden_best_of_20_modularity;
    const ratio = result.modularity / igraph;
    ratios[name] = { ours: result.modularity, igraph, ratio, communities: result.count };
    it(`reaches ≥ 99% of igraph's Leiden best of 20 on ${name} with the default seed (${(100 * ratio).toFixed(2)}%)`, () => {
      expect(ratio).toBeGreaterThanOrEqual(0.99);
      expect(result.modularity).toBeCloseTo(modularity(csr, result.communities), 12);
    });
    it(`gives connected communities on ${name}`, () => {
      expect(disconnectedCount(csr, result.communities)).toBe(0);
    });
    it(`computes igraph's modularity for igraph's own partition of ${name}`, () => {
      const partition = Int32Array.from(csr.keys, (key) => ref.igraph_leiden_best_partition[key]!);
      expect(modularity(csr, partition)).toBeCloseTo(igraph, 9);
    });
  }
  it('prints the ratios', () => {
    console.table(ratios);
  });
});

describe('leiden(csr) on seeded random graphs', () => {
  it('keeps every community connected on sparse random graphs, where many are near-trees', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const csr = buildCsr(randomGraph(300, 1.5 / 300 + seed / 3000, seed));
      const result = leiden(csr, { seed, runs: 2 });
      expect(disconnectedCount(csr, result.communities)).toBe(0);
      expect(result.modularity).toBeCloseTo(modularity(csr, result.communities), 12);
    }
  });

  it('reaches at least Louvain’s modularity, within 1%, on a 2,000-node random graph', () => {
    const csr = buildCsr(randomGraph(2000, 5 / 2000, 99));
    const ours = leiden(csr, { runs: 3 }).modularity;
    const lv = louvain(csr, { runs: 3 }).modularity;
    expect(ours).toBeGreaterThan(0.99 * lv);
  });
});

describe('leiden(csr)', () => {
  it('gives the same partition for the same input and seed, another for another seed', () => {
    const csr = buildCsr(loadReference('lesmis').graph);
    const a = leiden(csr, { seed: 7, runs: 5 });
    const b = leiden(csr, { seed: 7, runs: 5 });
    expect(Array.from(a.communities)).toEqual(Array.from(b.communities));
    expect(a.runModularities).toEqual(b.runModularities);
    const c = leiden(buildCsr(randomGraph(400, 0.01, 3)), { seed: 1, runs: 5 }).runModularities;
    const d = leiden(buildCsr(randomGraph(400, 0.01, 3)), { seed: 2, runs: 5 }).runModularities;
    expect(c).not.toEqual(d);
  });

  it('finds more communities at a higher resolution on lesmis', () => {
    const csr = buildCsr(loadReference('lesmis').graph);
    const counts = [0.5, 1, 2].map((resolution) => leiden(csr, { resolution }).count);
    expect(counts[0]).toBeLessThan(counts[1]!);
    expect(counts[1]).toBeLessThan(counts[2]!);
  });

  it('gives isolated nodes their own communities, after the others, and survives empty graphs', () => {
    expect(leiden(buildCsr(emptyGraph()))).toMatchObject({ count: 0, modularity: 0 });
    const graph = graphFromEdges([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
    ]);
    addNode(graph, 'alone');
    const csr = buildCsr(graph);
    const { communities, count } = leiden(csr);
    expect(count).toBe(2);
    expect(communities[csr.keys.indexOf('alone')]).toBe(1);
  });

  it('rejects a non-positive resolution', () => {
    expect(() => leiden(buildCsr(loadReference('karate').graph), { resolution: 0 })).toThrow(/leiden/);
  });
});

describe('splitDisconnected', () => {
  it('splits a community made of two separate triangles, and counts it as disconnected', () => {
    const graph = graphFromEdges([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['x', 'y'],
      ['y', 'z'],
      ['z', 'x'],
    ]);
    const csr = buildCsr(graph);
    const together = new Int32Array(csr.n); // all in community 0
    expect(disconnectedCount(csr, together)).toBe(1);
    const { count, membership } = splitDisconnected(csr, together);
    expect(count).toBe(2);
    expect(disconnectedCount(csr, membership)).toBe(0);
    expect(modularity(csr, membership)).toBeGreaterThan(modularity(csr, together));
  });
});
