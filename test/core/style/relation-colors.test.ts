import { describe, expect, it } from 'vitest';
import { CATEGORY_PALETTE, OTHER_COLOR, relationColors, relationsByFrequency } from '../../../src/core/style';
import { smallGraph } from '../filter/fixture';

describe('relationsByFrequency', () => {
  it('relationsByFrequency(g) counts edges per relation, most frequent first, ties alphabetical, "(none)" for none', () => {
    expect(relationsByFrequency(smallGraph())).toEqual([
      { relation: 'uses', count: 5 },
      { relation: '(none)', count: 1 },
      { relation: 'develops', count: 1 },
      { relation: 'maintains', count: 1 },
    ]);
  });
});

describe('relationColors', () => {
  it('relationColors(relations) gives the palette in the order given and the "other" grey beyond it', () => {
    const rels = Array.from({ length: 13 }, (_, i) => `r${i}`);
    const colors = relationColors(rels);
    expect(colors.get('r0')).toBe(CATEGORY_PALETTE[0]);
    expect(colors.get('r11')).toBe(CATEGORY_PALETTE[11]);
    expect(colors.get('r12')).toBe(OTHER_COLOR);
    expect(colors.get('missing')).toBeUndefined();
  });
});
