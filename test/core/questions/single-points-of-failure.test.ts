import { describe, expect, it } from 'vitest';
import { QUESTIONS, singlePointsOfFailure } from '../../../src/core/questions';
import { VIEW_IDS } from '../../../src/core/view-settings';
import { analyzeCsv, analyzeDefault, HAND_MADE } from './fixtures';

describe('singlePointsOfFailure', () => {
  it('singlePointsOfFailure(g) lists projects of ≥ 2 cities with one maintaining firm, not those a city co-develops', () => {
    const a = analyzeCsv(HAND_MADE);
    // P has two maintainers (F1, F2); R is developed by F4 and the city E; Q rests on F4 alone.
    expect(singlePointsOfFailure(a.graph)).toEqual([
      {
        key: 'Q',
        label: 'Q',
        maintainer: { key: 'F4', label: 'F4' },
        cities: [
          { key: 'D', label: 'D' },
          { key: 'E', label: 'E' },
        ],
      },
    ]);
    expect(singlePointsOfFailure(a.graph, { minCities: 3 })).toEqual([]);
  });

  it('singlePointsOfFailure(default dataset): FixMyStreet on mySociety (31 cities), CKAN on the Open Knowledge Foundation (23)', () => {
    const rows = singlePointsOfFailure(analyzeDefault().graph);
    expect(rows.map((r) => [r.key, r.maintainer.key, r.cities.length])).toEqual([
      ['FixMyStreet', 'mySociety', 31],
      ['CKAN', 'Open Knowledge Foundation', 23],
      ['io-Comune', 'RedTurtle', 8],
      ['Open Zaak', 'Maykin Media', 8],
    ]);
  });
});

describe('QUESTIONS', () => {
  it('describes five questions, each with a title, two sentences and known views', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual(['vendor-lock-in', 'brokers', 'reach', 'coalitions', 'single-points-of-failure']);
    for (const q of QUESTIONS) {
      expect(q.title.length).toBeGreaterThan(0);
      expect(q.explanation).toHaveLength(2);
      expect(q.explanation.every((s) => s.endsWith('.'))).toBe(true);
      expect(q.views.length).toBeGreaterThan(0);
      expect(q.views.every((v) => VIEW_IDS.includes(v))).toBe(true);
    }
  });
});
