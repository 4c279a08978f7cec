import { UndirectedGraph } from 'graphology';
import { packEnclose } from 'd3-hierarchy';
import { describe, expect, it } from 'vitest';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { firstLayout } from '../../../src/core/layout';
import { connectedComponents } from '../../../src/core/metrics/components';
import { buildCsr } from '../../../src/core/metrics/csr';

type Circle = { x: number; y: number; r: number; size: number };

/** A typed graph from `[source, target]` links plus isolated nodes; types and labels from the id's first letter. */
function graphOf(links: [string, string][], isolates: string[] = []): AtlasGraph {
  const graph: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  const add = (id: string) => {
    if (graph.hasNode(id)) return;
    const type = id[0] === 'c' ? 'city' : id[0] === 'p' ? 'project' : 'firm';
    graph.addNode(id, { label: id.toUpperCase(), type, extra: Object.create(null) });
  };
  for (const [s, t] of links) {
    add(s);
    add(t);
    graph.addEdge(s, t, { weight: 1, relations: [], years: [], evidence: [], lines: [], extra: Object.create(null) });
  }
  isolates.forEach(add);
  return graph;
}

/** A star: hub `h` with `n` leaves. */
const star = (h: string, n: number): [string, string][] => Array.from({ length: n }, (_v, k) => [h, `${h}-c${k}`]);

/** Each component's smallest enclosing circle in the laid-out positions. */
function componentCircles(graph: AtlasGraph, positions: Float64Array): Circle[] {
  return connectedComponents(buildCsr(graph, null)).map((members) => {
    const points = [...members].map((i) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]!, r: 0 }));
    return { ...packEnclose(points), size: members.length };
  });
}

function expectNoOverlap(circles: Circle[]) {
  const overlaps: [Circle, Circle][] = [];
  for (let a = 0; a < circles.length; a++)
    for (let b = a + 1; b < circles.length; b++) {
      const [p, q] = [circles[a]!, circles[b]!];
      if (!(Math.hypot(p.x - q.x, p.y - q.y) > p.r + q.r)) overlaps.push([p, q]);
    }
  expect(overlaps).toEqual([]);
}

describe('firstLayout', () => {
  const links: [string, string][] = [
    ...star('pA', 12),
    ['pA-c0', 'pA-c1'],
    ...star('pB', 6),
    ...star('pC', 5),
    ...star('pD', 4),
    ...star('pE', 3),
    ['cX', 'pX'],
    ['cY', 'fY'],
  ];
  const graph = graphOf(links, ['fZ', 'cW', 'pV', 'cU', 'fT']);

  it('firstLayout(g, m, seed) gives the same positions for the same graph and seed', () => {
    const a = firstLayout(graph, {}, 7);
    expect([...firstLayout(graph, {}, 7)]).toEqual([...a]);
    expect(a).toHaveLength(2 * graph.order);
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it('firstLayout(g) packs components so that no two enclosing circles overlap', () => {
    expectNoOverlap(componentCircles(graph, firstLayout(graph, {}, 7)));
  });

  it('firstLayout(g) puts the largest component in the middle of the packed components', () => {
    const circles = componentCircles(graph, firstLayout(graph, {}, 7)).filter((c) => c.size > 2);
    const all = packEnclose(circles);
    const distance = (c: Circle) => Math.hypot(c.x - all.x, c.y - all.y);
    const [largest, ...others] = circles;
    for (const c of others) expect(distance(largest!)).toBeLessThan(distance(c));
    expect(distance(largest!)).toBeLessThan(largest!.r);
  });

  it('firstLayout(g) sets isolates on a grid with equal spacing, sorted by type then label, beside the rest', () => {
    const p = firstLayout(graph, {}, 7);
    const keys = graph.nodes();
    const at = (key: string) => ({ x: p[2 * keys.indexOf(key)]!, y: p[2 * keys.indexOf(key) + 1]! });
    // Types sorted: city (CU, CW), firm (FT, FZ), project (PV); one row per type.
    const [cu, cw, ft, fz, pv] = ['cU', 'cW', 'fT', 'fZ', 'pV'].map(at);
    const step = cw!.x - cu!.x;
    expect(step).toBeGreaterThan(0);
    expect(cw!.y).toBeCloseTo(cu!.y, 9);
    expect(ft!.x).toBeCloseTo(cu!.x, 9);
    expect(fz!.x - ft!.x).toBeCloseTo(step, 9);
    expect(cu!.y - ft!.y).toBeCloseTo(step, 9);
    expect(ft!.y - pv!.y).toBeCloseTo(step, 9);
    // Beside the packed components: right of every node of a component of three or more.
    const packed = keys.filter((k) => graph.degree(k) > 1 || graph.neighbors(k).some((n) => graph.degree(n) > 1));
    const right = Math.max(...packed.map((k) => at(k).x));
    expect(cu!.x).toBeGreaterThan(right);
  });

  it('firstLayout(g) lays dyads in rows as level pairs, each link the same length', () => {
    const p = firstLayout(graph, {}, 7);
    const keys = graph.nodes();
    const at = (key: string) => ({ x: p[2 * keys.indexOf(key)]!, y: p[2 * keys.indexOf(key) + 1]! });
    const [cx, px, cy, fy] = ['cX', 'pX', 'cY', 'fY'].map(at);
    expect(cx!.y).toBeCloseTo(px!.y, 9);
    expect(cy!.y).toBeCloseTo(fy!.y, 9);
    expect(px!.x - cx!.x).toBeCloseTo(fy!.x - cy!.x, 9);
    expect(px!.x - cx!.x).toBeGreaterThan(0);
  });

  it('firstLayout(g) packs 500 dyads, 19 small stars and 40 isolates without overlap, deterministically', () => {
    const many: [string, string][] = [];
    for (let k = 0; k < 500; k++) many.push([`c${k}`, `p${k}`]);
    for (let s = 0; s < 19; s++) many.push(...star(`pS${s}`, 3 + (s % 7)));
    const big = graphOf(
      many,
      Array.from({ length: 40 }, (_v, k) => `f${k}`),
    );
    const community = Float64Array.from(big.nodes(), (_k, i) => i % 5);
    const degree = Float64Array.from(big.nodes(), (k) => big.degree(k));
    const p = firstLayout(big, { community, degree }, 3);
    expect([...firstLayout(big, { community, degree }, 3)]).toEqual([...p]);
    const circles = componentCircles(big, p);
    expect(circles).toHaveLength(500 + 19 + 40);
    expectNoOverlap(circles);
    // Compact: the picture's bounding box is no more than twice as wide as it is tall, or the reverse.
    const xs = [...p].filter((_v, i) => i % 2 === 0);
    const ys = [...p].filter((_v, i) => i % 2 === 1);
    const [w, h] = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
    expect(w / h).toBeLessThan(2.5);
    expect(h / w).toBeLessThan(2.5);
  });

  it('firstLayout(g) of dyads and isolates only is their grid, centred on 0,0 across', () => {
    const grid = graphOf(
      [
        ['cA', 'pA'],
        ['cB', 'pB'],
      ],
      ['fA', 'fB', 'fC'],
    );
    const p = firstLayout(grid, {}, 1);
    const xs = [...p].filter((_v, i) => i % 2 === 0);
    const ys = [...p].filter((_v, i) => i % 2 === 1);
    expect(Math.min(...xs) + Math.max(...xs)).toBeCloseTo(0, 9);
    expect(Math.min(...ys) + Math.max(...ys)).toBeCloseTo(0, 9);
    expectNoOverlap(componentCircles(grid, p));
  });

  it('firstLayout(g) of a connected graph is its force layout centred on 0,0', () => {
    const connected = graphOf(star('pA', 8));
    const p = firstLayout(connected, {}, 1);
    const circle = componentCircles(connected, p)[0]!;
    expect(Math.hypot(circle.x, circle.y)).toBeLessThan(1e-9 + circle.r * 1e-9);
  });
});
