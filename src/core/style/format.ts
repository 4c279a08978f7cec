/**
 * The one number format of the app: every place that shows a measure or a
 * count to a reader (details panel, node table, legends on the page and in
 * SVG/PNG exports, charts, tooltips) formats through {@link formatNumber},
 * so a value reads the same everywhere. Whole numbers are grouped
 * ("1,234,567"), others keep a few significant digits ("12.3"), tiny ones
 * switch to scientific notation ("2.9e-55", never "0.0000000000") and a
 * value that is not a number reads "–".
 */

/** Options of {@link formatNumber}. */
export interface NumberFormatOptions {
  /** Significant digits of a value that is not a whole number (1–21). */
  digits: number;
  /** Below this magnitude (and above 0) a value is written in scientific notation. */
  tiny: number;
  /** Significant digits in scientific notation; `digits` when left out. */
  tinyDigits?: number;
}

/** The defaults: 3 significant digits, scientific notation under 0.0001. */
export const DEFAULT_NUMBER_FORMAT: Readonly<NumberFormatOptions> = Object.freeze({ digits: 3, tiny: 1e-4 });

/** What a missing or non-finite value reads as. */
export const NO_NUMBER = '–';

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const significant = new Map<number, Intl.NumberFormat>();
function significantFormat(digits: number): Intl.NumberFormat {
  let f = significant.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits });
    significant.set(digits, f);
  }
  return f;
}

/**
 * A number as a reader sees it: `0` → "0", `1e-55` → "1e-55", `0.000123` →
 * "0.000123", `0.5` → "0.5", `12.345` → "12.3", `1234567` → "1,234,567",
 * `-3` → "-3", `NaN` → "–". Values of 10^digits and more (1,000 by
 * default) are rounded to whole numbers and grouped.
 */
export function formatNumber(value: number, options: Partial<NumberFormatOptions> = {}): string {
  if (!Number.isFinite(value)) return NO_NUMBER;
  if (value === 0) return '0';
  const { digits, tiny, tinyDigits = digits } = { ...DEFAULT_NUMBER_FORMAT, ...options };
  const abs = Math.abs(value);
  // Whole-number digits are never dropped: 123.4 with 2 digits is "123", not "120".
  if (Number.isInteger(value) || abs >= 10 ** digits) return GROUPED.format(value);
  // toPrecision then toExponential drops trailing zeros: 2.90e-55 → "2.9e-55".
  if (abs < tiny) return Number(value.toPrecision(tinyDigits)).toExponential();
  return significantFormat(digits).format(value);
}

/** The format of legend values (page, SVG and PNG legends, colour bins): tiny ticks kept short ("4.6e-74"). */
export const LEGEND_FORMAT: Readonly<Partial<NumberFormatOptions>> = Object.freeze({ tinyDigits: 2 });

/** A value in a legend: {@link formatNumber} with {@link LEGEND_FORMAT}, so every legend's ticks read alike. */
export function formatLegendValue(value: number): string {
  return formatNumber(value, LEGEND_FORMAT);
}

/** A share in [0, 1] as a percentage with the same digits: 0.4 → "40%", 1/3 → "33.3%". */
export function formatShare(share: number, options: Partial<NumberFormatOptions> = {}): string {
  if (!Number.isFinite(share)) return NO_NUMBER;
  return `${formatNumber(Math.round(share * 1000) / 10, options)}%`;
}
