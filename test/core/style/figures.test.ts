/** Tests of the numeric figures of a view (core/style/figures.ts) and colouring by one (figure-colors.ts, color-mapping.ts). */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/core/filter';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { buildLegend, colorMapping, nodeColors, nodeSizes } from '../../../src/core/style';
import { binOf, figureBins, formatFigureValue, NO_FIGURE_COLOR, viridisColors } from '../../../src/core/style/figure-colors';
import { figureList, figureListPaced, figureValues, NUMERIC_SHARE } from '../../../src/core/style/figures';
import { INDICATOR_FIGURES } from '../../../src/core/style/indicator-figures';
import { dictFrom } from '../../../src/core/util/dict';
import { defaultAnalysis } from '../export/default-dataset';

describe('figureList on the default dataset', () => {
  const { analysis } = defaultAnalysis();
  const graph = analysis.graph;
  const input = { keys: analysis.network.keys, values: analysis.network.measures, indicators: analysis.indicators };
  const list = figureList(graph, input);
  const typeOf = (key: string) => graph.getNodeAttribute(key, 'type');
  /** Node types that have a value of figure `id`. */
  const typesWith = (id: string) => {
    const f = list.byId.get(id)!;
    return [...new Set(input.keys.filter((_k, i) => !Number.isNaN(f.values[i]!)).map(typeOf))].sort();
  };

  it('figureList(graph, input) lists the numeric measures (not community), then the indicators with ind: ids', () => {
    const ids = list.figures.map((f) => f.id);
    expect(ids).toContain('degree');
    expect(ids).toContain('pagerank');
    expect(ids).not.toContain('community');
    expect(ids.filter((id) => id.startsWith('ind:'))).toEqual([
      'ind:vendorHhi',
      'ind:topFirmShare',
      'ind:projectsUsed',
      'ind:firms',
      'ind:adoptingCities',
      'ind:firmsInvolved',
      'ind:maintainers',
      'ind:countries',
      'ind:citiesReached',
      'ind:projectsReached',
      'ind:brokerage',
    ]);
    expect(list.byId.get('ind:vendorHhi')).toMatchObject({ label: 'Vendor HHI', unit: 'index', source: 'indicator' });
    expect(list.byId.get('ind:topFirmShare')!.unit).toBe('share');
    expect(list.byId.get('degree')).toMatchObject({ label: 'Degree', unit: 'count', source: 'measure', count: graph.order });
  });

  it('figureList gives city indicators to cities, project ones to projects, firm ones to firms, and no value to the others', () => {
    for (const id of ['ind:vendorHhi', 'ind:topFirmShare', 'ind:projectsUsed', 'ind:firms']) expect(typesWith(id)).toEqual(['city']);
    for (const id of ['ind:adoptingCities', 'ind:firmsInvolved', 'ind:maintainers', 'ind:countries']) expect(typesWith(id)).toEqual(['project']);
    for (const id of ['ind:citiesReached', 'ind:projectsReached', 'ind:brokerage']) expect(typesWith(id)).toEqual(['firm']);
    const city = input.keys.find((k) => typeOf(k) === 'city' && analysis.indicators.get(k)?.type === 'city' && analysis.indicators.get(k)!.type === 'city')!;
    const ind = analysis.indicators.get(city)!;
    expect(list.value('ind:projectsUsed', city)).toBe(ind.type === 'city' ? ind.projectsUsed : NaN);
    const firm = input.keys.find((k) => typeOf(k) === 'firm')!;
    expect(list.value('ind:vendorHhi', firm)).toBeUndefined();
    expect(list.value('nope', firm)).toBeUndefined();
  });

  it("figureList's indicator figures hold each node's own read of its record (read by the figures of its type only)", () => {
    for (const spec of INDICATOR_FIGURES) {
      const values = list.byId.get(`ind:${spec.name}`)!.values;
      const expected = input.keys.map((k) => {
        const ind = analysis.indicators.get(k);
        const v = ind ? spec.read(ind) : undefined;
        return v !== undefined && Number.isFinite(v) ? v : NaN;
      });
      expect([...values], spec.name).toEqual(expected);
      expect(
        expected.some((v) => !Number.isNaN(v)),
        spec.name,
      ).toBe(true);
    }
  });

  it('figureList without indicators lists no ind: figure; figureValues reads a measure id straight from the measures', () => {
    const bare = figureList(graph, { keys: input.keys, values: input.values });
    expect(bare.figures.some((f) => f.source === 'indicator')).toBe(false);
    expect(figureValues(graph, input, 'degree')).toBe(input.values['degree']);
    expect(figureValues(graph, input, 'community')).toBe(input.values['community']);
    expect(figureValues(graph, input, 'ind:nope')).toBeUndefined();
  });

  it('figureList is cached per measures object, graph and indicators', () => {
    expect(figureList(graph, { ...input })).toBe(list);
    expect(figureList(graph, { keys: input.keys, values: input.values })).not.toBe(list);
  });

  it('colorMapping({kind: figure, figure: ind:vendorHhi}) bins cities in viridis and draws firms and projects grey', () => {
    const colors = nodeColors(graph, input, { kind: 'figure', figure: 'ind:vendorHhi' });
    const viridis = new Set(viridisColors(5));
    for (const key of input.keys) {
      const color = colors.get(key)!;
      if (list.value('ind:vendorHhi', key) === undefined) expect(color).toBe(NO_FIGURE_COLOR);
      else expect(viridis.has(color)).toBe(true);
      if (typeOf(key) === 'firm' || typeOf(key) === 'project') expect(color).toBe(NO_FIGURE_COLOR);
    }
  });

  it('buildLegend for a figure: title in its unit, bins low to high with counts, then "no value" with the nodes lacking it', () => {
    const legend = buildLegend({ colorBy: { kind: 'figure', figure: 'ind:vendorHhi' }, sizeBy: 'ind:adoptingCities', graph, measures: input });
    expect(legend.color.title).toBe('Vendor HHI (index 0–1)');
    expect(legend.color.figure).toEqual({ id: 'ind:vendorHhi', unit: 'index' });
    const labels = legend.color.items.map((i) => i.label);
    expect(labels.at(-1)).toBe('no value');
    // Every bin of the mapping, low to high; the legend leaves out those without a node (no city has 0.6–0.8).
    const bins = colorMapping(graph, input, { kind: 'figure', figure: 'ind:vendorHhi' }).classes.map((c) => c.label);
    expect(bins).toEqual(['0.0455–0.2', '0.2–0.4', '0.4–0.6', '0.6–0.8', '0.8–1', 'no value']);
    expect(labels).toEqual(bins.filter((b) => labels.includes(b)));
    expect(labels).toContain('0.8–1');
    const withValue = list.byId.get('ind:vendorHhi')!.count;
    expect(legend.color.items.at(-1)!.count).toBe(graph.order - withValue);
    expect(legend.color.items.slice(0, -1).reduce((s, i) => s + i.count, 0)).toBe(withValue);
    expect(legend.size).toMatchObject({ title: 'Size: Adopting cities', measure: 'ind:adoptingCities', min: 0 });
  });

  it('nodeSizes by an indicator: firms (no value) get the smallest radius, the most adopted project the largest', () => {
    const sizes = nodeSizes(graph, input, 'ind:adoptingCities');
    const f = list.byId.get('ind:adoptingCities')!;
    let top = 0;
    f.values.forEach((v, i) => {
      if (v > f.values[top]! || Number.isNaN(f.values[top]!)) top = i;
    });
    expect(sizes.get(input.keys[top]!)).toBe(18);
    expect(sizes.get(input.keys.find((k) => typeOf(k) === 'firm')!)).toBe(3);
  });

  it('applyFilters with measureRange ind:vendorHhi ≥ 0.5 keeps exactly the cities with that HHI', () => {
    const shown = applyFilters(graph, input, { measureRange: { measure: 'ind:vendorHhi', min: 0.5, max: 1 } });
    const expected = input.keys.filter((k) => (list.value('ind:vendorHhi', k) ?? -1) >= 0.5);
    expect(expected.length).toBeGreaterThan(0);
    expect([...shown.nodes].sort()).toEqual(expected.sort());
  });
});

/** Four cities with a nodes-file column of each kind. */
function attributeGraph(): AtlasGraph {
  const graph: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  const rows: [string, Record<string, string>][] = [
    ['a', { population: '1200', constructor: '3', degree: '7', mostly: '1', sector: 'public' }],
    ['b', { population: '-3.5e2', constructor: '4', degree: '8', mostly: '2', sector: 'private' }],
    ['c', { population: ' 12 ', constructor: '', degree: '9', mostly: '3', sector: 'public' }],
    ['d', { population: '', constructor: '5', degree: '10', mostly: 'n/a', sector: '1' }],
  ];
  for (const [id, extra] of rows) graph.addNode(id, { label: id, type: 'city', extra: dictFrom(Object.entries(extra)) });
  return graph;
}

describe('figureList on nodes-file columns', () => {
  const graph = attributeGraph();
  const input = { keys: graph.nodes(), values: { degree: new Float64Array([1, 2, 3, 4]) } };

  it(`figureList keeps columns whose non-empty values are numbers (≥ ${NUMERIC_SHARE * 100}%), as attr:<column>, a column named constructor too`, () => {
    const list = figureList(graph, input);
    expect(list.figures.map((f) => f.id)).toEqual(['degree', 'attr:constructor', 'attr:degree', 'attr:population']);
    expect([...list.byId.get('attr:constructor')!.values]).toEqual([3, 4, NaN, 5]);
    expect([...list.byId.get('attr:population')!.values]).toEqual([1200, -350, 12, NaN]);
    expect(list.byId.get('attr:population')).toMatchObject({ source: 'attribute', label: 'population', unit: 'number', count: 3 });
  });

  it('figureList: an attribute named like a measure does not shadow it', () => {
    const list = figureList(graph, input);
    expect(list.value('degree', 'a')).toBe(1);
    expect(list.value('attr:degree', 'a')).toBe(7);
  });

  it('figureList drops a column with 3 numbers in 4 values (75%) and a text column', () => {
    const list = figureList(graph, input);
    expect(list.byId.has('attr:mostly')).toBe(false);
    expect(list.byId.has('attr:sector')).toBe(false);
    expect(list.partlyNumeric).toEqual([]);
  });

  it('figureList reports a column that is numeric at 90% or more, its other values as no value', () => {
    const g: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    for (let i = 0; i < 10; i++) g.addNode(`n${i}`, { label: '', type: 'city', extra: dictFrom([['budget', i === 9 ? 'unknown' : String(i * 10)]]) });
    const list = figureList(g, { keys: g.nodes(), values: {} });
    expect(list.partlyNumeric).toEqual([{ column: 'budget', numeric: 9, other: 1 }]);
    expect(list.byId.get('attr:budget')!.count).toBe(9);
    expect(list.value('attr:budget', 'n9')).toBeUndefined();
  });

  it('colorMapping by attr:constructor: nodes without a value form "no value" in grey', () => {
    const mapping = colorMapping(graph, input, { kind: 'figure', figure: 'attr:constructor' });
    expect(mapping.title).toBe('constructor');
    expect(mapping.classes.map((c) => c.label)).toEqual(['3', '4', '5', 'no value']);
    expect(nodeColors(graph, input, { kind: 'figure', figure: 'attr:constructor' }).get('c')).toBe(NO_FIGURE_COLOR);
  });

  it('colorMapping by a figure the view lacks draws every node grey', () => {
    const colors = nodeColors(graph, input, { kind: 'figure', figure: 'ind:vendorHhi' });
    expect(new Set(colors.values())).toEqual(new Set([NO_FIGURE_COLOR]));
  });

  it('applyFilters with measureRange attr:population keeps the nodes in range and hides those without a value', () => {
    const shown = applyFilters(graph, input, { measureRange: { measure: 'attr:population', min: 0, max: 2000 } });
    expect([...shown.nodes].sort()).toEqual(['a', 'c']);
  });
});

describe('figureBins', () => {
  it('figureBins(values, index) cuts 0–1 at round values; the maximum falls in the last bin', () => {
    const bins = figureBins([0.1, 0.25, 0.5, 1, NaN], 'index');
    expect(bins.map((b) => b.label)).toEqual(['0.1–0.2', '0.2–0.4', '0.4–0.6', '0.6–0.8', '0.8–1']);
    expect(binOf(bins, 1)).toBe(4);
    expect(binOf(bins, 0.1)).toBe(0);
    expect(binOf(bins, NaN)).toBe(-1);
  });

  it('figureBins(values, count) of skewed whole numbers: quintiles of the distinct values, whole-number labels', () => {
    const degrees = [...Array(100).fill(1), 2, 3, 4, 5, 6, 8, 10, 20, 50, 100];
    expect(figureBins(degrees, 'count').map((b) => b.label)).toEqual(['1–2', '3–4', '5–7', '8–19', '20–100']);
    expect(figureBins([0, 1, 2, 3], 'count').map((b) => b.label)).toEqual(['0', '1', '2', '3']);
  });

  it('figureBins gives one bin for a constant figure and none without values; shares are written as percentages', () => {
    expect(figureBins([2, 2], 'count').map((b) => b.label)).toEqual(['2']);
    expect(figureBins([NaN], 'count')).toEqual([]);
    expect(figureBins([0.05, 1], 'share').map((b) => b.label)[0]).toBe('5%–20%');
    expect(formatFigureValue(4.55e-74, 'score')).toBe('4.6e-74');
    expect(formatFigureValue(27396.2, 'score')).toBe('27,396');
  });
});

describe('figureListPaced', () => {
  it('makes the list figureList makes, in slices, and caches it for figureList', async () => {
    const { analysis } = defaultAnalysis();
    const graph = analysis.graph;
    const fresh = () => ({ keys: analysis.network.keys, values: { ...analysis.network.measures }, indicators: analysis.indicators });
    const whole = figureList(graph, fresh());
    let pauses = 0;
    const input = fresh();
    const paced = await figureListPaced(graph, input, { shouldPause: () => true, pause: async () => void pauses++ });
    // A step every 1,024 nodes and before each indicator figure: the default graph's 282 nodes make 11.
    expect(pauses).toBe(INDICATOR_FIGURES.length);
    expect(paced.figures.map((f) => [f.id, f.count, [...f.values]])).toEqual(whole.figures.map((f) => [f.id, f.count, [...f.values]]));
    expect(paced.partlyNumeric).toEqual(whole.partlyNumeric);
    for (const key of input.keys) expect(paced.value('ind:vendorHhi', key)).toBe(whole.value('ind:vendorHhi', key));
    expect(figureList(graph, input)).toBe(paced);
  });

  it('returns a list cached while it paused, as it is', async () => {
    const { analysis } = defaultAnalysis();
    const graph = analysis.graph;
    const input = { keys: analysis.network.keys, values: { ...analysis.network.measures }, indicators: analysis.indicators };
    let other: ReturnType<typeof figureList> | undefined;
    const paced = await figureListPaced(graph, input, {
      shouldPause: () => true,
      pause: async () => {
        other ??= figureList(graph, input);
      },
    });
    expect(paced).toBe(other);
  });
});
