import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildLegend, CATEGORY_PALETTE, colorMapping, nodeColors, nodeSizes, OTHER_COLOR, typeShape, type ColorBy } from '../../../src/core/style';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { dictFrom } from '../../../src/core/util/dict';
import { smallGraph, smallMeasures } from '../filter/fixture';

/**
 * 30 nodes: types city ×12, project ×8, firm ×6, funder ×2, unknown ×2;
 * country ES ×6, NL ×5, IT ×3, 14 countries once, 2 without;
 * 15 communities of sizes 7, 5, 3, 1 ×12 with two nodes lacking one (NaN).
 */
function wideGraph(): { graph: AtlasGraph; measures: { keys: string[]; values: Record<string, Float64Array> } } {
  const graph: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  const types = [...Array(12).fill('city'), ...Array(8).fill('project'), ...Array(6).fill('firm'), 'funder', 'funder', 'unknown', 'unknown'];
  const singles = 'AT BE CH CZ DE DK EE FI FR GR HU IE LT LV'.split(' ');
  const countries = [...Array(6).fill('ES'), ...Array(5).fill('NL'), 'IT', 'IT', 'IT', ...singles, '', ''];
  const community = [...Array(7).fill(0), ...Array(5).fill(1), 2, 2, 2, ...Array.from({ length: 13 }, (_, i) => 3 + i), NaN, NaN];
  types.forEach((type, i) => {
    const country = countries[i]!;
    graph.addNode(`n${i}`, { label: `n${i}`, type, ...(country ? { country } : {}), extra: { sector: i % 2 ? 'public' : 'private' } });
  });
  const keys = graph.nodes();
  return {
    graph,
    measures: {
      keys,
      values: { community: Float64Array.from(community), pagerank: Float64Array.from(keys, (_, i) => (i % 5) / 10) },
    },
  };
}

/** Colours the map gives, counted over the visible nodes. */
function countColors(colors: Map<string, string>, visible?: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [node, c] of colors) if (!visible || visible.has(node)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

describe('buildLegend', () => {
  const { graph, measures } = wideGraph();
  const modes: ColorBy[] = [{ kind: 'type' }, { kind: 'community' }, { kind: 'attribute', attribute: 'country' }, { kind: 'attribute', attribute: 'sector' }];

  for (const colorBy of modes)
    it(`buildLegend({colorBy: ${colorBy.kind === 'attribute' ? colorBy.attribute : colorBy.kind}}) lists every colour of nodeColors with its count`, () => {
      const colors = nodeColors(graph, measures, colorBy);
      expect(colors.size).toBe(30);
      const visible = new Set(graph.nodes().filter((_, i) => i % 3 !== 0));
      for (const v of [undefined, visible]) {
        const legend = buildLegend({ colorBy, sizeBy: 'pagerank', graph, measures, ...(v ? { visible: v } : {}) });
        const fromLegend = new Map(legend.color.items.map((item) => [item.color, item.count]));
        expect(fromLegend.size).toBe(legend.color.items.length); // one colour per item
        expect(fromLegend).toEqual(countColors(colors, v));
      }
    });

  it('buildLegend({colorBy: type}) orders city, project, firm, other types, unknown last', () => {
    const legend = buildLegend({ colorBy: { kind: 'type' }, sizeBy: 'uniform', graph, measures });
    expect(legend.color.title).toBe('Type');
    expect(legend.color.items).toEqual([
      { key: 'city', label: 'city', color: '#0072B2', count: 12 },
      { key: 'project', label: 'project', color: '#E69F00', count: 8 },
      { key: 'firm', label: 'firm', color: '#009E73', count: 6 },
      { key: 'funder', label: 'funder', color: '#CC79A7', count: 2 },
      { key: 'unknown', label: 'unknown', color: '#999999', count: 2 },
    ]);
  });

  it('buildLegend({colorBy: community}) colours communities by size, largest first; the 13th on are "other"', () => {
    const legend = buildLegend({ colorBy: { kind: 'community' }, sizeBy: 'uniform', graph, measures });
    const items = legend.color.items;
    expect(items.slice(0, 3)).toEqual([
      { key: '0', label: 'community 0', color: CATEGORY_PALETTE[0], count: 7 },
      { key: '1', label: 'community 1', color: CATEGORY_PALETTE[1], count: 5 },
      { key: '2', label: 'community 2', color: CATEGORY_PALETTE[2], count: 3 },
    ]);
    // 3 named + 9 singletons (3…11) fill the palette; 12…15 are "other"; NaN is "no value".
    expect(items.map((i) => i.key)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '(other)', '(none)']);
    expect(items.at(-2)).toEqual({ key: '(other)', label: 'other', color: OTHER_COLOR, count: 4 });
    expect(items.at(-1)).toEqual({ key: '(none)', label: 'no value', color: '#999999', count: 2 });
  });

  it('buildLegend({colorBy: attribute}) sorts values by frequency, ties alphabetically', () => {
    const legend = buildLegend({ colorBy: { kind: 'attribute', attribute: 'country' }, sizeBy: 'uniform', graph, measures });
    expect(legend.color.title).toBe('country');
    expect(legend.color.items.map((i) => `${i.label}:${i.count}`)).toEqual([
      'ES:6',
      'NL:5',
      'IT:3',
      'AT:1',
      'BE:1',
      'CH:1',
      'CZ:1',
      'DE:1',
      'DK:1',
      'EE:1',
      'FI:1',
      'FR:1',
      'other:5',
      'no value:2',
    ]);
    const sector = buildLegend({ colorBy: { kind: 'attribute', attribute: 'sector' }, sizeBy: 'uniform', graph, measures });
    expect(sector.color.items.map((i) => `${i.label}:${i.count}`)).toEqual(['private:15', 'public:15']);
  });

  it('buildLegend(input) leaves out colour classes with no visible node', () => {
    const visible = new Set(['n0', 'n12']);
    const legend = buildLegend({ colorBy: { kind: 'type' }, sizeBy: 'uniform', graph, measures, visible });
    expect(legend.color.items.map((i) => `${i.key}:${i.count}`)).toEqual(['city:1', 'project:1']);
    expect(legend.shape.items).toEqual([
      { type: 'city', shape: 'circle', label: 'city' },
      { type: 'project', shape: 'square', label: 'project' },
    ]);
  });

  it('buildLegend({sizeBy}) gives the measure range and samples from the same scale as nodeSizes', () => {
    const legend = buildLegend({ colorBy: { kind: 'type' }, sizeBy: 'pagerank', graph, measures });
    expect(legend.size).toMatchObject({ title: 'Size: PageRank', measure: 'pagerank', min: 0, max: 0.4 });
    expect(legend.size.samples.at(-1)).toEqual({ value: 0.4, radius: 18 });
    const sizes = nodeSizes(graph, measures, 'pagerank');
    expect(sizes.get('n4')).toBe(18); // pagerank 0.4
    expect(sizes.get('n0')).toBe(3); // pagerank 0
    for (const s of legend.size.samples) expect(s.radius).toBeGreaterThan(3);
  });

  it("buildLegend({sizeBy: 'uniform'}) has no samples; nodeSizes gives every node the minimum radius", () => {
    const legend = buildLegend({ colorBy: { kind: 'type' }, sizeBy: 'uniform', graph, measures });
    expect(legend.size).toEqual({ title: 'Same size for every node', measure: 'uniform', min: 0, max: 0, samples: [] });
    expect(new Set(nodeSizes(graph, measures, 'uniform').values())).toEqual(new Set([3]));
  });

  it('buildLegend(input).shape lists each visible type with its shape: cities circles, projects squares, firms rings', () => {
    const legend = buildLegend({ colorBy: { kind: 'type' }, sizeBy: 'uniform', graph, measures });
    expect(legend.shape.items.map((i) => `${i.type}:${i.shape}`)).toEqual(['city:circle', 'project:square', 'firm:ring', 'funder:circle', 'unknown:circle']);
    expect(typeShape('intermediary')).toBe('circle');
  });
});

describe('colorMapping', () => {
  it('colorMapping(g, m, {kind: attribute}) without an attribute throws', () => {
    const g = smallGraph();
    // The type forbids it; a JavaScript caller (or a decoded link) could still pass it.
    expect(() => colorMapping(g, smallMeasures(g), { kind: 'attribute' } as unknown as ColorBy)).toThrow('style/colorMapping:');
  });

  it('colorMapping(g, m, {kind: community}) gives every node "no value" when communities were not computed', () => {
    const g = smallGraph();
    const mapping = colorMapping(g, { keys: g.nodes(), values: {} }, { kind: 'community' });
    expect(mapping.classes).toEqual([{ key: '(none)', label: 'no value', color: '#999999' }]);
  });
});

describe('colours, shapes and legend with types and columns named like Object members', () => {
  function hostileGraph(): AtlasGraph {
    const graph: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    const add = (id: string, type: string, extra: [string, string][]) => graph.addNode(id, { label: id, type, extra: dictFrom(extra) });
    add('a', 'constructor', [['constructor', 'x']]);
    add('b', '__proto__', [['constructor', 'x']]);
    add('c', 'toString', [['constructor', 'y']]);
    add('d', 'city', []);
    add('e', 'constructor', []);
    return graph;
  }
  const measures = { keys: ['a', 'b', 'c', 'd', 'e'], values: {} };

  it('colorMapping(g, by type) gives types named constructor, __proto__ and toString their own classes and colours', () => {
    const mapping = colorMapping(hostileGraph(), measures, { kind: 'type' });
    expect(mapping.classes.map((c) => c.key)).toEqual(['city', '__proto__', 'constructor', 'toString']);
    for (const c of mapping.classes) expect(c.color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(mapping.classOf.get('e')).toBe('constructor');
    expect(typeShape('constructor')).toBe('circle');
    expect(typeShape('__proto__')).toBe('circle');
  });

  it('colorMapping(g, by a column named constructor) reads own values only: a node without one has no value', () => {
    const mapping = colorMapping(hostileGraph(), measures, { kind: 'attribute', attribute: 'constructor' });
    expect(mapping.classes.map((c) => [c.key, c.label])).toEqual([
      ['x', 'x'],
      ['y', 'y'],
      ['(none)', 'no value'],
    ]);
    expect(mapping.classOf.get('d')).toBe('(none)');
    const legend = buildLegend({ graph: hostileGraph(), measures, colorBy: { kind: 'attribute', attribute: 'constructor' }, sizeBy: 'constructor' });
    expect(legend.color.items.map((i) => i.count)).toEqual([2, 1, 2]);
    // A measure named like an Object member is no measure: uniform size.
    expect(legend.size.measure).toBe('uniform');
  });
});
