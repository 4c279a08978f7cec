/** Ranks within a node's type, as the details panel words them. */
import { describe, expect, it } from 'vitest';
import { categorySizes, rankSentence, rankWithinType } from '../../../src/ui/panels/details/ranks';

const types = ['city', 'city', 'firm', 'city', 'city', 'firm'];
const values = Float64Array.from([5, 9, 100, 5, NaN, 1]);

describe('details/ranks', () => {
  it('rankWithinType(…, lowerFirst) ranks from the lowest value (constraint: low = broker) and says so', () => {
    const rank = rankWithinType(values, types, 1, true);
    expect(rank).toEqual({ rank: 3, total: 3, tied: 0, lowerFirst: true });
    expect(rankSentence({ rank: 1, total: 39, tied: 0, lowerFirst: true }, 'firm', 'Constraint')).toBe('1st of 39 firms by lowest constraint');
  });

  it('rankWithinType ranks against the same type only, highest first', () => {
    expect(rankWithinType(values, types, 1)).toEqual({ rank: 1, total: 3, tied: 0 });
    expect(rankWithinType(values, types, 5)).toEqual({ rank: 2, total: 2, tied: 0 });
    expect(rankWithinType(values, types, 2)).toEqual({ rank: 1, total: 2, tied: 0 });
  });

  it('rankWithinType gives tied nodes the better rank', () => {
    expect(rankWithinType(values, types, 0)).toEqual({ rank: 2, total: 3, tied: 1 });
    expect(rankWithinType(values, types, 3)).toEqual({ rank: 2, total: 3, tied: 1 });
  });

  it('rankWithinType returns null for an unknown value or index', () => {
    expect(rankWithinType(values, types, 4)).toBeNull();
    expect(rankWithinType(values, types, 99)).toBeNull();
  });

  it('rankSentence words the rank with ordinals and plural type names', () => {
    expect(rankSentence({ rank: 2, total: 216, tied: 0 }, 'city', 'Betweenness')).toBe('2nd of 216 cities by betweenness');
    expect(rankSentence({ rank: 11, total: 39, tied: 1 }, 'firm', 'PageRank')).toBe('11th of 39 firms by PageRank (tied with 1 other)');
    expect(rankSentence({ rank: 21, total: 1200, tied: 3 }, 'project', 'Weighted degree')).toBe(
      '21st of 1,200 projects by weighted degree (tied with 3 others)',
    );
    expect(rankSentence({ rank: 1, total: 1, tied: 0 }, 'city', 'Degree')).toBe('1st of 1 city by degree');
  });

  it('categorySizes counts the nodes of each community or component', () => {
    expect([...categorySizes(Float64Array.from([0, 0, 1, 0, 2, NaN]))]).toEqual([
      [0, 3],
      [1, 1],
      [2, 1],
    ]);
  });
});
