/**
 * Colour arithmetic for checking palettes: a simulation of deuteranopia and a
 * perceptual colour difference, so a test can show that the map's colours stay
 * apart for the most common colour-vision deficiency.
 *
 * Written by hand (about 40 lines of standard formulas) rather than adding
 * d3-color as a dependency only for tests and one simulation matrix, which
 * d3-color does not provide anyway.
 *
 * - Deuteranopia: Machado, Oliveira & Fernandes (2009), "A physiologically-based
 *   model for simulation of color vision deficiency", IEEE TVCG 15(6), matrix
 *   for deuteranomaly at severity 1.0, applied to linear RGB.
 * - Difference: CIE76 ΔE*ab, the Euclidean distance in CIELAB (D65 white);
 *   sRGB transfer and XYZ matrix from IEC 61966-2-1.
 */

type Rgb = [number, number, number];

/** Machado et al. (2009), Table 1, deuteranomaly, severity 1.0 (rows: R', G', B'). */
const DEUTERANOPIA: readonly Rgb[] = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];

/** Parses `#rgb` or `#rrggbb` into 0–1 sRGB components. */
export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`style/color: '${hex}' is not a #rrggbb colour`);
  let h = m[1]!;
  if (h.length === 3) h = h.replace(/./g, (c) => c + c);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as Rgb;
}

/** Formats 0–1 sRGB components (clamped) as `#rrggbb`. */
export function formatHex(rgb: readonly number[]): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** How `hex` looks to a person with deuteranopia (Machado et al. 2009, severity 1.0). */
export function simulateDeuteranopia(hex: string): string {
  const lin = parseHex(hex).map(toLinear);
  const out = DEUTERANOPIA.map((row) => fromLinear(Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!))));
  return formatHex(out);
}

/** CIELAB coordinates [L*, a*, b*] of an sRGB colour (D65). */
export function hexToLab(hex: string): Rgb {
  const [r, g, b] = parseHex(hex).map(toLinear) as Rgb;
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference ΔE*ab between two `#rrggbb` colours (about 2.3 = just noticeable). */
export function colorDistance(a: string, b: string): number {
  const p = hexToLab(a);
  const q = hexToLab(b);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
