import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { buildLegend, nodeSizes, sizeScale } from '../../../src/core/style';
import { SIZE_DEFAULTS, SIZE_FIT } from '../../../src/core/style/size';

describe('sizeScale', () => {
  it('sizeScale(values) maps 0 → 3 and the largest value → 18, area proportional to value', () => {
    const s = sizeScale(Float64Array.from([0, 1, 4]));
    expect(s(0)).toBe(3);
    expect(s(4)).toBe(18);
    expect(s(1)).toBeCloseTo(3 + 15 * 0.5, 12);
    expect(s.domainMax).toBe(4);
  });

  it('sizeScale(values, {min, max}) uses the radius range given and clamps', () => {
    const s = sizeScale(Float64Array.from([2, 8]), { min: 1, max: 11 });
    expect(s(8)).toBe(11);
    expect(s(2)).toBeCloseTo(6, 12);
    expect(s(100)).toBe(11);
    expect(s(-5)).toBe(1);
  });

  it('sizeScale(all zero) gives every node the minimum radius', () => {
    const s = sizeScale(new Float64Array(5));
    expect([s(0), s(1)]).toEqual([3, 3]);
    expect(s.ticks()).toEqual([]);
  });

  it('sizeScale(values with NaN) ignores NaN for the domain and sizes NaN at the minimum', () => {
    const s = sizeScale(Float64Array.from([NaN, 9, Infinity]));
    expect(s.domainMax).toBe(9);
    expect(s(NaN)).toBe(3);
    expect(s(9)).toBe(18);
  });

  it('sizeScale(values).ticks() gives round values below the maximum, then the maximum', () => {
    // 80 is dropped: its radius (16.6) is within 10% of the range from the maximum's (18).
    expect(sizeScale(Float64Array.from([0, 97])).ticks()).toEqual([20, 40, 60, 97]);
    expect(sizeScale(Float64Array.from([0, 97])).ticks(3)).toEqual([50, 97]);
    expect(sizeScale(Float64Array.from([0.5])).ticks(2)).toEqual([0.2, 0.4, 0.5]);
  });
});

describe('sizeScale with fit', () => {
  it('sizeScale(values, {fit}) keeps the range when the discs cover less than the share of the picture', () => {
    const s = sizeScale(Float64Array.from([0, 1, 4]), { fit: { width: 1000, height: 800 } });
    expect([s.minRadius, s.maxRadius]).toEqual([SIZE_DEFAULTS.min, SIZE_DEFAULTS.max]);
  });

  it('sizeScale(values, {fit}) shrinks radii so the discs cover the share of the picture', () => {
    // 600 nodes all at the largest value: 600 discs of 18 px would cover 0.61 M px² of a 0.8 M px² picture.
    const values = new Float64Array(600).fill(5);
    const s = sizeScale(values, { fit: { width: 1000, height: 800 } });
    const k = Math.sqrt((SIZE_FIT.share * 1000 * 800) / (Math.PI * 600 * 18 * 18));
    expect(s.maxRadius).toBeCloseTo(18 * k, 12);
    expect(s.minRadius).toBeCloseTo(Math.max(SIZE_FIT.minFloor, 3 * k), 12);
    // Areas: the discs now cover the share exactly.
    expect((600 * Math.PI * s(5) ** 2) / (1000 * 800)).toBeCloseTo(SIZE_FIT.share, 12);
  });

  it('sizeScale(values, {fit}) never goes below the floors, and counts nodes without a value at the minimum', () => {
    const s = sizeScale(new Float64Array(0), { fit: { width: 100, height: 100, count: 100_000 } });
    expect([s.minRadius, s.maxRadius]).toEqual([SIZE_FIT.minFloor, SIZE_FIT.maxFloor]);
    const few = sizeScale(new Float64Array(0), { fit: { width: 1000, height: 800, count: 10 } });
    expect(few.minRadius).toBe(3);
  });

  it('nodeSizes(graph, …, {fit}) sizes hubs of a big projection smaller than without the fit, in the legend as on the map', () => {
    const graph: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    for (let i = 0; i < 3000; i++) graph.addNode(`c${i}`, { label: `c${i}`, type: 'city', extra: Object.create(null) });
    const keys = graph.nodes();
    const measures = { keys, values: { degree: Float64Array.from(keys, (_, i) => 1000 + (i % 7)) } };
    const fit = { width: 900, height: 600 };
    const plain = nodeSizes(graph, measures, 'degree');
    const fitted = nodeSizes(graph, measures, 'degree', { fit });
    expect(Math.max(...fitted.values())).toBeLessThan(Math.max(...plain.values()) / 2);
    const legend = buildLegend({ colorBy: { kind: 'type' }, sizeBy: 'degree', graph, measures, size: { fit } });
    const top = legend.size.samples.at(-1)!;
    expect(top.value).toBe(1006);
    expect(top.radius).toBeCloseTo(fitted.get('c6')!, 12);
  });
});
