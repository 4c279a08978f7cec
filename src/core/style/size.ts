/**
 * Node size from a measure: radius grows with the square root of the value,
 * so a node's AREA is proportional to it (the perceptually honest choice for
 * circles; Tufte 1983, "The Visual Display of Quantitative Information").
 * Built on d3-scale's `scaleSqrt` over [0, largest value].
 *
 * Sizes that fit the view: given the picture's size (`fit`), the radius range
 * shrinks when the nodes' discs together would cover more than
 * {@link SIZE_FIT}.share of the picture — radii are multiplied by
 * k = sqrt(share · width · height / Σ π r²) (areas by k², so the sum lands on
 * the share), each end kept at or above its floor so small nodes stay
 * clickable and the largest stay larger than the smallest. The sum counts
 * every node of the graph (not only the filtered ones), so sizes stay put
 * while filters change; the map, the legend and the figures use the same rule
 * with their own width and height.
 */
import { scaleSqrt } from 'd3-scale';

export interface SizeScaleOptions {
  /** Radius of the value 0 (and of missing values). Default 3. */
  min?: number;
  /** Radius of the largest value. Default 18. */
  max?: number;
  /** Fit the range to a picture of this size in pixels (see the file header); `count` nodes in all (default: the number of values). */
  fit?: { width: number; height: number; count?: number };
}

export const SIZE_DEFAULTS = { min: 3, max: 18 } as const;

/**
 * The fitting rule: discs may cover `share` of the picture together; radii
 * never go below `minFloor` (smallest nodes) and `maxFloor` (largest).
 */
export const SIZE_FIT = { share: 0.15, minFloor: 2, maxFloor: 5 } as const;

/** A value → radius function that also exposes its domain, for legends. */
export interface SizeScale {
  (value: number): number;
  /** Largest finite value the scale was built from (0 when none is positive). */
  readonly domainMax: number;
  readonly minRadius: number;
  readonly maxRadius: number;
  /** Up to about `count` (default 4) round values in (0, domainMax], the last one being domainMax. */
  ticks(count?: number): number[];
}

/**
 * A sqrt scale from [0, max of `values`] to [min, max] radius, clamped.
 * NaN, infinite and negative values get the minimum radius; when no value is
 * positive (e.g. all zero) every node gets the minimum radius.
 */
export function sizeScale(values: ArrayLike<number>, options: SizeScaleOptions = {}): SizeScale {
  let top = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v) && v > top) top = v;
  }
  const { min, max } = options.fit ? fitRange(values, top, options) : { min: options.min ?? SIZE_DEFAULTS.min, max: options.max ?? SIZE_DEFAULTS.max };
  const scale = scaleSqrt()
    .domain([0, top || 1])
    .range([min, max])
    .clamp(true);
  const size = ((value: number) => (top > 0 && Number.isFinite(value) && value > 0 ? scale(value) : min)) as SizeScale;
  Object.defineProperties(size, {
    domainMax: { value: top },
    minRadius: { value: min },
    maxRadius: { value: max },
    ticks: {
      value: (count = 4): number[] => {
        if (top <= 0) return [];
        const ticks = scale.ticks(count).filter((t) => t > 0 && t < top);
        // Drop a tick too close to the maximum to be told apart from it.
        while (ticks.length && scale(ticks[ticks.length - 1]!) > max - (max - min) * 0.1) ticks.pop();
        return [...ticks, top];
      },
    },
  });
  return size;
}

/** The radius range of {@link sizeScale} under `options.fit` (see the file header). */
function fitRange(values: ArrayLike<number>, top: number, options: SizeScaleOptions): { min: number; max: number } {
  const min = options.min ?? SIZE_DEFAULTS.min;
  const max = options.max ?? SIZE_DEFAULTS.max;
  const { width, height, count = values.length } = options.fit!;
  // Σ r² with the unfitted range: r = min + (max − min) · sqrt(v / top), missing values at min.
  let sum = Math.max(0, count - values.length) * min * min;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const r = top > 0 && Number.isFinite(v) && v > 0 ? min + (max - min) * Math.sqrt(Math.min(1, v / top)) : min;
    sum += r * r;
  }
  const allowed = (SIZE_FIT.share * Math.max(0, width) * Math.max(0, height)) / Math.PI;
  if (sum <= allowed || sum === 0) return { min, max };
  const k = Math.sqrt(allowed / sum);
  return { min: Math.min(min, Math.max(SIZE_FIT.minFloor, min * k)), max: Math.min(max, Math.max(SIZE_FIT.maxFloor, max * k)) };
}
