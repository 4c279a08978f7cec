/**
 * Ids, types, relations, column names and values named like Object members
 * (`__proto__`, `constructor`, `toString`…) are ordinary data from the CSV to
 * the report, the CLI summary and the worker's payload. The expected figures
 * are counted by hand from the two files below.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { buildReport } from '../../../src/core/analysis/report';
import { formatSummary } from '../../../src/core/analysis/summary';
import { decodeGraph } from '../../../src/core/graph/codec';
import { KEY_PREFIX, nodeId, nodeKey } from '../../../src/core/graph/node-key';
import type { AtlasGraph } from '../../../src/core/graph/types';
import { getOwn } from '../../../src/core/util/dict';
import { analysisPayload } from '../../../src/workers/payload';
import { payloadFromJson, payloadToJson, reviveGraphPayload } from '../../../src/workers/payload-json';
import type { AnalysisPayload } from '../../../src/workers/protocol';

// Cities __proto__, constructor, toString; projects valueOf, hasOwnProperty;
// firms isPrototypeOf, __defineGetter__; x1 of type constructor, x2 of type
// __proto__. The last row repeats the first pair.
const EDGES = `source,target,source_type,target_type,relation,constructor,__proto__,toString
__proto__,valueOf,city,project,constructor,a,b,c
constructor,valueOf,city,project,__proto__,,,
toString,hasOwnProperty,city,project,toString,d,,
valueOf,isPrototypeOf,project,firm,valueOf,,e,
hasOwnProperty,__defineGetter__,project,firm,hasOwnProperty,,,f
__defineGetter__,__proto__,firm,city,constructor,,,
isPrototypeOf,hasOwnProperty,firm,project,__proto__,,,
x1,__proto__,constructor,city,toString,,,
x2,x1,__proto__,constructor,valueOf,,,
__proto__,valueOf,city,project,toString,g,b,
`;
const NODES = `id,type,label,constructor,__proto__,valueOf
__proto__,city,,toString,v1,
constructor,city,Constructor City,,v2,hasOwnProperty
toString,city,,,,
valueOf,project,,x,,
hasOwnProperty,project,,,,
isPrototypeOf,firm,,,,
__defineGetter__,firm,,,,
x1,constructor,,,,
x2,__proto__,,,,
`;
const IDS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'x1', 'x2'];
const input = { edges: { name: 'edges.csv', text: EDGES }, nodes: { name: 'nodes.csv', text: NODES } };
const options = resolveAnalysisOptions({ projection: { keep: 'city' } });

/** Own entries of a record, sorted by key (whatever its prototype). */
const entries = (record: object) => Object.entries(record).sort((a, b) => (a[0] < b[0] ? -1 : 1));

/** Every node (by id) with its attributes' own entries, and every edge by its ends' ids. */
function contents(g: AtlasGraph) {
  return {
    nodes: g.mapNodes((k, a) => [nodeId(k), { ...a, extra: entries(a.extra) }]).sort(),
    edges: g.mapEdges((_e, a, s, t) => [[nodeId(s), nodeId(t)].sort().join('–'), { ...a, extra: entries(a.extra) }]).sort(),
  };
}

describe('analyze() with ids, types, relations and columns named like Object members', () => {
  const analysis = analyze(input, options);
  const report = buildReport(analysis, new Date('2026-01-01T00:00:00Z'));

  it('builds every node and edge: 9 nodes, 9 edges (10 rows, one pair repeated)', () => {
    expect(analysis.graph.order).toBe(9);
    expect(analysis.graph.size).toBe(9);
    expect(analysis.graph.nodes().map(nodeId).sort()).toEqual([...IDS].sort());
    expect(analysis.issues.errors).toBe(0);
    expect([...analysis.issues.countsByCode]).toEqual([['repeated-pair', { severity: 'warning', count: 1 }]]);
    expect(analysis.issues.detailed[0]!.message).toContain("'__proto__' – 'valueOf' was already linked on line 2");
  });

  it('counts nodes by type and edges by relation in the report', () => {
    expect(entries(report.stats.nodesByType)).toEqual(entries({ city: 3, project: 2, firm: 2, constructor: 1, ['__proto__']: 1 }));
    expect(Object.keys(report.stats.nodesByType)).toEqual(['city', 'firm', 'project', '__proto__', 'constructor']);
    // Each edge counts once per relation: the merged __proto__–valueOf edge has constructor and toString.
    // (The reader lower-cases relations: constructor and __proto__ stay Object member names.)
    expect(Object.entries(report.stats.edgesByRelation)).toEqual([
      ['tostring', 3],
      ['__proto__', 2],
      ['constructor', 2],
      ['valueof', 2],
      ['hasownproperty', 1],
    ]);
  });

  it('keeps node attributes: labels default to the id, columns named like Object members, nothing inherited', () => {
    const node = (id: string) => analysis.graph.getNodeAttributes(nodeKey(id));
    expect(node('__proto__')).toMatchObject({ label: '__proto__', type: 'city' });
    expect(node('constructor')).toMatchObject({ label: 'Constructor City', type: 'city' });
    expect(node('x2')).toMatchObject({ label: 'x2', type: '__proto__' });
    expect(entries(node('__proto__').extra)).toEqual([
      ['__proto__', 'v1'],
      ['constructor', 'toString'],
    ]);
    expect(entries(node('constructor').extra)).toEqual([
      ['__proto__', 'v2'],
      ['valueOf', 'hasOwnProperty'],
    ]);
    expect(entries(node('valueOf').extra)).toEqual([['constructor', 'x']]);
    expect(getOwn(node('toString').extra, 'constructor')).toBeUndefined();
  });

  it('keeps edge attributes: merged relations and extra columns as lists', () => {
    const e = analysis.graph.getEdgeAttributes(analysis.graph.edge(nodeKey('__proto__'), nodeKey('valueOf'))!);
    expect(e.relations).toEqual(['constructor', 'tostring']);
    expect(e.lines).toEqual([2, 11]);
    expect(entries(e.extra)).toEqual([
      ['__proto__', ['b']],
      ['constructor', ['a', 'g']],
      ['toString', ['c']],
    ]);
  });

  it('reports every node by its id, and the indicators by id with the top firm named by id', () => {
    expect(report.nodes.map((n) => n.id).sort()).toEqual([...IDS].sort());
    expect(report.nodes.find((n) => n.id === 'constructor')).toMatchObject({ label: 'Constructor City', type: 'city', degree: 1 });
    expect(report.nodes.find((n) => n.id === '__proto__')).toMatchObject({ degree: 3 });
    expect(Object.keys(report.indicators).sort()).toEqual([
      '__defineGetter__',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'isPrototypeOf',
      'toString',
      'valueOf',
    ]);
    // __proto__: __defineGetter__ directly and isPrototypeOf through valueOf, one link each.
    expect(getOwn(report.indicators, '__proto__')).toEqual({
      type: 'city',
      projectsUsed: 1,
      firms: 2,
      firmLinks: 2,
      topFirm: '__defineGetter__',
      topFirms: ['__defineGetter__', 'isPrototypeOf'],
      topFirmShare: 0.5,
      vendorHhi: 0.5,
    });
    expect(getOwn(report.indicators, 'constructor')).toEqual({
      type: 'city',
      projectsUsed: 1,
      firms: 1,
      firmLinks: 1,
      topFirm: 'isPrototypeOf',
      topFirms: ['isPrototypeOf'],
      topFirmShare: 1,
      vendorHhi: 1,
    });
    expect(getOwn(report.indicators, 'toString')).toEqual({
      type: 'city',
      projectsUsed: 1,
      firms: 2,
      firmLinks: 2,
      topFirm: '__defineGetter__',
      topFirms: ['__defineGetter__', 'isPrototypeOf'],
      topFirmShare: 0.5,
      vendorHhi: 0.5,
    });
    expect(getOwn(report.indicators, 'valueOf')).toEqual({
      type: 'project',
      adoptingCities: 2,
      firmsInvolved: 1,
      maintainers: 0,
      countries: 0,
      countryList: [],
    });
    expect(getOwn(report.indicators, 'hasOwnProperty')).toEqual({
      type: 'project',
      adoptingCities: 1,
      firmsInvolved: 2,
      maintainers: 0,
      countries: 0,
      countryList: [],
    });
    expect(getOwn(report.indicators, 'isPrototypeOf')).toMatchObject({ type: 'firm', citiesReached: 3, projectsReached: 2 });
    expect(getOwn(report.indicators, '__defineGetter__')).toMatchObject({ type: 'firm', citiesReached: 2, projectsReached: 1 });
  });

  it('projects the cities by id: __proto__ and constructor share valueOf', () => {
    expect(report.projection!.nodes.map((n) => n.id).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(report.projection!.edges).toEqual([{ source: '__proto__', target: 'constructor', weight: 1, via: ['valueOf'] }]);
  });

  it('writes a JSON report that reads back the same, with no graph key in it', () => {
    const json = JSON.stringify(report);
    expect(json).not.toContain(KEY_PREFIX);
    const parsed = JSON.parse(json) as typeof report;
    expect(JSON.stringify(parsed)).toBe(json);
    expect(entries(parsed.stats.nodesByType)).toEqual(entries(report.stats.nodesByType));
    expect(Object.hasOwn(parsed.stats.nodesByType, '__proto__')).toBe(true);
    expect(getOwn(parsed.indicators, '__proto__')).toEqual(getOwn(report.indicators, '__proto__'));
  });

  it('formats a summary with the right counts and no inherited function in it', () => {
    const summary = formatSummary(report);
    expect(summary).toContain('Nodes: 9  (3 city, 2 firm, 2 project, 1 __proto__, 1 constructor)');
    expect(summary).toContain('Edges: 9  (3 tostring, 2 __proto__, 2 constructor, 2 valueof, 1 hasownproperty)');
    expect(summary).not.toMatch(/function|native code|\[object/);
    expect(summary).not.toContain(KEY_PREFIX);
  });
});

describe('the worker payload with names like Object members', () => {
  const { analysis, payload } = analysisPayload(input, options);

  it('survives a structured clone (a node column named constructor made it uncloneable) and decodes to the same graph', () => {
    const cloned = structuredClone(payload);
    expect(contents(decodeGraph(cloned.network.graph))).toEqual(contents(analysis.graph));
    expect(cloned.network.keys).toEqual(analysis.graph.nodes());
    expect(entries(cloned.report.stats.nodesByType)).toEqual(entries({ city: 3, project: 2, firm: 2, constructor: 1, ['__proto__']: 1 }));
    // The page's indicators are keyed by graph key and name the top firm by key.
    const city = getOwn(cloned.indicators, nodeKey('__proto__'));
    expect(city).toMatchObject({ type: 'city', firms: 2, topFirm: nodeKey('__defineGetter__') });
  });

  it('keeps every name through its JSON form (snapshots, the embedded default)', () => {
    const revived = payloadFromJson<AnalysisPayload>(payloadToJson(payload));
    const graph = decodeGraph(reviveGraphPayload(revived.network).graph);
    expect(contents(graph)).toEqual(contents(analysis.graph));
    expect(entries(revived.report.stats.edgesByRelation)).toEqual(entries(payload.report.stats.edgesByRelation));
    expect(getOwn(revived.indicators, nodeKey('constructor'))).toEqual(getOwn(payload.indicators, nodeKey('constructor')));
  });

  it('reads strings that start with NUL back as strings, not as the NaN marker', () => {
    const text = payloadToJson({ label: '\u0000NaN', other: '\u0000\u0000x', n: NaN });
    expect(payloadFromJson(text)).toEqual({ label: '\u0000NaN', other: '\u0000\u0000x', n: NaN });
  });
});
