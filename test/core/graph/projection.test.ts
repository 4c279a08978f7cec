import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import { describeProjectionTooLarge, projectGraph, ProjectionTooLargeError } from '../../../src/core/graph/projection';
import { AtlasError, ParameterError } from '../../../src/core/errors';
import type { EdgeRow } from '../../../src/core/csv/types';
import { nodeKey } from '../../../src/core/graph/node-key';
import { getOwn } from '../../../src/core/util/dict';

const reference = new URL('../../fixtures/reference/', import.meta.url);

/** Davis Southern Women as typed rows (the reference CSV is plain: no quotes). */
function davis() {
  const lines = readFileSync(new URL('davis.csv', reference), 'utf8').trim().split(/\r?\n/).slice(1);
  const rows: EdgeRow[] = lines.map((l, i) => {
    const [source, sourceType, target, targetType] = l.split(',') as [string, string, string, string];
    return { line: i + 2, source, sourceType, target, targetType, weight: 1, attributes: {} };
  });
  const json = JSON.parse(readFileSync(new URL('davis.json', reference), 'utf8'));
  return { graph: buildGraph({ edges: { file: 'davis.csv', rows } }).graph, json };
}

type Triple = [string, string, number];
function triples(g: ReturnType<typeof projectGraph>['graph']): Triple[] {
  const out: Triple[] = g.mapEdges((_e, a, s, t) => (s < t ? [s, t, a.weight] : [t, s, a.weight]) as Triple);
  return out.sort((x, y) => (x[0] + '\u0000' + x[1] < y[0] + '\u0000' + y[1] ? -1 : 1));
}
const sortRef = (list: Triple[]) => [...list].sort((x, y) => (x[0] + '\u0000' + x[1] < y[0] + '\u0000' + y[1] ? -1 : 1));

describe('projectGraph', () => {
  const { graph, json } = davis();

  it('projectGraph(davis, {keep: woman}) counts shared events exactly as networkx', () => {
    const p = projectGraph(graph, { keep: 'woman', via: ['event'] }).graph;
    expect(p.order).toBe(18);
    expect(triples(p)).toEqual(sortRef(json.projection_women_shared_event_counts));
  });

  it('projectGraph(davis, {keep: event}) counts shared women exactly as networkx', () => {
    const p = projectGraph(graph, { keep: 'event', via: ['woman'] }).graph;
    expect(p.order).toBe(14);
    expect(triples(p)).toEqual(sortRef(json.projection_events_shared_women_counts));
  });

  it("projectGraph(davis, {weighting: 'newman'}) matches Newman's collaboration weights", () => {
    const p = projectGraph(graph, { keep: 'woman', via: ['event'], weighting: 'newman' }).graph;
    const expected = sortRef(json.projection_women_newman_collaboration_weights);
    const got = triples(p);
    expect(got.map((t) => [t[0], t[1]])).toEqual(expected.map((t) => [t[0], t[1]]));
    got.forEach((t, i) => expect(t[2]).toBeCloseTo(expected[i]![2], 12));
  });

  it('projectGraph(g) lists the shared nodes on each edge and keeps unconnected nodes as isolates', () => {
    const rows: EdgeRow[] = [
      ['Barcelona', 'city', 'Decidim', 'project'],
      ['Helsinki', 'city', 'Decidim', 'project'],
      ['Helsinki', 'city', 'CKAN', 'project'],
      ['Barcelona', 'city', 'CKAN', 'project'],
      ['Lonely', 'city', 'Populate', 'firm'],
    ].map(([s, st, t, tt], i) => ({ line: i + 2, source: s!, sourceType: st!, target: t!, targetType: tt!, weight: 1, attributes: {} }));
    const g = buildGraph({ edges: { file: 'e.csv', rows } }).graph;
    const p = projectGraph(g, { keep: 'city' }).graph;
    expect(p.nodes().sort()).toEqual(['Barcelona', 'Helsinki', 'Lonely']);
    const e = p.getEdgeAttributes(p.edge('Barcelona', 'Helsinki')!);
    expect(e.weight).toBe(2);
    expect(e.extra.via!.sort()).toEqual(['CKAN', 'Decidim']);
    expect(e.relations).toEqual(['shares project']);
    expect(p.degree('Lonely')).toBe(0);
  });

  function star(cities: number) {
    const rows: EdgeRow[] = [];
    for (let i = 0; i < cities; i++)
      rows.push({ line: i + 2, source: `c${i}`, sourceType: 'city', target: 'Hub', targetType: 'project', weight: 1, attributes: {} });
    rows.push({ line: cities + 2, source: 'c0', sourceType: 'city', target: 'Small', targetType: 'project', weight: 1, attributes: {} });
    rows.push({ line: cities + 3, source: 'c1', sourceType: 'city', target: 'Small', targetType: 'project', weight: 1, attributes: {} });
    return buildGraph({ edges: { file: 'e.csv', rows } }).graph;
  }

  it('projectGraph(g) refuses, naming the hub, a projection that would pair more than maxPairs times', () => {
    expect(() => projectGraph(star(100), { keep: 'city', maxPairs: 4000 })).toThrow(
      /projection: the city–city projection would pair 4,951 times, more than the limit of 4,000; the biggest hubs are 'Hub' \(100 city nodes\)/,
    );
  });

  it('projectGraph(g) throws a ProjectionTooLargeError carrying its hubs, pairs and limit', () => {
    let error: unknown;
    try {
      projectGraph(star(100), { keep: 'city', maxPairs: 4000 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProjectionTooLargeError);
    expect(error).toBeInstanceOf(AtlasError);
    const { details, message } = error as ProjectionTooLargeError;
    expect(details).toEqual({
      keep: 'city',
      pairs: 4951,
      limit: 4000,
      hubs: [
        { id: 'Hub', members: 100 },
        { id: 'Small', members: 2 },
      ],
    });
    expect(message).toBe(describeProjectionTooLarge(details));
    expect(message).toMatch(/ Leave out hubs above a size with maxViaMembers \(CLI: --max-via-members N\)\.$/);
    expect(describeProjectionTooLarge(details, { hint: false })).toBe(
      "projection: the city–city projection would pair 4,951 times, more than the limit of 4,000; the biggest hubs are 'Hub' (100 city nodes), 'Small' (2 city nodes).",
    );
  });

  it('projectGraph(g, {maxViaMembers}) leaves out hubs above the size and lists them', () => {
    const { graph: p, skipped } = projectGraph(star(100), { keep: 'city', maxViaMembers: 50 });
    expect(skipped).toEqual([{ id: 'Hub', members: 100 }]);
    expect(p.order).toBe(100);
    expect(p.size).toBe(1);
    expect(p.getEdgeAttribute(p.edge('c0', 'c1')!, 'extra').via).toEqual(['Small']);
  });

  it('projectGraph(g) refuses to project a type through itself', () => {
    expect(() => projectGraph(graph, { keep: 'woman', via: ['woman'] })).toThrow(/projection: .*through itself/);
    expect(() => projectGraph(graph, { keep: 'woman', via: ['woman'] })).toThrow(ParameterError);
  });
});

describe('projectGraph with ids and types named like Object members', () => {
  const rows: EdgeRow[] = [
    ['constructor', 'city', '__proto__', 'project'],
    ['toString', 'city', '__proto__', 'project'],
    ['valueOf', 'city', '__proto__', 'project'],
    ['x', 'constructor', 'toString', 'city'],
    ['y', 'constructor', 'toString', 'city'],
  ].map(([source, sourceType, target, targetType], i) => ({
    line: i + 2,
    source: source!,
    sourceType: sourceType!,
    target: target!,
    targetType: targetType!,
    weight: 1,
    attributes: {},
  }));
  const graph = buildGraph({ edges: { file: 'e.csv', rows } }).graph;

  it("projectGraph(g, {keep: 'city'}) links cities through the project __proto__ and lists it as a key", () => {
    const { graph: p } = projectGraph(graph, { keep: 'city' });
    expect(p.order).toBe(3);
    expect(p.size).toBe(3);
    expect(getOwn(p.getEdgeAttribute(p.edge(nodeKey('constructor'), nodeKey('toString'))!, 'extra'), 'via')).toEqual([nodeKey('__proto__')]);
  });

  it("projectGraph(g, {keep: 'constructor'}) projects a type named constructor through every other type (no default via)", () => {
    const { graph: p } = projectGraph(graph, { keep: 'constructor' });
    expect(p.nodes()).toEqual(['x', 'y']);
    expect(getOwn(p.getEdgeAttributes(p.edge('x', 'y')!).extra, 'via')).toEqual([nodeKey('toString')]);
  });

  it('projectGraph(g, {maxViaMembers}) names a left-out hub by its id, not its key', () => {
    expect(projectGraph(graph, { keep: 'city', maxViaMembers: 2 }).skipped).toEqual([{ id: '__proto__', members: 3 }]);
    expect(() => projectGraph(graph, { keep: 'city', maxPairs: 2 })).toThrow(/the biggest hubs are '__proto__' \(3 city nodes\)/);
  });
});
