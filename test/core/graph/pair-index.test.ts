/**
 * PairIndex (graph/pair-index.ts), the builder's table of the link of each
 * pair of nodes, against a Map keyed by the ordered pair: the same answers
 * in either order, across the table's growth, for seeded random pairs with
 * repeats and self-pairs.
 */
import { describe, expect, it } from 'vitest';
import { PairIndex } from '../../../src/core/graph/pair-index';
import { createRng } from '../../../src/core/random';

describe('PairIndex', () => {
  it('PairIndex.get(a, b) finds the link added for {a, b} in either order, and −1 for every other pair, while it grows', () => {
    const rng = createRng(11);
    const sources: number[] = [];
    const targets: number[] = [];
    const index = new PairIndex({ source: (l) => sources[l]!, target: (l) => targets[l]! });
    const expected = new Map<string, number>();
    const key = (a: number, b: number) => (a < b ? `${a},${b}` : `${b},${a}`);
    const nodes = 400;
    for (let step = 0; step < 6000; step++) {
      const a = Math.floor(rng() * nodes);
      const b = Math.floor(rng() * nodes);
      const known = expected.get(key(a, b)) ?? -1;
      expect(index.get(a, b)).toBe(known);
      expect(index.get(b, a)).toBe(known);
      if (known >= 0) continue;
      const link = sources.length;
      sources.push(a);
      targets.push(b);
      index.add(link);
      expected.set(key(a, b), link);
    }
    expect(expected.size).toBeGreaterThan(2048); // past two doublings of the table's 1,024 slots
    for (const [pair, link] of expected) {
      const [a, b] = pair.split(',').map(Number) as [number, number];
      expect([index.get(a, b), index.get(b, a)]).toEqual([link, link]);
    }
    expect(index.get(nodes, nodes + 1)).toBe(-1);
  });
});
