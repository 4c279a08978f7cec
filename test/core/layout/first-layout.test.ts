import { UndirectedGraph } from 'graphology';
import { packEnclose } from 'd3-hierarchy';
import { describe, expect, it } from 'vitest';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { firstLayout } from '../../../src/core/layout';
import { connectedComponents } from '../../../src/core/metrics/components';
import { buildCsr } from '../../../src/core/metrics/csr';

type Circle = { x: number; y: number; r: number; size: number; grid: boolean };
type Rect = { minX: number; maxX: number; minY: number; maxY: number };

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

/** Whether a component goes in the grid: an isolate, a dyad, or one centre with at most five leaves. */
function inGrid(graph: AtlasGraph, keys: string[], members: Int32Array): boolean {
  const degrees = [...members].map((i) => graph.degree(keys[i]!)).sort((a, b) => b - a);
  return members.length <= 2 || (members.length <= 6 && degrees[0] === members.length - 1 && degrees.slice(1).every((d) => d === 1));
}

/** Each component's smallest enclosing circle in the laid-out positions, and whether it is in the grid. */
function componentCircles(graph: AtlasGraph, positions: Float64Array): Circle[] {
  const keys = graph.nodes();
  return connectedComponents(buildCsr(graph, null)).map((members) => {
    const points = [...members].map((i) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]!, r: 0 }));
    return { ...packEnclose(points), size: members.length, grid: inGrid(graph, keys, members) };
  });
}

/** Each grid component's bounding box. */
function gridBoxes(graph: AtlasGraph, positions: Float64Array): Rect[] {
  const keys = graph.nodes();
  return connectedComponents(buildCsr(graph, null))
    .filter((members) => inGrid(graph, keys, members))
    .map((members) => {
      const xs = [...members].map((i) => positions[2 * i]!);
      const ys = [...members].map((i) => positions[2 * i + 1]!);
      return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
    });
}

/** No two grid components' boxes meet (a dyad's box is its link; rows may be closer than a link is long). */
function expectGridApart(boxes: Rect[]) {
  let meets = 0;
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++) {
      const [p, q] = [boxes[a]!, boxes[b]!];
      if (p.minX <= q.maxX && q.minX <= p.maxX && p.minY <= q.maxY && q.minY <= p.maxY) meets++;
    }
  expect(meets).toBe(0);
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

  it('firstLayout(g) packs the laid-out components so that no two enclosing circles overlap, and keeps the components of the grid apart', () => {
    const p = firstLayout(graph, {}, 7);
    const circles = componentCircles(graph, p);
    // pA (12 leaves and a link between two) and pB (6 leaves) are laid out; the stars of 3–5 leaves, the dyads and isolates are in the grid.
    expect(circles.filter((c) => !c.grid).map((c) => c.size)).toEqual([13, 7]);
    expectNoOverlap(circles.filter((c) => !c.grid));
    expectGridApart(gridBoxes(graph, p));
  });

  it('firstLayout(g) lays a small star on its side in the grid: the centre left, its leaves in a column, links longer than the leaves are apart', () => {
    const p = firstLayout(graph, {}, 7);
    const keys = graph.nodes();
    const at = (key: string) => ({ x: p[2 * keys.indexOf(key)]!, y: p[2 * keys.indexOf(key) + 1]! });
    const hub = at('pD');
    const leaves = [0, 1, 2, 3].map((k) => at(`pD-c${k}`));
    const xs = new Set(leaves.map((l) => l.x.toFixed(9)));
    expect(xs.size).toBe(1);
    expect(leaves[0]!.x).toBeGreaterThan(hub.x);
    const ys = leaves.map((l) => l.y).sort((a, b) => a - b);
    const leafPitch = ys[1]! - ys[0]!;
    expect(hub.y).toBeCloseTo((ys[0]! + ys[3]!) / 2, 9);
    for (const l of leaves) expect(Math.hypot(l.x - hub.x, l.y - hub.y)).toBeGreaterThan(leafPitch);
  });

  it('firstLayout(g) puts the largest component in the middle of the packed components', () => {
    // Stars of six leaves or more are laid out and packed.
    const packed = graphOf([...star('pA', 12), ...star('pB', 8), ...star('pC', 7), ...star('pD', 6), ...star('pE', 6)]);
    const circles = componentCircles(packed, firstLayout(packed, {}, 7)).filter((c) => !c.grid);
    expect(circles).toHaveLength(5);
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
    // Beside the packed components: right of every node of pA's and pB's components.
    const packed = keys.filter((k) => k.startsWith('pA') || k.startsWith('pB'));
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
    expectNoOverlap(circles.filter((c) => !c.grid));
    expectGridApart(gridBoxes(big, p));
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
    expectGridApart(gridBoxes(grid, p));
  });

  it('firstLayout(g) of a connected graph is its force layout centred on 0,0', () => {
    const connected = graphOf(star('pA', 8));
    const p = firstLayout(connected, {}, 1);
    const circle = componentCircles(connected, p)[0]!;
    expect(Math.hypot(circle.x, circle.y)).toBeLessThan(1e-9 + circle.r * 1e-9);
  });
});

describe('firstLayout: many isolates (a projection without its hubs) go in a block of their own below the picture', () => {
  /** A ring of 30 cities with a chord every fifth node, three dyads, and `n` isolated cities. */
  const projectionLike = (n: number) => {
    const ring: [string, string][] = Array.from({ length: 30 }, (_v, k) => [`c${k}`, `c${(k + 1) % 30}`]);
    const chords: [string, string][] = Array.from({ length: 3 }, (_v, k) => [`c${5 * k}`, `c${(5 * k + 15) % 30}`]);
    const dyads: [string, string][] = [0, 1, 2].map((k) => [`cd${k}a`, `cd${k}b`]);
    return graphOf(
      [...ring, ...chords, ...dyads],
      Array.from({ length: n }, (_v, k) => `ci${k}`),
    );
  };
  const yOf = (graph: AtlasGraph, positions: Float64Array, keep: (id: string) => boolean) =>
    graph
      .nodes()
      .map((id, i) => [id, positions[2 * i + 1]!] as const)
      .filter(([id]) => keep(id))
      .map(([, y]) => y);
  const isIsolate = (id: string) => id.startsWith('ci');

  it('with 100 isolates among 136 nodes, every isolate lies below every linked node', () => {
    const graph = projectionLike(100);
    const positions = firstLayout(graph, {}, 42);
    const lowestLinked = Math.min(...yOf(graph, positions, (id) => !isIsolate(id)));
    expect(Math.max(...yOf(graph, positions, isIsolate))).toBeLessThan(lowestLinked);
  });

  it('with 10 isolates (too few to set apart) they stay in the grid beside the component, level with it', () => {
    const graph = projectionLike(10);
    const positions = firstLayout(graph, {}, 42);
    const lowestLinked = Math.min(...yOf(graph, positions, (id) => !isIsolate(id)));
    expect(Math.max(...yOf(graph, positions, isIsolate))).toBeGreaterThan(lowestLinked);
  });
});
