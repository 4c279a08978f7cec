import { describe, expect, it } from 'vitest';
import { csrFor } from '../../../src/core/metrics/csr';
import { loadReference } from '../../helpers/reference-graph';

describe('csrFor', () => {
  it('csrFor(g, attr, cache) builds once per weighting, and the unweighted CSR shares the topology', () => {
    const { graph } = loadReference('lesmis');
    const cache = new Map();
    const weighted = csrFor(graph, 'weight', cache);
    expect(csrFor(graph, 'weight', cache)).toBe(weighted);
    const plain = csrFor(graph, null, cache);
    expect(plain.neighbors).toBe(weighted.neighbors);
    expect(plain.offsets).toBe(weighted.offsets);
    expect(plain.weights.every((w) => w === 1)).toBe(true);
    expect(weighted.weights.some((w) => w > 1)).toBe(true);
  });

  it('csrFor(g, attr) without a cache builds a fresh CSR each time', () => {
    const { graph } = loadReference('karate');
    expect(csrFor(graph, null)).not.toBe(csrFor(graph, null));
  });
});
