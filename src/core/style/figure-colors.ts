/**
 * Colour by a numeric figure: the values are cut into a few ordered bins,
 * each drawn with a colour of viridis (van der Walt & Smith 2015, the
 * matplotlib default; perceptually uniform, readable in grey and under the
 * common colour-vision deficiencies), dark for low values, light for high
 * ones. Nodes without the value (a firm has no vendor HHI) are a light
 * neutral grey. Binned rather than continuous so the legend can count the
 * nodes of each colour, as it does for categories.
 *
 * Bins: for a share or a 0–1 index, equal widths at round values (0.2,
 * 0.4…); for other figures, which are often skewed (most nodes of degree 1,
 * a few hubs of 100), the quintiles of the DISTINCT values, rounded to two
 * significant digits (whole numbers for whole-number data), so a value held
 * by most nodes does not swallow every bin. Bins are taken over the FULL
 * graph, so a node keeps its colour while filters change what is shown.
 */
import { ticks } from 'd3-array';
import { interpolateViridis } from 'd3-scale-chromatic';
import { formatHex, parseHex } from './color-vision';
import type { FigureUnit } from './figures';
import { formatLegendValue, formatShare } from './format';

/** Colour of a node without the figure's value. */
export const NO_FIGURE_COLOR = '#d0d0d0';

/** Part of viridis used: its last tenth (bright yellow) is hard to see on the white map. */
const VIRIDIS_END = 0.9;

/** One bin: values in [from, to) (the last one [from, to]). */
export interface FigureBin {
  from: number;
  to: number;
  label: string;
  color: string;
}

/** A value as legends show it in its unit: `40%` for a share, else the legend format of core/style/format.ts. */
export function formatFigureValue(value: number, unit: FigureUnit): string {
  return unit === 'share' ? formatShare(value) : formatLegendValue(value);
}

/** `k` viridis colours, low to high, as `#rrggbb`. */
export function viridisColors(k: number): string[] {
  return Array.from({ length: k }, (_, i) => formatHex(parseHex(interpolateViridis(k === 1 ? VIRIDIS_END / 2 : (i / (k - 1)) * VIRIDIS_END))));
}

/** The quantile `p` of sorted values (linear interpolation, as d3's `quantileSorted`). */
function quantile(sorted: Float64Array, p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (at - lo);
}

/** Inner bin edges (strictly between min and max, ascending) of finite `sorted` values. */
function edges(sorted: Float64Array, unit: FigureUnit, integer: boolean): number[] {
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  let inner: number[];
  if (unit === 'share' || unit === 'index') inner = ticks(min, max, 5);
  else {
    const distinct = Float64Array.from(new Set(sorted));
    inner = [0.2, 0.4, 0.6, 0.8].map((p) => {
      const q = Number(quantile(distinct, p).toPrecision(2));
      return integer ? Math.ceil(q) : q;
    });
  }
  // Whole-number bins hold a … b−1, so an edge at the maximum leaves it a bin of its own.
  return [...new Set(inner)].filter((t) => t > min && (integer ? t <= max : t < max)).sort((a, b) => a - b);
}

/**
 * The bins of `values` (NaN = no value) for a figure in `unit`: empty when
 * no value is finite, one bin when all are equal.
 */
export function figureBins(values: ArrayLike<number>, unit: FigureUnit): FigureBin[] {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) finite.push(values[i]!);
  if (finite.length === 0) return [];
  const sorted = Float64Array.from(finite).sort();
  const integer = finite.every(Number.isInteger);
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const bounds = [min, ...edges(sorted, unit, integer), max];
  const colors = viridisColors(Math.max(1, bounds.length - 1));
  const f = (v: number) => formatFigureValue(v, unit);
  if (min === max) return [{ from: min, to: max, label: f(min), color: colors[0]! }];
  const bins: FigureBin[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    const last = i + 2 === bounds.length;
    // Whole-number data: the bin [a, b) holds a … b−1 (the last one a … max).
    const top = integer && !last ? to - 1 : to;
    const label = integer ? (top <= from ? f(from) : `${f(from)}–${f(top)}`) : `${f(from)}–${f(to)}`;
    bins.push({ from, to, label, color: colors[i]! });
  }
  return bins;
}

/** Index of the bin of `value` in `bins` (-1 for no value). */
export function binOf(bins: readonly FigureBin[], value: number): number {
  if (!Number.isFinite(value) || bins.length === 0) return -1;
  for (let i = 0; i < bins.length - 1; i++) if (value < bins[i]!.to) return i;
  return bins.length - 1;
}
