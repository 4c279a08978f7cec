import { describe, expect, it } from 'vitest';
import { sizeScale } from '../../../src/core/style';

describe('sizeScale', () => {
  it('sizeScale(values) maps 0 → 3 and the largest value → 18, area proportional to value', () => {
    const s = sizeScale(Float64Array.from([0, 1, 4]));
    expect(s(0)).toBe(3);
    expect(s(4)).toBe(18);
    expect(s(1)).toBeCloseTo(3 + 15 * 0.5, 12);
    expect(s.domainMax).toBe(4);
  });

  it('sizeScale(values, {min, max}) uses the radius range given and clamps', () => {
    const s = sizeScale(Float64Array.from([2, 8]), { min: 1, max: 11 });
    expect(s(8)).toBe(11);
    expect(s(2)).toBeCloseTo(6, 12);
    expect(s(100)).toBe(11);
    expect(s(-5)).toBe(1);
  });

  it('sizeScale(all zero) gives every node the minimum radius', () => {
    const s = sizeScale(new Float64Array(5));
    expect([s(0), s(1)]).toEqual([3, 3]);
    expect(s.ticks()).toEqual([]);
  });

  it('sizeScale(values with NaN) ignores NaN for the domain and sizes NaN at the minimum', () => {
    const s = sizeScale(Float64Array.from([NaN, 9, Infinity]));
    expect(s.domainMax).toBe(9);
    expect(s(NaN)).toBe(3);
    expect(s(9)).toBe(18);
  });

  it('sizeScale(values).ticks() gives round values below the maximum, then the maximum', () => {
    // 80 is dropped: its radius (16.6) is within 10% of the range from the maximum's (18).
    expect(sizeScale(Float64Array.from([0, 97])).ticks()).toEqual([20, 40, 60, 97]);
    expect(sizeScale(Float64Array.from([0, 97])).ticks(3)).toEqual([50, 97]);
    expect(sizeScale(Float64Array.from([0.5])).ticks(2)).toEqual([0.2, 0.4, 0.5]);
  });
});
