import { UndirectedGraph } from 'graphology';
import { describe, expect, it, vi } from 'vitest';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { nodeSizes } from '../../../src/core/style';
import { nodeSizeScale } from '../../../src/core/style/legend';
import { LINK_LENGTH_PADDING, LINK_LENGTH_SAMPLE, measureLinkLengths, medianLinkLength } from '../../../src/core/style/link-length';
import { SIZE_FIT } from '../../../src/core/style/size';
import { createRng } from '../../../src/core/random';

function newGraph(): AtlasGraph {
  return new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
}

function addNode(graph: AtlasGraph, key: string, x: number, y: number, type = 'project'): void {
  graph.addNode(key, { label: key, type, extra: Object.create(null), x, y });
}

function link(graph: AtlasGraph, a: string, b: string): void {
  graph.addEdge(a, b, { weight: 1, relations: [], years: [], evidence: [], lines: [], extra: Object.create(null) });
}

/**
 * `n` dyads in a grid of `columns`: each link 1 long, dyads 2.5 apart across and 1.5 down (as the first layout's grid
 * draws them), and above it a star of 12 leaves (the largest degree, so a dyad's nodes are not the largest).
 */
function dyadGrid(n: number, columns: number): AtlasGraph {
  const graph = newGraph();
  addNode(graph, 'hub', 0, -3);
  for (let i = 0; i < 12; i++) {
    addNode(graph, `leaf${i}`, Math.cos(i / 2), -3 + Math.sin(i / 2), 'firm');
    link(graph, 'hub', `leaf${i}`);
  }
  for (let i = 0; i < n; i++) {
    const [x, y] = [(i % columns) * 2.5, Math.floor(i / columns) * 1.5];
    addNode(graph, `p${i}`, x, y);
    addNode(graph, `f${i}`, x + 1, y, 'firm');
    link(graph, `p${i}`, `f${i}`);
  }
  return graph;
}

/** Every link's length times `scale`, in the graph's link order (self-loops included: the tests' graphs have none). */
const exactInOrder = (graph: AtlasGraph, scale: number): number[] =>
  graph.mapEdges((_e, _a, _s, _t, sa, ta) => Math.hypot(sa.x! - ta.x!, sa.y! - ta.y!) * scale);

const degree = (graph: AtlasGraph) => {
  const keys = graph.nodes();
  return { keys, values: { degree: Float64Array.from(keys, (k) => graph.degree(k)) } };
};

describe('medianLinkLength', () => {
  it('medianLinkLength(graph, width, height) is the median of the links scaled as the positions fit the picture', () => {
    const graph = newGraph();
    const random = createRng(7);
    for (let i = 0; i < 200; i++) addNode(graph, `n${i}`, random() * 30 - 10, random() * 12);
    while (graph.size < 301) {
      const [a, b] = [`n${Math.floor(random() * 200)}`, `n${Math.floor(random() * 200)}`];
      if (!graph.hasEdge(a, b)) link(graph, a, b);
    }
    // Naive reference: every link's length, sorted, the middle one (301 links: one middle); self-loops left out.
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    graph.forEachNode((_n, a) => {
      [minX, maxX, minY, maxY] = [Math.min(minX, a.x!), Math.max(maxX, a.x!), Math.min(minY, a.y!), Math.max(maxY, a.y!)];
    });
    const p = LINK_LENGTH_PADDING;
    const scale = Math.min((800 - 2 * p) / (maxX - minX), (600 - 2 * p) / (maxY - minY));
    const lengths = graph
      .mapEdges((_e, _a, s, t, sa, ta) => (s === t ? -1 : Math.hypot(sa.x! - ta.x!, sa.y! - ta.y!) * scale))
      .filter((l) => l >= 0)
      .sort((a, b) => a - b);
    expect(medianLinkLength(graph, 800, 600)).toBeCloseTo(lengths[lengths.length >> 1]!, 9);
  });

  it('above LINK_LENGTH_SAMPLE links, the sampled median is within 2 % of the exact one, hubs included', () => {
    const graph = newGraph();
    const random = createRng(11);
    const n = 20_000;
    for (let i = 0; i < n; i++) addNode(graph, `n${i}`, random() * 1000, random() * 600);
    // A hub linked to 3,000 nodes far and near, and 60,000 links between nearby nodes of the same band.
    for (let i = 1; i <= 3000; i++) link(graph, 'n0', `n${i * 6}`);
    while (graph.size < 63_000) {
      const a = Math.floor(random() * n);
      const b = Math.min(n - 1, a + 1 + Math.floor(random() * 40));
      if (a !== b && !graph.hasEdge(`n${a}`, `n${b}`)) link(graph, `n${a}`, `n${b}`);
    }
    expect(graph.size).toBeGreaterThan(3 * LINK_LENGTH_SAMPLE);
    const scale = (() => {
      let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
      graph.forEachNode((_k, a) => {
        [minX, maxX, minY, maxY] = [Math.min(minX, a.x!), Math.max(maxX, a.x!), Math.min(minY, a.y!), Math.max(maxY, a.y!)];
      });
      const p = LINK_LENGTH_PADDING;
      return Math.min((800 - 2 * p) / (maxX - minX), (600 - 2 * p) / (maxY - minY));
    })();
    const exact = graph.mapEdges((_e, _a, _s, _t, sa, ta) => Math.hypot(sa.x! - ta.x!, sa.y! - ta.y!) * scale).sort((a, b) => a - b);
    const median = exact[exact.length >> 1]!;
    const sampled = medianLinkLength(graph, 800, 600)!;
    expect(Math.abs(sampled - median) / median).toBeLessThan(0.02);
    // The sample is every k-th link in the graph's order, the same on the page and in the CLI's figures.
    const stride = Math.ceil(graph.size / LINK_LENGTH_SAMPLE);
    const every = exactInOrder(graph, scale)
      .filter((_l, i) => i % stride === 0)
      .sort((a, b) => a - b);
    expect(sampled).toBeCloseTo(every[every.length >> 1]!, 9);
  });

  it('measureLinkLengths(graph) measures ahead: the next medianLinkLength reads no link, until a position changes', () => {
    const graph = newGraph();
    for (let i = 0; i < 30; i++) addNode(graph, `n${i}`, i * 3, (i * 7) % 11);
    for (let i = 1; i < 30; i++) link(graph, 'n0', `n${i}`);
    measureLinkLengths(graph);
    const reads = vi.spyOn(graph, 'forEachEdge');
    const expected = medianLinkLength(graph, 800, 600);
    expect(reads).not.toHaveBeenCalled();
    graph.setNodeAttribute('n5', 'x', 500);
    expect(medianLinkLength(graph, 800, 600)).not.toBe(expected);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('medianLinkLength leaves out links to unplaced nodes, and is undefined without a placed link or room', () => {
    const graph = newGraph();
    addNode(graph, 'a', 0, 0);
    addNode(graph, 'b', 10, 0);
    graph.addNode('c', { label: 'c', type: 'city', extra: Object.create(null) });
    link(graph, 'a', 'c');
    expect(medianLinkLength(graph, 800, 600)).toBeUndefined();
    link(graph, 'a', 'b');
    expect(medianLinkLength(graph, 800, 600)).toBeCloseTo(800 - 2 * LINK_LENGTH_PADDING, 9);
    expect(medianLinkLength(graph, 40, 600)).toBeUndefined();
  });
});

describe('medianLinkLength measured once per graph', () => {
  /** a—b 4 long and c—d 2 long in a 10 × 0 box: median (the 2nd of 2 sorted) 4, scaled by (800 − 60) / 10. */
  function twoLinks(): AtlasGraph {
    const graph = newGraph();
    addNode(graph, 'a', 0, 0);
    addNode(graph, 'b', 4, 0);
    addNode(graph, 'c', 8, 0);
    addNode(graph, 'd', 10, 0);
    link(graph, 'a', 'b');
    link(graph, 'c', 'd');
    return graph;
  }
  const scale = (800 - 2 * LINK_LENGTH_PADDING) / 10;

  it('medianLinkLength(graph, …) again reads no link: the lengths are kept for the graph, any picture size', () => {
    const graph = twoLinks();
    expect(medianLinkLength(graph, 800, 600)).toBeCloseTo(4 * scale, 9);
    let visits = 0;
    const forEachEdge = graph.forEachEdge.bind(graph);
    graph.forEachEdge = ((...args: Parameters<typeof forEachEdge>) => {
      visits++;
      return forEachEdge(...args);
    }) as typeof graph.forEachEdge;
    expect(medianLinkLength(graph, 800, 600)).toBeCloseTo(4 * scale, 9);
    // Another picture: the same lengths at another scale (the box is 10 wide; the height leaves more room).
    expect(medianLinkLength(graph, 400, 600)).toBeCloseTo((4 * (400 - 2 * LINK_LENGTH_PADDING)) / 10, 9);
    expect(visits).toBe(0);
    // Another graph with the same positions is measured on its own.
    expect(medianLinkLength(twoLinks(), 800, 600)).toBeCloseTo(4 * scale, 9);
  });

  it('medianLinkLength(graph, …) measures again after a layout moves the nodes (updateEachNodeAttributes, setNodeAttribute)', () => {
    const graph = twoLinks();
    expect(medianLinkLength(graph, 800, 600)).toBeCloseTo(4 * scale, 9);
    // As a layout writes positions (core/view-settings/positions.ts): a—b now 1 long, c—d 2 long, box still 10 wide.
    graph.updateEachNodeAttributes((node, a) => (node === 'b' ? { ...a, x: 1 } : a), { attributes: ['x', 'y'] });
    expect(medianLinkLength(graph, 800, 600)).toBeCloseTo(2 * scale, 9);
    // One node moved: the box is 20 wide, c—d 12 long.
    graph.setNodeAttribute('d', 'x', 20);
    expect(medianLinkLength(graph, 800, 600)).toBeCloseTo((12 * (800 - 2 * LINK_LENGTH_PADDING)) / 20, 9);
    // A link dropped: only a—b (1 long) is left.
    graph.dropEdge('c', 'd');
    expect(medianLinkLength(graph, 800, 600)).toBeCloseTo((800 - 2 * LINK_LENGTH_PADDING) / 20, 9);
  });
});

describe('nodeSizeScale with fit keeps links visible', () => {
  it('nodeSizeScale(grid of dyads, {fit}) caps the median radius at 0.3 × the median link length', () => {
    const graph = dyadGrid(250, 16);
    const fit = { width: 748, height: 625 };
    const link = medianLinkLength(graph, fit.width, fit.height)!;
    // Reference: the dyads' links are 1 long, and the width (wider than tall) fills the picture's width.
    const xs = graph.mapNodes((_n, a) => a.x!);
    expect(link).toBeCloseTo((748 - 2 * LINK_LENGTH_PADDING) / (Math.max(...xs) - Math.min(...xs)), 9);
    const sizes = nodeSizes(graph, degree(graph), 'degree', { fit });
    const radii = [...sizes.values()].sort((a, b) => a - b);
    expect(radii[radii.length >> 1]!).toBeLessThanOrEqual(SIZE_FIT.linkShare * link + 1e-9);
    // Without the cap the discs were larger than 0.3 of the link (the picture hid the links).
    const uncapped = [...nodeSizes(graph, degree(graph), 'degree', { fit: { ...fit, link: undefined } }).values()].sort((a, b) => a - b);
    expect(uncapped[uncapped.length >> 1]!).toBeGreaterThan(0.35 * link);
  });

  it('nodeSizeScale(grid of dyads, {fit}) on a small picture stops at the floors (nodes stay clickable)', () => {
    const graph = dyadGrid(400, 40);
    const scale = nodeSizeScale(graph, degree(graph), 'degree', { fit: { width: 300, height: 200 } });
    expect(scale.minRadius).toBe(SIZE_FIT.minFloor);
    expect(scale.maxRadius).toBe(SIZE_FIT.maxFloor);
  });

  it('nodeSizeScale(hubs and their leaves, {fit}) is unchanged: the links are long beside the discs', () => {
    // Municipal-like: 6 project hubs, each with 300 cities on a ring around it, hubs 3 rings apart.
    const graph = newGraph();
    const random = createRng(3);
    for (let h = 0; h < 6; h++) {
      const [hx, hy] = [(h % 3) * 3, Math.floor(h / 3) * 3];
      addNode(graph, `hub${h}`, hx, hy);
      for (let i = 0; i < 300; i++) {
        const angle = random() * 2 * Math.PI;
        const r = 0.6 + 0.4 * random();
        addNode(graph, `c${h}-${i}`, hx + r * Math.cos(angle), hy + r * Math.sin(angle), 'city');
        link(graph, `hub${h}`, `c${h}-${i}`);
      }
    }
    const fit = { width: 1000, height: 700 };
    const capped = nodeSizeScale(graph, degree(graph), 'degree', { fit });
    const plain = nodeSizeScale(graph, degree(graph), 'degree', { fit: { ...fit, link: undefined } });
    expect([capped.minRadius, capped.maxRadius]).toEqual([plain.minRadius, plain.maxRadius]);
  });
});
