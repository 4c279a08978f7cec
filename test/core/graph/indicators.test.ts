import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import { computeIndicators } from '../../../src/core/graph/indicators';
import type { EdgeRow, NodeRow } from '../../../src/core/csv/types';

const T: Record<string, string> = { C: 'city', D: 'city', E: 'city', P1: 'project', P2: 'project', P3: 'project', F1: 'firm', F2: 'firm', F3: 'firm' };
function graph() {
  const pairs = [
    ['C', 'P1'], ['C', 'P2'], ['C', 'F1'], ['P1', 'F1'], ['P1', 'F2'], ['P2', 'F2'],
    ['D', 'P2'], ['E', 'P3'], ['F3', 'E'],
  ];
  const rows: EdgeRow[] = pairs.map(([s, t], i) => ({ line: i + 2, source: s!, target: t!, sourceType: T[s!]!, targetType: T[t!]!, weight: 1, attributes: {} }));
  const nodes: NodeRow[] = Object.keys(T).map((id, i) => ({ line: i + 2, id, type: T[id]!, attributes: {}, ...(id === 'C' ? { country: 'ES' } : id === 'D' ? { country: 'NL' } : {}) }));
  return buildGraph({ edges: { file: 'e.csv', rows }, nodes: { file: 'n.csv', rows: nodes } }).graph;
}

describe('computeIndicators', () => {
  const indicators = computeIndicators(graph(), new Map([['F1', 0.25]]));

  it('computeIndicators(g) counts a city’s firm-mediated links: direct firms and firms of its projects', () => {
    // C: F1 direct (1) + via P1 (1) = 2; F2 via P1 and P2 = 2 → shares ½, ½.
    expect(indicators.get('C')).toEqual({ type: 'city', projectsUsed: 2, firms: 2, firmLinks: 4, topFirm: 'F1', topFirmShare: 0.5, vendorHhi: 0.5 });
    // D: only F2 through P2 → locked in to one vendor.
    expect(indicators.get('D')).toEqual({ type: 'city', projectsUsed: 1, firms: 1, firmLinks: 1, topFirm: 'F2', topFirmShare: 1, vendorHhi: 1 });
  });

  it('computeIndicators(g) leaves vendor concentration undefined for a city with no firm link', () => {
    const g = graph();
    g.dropEdge('F3', 'E');
    expect(computeIndicators(g).get('E')).toEqual({ type: 'city', projectsUsed: 1, firms: 0, firmLinks: 0 });
  });

  it('computeIndicators(g) counts adopting cities, firms and countries per project', () => {
    expect(indicators.get('P2')).toEqual({ type: 'project', adoptingCities: 2, firmsInvolved: 1, countries: 2, countryList: ['ES', 'NL'] });
    expect(indicators.get('P3')).toEqual({ type: 'project', adoptingCities: 1, firmsInvolved: 0, countries: 0, countryList: [] });
  });

  it('computeIndicators(g) counts cities reached directly or through projects per firm, with its brokerage', () => {
    expect(indicators.get('F1')).toEqual({ type: 'firm', citiesReached: 1, projectsReached: 1, brokerage: 0.25 });
    expect(indicators.get('F2')).toEqual({ type: 'firm', citiesReached: 2, projectsReached: 2 });
    expect(indicators.get('F3')).toEqual({ type: 'firm', citiesReached: 1, projectsReached: 0 });
  });
});

describe('computeIndicators on single-project cities and firms (figures shared per project)', () => {
  it('gives every city of one project the same figures, and a city that adds a direct firm its own', () => {
    const pairs = [['A', 'P'], ['B', 'P'], ['X', 'P'], ['X', 'G'], ['P', 'F'], ['P', 'G'], ['F', 'Q'], ['Z', 'Q'], ['H', 'P']];
    const types: Record<string, string> = { A: 'city', B: 'city', X: 'city', Z: 'city', P: 'project', Q: 'project', F: 'firm', G: 'firm', H: 'firm' };
    const rows: EdgeRow[] = pairs.map(([s, t], i) => ({ line: i + 2, source: s!, target: t!, sourceType: types[s!]!, targetType: types[t!]!, weight: 1, attributes: {} }));
    const result = computeIndicators(buildGraph({ edges: { file: 'e.csv', rows } }).graph);
    const viaP = { type: 'city', projectsUsed: 1, firms: 3, firmLinks: 3, topFirm: 'F', topFirmShare: 1 / 3, vendorHhi: 1 / 3 };
    expect(result.get('A')).toEqual(viaP);
    expect(result.get('B')).toEqual(viaP);
    expect(result.get('A')).not.toBe(result.get('B'));
    // X: G direct + via P (2 links), F and H via P (1 each) → G holds ½.
    expect(result.get('X')).toEqual({ type: 'city', projectsUsed: 1, firms: 3, firmLinks: 4, topFirm: 'G', topFirmShare: 0.5, vendorHhi: 0.375 });
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
    const pairs = [['A', 'P'], ['B', 'P'], ['C', 'P'], ['F', 'P']];
    const rows: EdgeRow[] = pairs.map(([s, t], i) => ({ line: i + 2, source: s!, target: t!, sourceType: types[s!]!, targetType: types[t!]!, weight: 1, attributes: {} }));
    const result = computeIndicators(buildGraph({ edges: { file: 'e.csv', rows } }).graph);
    expect(result.get('P')).toMatchObject({ adoptingCities: 1, firmsInvolved: 1 });
    expect(result.get('F')).toMatchObject({ citiesReached: 1 });
    expect(result.has('B')).toBe(false);
  });
});
