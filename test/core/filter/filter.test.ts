import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { applyFilters, DEFAULT_FILTERS, describeFilters, isDefaultFilters, type FilterState } from '../../../src/core/filter';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from '../../../src/core/graph/types';
import { smallGraph, smallMeasures, sorted } from './fixture';
import { WholeKeys } from '../../../src/core/filter/whole-keys';
import { EVERY_FILTER, filterBenchGraph } from '../../../bench/interaction';

const g = smallGraph();
const m = smallMeasures(g);
const run = (state: Partial<FilterState>) => applyFilters(g, m, { ...DEFAULT_FILTERS, ...state });

describe('applyFilters', () => {
  it('applyFilters(g, m, DEFAULT_FILTERS) shows every node and edge', () => {
    const r = run({});
    expect(r).toMatchObject({ shownNodes: 9, shownEdges: 7, totalNodes: 9, totalEdges: 7 });
    expect([...r.nodes]).toEqual(g.nodes());
  });

  it("applyFilters(g, m, DEFAULT_FILTERS) answers with the graph's own keys (WholeKeys), not copies, and they behave as sets of exactly those keys", () => {
    const r = run({});
    expect(r.nodes).toBeInstanceOf(WholeKeys);
    expect(r.edges).toBeInstanceOf(WholeKeys);
    expect([...r.edges]).toEqual(g.edges());
    expect([...r.edges.values()]).toEqual(g.edges());
    expect([...r.nodes.keys()]).toEqual(g.nodes());
    expect([...r.nodes.entries()]).toEqual(g.nodes().map((n) => [n, n]));
    expect(r.edges.size).toBe(7);
    for (const e of g.edges()) expect(r.edges.has(e)).toBe(true);
    for (const n of g.nodes()) expect(r.nodes.has(n)).toBe(true);
    // A node key is not a link key, and members of Object are no keys.
    for (const k of ['Madrid', 'constructor', '__proto__', 'toString', 'nope']) expect(r.edges.has(k)).toBe(false);
    for (const k of ['Madrid|CONSUL', 'constructor', '__proto__', 'toString']) expect(r.nodes.has(k)).toBe(false);
    const seen: string[] = [];
    r.nodes.forEach((value, key, set) => {
      expect(key).toBe(value);
      expect(set).toBe(r.nodes);
      seen.push(value);
    });
    expect(seen).toEqual(g.nodes());
  });

  it('applyFilters(g, m, state) copies the shown keys as soon as a filter could leave anything out, even when it leaves all', () => {
    // Every year, or every relation, leaves every link shown but had to look at each: a copy; isolates and undated links change the sets.
    for (const state of [
      { yearRange: [1900, 2100] as [number, number] },
      { relations: ['uses', 'develops', 'maintains', '(none)'] },
      { hideIsolates: true },
      { keepUndated: false },
    ]) {
      const r = run(state);
      if (!('hideIsolates' in state || 'keepUndated' in state)) expect(r).toMatchObject({ shownNodes: 9, shownEdges: 7 });
      expect(r.edges).toBeInstanceOf(Set);
      expect(r.nodes).toBeInstanceOf(Set);
    }
  });

  it('applyFilters(g, m, {types}) keeps nodes of those types and the edges among them', () => {
    const r = run({ types: ['city', 'project'] });
    expect(sorted(r.nodes)).toEqual(['Amsterdam', 'Barcelona', 'CONSUL', 'Decidim', 'Madrid', 'Signalen']);
    expect(sorted(r.edges)).toEqual(['Amsterdam|Signalen', 'Barcelona|Decidim', 'Madrid|CONSUL', 'Madrid|Decidim']);
    expect(run({ types: [] }).shownNodes).toBe(0);
  });

  it('applyFilters(g, m, {relations}) keeps edges with at least one of the relations; "(none)" selects edges without one', () => {
    expect(sorted(run({ relations: ['maintains'] }).edges)).toEqual(['CONSUL|Populate']);
    expect(run({ relations: ['uses'] }).shownEdges).toBe(5);
    expect(sorted(run({ relations: ['(none)'] }).edges)).toEqual(['Amsterdam|Fund']);
    // Nodes stay; only edges go.
    expect(run({ relations: ['maintains'] }).shownNodes).toBe(9);
  });

  it('applyFilters(g, m, {communities}) keeps nodes of those communities', () => {
    const r = run({ communities: [1, 2] });
    expect(sorted(r.nodes)).toEqual(['Amsterdam', 'Fund', 'Lonely', 'Signalen']);
    expect(sorted(r.edges)).toEqual(['Amsterdam|Fund', 'Amsterdam|Signalen']);
  });

  it('applyFilters(g, m, {yearRange}) keeps links active in the window (started by its end, core/time/activity.ts), and undated edges unless keepUndated is false', () => {
    // Started by 2017: Madrid–CONSUL 2015, Decidim–Populate 2016, Barcelona–Decidim 2017 (no until: still active); CONSUL–Populate starts 2018.
    expect(sorted(run({ yearRange: [2016, 2017] }).edges)).toEqual([
      'Amsterdam|Fund',
      'Barcelona|Decidim',
      'Decidim|Populate',
      'Madrid|CONSUL',
      'Madrid|Decidim',
    ]);
    // Every dated link started by 2030 and none ends.
    expect(sorted(run({ yearRange: [2021, 2030], keepUndated: false }).edges)).toEqual([
      'Amsterdam|Signalen',
      'Barcelona|Decidim',
      'CONSUL|Populate',
      'Decidim|Populate',
      'Madrid|CONSUL',
    ]);
    // CONSUL–Populate's first year is 2018: not active in 2017.
    expect(sorted(run({ yearRange: [2017, 2017], keepUndated: false }).edges)).toEqual(['Barcelona|Decidim', 'Decidim|Populate', 'Madrid|CONSUL']);
    expect(run({ yearRange: [1990, 2000], keepUndated: false }).shownEdges).toBe(0);
  });

  it('applyFilters(g, m, {keepUndated: false}) hides undated edges even without a year range', () => {
    expect(run({ keepUndated: false }).shownEdges).toBe(5);
  });

  it('applyFilters(g, m, {minDegree}) reads the degree of the full graph', () => {
    const r = run({ minDegree: 2 });
    expect(sorted(r.nodes)).toEqual(['Amsterdam', 'CONSUL', 'Decidim', 'Madrid', 'Populate']);
    // Filtering types first does not lower the degree the threshold reads.
    expect(sorted(run({ minDegree: 3, types: ['project'] }).nodes)).toEqual(['Decidim']);
  });

  it('applyFilters(g, m, {minDegree}) falls back to the graph degree when the measure is missing', () => {
    const r = applyFilters(g, { keys: m.keys, values: {} }, { ...DEFAULT_FILTERS, minDegree: 3 });
    expect(sorted(r.nodes)).toEqual(['Decidim']);
  });

  it('applyFilters(g, m, {measureRange}) keeps nodes within [min, max] inclusive and hides NaN', () => {
    const r = run({ measureRange: { measure: 'pagerank', min: 0.15, max: 0.2 } });
    expect(sorted(r.nodes)).toEqual(['CONSUL', 'Decidim', 'Madrid', 'Populate']);
    expect(run({ measureRange: { measure: 'pagerank', min: -Infinity, max: Infinity } }).nodes.has('Lonely')).toBe(false);
  });

  it('applyFilters(g, m, state) reads measures by key when they are not in graph order', () => {
    const rev = { keys: [...m.keys].reverse(), values: { pagerank: m.values.pagerank!.slice().reverse() } };
    const r = applyFilters(g, rev, { ...DEFAULT_FILTERS, measureRange: { measure: 'pagerank', min: 0.15, max: 0.2 } });
    expect(sorted(r.nodes)).toEqual(['CONSUL', 'Decidim', 'Madrid', 'Populate']);
  });

  it('applyFilters(g, m, {hideIsolates}) drops nodes left without a shown edge', () => {
    expect(sorted(run({ hideIsolates: true }).nodes)).not.toContain('Lonely');
    const r = run({ hideIsolates: true, relations: ['develops'] });
    expect(sorted(r.nodes)).toEqual(['Decidim', 'Populate']);
    expect(r.shownNodes).toBe(2);
  });

  it('applyFilters(g, m, {largestComponentOnly}) keeps the largest component of what is shown', () => {
    expect(sorted(run({ largestComponentOnly: true }).nodes)).toEqual(['Barcelona', 'CONSUL', 'Decidim', 'Madrid', 'Populate']);
    // Without firms the Madrid side has 4 nodes (Barcelona, Madrid, Decidim, CONSUL) against Amsterdam's 3.
    const r = run({ largestComponentOnly: true, types: ['city', 'project', 'funder'] });
    expect(sorted(r.nodes)).toEqual(['Barcelona', 'CONSUL', 'Decidim', 'Madrid']);
    expect(sorted(r.edges)).toEqual(['Barcelona|Decidim', 'Madrid|CONSUL', 'Madrid|Decidim']);
  });

  it('applyFilters(g, m, {largestComponentOnly}) breaks ties by the smallest node index', () => {
    // Relation 'uses' only, no Decidim: {Barcelona}, {Madrid, CONSUL, Populate}, {Amsterdam, Signalen}…
    // Year 2015 without undated: Madrid–CONSUL alone.
    const r = run({ largestComponentOnly: true, yearRange: [2015, 2015], keepUndated: false, types: ['city', 'project'] });
    expect(sorted(r.nodes)).toEqual(['CONSUL', 'Madrid']);
    // Active in 2020: {Barcelona, Decidim} (2017), {Madrid, CONSUL} (2015), {Amsterdam, Signalen} (2020): Barcelona (index 0) wins.
    const r2 = run({ largestComponentOnly: true, yearRange: [2020, 2020], keepUndated: false, types: ['city', 'project'] });
    expect(sorted(r2.nodes)).toEqual(['Barcelona', 'Decidim']);
    const both = run({ largestComponentOnly: true, relations: ['(none)', 'maintains'] });
    // {Amsterdam, Fund} (Amsterdam = index 2) and {CONSUL, Populate} (index 4): Amsterdam's wins.
    expect(sorted(both.nodes)).toEqual(['Amsterdam', 'Fund']);
  });

  it('applyFilters(g, m, state) combines node and edge filters: an edge needs both endpoints shown', () => {
    const r = run({ types: ['city', 'project', 'firm'], communities: [0], yearRange: [2016, 2030], keepUndated: false, hideIsolates: true });
    // Madrid–CONSUL (2015) is still active in 2016–2030; Amsterdam is in community 1.
    expect(sorted(r.edges)).toEqual(['Barcelona|Decidim', 'CONSUL|Populate', 'Decidim|Populate', 'Madrid|CONSUL']);
    expect(sorted(r.nodes)).toEqual(['Barcelona', 'CONSUL', 'Decidim', 'Madrid', 'Populate']);
    expect(r).toMatchObject({ shownNodes: 5, shownEdges: 4, totalNodes: 9, totalEdges: 7 });
  });

  it('applyFilters(g, m, every filter) on a 10k-node, 50k-link graph shows some nodes, not all, and only links between shown nodes', () => {
    // The bench's generator (bench/interaction.ts); the bench times it at 100k nodes / 500k links.
    const n = 10_000;
    const { graph: big, measures: bm } = filterBenchGraph(n);
    expect(big.size).toBe(50_000);
    const r = applyFilters(big, bm, EVERY_FILTER);
    expect(r.shownNodes).toBeGreaterThan(0);
    expect(r.shownNodes).toBeLessThan(n);
    for (const e of r.edges) expect(r.nodes.has(big.source(e)) && r.nodes.has(big.target(e))).toBe(true);
  });
});

describe('isDefaultFilters', () => {
  it('isDefaultFilters(DEFAULT_FILTERS) is true; any active filter makes it false', () => {
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS })).toBe(true);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, types: ['city'] })).toBe(false);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, keepUndated: false })).toBe(false);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, minDegree: 1 })).toBe(false);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, hideIsolates: true })).toBe(false);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, largestComponentOnly: true })).toBe(false);
  });
});

describe('describeFilters', () => {
  it('describeFilters(DEFAULT_FILTERS) is empty', () => {
    expect(describeFilters(DEFAULT_FILTERS)).toEqual([]);
  });

  it('describeFilters(state) gives one plain-language line per active filter', () => {
    expect(
      describeFilters({
        ...DEFAULT_FILTERS,
        types: ['city', 'firm'],
        relations: ['uses'],
        communities: [3, 0],
        yearRange: [2015, 2020],
        keepUndated: false,
        minDegree: 2,
        measureRange: { measure: 'pagerank', min: 0.001, max: 0.123456 },
        hideIsolates: true,
        largestComponentOnly: true,
      }),
    ).toEqual([
      'types: city, firm',
      'relations: uses',
      'communities: 0, 3',
      'year 2015–2020',
      'undated links hidden',
      'degree ≥ 2',
      'pagerank 0.001–0.1235',
      'isolated nodes hidden',
      'largest connected component only',
    ]);
    expect(describeFilters({ ...DEFAULT_FILTERS, yearRange: [2018, 2018] })).toEqual(['year 2018 (and undated links)']);
  });
});

describe('applyFilters with names like Object members', () => {
  it('applyFilters(g, m, {measureRange on a measure named constructor}) ignores it instead of reading an inherited member', () => {
    const r = run({ measureRange: { measure: 'constructor', min: 0, max: 1 } });
    expect(r).toMatchObject({ shownNodes: 9, shownEdges: 7 });
  });

  it('applyFilters(g, m, {types, relations}) matches types and relations named __proto__ or constructor as data', () => {
    const graph: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    graph.addNode('a', { label: 'a', type: '__proto__', extra: {} });
    graph.addNode('b', { label: 'b', type: 'constructor', extra: {} });
    graph.addNode('c', { label: 'c', type: 'city', extra: {} });
    graph.addEdge('a', 'b', { weight: 1, relations: ['toString'], years: [], evidence: [], lines: [2], extra: {} });
    graph.addEdge('b', 'c', { weight: 1, relations: ['__proto__'], years: [], evidence: [], lines: [3], extra: {} });
    const measures = { keys: graph.nodes(), values: {} };
    const byType = applyFilters(graph, measures, { types: ['__proto__', 'constructor'] });
    expect([...byType.nodes]).toEqual(['a', 'b']);
    expect(byType.shownEdges).toBe(1);
    expect(applyFilters(graph, measures, { relations: ['__proto__'] }).shownEdges).toBe(1);
  });
});
