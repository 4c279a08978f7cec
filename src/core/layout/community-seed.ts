/**
 * Start positions that already show the community structure, so the first
 * picture means something before ForceAtlas2 has run long: each community is
 * a disc whose area grows with its size, the discs laid along a sunflower
 * spiral (largest at the centre), and inside each disc the nodes on a
 * sunflower (Vogel 1979, "A better way to construct the sunflower head",
 * Math. Biosci. 44) with the best-connected nodes in the middle. A seeded
 * jitter breaks exact symmetries that FA2 could not escape.
 *
 * Written by hand: graphology-layout's circlepack needs a hierarchy attribute
 * on every node and packs exactly, which we do not need for a start point.
 */
import { createRng } from '../random';
import type { Point } from './seed-positions';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Positions on a sunflower of `count` points with spacing `step`, centre first. */
function sunflower(count: number, step: number): Point[] {
  const out: Point[] = [];
  for (let k = 0; k < count; k++) {
    const r = step * Math.sqrt(k + 0.5);
    out.push({ x: r * Math.cos(k * GOLDEN_ANGLE), y: r * Math.sin(k * GOLDEN_ANGLE) });
  }
  return out;
}

/**
 * Start positions by community of the nodes `keys` (a graph's `nodes()`, or
 * a component's). `community[i]` is the community of `keys[i]` (0 =
 * largest); `degree[i]` orders nodes within one.
 */
export function communitySeedPositions(keys: readonly string[], community: ArrayLike<number>, degree: ArrayLike<number>, seed: number): Map<string, Point> {
  const rng = createRng(seed);
  const members = new Map<number, number[]>();
  keys.forEach((_k, i) => {
    const c = community[i] ?? 0;
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });
  // Communities by size (ids are already numbered by size; sort anyway for any input).
  const groups = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const spacing = 10;
  const radius = (size: number) => spacing * Math.sqrt(size + 1);
  // Disc centres on a spiral whose step grows with the discs already placed.
  const out = new Map<string, Point>();
  let area = 0;
  groups.forEach((group, g) => {
    const r = radius(group.length);
    const distance = g === 0 ? 0 : Math.sqrt(area / Math.PI) + r * 1.2;
    area += Math.PI * (r * 1.6) ** 2;
    const cx = distance * Math.cos(g * GOLDEN_ANGLE);
    const cy = distance * Math.sin(g * GOLDEN_ANGLE);
    const ordered = [...group].sort((a, b) => (degree[b] ?? 0) - (degree[a] ?? 0) || a - b);
    const spots = sunflower(ordered.length, spacing);
    ordered.forEach((i, k) => {
      const p = spots[k]!;
      out.set(keys[i]!, { x: cx + p.x + (rng() - 0.5) * spacing * 0.3, y: cy + p.y + (rng() - 0.5) * spacing * 0.3 });
    });
  });
  return out;
}
