import { describe, expect, it } from 'vitest';
import { formatLegendValue, formatNumber, formatShare } from '../../../src/core/style/format';

describe('formatNumber(value)', () => {
  it('writes zero, whole numbers grouped, and negatives with their sign', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(-3)).toBe('-3');
    expect(formatNumber(111)).toBe('111');
  });
  it('keeps 3 significant digits of other values', () => {
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(0.000123)).toBe('0.000123');
    expect(formatNumber(0.75123)).toBe('0.751');
    expect(formatNumber(-0.25)).toBe('-0.25');
  });
  it('rounds values of 1,000 and more to grouped whole numbers', () => {
    expect(formatNumber(1234.567)).toBe('1,235');
  });
  it('writes tiny values in scientific notation, never as a run of zeros', () => {
    expect(formatNumber(1e-55)).toBe('1e-55');
    expect(formatNumber(2.9e-55)).toBe('2.9e-55');
    expect(formatNumber(2.903e-55)).toBe('2.9e-55');
    expect(formatNumber(-1.234e-7)).toBe('-1.23e-7');
  });
  it('writes a value that is not a number as a dash', () => {
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('–');
  });
  it('takes the significant digits and the scientific threshold as options', () => {
    expect(formatNumber(12.345, { digits: 2 })).toBe('12');
    expect(formatNumber(123.4, { digits: 2 })).toBe('123');
    expect(formatNumber(2.903e-55, { tinyDigits: 2 })).toBe('2.9e-55');
    expect(formatNumber(0.000123, { tiny: 1e-3 })).toBe('1.23e-4');
  });
});

describe('formatShare(share)', () => {
  it('writes a share in [0, 1] as a percentage', () => {
    expect(formatShare(0.4)).toBe('40%');
    expect(formatShare(1 / 3)).toBe('33.3%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(Number.NaN)).toBe('–');
  });
});

describe('formatLegendValue(value)', () => {
  it('is formatNumber with 2 significant digits in scientific notation', () => {
    expect(formatLegendValue(0.253)).toBe('0.253');
    expect(formatLegendValue(123.4)).toBe('123');
    expect(formatLegendValue(4.55e-74)).toBe('4.6e-74');
    expect(formatLegendValue(27396.2)).toBe('27,396');
  });
});
