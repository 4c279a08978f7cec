/**
 * Node size from a measure: radius grows with the square root of the value,
 * so a node's AREA is proportional to it (the perceptually honest choice for
 * circles; Tufte 1983, "The Visual Display of Quantitative Information").
 * Built on d3-scale's `scaleSqrt` over [0, largest value].
 */
import { scaleSqrt } from 'd3-scale';

export interface SizeScaleOptions {
  /** Radius of the value 0 (and of missing values). Default 3. */
  min?: number;
  /** Radius of the largest value. Default 18. */
  max?: number;
}

export const SIZE_DEFAULTS: Required<SizeScaleOptions> = { min: 3, max: 18 };

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
  const { min, max } = { ...SIZE_DEFAULTS, ...options };
  let top = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v) && v > top) top = v;
  }
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
