/**
 * zOrderStarts (src/ui/map/z-order.ts): sigma 3.0's places of nodes sorted
 * by zIndex, stably in the graph's order — checked against the places a
 * stable sort of a small hand-made node list gives.
 */
import { describe, expect, it } from 'vitest';
import { zOrderStarts } from '../../src/ui/map/z-order';

describe('zOrderStarts', () => {
  it('zOrderStarts(counts) gives each zIndex its first picking id and first place per program, as a stable sort by zIndex does', () => {
    // Nodes in graph order: [program, zIndex].
    const nodes: [string, number][] = [
      ['circle', 0],
      ['square', 2],
      ['circle', 1],
      ['circle', 0],
      ['square', 0],
      ['circle', 2],
      ['square', 1],
    ];
    const zCounts = new Map<number, number>();
    const counts = new Map<string, Map<number, number>>();
    for (const [type, z] of nodes) {
      zCounts.set(z, (zCounts.get(z) ?? 0) + 1);
      if (!counts.has(type)) counts.set(type, new Map());
      counts.get(type)!.set(z, (counts.get(type)!.get(z) ?? 0) + 1);
    }
    const starts = zOrderStarts(zCounts, counts, ['circle', 'square', 'triangle']);
    // The oracle: a stable sort by zIndex; ids 1…n in that order, places counted per program.
    const sorted = nodes.map((n, i) => ({ type: n[0], z: n[1], i })).sort((a, b) => a.z - b.z);
    const nextId = new Map(starts.id);
    const nextPlace = new Map([...starts.place].map(([t, p]) => [t, new Map(p)]));
    const seen = new Map<string, number>();
    sorted.forEach((n, rank) => {
      expect(nextId.get(n.z)).toBe(rank + 1);
      nextId.set(n.z, rank + 2);
      const place = nextPlace.get(n.type)!;
      expect(place.get(n.z)).toBe(seen.get(n.type) ?? 0);
      place.set(n.z, place.get(n.z)! + 1);
      seen.set(n.type, (seen.get(n.type) ?? 0) + 1);
    });
    expect(Object.fromEntries(starts.total)).toEqual({ circle: 4, square: 3, triangle: 0 });
  });
});
