import { describe, expect, it } from 'vitest';
import { typeLayout } from '../../../src/core/layout';
import { smallGraph } from '../filter/fixture';
import { defaultGraph } from './default-graph';

const g = smallGraph();

describe('typeLayout', () => {
  it("typeLayout(g, 'columns') puts cities, projects, firms and other types in columns left to right", () => {
    const p = typeLayout(g, 'columns');
    expect(p.size).toBe(g.order);
    const x = (n: string) => p.get(n)!.x;
    expect(x('Barcelona')).toBe(x('Madrid'));
    expect(x('Madrid')).toBe(x('Amsterdam'));
    expect(x('Decidim')).toBe(x('Signalen'));
    expect(x('Populate')).toBe(x('Lonely'));
    expect([x('Madrid'), x('Decidim'), x('Populate'), x('Fund')]).toEqual([-15, -5, 5, 15]);
  });

  it("typeLayout(g, 'columns') sorts a column by degree, then label, top first (y grows upward)", () => {
    const p = typeLayout(g, 'columns');
    // Cities: Amsterdam 2, Madrid 2, Barcelona 1 → Amsterdam (A < M) on top.
    expect(['Amsterdam', 'Madrid', 'Barcelona'].map((n) => p.get(n)!.y)).toEqual([1, 0, -1]);
    // Projects: Decidim 3, CONSUL 2, Signalen 1.
    expect(['Decidim', 'CONSUL', 'Signalen'].map((n) => p.get(n)!.y)).toEqual([1, 0, -1]);
    expect(['Populate', 'Lonely'].map((n) => p.get(n)!.y)).toEqual([0.5, -0.5]);
    expect(p.get('Fund')).toEqual({ x: 15, y: 0 });
  });

  it("typeLayout(g, 'rings') puts projects inside, firms around them, cities outside, others outermost", () => {
    const p = typeLayout(g, 'rings');
    const r = (n: string) => Math.hypot(p.get(n)!.x, p.get(n)!.y);
    expect(r('Decidim')).toBeCloseTo(3, 12);
    expect(r('Signalen')).toBeCloseTo(3, 12);
    expect(r('Populate')).toBeCloseTo(6, 12);
    expect(r('Barcelona')).toBeCloseTo(9, 12);
    expect(r('Fund')).toBeCloseTo(12, 12);
    // The largest project at twelve o'clock, the next clockwise.
    expect(p.get('Decidim')!.x).toBeCloseTo(0, 12);
    expect(p.get('Decidim')!.y).toBeCloseTo(3, 12);
    expect(p.get('CONSUL')!.x).toBeGreaterThan(0);
  });

  it("typeLayout(defaultGraph, 'rings') keeps nodes at least 1 apart along the city ring", () => {
    const big = defaultGraph();
    const p = typeLayout(big, 'rings');
    const cities = big.filterNodes((_, a) => a.type === 'city');
    expect(cities).toHaveLength(216);
    const radius = Math.hypot(p.get(cities[0]!)!.x, p.get(cities[0]!)!.y);
    expect(radius).toBeCloseTo(216 / (2 * Math.PI), 9);
    for (const c of cities) expect(Math.hypot(p.get(c)!.x, p.get(c)!.y)).toBeCloseTo(radius, 9);
    const columns = typeLayout(big, 'columns');
    const xs = new Set([...columns.values()].map((q) => q.x));
    expect(xs.size).toBe(3);
  });
});
