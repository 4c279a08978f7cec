/** Tests of the charts' data helpers: degree distribution, log-scale decision, top N, label truncation. */
import { describe, expect, it } from 'vitest';
import { degreeDistribution, median, topNodes, truncateLabel, useLogScale } from '../../../src/ui/charts/chart-data';

describe('ui/charts/chart-data', () => {
  it('degreeDistribution(nodes, types) counts nodes per degree for each type, in the given type order', () => {
    const nodes = [
      { type: 'city', degree: 1 },
      { type: 'city', degree: 1 },
      { type: 'city', degree: 3 },
      { type: 'project', degree: 2 },
      { type: 'funder', degree: 1 },
    ];
    expect(degreeDistribution(nodes, ['project', 'city', 'firm'])).toEqual([
      { type: 'project', points: [{ degree: 2, count: 1 }] },
      {
        type: 'city',
        points: [
          { degree: 1, count: 2 },
          { degree: 3, count: 1 },
        ],
      },
      { type: 'funder', points: [{ degree: 1, count: 1 }] },
    ]);
  });

  it('median(values) takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('useLogScale(degrees) is true when max / median degree exceeds 20, ignoring isolates', () => {
    expect(useLogScale([1, 1, 1, 2, 21])).toBe(true);
    expect(useLogScale([1, 1, 1, 2, 20])).toBe(false);
    expect(useLogScale([0, 0, 0, 0, 3, 3, 4])).toBe(false);
    expect(useLogScale([5])).toBe(false);
    expect(useLogScale([2, 3, 4, 5, 6], 1)).toBe(true);
  });

  it('topNodes(nodes, n) keeps the n largest finite values, ties by label', () => {
    const nodes = [
      { id: 'a', label: 'B', type: 'city', value: 2 },
      { id: 'b', label: 'A', type: 'city', value: 2 },
      { id: 'c', label: 'C', type: 'firm', value: NaN },
      { id: 'd', label: 'D', type: 'firm', value: 5 },
      { id: 'e', label: 'E', type: 'firm', value: 1 },
    ];
    expect(topNodes(nodes, 3).map((d) => d.id)).toEqual(['d', 'b', 'a']);
    expect(topNodes(nodes, 10)).toHaveLength(4);
  });

  it('truncateLabel(text, max) shortens long labels with an ellipsis', () => {
    expect(truncateLabel('Decidim', 10)).toBe('Decidim');
    expect(truncateLabel('Landeshauptstadt München', 12)).toBe('Landeshaupt…');
    expect(truncateLabel('Landeshauptstadt München', 12)).toHaveLength(12);
  });
});
