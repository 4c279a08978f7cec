/**
 * modularity(csr, communities): Newman–Girvan modularity with resolution,
 * checked against networkx on the partitions igraph found.
 */
import { describe, expect, it } from 'vitest';
import { modularity } from '../../../src/core/communities';
import { buildCsr } from '../../../src/core/metrics/csr';
import { graphFromEdges, loadReference, REFERENCE_NAMES } from './helpers';

describe('modularity(csr, communities)', () => {
  for (const name of REFERENCE_NAMES) {
    it(`reproduces networkx's modularity of igraph's best partition on ${name}`, () => {
      const { graph, json } = loadReference(name);
      const csr = buildCsr(graph);
      const partition = json.louvain.igraph_multilevel_best_partition;
      const labels = Float64Array.from(csr.keys, (key) => partition[key]!);
      const q = modularity(csr, labels);
      expect(Math.abs(q - json.louvain.networkx_modularity_of_that_partition)).toBeLessThan(1e-12);
      // Labels are only compared for equality: shifting them changes nothing.
      expect(
        modularity(
          csr,
          labels.map((c) => c * 10 + 0.5),
        ),
      ).toBe(q);
    });
  }

  it('ignores weights when weighted is false', () => {
    const graph = graphFromEdges([
      ['a', 'b', 5],
      ['b', 'c', 1],
      ['c', 'd', 5],
    ]);
    const csr = buildCsr(graph);
    const labels = Int32Array.from([0, 0, 1, 1]);
    // Unweighted path a-b-c-d split in two: 2/3 − 2·(3/6)² = 1/6.
    expect(modularity(csr, labels, { weighted: false })).toBeCloseTo(1 / 6, 14);
    // Weighted: m = 11, L = 5 + 5, degrees 11 and 11 → 10/11 − 2·(11/22)² = 10/11 − 1/2.
    expect(modularity(csr, labels)).toBeCloseTo(10 / 11 - 1 / 2, 14);
  });

  it('scales the null-model term by the resolution', () => {
    const csr = buildCsr(
      graphFromEdges([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ]),
    );
    const labels = Int32Array.from([0, 0, 1, 1]);
    expect(modularity(csr, labels, { resolution: 2 })).toBeCloseTo(2 / 3 - 2 * 2 * 0.25, 14);
  });

  it('returns 0 for a graph without edges and rejects misaligned labels', () => {
    const csr = buildCsr(graphFromEdges([]));
    expect(modularity(csr, new Int32Array(0))).toBe(0);
    const csr2 = buildCsr(graphFromEdges([['a', 'b']]));
    expect(() => modularity(csr2, new Int32Array(3))).toThrow(/communities\/modularity/);
  });
});
