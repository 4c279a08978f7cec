import { describe, expect, it } from 'vitest';
import {
  CATEGORY_PALETTE,
  categoricalColors,
  colorDistance,
  OTHER_COLOR,
  simulateDeuteranopia,
  TYPE_COLORS,
  typeColor,
  typeColors,
} from '../../../src/core/style';

/** Smallest ΔE*ab we accept between two palette colours as seen with deuteranopia. */
const MIN_DELTA_E = 15;

function closestPair(colors: readonly string[]): { a: string; b: string; d: number } {
  let best = { a: '', b: '', d: Infinity };
  for (let i = 0; i < colors.length; i++)
    for (let j = i + 1; j < colors.length; j++) {
      const d = colorDistance(simulateDeuteranopia(colors[i]!), simulateDeuteranopia(colors[j]!));
      if (d < best.d) best = { a: colors[i]!, b: colors[j]!, d };
    }
  return best;
}

describe('typeColor', () => {
  it('typeColor(type) gives the Okabe–Ito blue, orange and green to city, project and firm', () => {
    expect([typeColor('city'), typeColor('project'), typeColor('firm')]).toEqual(['#0072B2', '#E69F00', '#009E73']);
    expect(typeColor('unknown')).toBe('#999999');
  });

  it('typeColor(type, allTypes) gives other types the next Okabe–Ito colours in sorted order', () => {
    const all = ['firm', 'intermediary', 'city', 'funder', 'unknown'];
    expect(typeColor('funder', all)).toBe('#CC79A7');
    expect(typeColor('intermediary', all)).toBe('#D55E00');
    expect(typeColor('unknown', all)).toBe('#999999');
    // Without the list an unnamed type cannot be placed: grey.
    expect(typeColor('funder')).toBe('#999999');
  });

  it('typeColors(allTypes) gives types beyond the five extra colours the "other" grey', () => {
    const colors = typeColors(['a', 'b', 'c', 'd', 'e', 'f', 'city']);
    expect([...colors.values()]).toEqual(['#0072B2', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#000000', OTHER_COLOR]);
    expect(colors.get('f')).toBe(OTHER_COLOR);
  });
});

describe('categoricalColors', () => {
  it('categoricalColors(categories) follows the order given and greys what is beyond the palette', () => {
    const keys = Array.from({ length: 14 }, (_, i) => i);
    const colors = categoricalColors(keys);
    expect(colors.get(0)).toBe('#CC6677');
    expect(colors.get(11)).toBe(CATEGORY_PALETTE[11]);
    expect(colors.get(12)).toBe(OTHER_COLOR);
    expect(colors.get(13)).toBe(OTHER_COLOR);
    expect(CATEGORY_PALETTE).toHaveLength(12);
    expect(new Set(CATEGORY_PALETTE).size).toBe(12);
  });

  it('categoricalColors(categories) never grows on lookup and does not depend on lookup order', () => {
    const colors = categoricalColors<string>(['b', 'a']);
    expect(colors.get('zzz')).toBeUndefined();
    expect(colors.size).toBe(2);
    expect(categoricalColors(['b', 'a']).get('a')).toBe(CATEGORY_PALETTE[1]);
  });
});

describe('palettes under deuteranopia', () => {
  it(`the threshold ΔE ${MIN_DELTA_E} rejects a known confusable red–green pair (Tableau 10 red vs green)`, () => {
    // In normal vision these are far apart; with deuteranopia they merge.
    expect(colorDistance('#D62728', '#2CA02C')).toBeGreaterThan(100);
    expect(colorDistance(simulateDeuteranopia('#D62728'), simulateDeuteranopia('#2CA02C'))).toBeLessThan(MIN_DELTA_E);
    // Pure red and pure green differ in lightness, so ΔE76 keeps them apart even then.
    expect(colorDistance(simulateDeuteranopia('#FF0000'), simulateDeuteranopia('#00FF00'))).toBeGreaterThan(MIN_DELTA_E);
  });

  it('the type colours (Okabe–Ito) stay pairwise distinguishable under deuteranopia', () => {
    const types = [...TYPE_COLORS.values(), ...typeColors(['a', 'b', 'c', 'd', 'e']).values()];
    expect(types).toHaveLength(8);
    const pair = closestPair(types);
    expect(pair.d, `${pair.a} vs ${pair.b}`).toBeGreaterThan(MIN_DELTA_E);
  });

  it('the first 8 category colours (Tol muted) stay pairwise distinguishable under deuteranopia', () => {
    const pair = closestPair(CATEGORY_PALETTE.slice(0, 8));
    expect(pair.d, `${pair.a} vs ${pair.b}`).toBeGreaterThan(MIN_DELTA_E);
  });

  it('all 12 category colours stay pairwise distinguishable in normal vision', () => {
    let min = Infinity;
    for (const a of CATEGORY_PALETTE) for (const b of CATEGORY_PALETTE) if (a !== b) min = Math.min(min, colorDistance(a, b));
    expect(min).toBeGreaterThan(20);
  });
});
