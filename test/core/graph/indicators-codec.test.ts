/**
 * The indicators' columns (what the analysis worker sends the page) give back
 * exactly the records the analysis computed: every field each record had and
 * no other, in the same order, on the default, municipal and DPG data, on
 * numeric ids and on ids named like Object members; a tie list shared by many
 * cities is one array again; the paced decode pauses when asked and gives the
 * same records.
 */
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalysisInput } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import type { NodeIndicators } from '../../../src/core/graph/indicators';
import { decodeIndicators, decodeIndicatorsPaced, encodeIndicators, indicatorBuffers } from '../../../src/core/graph/indicators-codec';
import { nodeKey } from '../../../src/core/graph/node-key';
import { dictFrom, getOwn } from '../../../src/core/util/dict';

const file = (name: string) => ({ name, text: readFileSync(`data/${name}`, 'utf8') });
const hostile = (): AnalysisInput => ({
  edges: {
    name: 'e.csv',
    text: [
      'source,target,source_type,target_type,relation',
      '__proto__,constructor,city,project,uses',
      'toString,constructor,city,project,uses',
      'hasOwnProperty,constructor,firm,project,maintains',
      'valueOf,__proto__,firm,city,provides_services_for',
      'hasOwnProperty,toString,firm,city,provides_services_for',
      'lonely,nowhere,city,project,uses',
    ].join('\n'),
  },
});
/** Ids that are array indices (an object keeps such keys apart, in numeric order), with ties and countries. */
const numeric = (): AnalysisInput => ({
  edges: {
    name: 'e.csv',
    text: [
      'source,target,source_type,target_type',
      '10,2,city,project',
      '10,3,city,project',
      '7,2,city,project',
      '7,3,city,project',
      '400,2,firm,project',
      '5,3,firm,project',
      '400,10,firm,city',
      '0,2,firm,project',
    ].join('\n'),
  },
  nodes: { name: 'n.csv', text: 'id,type,country\n10,city,ES\n7,city,IT\n2,project,\n3,project,\n400,firm,\n5,firm,\n0,firm,\n' },
});
const municipal = (): AnalysisInput => ({ edges: file('municipal-edges.csv'), nodes: file('municipal-nodes.csv') });

/** A pacing that asks for a pause at every question, and counts them. */
function everyTime() {
  const pacing = { pauses: 0, shouldPause: () => true, pause: async () => void pacing.pauses++ };
  return pacing;
}

describe('indicators codec', () => {
  it.each([
    ['default', () => ({ edges: file('default-edges.csv'), nodes: file('default-nodes.csv') })],
    ['municipal', municipal],
    ['DPG', () => ({ edges: file('dpg-edges.csv'), nodes: file('dpg-nodes.csv') })],
    ['numeric ids', numeric],
    ['Object-member ids', hostile],
  ] as [string, () => AnalysisInput][])('%s: decode(encode(indicators)) is the analysis’ record, field for field and in order', (_name, input) => {
    const { indicators, network } = analyze(input(), resolveAnalysisOptions({}));
    const decoded = decodeIndicators(encodeIndicators(indicators, network.keys), network.keys);
    expect(Object.keys(decoded).sort()).toEqual([...indicators.keys()].sort());
    for (const [key, record] of indicators) {
      const back = getOwn(decoded, key)!;
      // The same fields in the same order (the page's JSON of them, a snapshot's, is then the same text).
      expect(Object.keys(back)).toEqual(Object.keys(record));
      expect(back).toEqual(record);
    }
    expect(decoded).toEqual(dictFrom(indicators));
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(dictFrom(indicators)));
    expect(Object.getPrototypeOf(decoded)).toBeNull();
  });

  it('keeps records of ids named like Object members as ordinary keys, the top firm too', () => {
    const { indicators, network } = analyze(hostile(), resolveAnalysisOptions({}));
    const decoded = decodeIndicators(encodeIndicators(indicators, network.keys), network.keys);
    // City __proto__: firm valueOf directly, firm hasOwnProperty through project constructor — tied.
    const tie = [nodeKey('hasOwnProperty'), nodeKey('valueOf')].sort();
    expect(getOwn(decoded, nodeKey('__proto__'))).toMatchObject({ type: 'city', topFirm: tie[0], topFirms: tie, topFirmShare: 0.5 });
    expect(getOwn(decoded, nodeKey('constructor'))).toMatchObject({ type: 'project', adoptingCities: 2, maintainers: 1 });
    expect(getOwn(decoded, nodeKey('hasOwnProperty'))).toMatchObject({ type: 'firm' });
  });

  it('numeric ids: the records and their top firms by the right keys', () => {
    const { indicators, network } = analyze(numeric(), resolveAnalysisOptions({}));
    const decoded = decodeIndicators(encodeIndicators(indicators, network.keys), network.keys);
    // City 10: firm 400 twice (directly and through project 2), 0 (through 2) and 5 (through 3) once.
    expect(getOwn(decoded, '10')).toEqual({
      type: 'city',
      projectsUsed: 2,
      firms: 3,
      firmLinks: 4,
      topFirm: '400',
      topFirms: ['400'],
      topFirmShare: 0.5,
      vendorHhi: 6 / 16,
    });
    // City 7: each of 0, 400 and 5 once through its projects, a three-way tie (keys sorted as strings).
    expect(getOwn(decoded, '7')).toMatchObject({ firmLinks: 3, topFirm: '0', topFirms: ['0', '400', '5'], topFirmShare: 1 / 3 });
    expect(getOwn(decoded, '2')).toEqual({ type: 'project', adoptingCities: 2, firmsInvolved: 2, maintainers: 0, countries: 2, countryList: ['ES', 'IT'] });
  });

  it('keeps a shared tie list shared, and the message small', () => {
    const { indicators, network } = analyze(municipal(), resolveAnalysisOptions({}));
    const encoded = encodeIndicators(indicators, network.keys);
    const decoded = Object.values(decodeIndicators(encoded, network.keys));
    const lists = new Set(decoded.flatMap((r) => (r.type === 'city' && r.topFirms ? [r.topFirms] : [])));
    const before = new Set([...indicators.values()].flatMap((r) => (r.type === 'city' && r.topFirms ? [r.topFirms] : [])));
    const cities = decoded.filter((r) => r.type === 'city' && r.topFirms).length;
    expect(lists.size).toBeLessThan(cities / 2);
    expect(lists.size).toBe(before.size);
    // Columns: about 100 bytes a node, against about 380 for the records (2.6 MB here); all but the country names transferable.
    expect(serialize(encoded).length).toBeLessThan(network.keys.length * 200);
    const { countryNames, ...arrays } = encoded;
    expect(indicatorBuffers(encoded)).toHaveLength(Object.keys(arrays).length);
  });

  it('keeps an optional figure that is there with the value NaN, and leaves out one that is not there', () => {
    const indicators = new Map<string, NodeIndicators>([
      ['f', { type: 'firm', citiesReached: 0, projectsReached: 1, brokerage: Number.NaN }],
      ['g', { type: 'firm', citiesReached: 0, projectsReached: 1 }],
    ]);
    const decoded = decodeIndicators(encodeIndicators(indicators, ['f', 'g', 'h']), ['f', 'g', 'h']);
    expect(Object.keys(decoded)).toEqual(['f', 'g']);
    expect(getOwn(decoded, 'f')).toEqual({ type: 'firm', citiesReached: 0, projectsReached: 1, brokerage: Number.NaN });
    expect(Object.keys(getOwn(decoded, 'g')!)).toEqual(['type', 'citiesReached', 'projectsReached']);
  });

  it('decodeIndicatorsPaced(…) begins with a pause, asks the pacing every 512 nodes, pauses when told, and gives the same records', async () => {
    const { indicators, network } = analyze(municipal(), resolveAnalysisOptions({}));
    const encoded = encodeIndicators(indicators, network.keys);
    const pacing = everyTime();
    const paced = await decodeIndicatorsPaced(encoded, network.keys, pacing);
    // One pause first (a task of its own, apart from the message that brought the columns), then one per question.
    expect(pacing.pauses).toBe(1 + Math.floor(network.keys.length / 512));
    expect(pacing.pauses).toBeGreaterThan(5);
    expect(paced).toEqual(decodeIndicators(encoded, network.keys));
  });

  it('refuses a top firm that is not a node of the graph, and keys that are not the ones encoded with', () => {
    const indicators = new Map([['a', { type: 'city' as const, projectsUsed: 0, firms: 1, firmLinks: 1, topFirm: 'elsewhere' }]]);
    expect(() => encodeIndicators(indicators, ['a'])).toThrow(/elsewhere/);
    const encoded = encodeIndicators(new Map([['a', { type: 'firm' as const, citiesReached: 0, projectsReached: 0 }]]), ['a']);
    expect(() => decodeIndicators(encoded, ['a', 'b'])).toThrow(/1 nodes encoded, 2 keys/);
  });
});
