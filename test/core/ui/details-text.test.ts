/** Wording helpers of the details panel: ordinals, plurals, numbers, years. */
import { describe, expect, it } from 'vitest';
import {
  capitalise,
  formatNumber,
  formatPercent,
  formatYears,
  listWords,
  measurePhrase,
  ordinal,
  pluralType,
  relationWords,
} from '../../../src/ui/panels/details/text';

describe('details/text', () => {
  it('ordinal(n) gives st, nd, rd and th, with 11th–13th', () => {
    const got = [1, 2, 3, 4, 10, 11, 12, 13, 14, 21, 22, 23, 101, 102, 111, 112, 113, 121, 216].map(ordinal);
    expect(got).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '10th',
      '11th',
      '12th',
      '13th',
      '14th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '102nd',
      '111th',
      '112th',
      '113th',
      '121st',
      '216th',
    ]);
  });

  it('pluralType(type) turns city into cities and adds s to the others', () => {
    expect(pluralType('city')).toBe('cities');
    expect(pluralType('firm')).toBe('firms');
    expect(pluralType('project')).toBe('projects');
    expect(pluralType('intermediary')).toBe('intermediaries');
    expect(pluralType('funder')).toBe('funders');
    expect(pluralType('day')).toBe('days');
    expect(pluralType('unknown')).toBe('unknowns');
  });

  it('pluralType(type, 1) stays singular', () => {
    expect(pluralType('city', 1)).toBe('city');
    expect(pluralType('city', 0)).toBe('cities');
  });

  it('measurePhrase(label) lower-cases plain names and keeps PageRank', () => {
    expect(measurePhrase('Betweenness')).toBe('betweenness');
    expect(measurePhrase('Weighted degree')).toBe('weighted degree');
    expect(measurePhrase('PageRank')).toBe('PageRank');
    expect(measurePhrase('HHI')).toBe('HHI');
  });

  it('formatNumber(v) writes integers in full and others with 3 significant digits', () => {
    expect(formatNumber(257)).toBe('257');
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatNumber(0.005456652)).toBe('0.00546');
    expect(formatNumber(0.2528095)).toBe('0.253');
    expect(formatNumber(2.75e-62)).toBe('2.75e-62');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(NaN)).toBe('–');
  });

  it('formatPercent(share) rounds to a tenth of a percent', () => {
    expect(formatPercent(0.25)).toBe('25%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(1 / 3)).toBe('33.3%');
  });

  it('formatYears(years) lists up to three and spans more', () => {
    expect(formatYears([])).toBe('');
    expect(formatYears([2016])).toBe('2016');
    expect(formatYears([2016, 2018])).toBe('2016, 2018');
    expect(formatYears([2014, 2015, 2018, 2021])).toBe('2014–2021');
  });

  it('relationWords, capitalise and listWords read as prose', () => {
    expect(relationWords('provides_services_for')).toBe('provides services for');
    expect(capitalise('firms')).toBe('Firms');
    expect(listWords(['A'])).toBe('A');
    expect(listWords(['A', 'B'])).toBe('A and B');
    expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
