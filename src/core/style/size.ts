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
 *
 * Links that stay visible: given the median on-picture link length (`fit.link`,
 * link-length.ts), the range shrinks further, by the same factor at both ends,
 * until the median node's radius is at most {@link SIZE_FIT}.linkShare of it —
 * on a grid of dyads a link then shows between its two discs (at 0.25, half
 * its length) instead of lying under them. The floors still hold; a map whose
 * links are long beside its discs (hubs and their leaves) is left as it was.
 */
import { scaleSqrt } from 'd3-scale';

export interface SizeScaleOptions {
  /** Radius of the value 0 (and of missing values). Default 3. */
  min?: number;
  /** Radius of the largest value. Default 18. */
  max?: number;
  /**
   * Fit the range to a picture of this size in pixels (see the file header); `count` nodes in all (default: the
   * number of values); `link`: the median on-picture link length in pixels (link-length.ts), to keep links visible.
   */
  fit?: { width: number; height: number; count?: number; link?: number | undefined };
}

export const SIZE_DEFAULTS = { min: 3, max: 18 } as const;

/**
 * The fitting rule: discs may cover `share` of the picture together; the
 * median node's radius is at most `linkShare` of the median link's length;
 * radii never go below `minFloor` (smallest nodes) and `maxFloor` (largest).
 * `linkShare` is 0.25, not 0.3: the map's camera may zoom out to keep the
 * legend clear (ratio 1.48 on the DPG file at 1280 × 720), which shrinks
 * links by the ratio but discs by its square root only — 0.31 on screen.
 */
export const SIZE_FIT = { share: 0.15, linkShare: 0.25, minFloor: 2, maxFloor: 5 } as const;

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
  const { width, height, count = values.length, link } = options.fit!;
  // Each node's place in the unfitted range, t = sqrt(v / top) ∈ [0, 1] (r = min + (max − min) · t); missing values at 0.
  const missing = Math.max(0, count - values.length);
  const t = new Float64Array(values.length + missing);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    t[i] = top > 0 && Number.isFinite(v) && v > 0 ? Math.sqrt(Math.min(1, v / top)) : 0;
  }
  let sum = 0;
  for (const ti of t) sum += (min + (max - min) * ti) ** 2;
  const allowed = (SIZE_FIT.share * Math.max(0, width) * Math.max(0, height)) / Math.PI;
  let k = sum <= allowed || sum === 0 ? 1 : Math.sqrt(allowed / sum);
  // The median radius is at the median t (the map is monotone); the cap on it, if any.
  let median = 0;
  let cap = Infinity;
  if (link !== undefined && Number.isFinite(link) && t.length > 0) {
    t.sort();
    median = t[t.length >> 1]!;
    cap = SIZE_FIT.linkShare * Math.max(0, link);
    k = Math.min(k, cap / (min + (max - min) * median));
  }
  if (k >= 1) return { min, max };
  const low = Math.min(min, Math.max(SIZE_FIT.minFloor, min * k));
  let high = max * k;
  // When the small nodes' floor holds, the top end alone brings the median node down to the cap.
  if (low > min * k && median > 0) high = Math.min(high, low + (cap - low) / median);
  return { min: low, max: Math.min(max, Math.max(SIZE_FIT.maxFloor, high)) };
}
