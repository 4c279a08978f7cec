/**
 * keyPositions: the position of each key in a measures' `keys`, as a `Map`
 * of `keys` gives it, whatever the order of the lookups (in order, repeated,
 * skipping, backwards, absent keys, keys named like Object members).
 */
import { describe, expect, it } from 'vitest';
import { keyPositions } from '../../../src/core/export/key-positions';
import { createRng } from '../../../src/core/random';

describe('keyPositions(keys)', () => {
  it('finds what a Map of the keys finds, for 50 seeded random lookup sequences', () => {
    const rng = createRng(3);
    const keys = ['a', 'b', '__proto__', 'constructor', 'c', '0', 'toString', 'd'];
    const reference = new Map(keys.map((k, i) => [k, i]));
    const pool = [...keys, 'absent', 'hasOwnProperty', ''];
    for (let round = 0; round < 50; round++) {
      const positionOf = keyPositions(keys);
      for (let i = 0; i < 40; i++) {
        // Mostly the next key or the same one again, as the writers ask; sometimes anything.
        const r = rng();
        const key = r < 0.6 ? keys[i % keys.length]! : pool[Math.floor(rng() * pool.length)]!;
        expect(positionOf(key), key).toBe(reference.get(key));
      }
    }
  });

  it('answers undefined for every key of an empty list', () => {
    const positionOf = keyPositions([]);
    expect(positionOf('a')).toBeUndefined();
    expect(positionOf('')).toBeUndefined();
  });
});
