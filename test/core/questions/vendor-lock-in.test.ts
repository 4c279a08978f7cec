import { describe, expect, it } from 'vitest';
import { vendorLockIn } from '../../../src/core/questions';
import { analyzeCsv, analyzeDefault, HAND_MADE } from './fixtures';

describe('vendorLockIn', () => {
  it('vendorLockIn(g, indicators) lists cities with HHI ≥ 0.5 by HHI then name, with every tied top firm', () => {
    const a = analyzeCsv(HAND_MADE);
    const rows = vendorLockIn(a.graph, a.indicators);
    // D: F4 via Q and R (2 of 2) → 1; E: F4 via Q and R → 1; A, C: F1 and F2 one link each → ½, a tie.
    // B: F1, F2, F3 one each → ⅓, not listed.
    expect(rows.map((r) => [r.label, r.vendorHhi, r.topFirms.map((f) => f.label)])).toEqual([
      ['D', 1, ['F4']],
      ['E', 1, ['F4']],
      ['A', 0.5, ['F1', 'F2']],
      ['C', 0.5, ['F1', 'F2']],
    ]);
    expect(vendorLockIn(a.graph, a.indicators, { threshold: 0.9 }).map((r) => r.key)).toEqual(['D', 'E']);
  });

  it('vendorLockIn(default dataset) lists 54 cities, each locked to a named firm', () => {
    const a = analyzeDefault();
    const rows = vendorLockIn(a.graph, a.indicators);
    expect(rows).toHaveLength(54);
    expect(rows.every((r) => r.vendorHhi >= 0.5 && r.topFirms.length >= 1)).toBe(true);
    expect(rows.filter((r) => r.vendorHhi === 1).length).toBeGreaterThan(30);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.vendorHhi).toBeGreaterThanOrEqual(rows[i]!.vendorHhi);
  });
});
