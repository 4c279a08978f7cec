import { describe, expect, it } from 'vitest';
import { colorDistance, formatHex, hexToLab, parseHex, simulateDeuteranopia } from '../../../src/core/style';
import { NO_FIGURE_COLOR, viridisColors } from '../../../src/core/style/figure-colors';

describe('hexToLab', () => {
  it('hexToLab(hex) gives the CIELAB coordinates of sRGB white, black and red (D65)', () => {
    const white = hexToLab('#ffffff');
    expect(white[0]).toBeCloseTo(100, 3);
    expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(1e-3);
    expect(hexToLab('#000000')).toEqual([0, 0, 0]);
    const red = hexToLab('#ff0000');
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
    expect(red[2]).toBeCloseTo(67.2, 1);
  });
});

describe('colorDistance', () => {
  it('colorDistance(a, b) is the CIE76 ΔE: 0 for equal colours, 100 from black to white', () => {
    expect(colorDistance('#336699', '#336699')).toBe(0);
    expect(colorDistance('#000', '#fff')).toBeCloseTo(100, 3);
  });
});

describe('simulateDeuteranopia', () => {
  it('simulateDeuteranopia(hex) keeps greys and black and white', () => {
    expect(simulateDeuteranopia('#000000')).toBe('#000000');
    expect(simulateDeuteranopia('#ffffff')).toBe('#ffffff');
    expect(colorDistance(simulateDeuteranopia('#808080'), '#808080')).toBeLessThan(1);
  });

  it('simulateDeuteranopia(hex) maps red and green towards the same yellowish hue', () => {
    expect(simulateDeuteranopia('#ff0000')).toBe('#a39000');
    expect(simulateDeuteranopia('#00ff00')).toBe('#efd63a');
  });
});

describe('parseHex / formatHex', () => {
  it('parseHex reads #rgb and #rrggbb; formatHex writes #rrggbb', () => {
    expect(parseHex('#f00')).toEqual([1, 0, 0]);
    expect(formatHex(parseHex('#0072B2'))).toBe('#0072b2');
    expect(() => parseHex('blue')).toThrow("style/color: 'blue' is not a #rrggbb colour");
  });
});

describe('viridisColors under deuteranopia', () => {
  it('viridisColors(k) for 2 to 8 bins: each bin is told from the next and from the "no value" grey under simulated deuteranopia', () => {
    for (let k = 2; k <= 8; k++) {
      const colors = viridisColors(k).map(simulateDeuteranopia);
      const lightness = colors.map((c) => hexToLab(c)[0]);
      for (let i = 1; i < k; i++) {
        expect(colorDistance(colors[i - 1]!, colors[i]!)).toBeGreaterThan(8);
        // Sequential: lightness grows with the value whatever the colour vision.
        expect(lightness[i]!).toBeGreaterThan(lightness[i - 1]!);
      }
      for (const c of colors) expect(colorDistance(c, simulateDeuteranopia(NO_FIGURE_COLOR))).toBeGreaterThan(10);
    }
  });
});
