import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEdges, readNodes } from '../../../src/core/csv';
import { buildGraph } from '../../../src/core/graph/build';
import { computeIndicators, type CityIndicators, type NodeIndicators } from '../../../src/core/graph/indicators';
import { nodeId, nodeKey } from '../../../src/core/graph/node-key';
import type { AtlasGraph } from '../../../src/core/graph/types';
import type { EdgeRow, NodeRow } from '../../../src/core/csv/types';
import { createRng } from '../../../src/core/random';

const T: Record<string, string> = { C: 'city', D: 'city', E: 'city', P1: 'project', P2: 'project', P3: 'project', F1: 'firm', F2: 'firm', F3: 'firm' };
function graph() {
  const pairs = [
    ['C', 'P1'],
    ['C', 'P2'],
    ['C', 'F1'],
    ['P1', 'F1'],
    ['P1', 'F2'],
    ['P2', 'F2'],
    ['D', 'P2'],
    ['E', 'P3'],
    ['F3', 'E'],
  ];
  const rows: EdgeRow[] = pairs.map(([s, t], i) => ({
    line: i + 2,
    source: s!,
    target: t!,
    sourceType: T[s!]!,
    targetType: T[t!]!,
    weight: 1,
    attributes: {},
  }));
  const nodes: NodeRow[] = Object.keys(T).map((id, i) => ({
    line: i + 2,
    id,
    type: T[id]!,
    attributes: {},
    ...(id === 'C' ? { country: 'ES' } : id === 'D' ? { country: 'NL' } : {}),
  }));
  return buildGraph({ edges: { file: 'e.csv', rows }, nodes: { file: 'n.csv', rows: nodes } }).graph;
}

describe('computeIndicators', () => {
  const indicators = computeIndicators(graph(), new Map([['F1', 0.25]]));

  it('computeIndicators(g) counts a city’s firm-mediated links: direct firms and firms of its projects', () => {
    // C: F1 direct (1) + via P1 (1) = 2; F2 via P1 and P2 = 2 → shares ½, ½.
    expect(indicators.get('C')).toEqual({
      type: 'city',
      projectsUsed: 2,
      firms: 2,
      firmLinks: 4,
      topFirm: 'F1',
      topFirms: ['F1', 'F2'],
      topFirmShare: 0.5,
      vendorHhi: 0.5,
    });
    // D: only F2 through P2 → locked in to one vendor.
    expect(indicators.get('D')).toEqual({
      type: 'city',
      projectsUsed: 1,
      firms: 1,
      firmLinks: 1,
      topFirm: 'F2',
      topFirms: ['F2'],
      topFirmShare: 1,
      vendorHhi: 1,
    });
  });

  it('computeIndicators(g) leaves vendor concentration undefined for a city with no firm link', () => {
    const g = graph();
    g.dropEdge('F3', 'E');
    expect(computeIndicators(g).get('E')).toEqual({ type: 'city', projectsUsed: 1, firms: 0, firmLinks: 0 });
  });

  it('computeIndicators(g) counts adopting cities, firms and countries per project', () => {
    expect(indicators.get('P2')).toEqual({ type: 'project', adoptingCities: 2, firmsInvolved: 1, maintainers: 0, countries: 2, countryList: ['ES', 'NL'] });
    expect(indicators.get('P3')).toEqual({ type: 'project', adoptingCities: 1, firmsInvolved: 0, maintainers: 0, countries: 0, countryList: [] });
  });

  it('computeIndicators(g) counts cities reached directly or through projects per firm, with its brokerage', () => {
    expect(indicators.get('F1')).toEqual({ type: 'firm', citiesReached: 1, projectsReached: 1, brokerage: 0.25 });
    expect(indicators.get('F2')).toEqual({ type: 'firm', citiesReached: 2, projectsReached: 2 });
    expect(indicators.get('F3')).toEqual({ type: 'firm', citiesReached: 1, projectsReached: 0 });
  });
});

describe('computeIndicators on single-project cities and firms (figures shared per project)', () => {
  it('gives every city of one project the same figures, and a city that adds a direct firm its own', () => {
    const pairs = [
      ['A', 'P'],
      ['B', 'P'],
      ['X', 'P'],
      ['X', 'G'],
      ['P', 'F'],
      ['P', 'G'],
      ['F', 'Q'],
      ['Z', 'Q'],
      ['H', 'P'],
    ];
    const types: Record<string, string> = { A: 'city', B: 'city', X: 'city', Z: 'city', P: 'project', Q: 'project', F: 'firm', G: 'firm', H: 'firm' };
    const rows: EdgeRow[] = pairs.map(([s, t], i) => ({
      line: i + 2,
      source: s!,
      target: t!,
      sourceType: types[s!]!,
      targetType: types[t!]!,
      weight: 1,
      attributes: {},
    }));
    const result = computeIndicators(buildGraph({ edges: { file: 'e.csv', rows } }).graph);
    const viaP = { type: 'city', projectsUsed: 1, firms: 3, firmLinks: 3, topFirm: 'F', topFirms: ['F', 'G', 'H'], topFirmShare: 1 / 3, vendorHhi: 1 / 3 };
    expect(result.get('A')).toEqual(viaP);
    expect(result.get('B')).toEqual(viaP);
    expect(result.get('A')).not.toBe(result.get('B'));
    // X: G direct + via P (2 links), F and H via P (1 each) → G holds ½.
    expect(result.get('X')).toEqual({
      type: 'city',
      projectsUsed: 1,
      firms: 3,
      firmLinks: 4,
      topFirm: 'G',
      topFirms: ['G'],
      topFirmShare: 0.5,
      vendorHhi: 0.375,
    });
    // H and G work on P only (H directly for no city; G also for X directly): H reaches P's 3 cities, G the same 3.
    expect(result.get('H')).toEqual({ type: 'firm', citiesReached: 3, projectsReached: 1 });
    expect(result.get('G')).toEqual({ type: 'firm', citiesReached: 3, projectsReached: 1 });
    // F works on P and Q: P's 3 cities and Z.
    expect(result.get('F')).toEqual({ type: 'firm', citiesReached: 4, projectsReached: 2 });
  });
});

describe('computeIndicators with node types that are names of Object members', () => {
  it("counts only 'city' nodes as cities, not types such as 'constructor' or '__proto__'", () => {
    const types: Record<string, string> = { A: 'city', B: 'constructor', C: '__proto__', P: 'project', F: 'firm' };
    const pairs = [
      ['A', 'P'],
      ['B', 'P'],
      ['C', 'P'],
      ['F', 'P'],
    ];
    const rows: EdgeRow[] = pairs.map(([s, t], i) => ({
      line: i + 2,
      source: s!,
      target: t!,
      sourceType: types[s!]!,
      targetType: types[t!]!,
      weight: 1,
      attributes: {},
    }));
    const result = computeIndicators(buildGraph({ edges: { file: 'e.csv', rows } }).graph);
    expect(result.get('P')).toMatchObject({ adoptingCities: 1, firmsInvolved: 1 });
    expect(result.get('F')).toMatchObject({ citiesReached: 1 });
    expect(result.has('B')).toBe(false);
  });
});

/** The indicators straight from their definitions (Sets and Maps per node), to check the fast path against. */
function reference(g: AtlasGraph): Map<string, NodeIndicators> {
  const out = new Map<string, NodeIndicators>();
  const byType = new Map<string, Map<string, string[]>>();
  g.forEachNode((node) => {
    const groups = new Map<string, string[]>();
    g.forEachNeighbor(node, (other, a) => {
      const list = groups.get(a.type);
      if (list) list.push(other);
      else groups.set(a.type, [other]);
    });
    byType.set(node, groups);
  });
  const ofType = (node: string, type: string): string[] => byType.get(node)!.get(type) ?? [];
  g.forEachNode((node, a) => {
    if (a.type === 'city') {
      const links = new Map<string, number>();
      const add = (f: string) => links.set(f, (links.get(f) ?? 0) + 1);
      ofType(node, 'firm').forEach(add);
      const projects = ofType(node, 'project');
      for (const p of projects) ofType(p, 'firm').forEach(add);
      const total = [...links.values()].reduce((s, x) => s + x, 0);
      const city: CityIndicators = { type: 'city', projectsUsed: projects.length, firms: links.size, firmLinks: total };
      if (total > 0) {
        const [top, most] = [...links].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]!;
        city.topFirm = top;
        city.topFirms = [...links]
          .filter(([, x]) => x === most)
          .map(([f]) => f)
          .sort();
        city.topFirmShare = most / total;
        city.vendorHhi = [...links.values()].reduce((s, x) => s + (x / total) ** 2, 0);
      }
      out.set(node, city);
    } else if (a.type === 'project') {
      const countries = new Set(
        ofType(node, 'city')
          .map((c) => g.getNodeAttribute(c, 'country'))
          .filter((c): c is string => !!c),
      );
      out.set(node, {
        type: 'project',
        adoptingCities: ofType(node, 'city').length,
        firmsInvolved: ofType(node, 'firm').length,
        maintainers: g.edges(node).filter((e) => g.getEdgeAttribute(e, 'relations').some((r) => r === 'maintains' || r === 'develops')).length,
        countries: countries.size,
        countryList: [...countries].sort(),
      });
    } else if (a.type === 'firm') {
      const cities = new Set(ofType(node, 'city'));
      const projects = ofType(node, 'project');
      for (const p of projects) ofType(p, 'city').forEach((c) => cities.add(c));
      out.set(node, { type: 'firm', citiesReached: cities.size, projectsReached: projects.length });
    }
  });
  return out;
}

/** Same nodes and figures: counts and names exactly, shares and HHI to 12 digits (they are summed in another order). */
function expectSameIndicators(actual: Map<string, NodeIndicators>, expected: Map<string, NodeIndicators>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [node, e] of expected) {
    const a = actual.get(node)!;
    const { topFirmShare: aShare, vendorHhi: aHhi, ...aRest } = a as CityIndicators;
    const { topFirmShare: eShare, vendorHhi: eHhi, ...eRest } = e as CityIndicators;
    expect(aRest).toEqual(eRest);
    for (const [x, y] of [
      [aShare, eShare],
      [aHhi, eHhi],
    ] as const) {
      if (y === undefined) expect(x).toBeUndefined();
      else expect(x).toBeCloseTo(y, 12);
    }
  }
}

function datasetGraph(name: string): AtlasGraph {
  const read = (file: string) => readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8');
  const edges = readEdges(read(`${name}-edges.csv`), { file: 'e.csv' });
  const nodes = readNodes(read(`${name}-nodes.csv`), { file: 'n.csv' });
  return buildGraph({ edges: { file: 'e.csv', rows: edges.rows }, nodes: { file: 'n.csv', rows: nodes.rows } }).graph;
}

/**
 * A hub-heavy graph: `cities` cities each on 1–3 of 3 hub projects and on one
 * of `cities / 20` small projects, `firms` firms on 1–3 projects (half of the
 * picks a hub), some direct city–firm contracts both ways.
 */
function hubGraph(cities: number, firms: number, seed = 3): AtlasGraph {
  const rng = createRng(seed);
  const rows: EdgeRow[] = [];
  const pairs = new Set<string>();
  const add = (s: string, st: string, t: string, tt: string) => {
    if (pairs.has(`${s}|${t}`)) return;
    pairs.add(`${s}|${t}`);
    rows.push({ line: rows.length + 2, source: s, target: t, sourceType: st, targetType: tt, weight: 1, attributes: {} });
  };
  const small = Math.max(1, Math.floor(cities / 20));
  for (let c = 0; c < cities; c++) {
    for (let h = 0; h < 3; h++) if (h === c % 3 || rng() < 0.5) add(`c${c}`, 'city', `hub${h}`, 'project');
    add(`c${c}`, 'city', `p${c % small}`, 'project');
    if (rng() < 0.05) add(`c${c}`, 'city', `f${Math.floor(rng() * firms)}`, 'firm');
  }
  for (let f = 0; f < firms; f++) {
    const k = 1 + Math.floor(rng() * 3);
    for (let j = 0; j < k; j++) add(`f${f}`, 'firm', rng() < 0.5 ? `hub${Math.floor(rng() * 3)}` : `p${Math.floor(rng() * small)}`, 'project');
    if (rng() < 0.1) add(`f${f}`, 'firm', `c${Math.floor(rng() * cities)}`, 'city');
  }
  return buildGraph({ edges: { file: 'e.csv', rows } }).graph;
}

describe('computeIndicators against the definitions', () => {
  it('computeIndicators(default dataset) equals the indicators computed from their definitions', () => {
    const g = datasetGraph('default');
    expectSameIndicators(computeIndicators(g), reference(g));
  });

  it('computeIndicators(municipal dataset) equals the indicators computed from their definitions', () => {
    const g = datasetGraph('municipal');
    expectSameIndicators(computeIndicators(g), reference(g));
  });

  it('computeIndicators(hub-heavy graph: 3,000 cities on 3 hubs, 600 firms) equals the definitions (hubs summarised per set)', () => {
    const g = hubGraph(3_000, 600);
    expect(g.degree('hub0')).toBeGreaterThan(1_000);
    expectSameIndicators(computeIndicators(g), reference(g));
  });
});

describe('computeIndicators around a hub (values by hand)', () => {
  // H: 40 firms F00…F39 and 43 cities (C1, C2, C3, D00…D39), so it counts as
  // a hub both ways; P: a small project of C2 and C3 with firms F05, G and X;
  // X also works on P; C3 contracts F39 directly; X works for E directly; E uses Q.
  const pad = (i: number) => String(i).padStart(2, '0');
  const pairs: [string, string, string, string][] = [];
  for (let i = 0; i < 40; i++) pairs.push([`F${pad(i)}`, 'firm', 'H', 'project'], [`D${pad(i)}`, 'city', 'H', 'project']);
  for (const c of ['C1', 'C2', 'C3']) pairs.push([c, 'city', 'H', 'project']);
  pairs.push(['C2', 'city', 'P', 'project'], ['C3', 'city', 'P', 'project'], ['F05', 'firm', 'P', 'project'], ['G', 'firm', 'P', 'project']);
  pairs.push(['C3', 'city', 'F39', 'firm'], ['X', 'firm', 'P', 'project'], ['X', 'firm', 'E', 'city'], ['E', 'city', 'Q', 'project']);
  const rows: EdgeRow[] = pairs.map(([s, st, t, tt], i) => ({ line: i + 2, source: s, sourceType: st, target: t, targetType: tt, weight: 1, attributes: {} }));
  const result = computeIndicators(buildGraph({ edges: { file: 'e.csv', rows } }).graph);

  it('a city on the hub only: 40 firms with one link each, the first by name on top', () => {
    expect(result.get('C1')).toEqual({
      type: 'city',
      projectsUsed: 1,
      firms: 40,
      firmLinks: 40,
      topFirm: 'F00',
      topFirms: Array.from({ length: 40 }, (_, i) => `F${pad(i)}`),
      topFirmShare: 1 / 40,
      vendorHhi: 40 / 40 ** 2,
    });
  });

  it('a city on the hub and a small project: F05 on both holds 2 of 43 links, G and X add a 41st and 42nd firm', () => {
    // Σ links² = 39 hub firms × 1 + F05 2² + G 1 + X 1 = 45.
    expect(result.get('C2')).toEqual({
      type: 'city',
      projectsUsed: 2,
      firms: 42,
      firmLinks: 43,
      topFirm: 'F05',
      topFirms: ['F05'],
      topFirmShare: 2 / 43,
      vendorHhi: 45 / 43 ** 2,
    });
  });

  it('a city that also contracts a hub firm directly: F05 and F39 tie at 2 of 44 links, both in topFirms, F05 first by name', () => {
    // Σ links² = 38 × 1 + F05 2² + F39 2² + G 1 + X 1 = 48.
    expect(result.get('C3')).toEqual({
      type: 'city',
      projectsUsed: 2,
      firms: 42,
      firmLinks: 44,
      topFirm: 'F05',
      topFirms: ['F05', 'F39'],
      topFirmShare: 2 / 44,
      vendorHhi: 48 / 44 ** 2,
    });
  });

  it('firms reach the hub’s 43 cities once each, plus cities met elsewhere', () => {
    expect(result.get('F05')).toEqual({ type: 'firm', citiesReached: 43, projectsReached: 2 });
    expect(result.get('F39')).toEqual({ type: 'firm', citiesReached: 43, projectsReached: 1 });
    expect(result.get('F00')).toEqual({ type: 'firm', citiesReached: 43, projectsReached: 1 });
    expect(result.get('G')).toEqual({ type: 'firm', citiesReached: 2, projectsReached: 1 });
    expect(result.get('X')).toEqual({ type: 'firm', citiesReached: 3, projectsReached: 1 });
    expect(result.get('E')).toEqual({ type: 'city', projectsUsed: 1, firms: 1, firmLinks: 1, topFirm: 'X', topFirms: ['X'], topFirmShare: 1, vendorHhi: 1 });
    expect(result.get('H')).toEqual({ type: 'project', adoptingCities: 43, firmsInvolved: 40, maintainers: 0, countries: 0, countryList: [] });
  });
});

describe('computeIndicators with ids named like Object members', () => {
  it('keys indicators by graph key and names the top firm by its key (nodeId gives the id)', () => {
    const rows: EdgeRow[] = [
      ['constructor', 'city', 'toString', 'project'],
      ['__proto__', 'firm', 'toString', 'project'],
      ['valueOf', 'firm', 'toString', 'project'],
    ].map(([s, st, t, tt], i) => ({ line: i + 2, source: s!, sourceType: st!, target: t!, targetType: tt!, weight: 1, attributes: {} }));
    const result = computeIndicators(buildGraph({ edges: { file: 'e.csv', rows } }).graph);
    const city = result.get(nodeKey('constructor')) as CityIndicators;
    expect(city).toMatchObject({ type: 'city', projectsUsed: 1, firms: 2, firmLinks: 2, topFirmShare: 0.5, vendorHhi: 0.5 });
    expect(nodeId(city.topFirm!)).toBe('__proto__');
    expect(result.get(nodeKey('toString'))).toEqual({ type: 'project', adoptingCities: 1, firmsInvolved: 2, maintainers: 0, countries: 0, countryList: [] });
    expect(result.get(nodeKey('__proto__'))).toEqual({ type: 'firm', citiesReached: 1, projectsReached: 1 });
  });
});
