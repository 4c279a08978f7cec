/**
 * Tests of fitClear, the geometry behind fitting the camera clear of the
 * legend overlay: hand-built nodes on an 800 × 600 map whose expected ratios
 * are worked out by hand (a ratio is the pixel extent at ratio 1 over the
 * room the paddings leave; node discs shrink as 1 / √ratio, sigma's default).
 */
import { describe, expect, it } from 'vitest';
import { fitClear, type FitInput } from '../../../src/ui/map/fit-clear';

const legend = { left: 544, top: 10, right: 790, bottom: 310 };

/** Pixel position of node `i` under a fit. */
function at(input: FitInput, fit: ReturnType<typeof fitClear>, i: number) {
  return { x: input.width / 2 + fit.shiftX + input.offsets[2 * i]! / fit.ratio, y: input.height / 2 + fit.shiftY + input.offsets[2 * i + 1]! / fit.ratio };
}

/** Whether no node's disc meets `area` under `fit`. */
function clearOf(input: FitInput, fit: ReturnType<typeof fitClear>, area: { left: number; top: number; right: number; bottom: number }): boolean {
  for (let k = 0; k < input.offsets.length / 2; k++) {
    const p = at(input, fit, k);
    const r = input.radius(k, fit.ratio);
    if (p.x + r > area.left && p.x - r < area.right && p.y + r > area.top && p.y - r < area.bottom) return false;
  }
  return true;
}

function input(points: [number, number][], avoid = [legend]): FitInput {
  return {
    width: 800,
    height: 600,
    offsets: Float64Array.from(points.flat()),
    radius: (_i, ratio) => 4 / Math.sqrt(ratio),
    padding: 30,
    bound: (r) => r,
    avoid,
  };
}

describe('ui/map/fitClear', () => {
  it('fitClear without an overlay is the plain fit: the box fills the room inside the padding, centred', () => {
    // A 1,480 × 1,080 px box at ratio 1 in 740 × 540 px of room: ratio 2, centred.
    const i = input(
      [
        [-740, -540],
        [740, 540],
        [0, 0],
      ],
      [],
    );
    const fit = fitClear(i);
    expect(fit.ratio).toBeCloseTo(2, 12);
    expect(at(i, fit, 0)).toEqual({ x: 30, y: 30 });
    expect(at(i, fit, 1)).toEqual({ x: 770, y: 570 });
  });

  it('fitClear keeps the plain zoom when the overlay covers an empty corner of the box (a disc-shaped graph), moving it sideways at most', () => {
    // Nodes on a circle: the box's top-right corner, under the legend, is empty at the plain fit.
    const circle: [number, number][] = Array.from({ length: 64 }, (_, k) => [270 * Math.cos((k * Math.PI) / 32), 270 * Math.sin((k * Math.PI) / 32)]);
    circle.push([-270, 270], [-270, -270], [270, 270]); // three corners filled, the legend's left free
    // A legend of 170 × 110 px in the top-right corner: the circle passes it at x ≤ 400 + 201 px where y ≤ 120.
    const i = input(circle, [{ left: 620, top: 10, right: 790, bottom: 120 }]);
    const fit = fitClear(i);
    expect(fit.ratio).toBeCloseTo(1, 12);
    expect(fit.shiftY).toBeCloseTo(0, 12);
    expect(clearOf(i, fit, { left: 620, top: 10, right: 790, bottom: 120 })).toBe(true);
    // The same circle under the tall legend moves away.
    expect(fitClear(input(circle)).ratio).toBeGreaterThan(1);
  });

  it('fitClear moves a wide graph out from under the legend, and no node disc meets it', () => {
    // A full grid of 21 × 15 nodes spanning the plain room: the top-right nodes are under the legend at the plain fit.
    const grid: [number, number][] = [];
    for (let a = 0; a <= 20; a++) for (let b = 0; b <= 14; b++) grid.push([-740 + 74 * a, -540 + (1080 / 14) * b]);
    const i = input(grid);
    const plain = fitClear(input(grid, []));
    const fit = fitClear(i);
    expect(fit.ratio).toBeGreaterThan(plain.ratio);
    expect(clearOf(i, plain, legend)).toBe(false);
    expect(clearOf(i, fit, legend)).toBe(true);
    for (let k = 0; k < grid.length; k++) {
      expect(at(i, fit, k).x).toBeGreaterThanOrEqual(0);
      expect(at(i, fit, k).x).toBeLessThanOrEqual(800);
    }
    // Beside the legend (room 544 − 8 − 30 wide at most) or below it: never more zoomed out than the worse of those two.
    const beside = 1480 / (800 - 30 - (800 - 544 + 30));
    const below = 1080 / (600 - 30 - (310 + 30));
    expect(fit.ratio).toBeLessThanOrEqual(Math.max(beside, below) + 1e-9);
  });

  it('fitClear with a box (the geographic strip and its label) shows it whole and keeps it clear of the legend', () => {
    // Nodes in the left part of the plain room; a box to their right, spanning the top of the map, under the legend.
    const nodes: [number, number][] = [
      [-740, -540],
      [200, 540],
    ];
    const boxes = Float64Array.from([300, -540, 740, -100]);
    const without = fitClear(input(nodes));
    const i = { ...input(nodes), boxes };
    const fit = fitClear(i);
    // The box widens the fit: its right edge is inside the map.
    const right = i.width / 2 + fit.shiftX + 740 / fit.ratio;
    expect(right).toBeLessThanOrEqual(800);
    expect(fit.ratio).toBeGreaterThan(without.ratio);
    // And it does not meet the legend (grown by the gap).
    const box = {
      left: i.width / 2 + fit.shiftX + 300 / fit.ratio,
      right,
      top: i.height / 2 + fit.shiftY - 540 / fit.ratio,
      bottom: i.height / 2 + fit.shiftY - 100 / fit.ratio,
    };
    const meets = box.right > legend.left && box.left < legend.right && box.bottom > legend.top && box.top < legend.bottom;
    expect(meets).toBe(false);
    expect(clearOf(i, fit, legend)).toBe(true);
  });
});
