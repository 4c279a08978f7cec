/**
 * The analysis worker entry, run in Node with `postMessage`/`addEventListener`
 * stubbed: a refused projection crosses the worker boundary as the typed
 * `failed` variant carrying its hubs (the page branches on it, not on text),
 * and an unusable file as `fatal` with its code; graphs are named by the
 * page's ids, a graph the worker lacks is answered `missing` and read from
 * the encoding the page sends, and the community step runs alone. The
 * analysis's indicators cross as columns (typed arrays, moved), not as a
 * record per node, and decode to the analysis's records.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../src/core/analysis/options';
import { readFileSync } from 'node:fs';
import { encodeGraph } from '../../src/core/graph/codec';
import { decodeIndicators } from '../../src/core/graph/indicators-codec';
import { nodeKey } from '../../src/core/graph/node-key';
import { dictFrom, getOwn } from '../../src/core/util/dict';
import { MAX_PROJECTION_PAIRS } from '../../src/core/graph/projection';
import { workerHarness } from './worker-harness';

const { send, sendAll, originals } = workerHarness();
const file = (name: string) => ({ name, text: readFileSync(`data/${name}`, 'utf8') });

describe('analysis.worker', () => {
  it("a projection past the pair limit answers { type: 'failed', reason: 'projection-too-large' } with its hubs", () => {
    // One project shared by 2,500 cities would pair them 3,123,750 times.
    const cities = 2500;
    const rows = Array.from({ length: cities }, (_, i) => `c${i},city,Hub,project`);
    rows.push('c0,city,Small,project', 'c1,city,Small,project');
    const input = { edges: { name: 'star.csv', text: `source,source_type,target,target_type\n${rows.join('\n')}\n` } };
    const options = resolveAnalysisOptions({});
    const [ahead, analyzed] = send({ type: 'analyze', jobId: 1, input, options, keep: 1 });
    expect(ahead?.type).toBe('graph');
    expect(analyzed?.type).toBe('analyzed');

    const answers = send({ type: 'project', jobId: 2, network: { id: 1 }, options, request: { keep: 'city' }, keep: 2 });
    expect(answers).toHaveLength(1);
    const failed = answers[0]!;
    if (failed.type !== 'failed' || !('reason' in failed)) throw new Error(`expected a typed failure, got ${JSON.stringify(failed)}`);
    expect(failed.jobId).toBe(2);
    expect(failed.reason).toBe('projection-too-large');
    expect(failed.projection).toEqual({
      keep: 'city',
      pairs: (cities * (cities - 1)) / 2 + 1, // and c0–c1 through Small
      limit: MAX_PROJECTION_PAIRS,
      hubs: [
        { id: 'Hub', members: cities },
        { id: 'Small', members: 2 },
      ],
    });
    // It crosses a structured clone intact (plain data, no class instance).
    expect(structuredClone(failed)).toEqual(failed);
  });

  it("an unusable file answers { type: 'fatal' } with the file, its code and the message", () => {
    const [fatal] = send({
      type: 'analyze',
      jobId: 3,
      input: { edges: { name: 'page.csv', text: '<!doctype html><html></html>' } },
      options: resolveAnalysisOptions({}),
      keep: 3,
    });
    expect(fatal).toMatchObject({ type: 'fatal', jobId: 3, file: 'page.csv', code: 'not-csv' });
  });

  it("any other failure answers { type: 'failed' } with the message only", () => {
    const [failed] = send({
      type: 'project',
      jobId: 4,
      network: { id: 1 },
      options: resolveAnalysisOptions({}),
      request: { keep: 'city', via: ['city'] },
      keep: 4,
    });
    expect(failed).toEqual({ type: 'failed', jobId: 4, message: "projection: a type cannot be projected through itself ('city')" });
  });

  it.each([
    ['municipal', { edges: file('municipal-edges.csv'), nodes: file('municipal-nodes.csv') }],
    [
      'numeric and Object-member ids',
      {
        edges: {
          name: 'e.csv',
          text: 'source,target,source_type,target_type\n1,constructor,city,project\n2,constructor,city,project\n__proto__,constructor,firm,project\n10,1,firm,city\n',
        },
      },
    ],
  ] as const)("%s: { type: 'analyze' } answers the indicators as columns, moved, that decode to the analysis's records", (_name, input) => {
    const options = resolveAnalysisOptions({});
    const analyzed = send({ type: 'analyze', jobId: 30, input, options, keep: 30 }).find((m) => m.type === 'analyzed');
    if (analyzed?.type !== 'analyzed') throw new Error('not analysed');
    const { indicators } = analyzed.payload;
    // Typed arrays, not a record of one object per node.
    for (const column of [indicators.kind, indicators.optional, indicators.numbers, indicators.topFirm, indicators.tieList])
      expect(column).toHaveProperty('buffer', expect.any(ArrayBuffer));
    expect(indicators.kind).toHaveLength(analyzed.payload.network.keys.length);
    // Moved: detached in the worker once posted.
    const posted = originals().find((m) => m.type === 'analyzed');
    if (posted?.type !== 'analyzed') throw new Error('no analyzed message');
    expect(posted.payload.indicators.numbers.byteLength).toBe(0);
    const records = decodeIndicators(indicators, analyzed.payload.network.keys);
    const reference = analyze(input, options).indicators;
    expect(records).toEqual(dictFrom(reference));
    expect(Object.keys(records)).toHaveLength(reference.size);
  });

  it('numeric and Object-member ids keep their records under their keys', () => {
    const input = { edges: { name: 'e.csv', text: 'source,target,source_type,target_type\n1,constructor,city,project\n__proto__,constructor,firm,project\n' } };
    const analyzed = send({ type: 'analyze', jobId: 31, input, options: resolveAnalysisOptions({}), keep: 31 }).find((m) => m.type === 'analyzed');
    if (analyzed?.type !== 'analyzed') throw new Error('not analysed');
    const records = decodeIndicators(analyzed.payload.indicators, analyzed.payload.network.keys);
    expect(getOwn(records, '1')).toMatchObject({ type: 'city', projectsUsed: 1, topFirm: nodeKey('__proto__') });
    expect(getOwn(records, nodeKey('constructor'))).toMatchObject({ type: 'project', adoptingCities: 1, firmsInvolved: 1 });
    expect(getOwn(records, nodeKey('__proto__'))).toMatchObject({ type: 'firm', citiesReached: 1, projectsReached: 1 });
  });

  describe('graphs named by the page', () => {
    const input = {
      edges: { name: 'default-edges.csv', text: readFileSync('data/default-edges.csv', 'utf8') },
      nodes: { name: 'default-nodes.csv', text: readFileSync('data/default-nodes.csv', 'utf8') },
    };
    const louvain = resolveAnalysisOptions({});
    const leidenOptions = resolveAnalysisOptions({ communities: 'leiden' });
    // What a whole analysis with Leiden finds: the community step alone must find the same.
    const expected = analyze(input, leidenOptions).network;

    it("{ type: 'analyze' } posts the network's encoding as soon as the graph is built, before the measures, and then the rest without it", () => {
      const posted = sendAll({ type: 'analyze', jobId: 9, input, options: louvain, keep: 9 });
      const graphAt = posted.findIndex((m) => m.type === 'graph');
      const measuresAt = posted.findIndex((m) => m.type === 'progress' && /PageRank/.test(m.stage));
      expect(graphAt).toBeGreaterThanOrEqual(0);
      expect(measuresAt).toBeGreaterThan(graphAt);
      const ahead = posted[graphAt]!;
      const analyzed = posted[posted.length - 1]!;
      if (ahead.type !== 'graph' || analyzed.type !== 'analyzed') throw new Error('expected the graph ahead and the analysis last');
      expect(ahead.jobId).toBe(9);
      expect(ahead.graph).toEqual(encodeGraph(analyze(input, louvain).graph));
      expect('graph' in analyzed.payload.network).toBe(false);
      expect(analyzed.payload.network.keys).toEqual(ahead.graph.keys);
    });

    it("{ type: 'communities' } on a held graph runs only the community step, as a whole analysis with that method would", () => {
      expect(send({ type: 'analyze', jobId: 10, input, options: louvain, keep: 10 }).map((m) => m.type)).toEqual(['graph', 'analyzed']);
      const [answer] = send({ type: 'communities', jobId: 11, graph: { id: 10 }, options: leidenOptions });
      if (answer?.type !== 'communities') throw new Error(`expected communities, got ${JSON.stringify(answer)}`);
      expect(answer.payload.method).toBe('leiden');
      expect([...answer.payload.community]).toEqual([...expected.measures['community']!]);
      expect(answer.payload.params).toEqual(expected.params['leiden']);
      expect(answer.payload.stats['modularity']).toBe(expected.stats['leiden']!['modularity']);
    });

    it("a graph the worker lacks is answered { type: 'missing' }, and read from the encoding sent with the request again", () => {
      const graph = analyze(input, louvain).graph;
      expect(send({ type: 'communities', jobId: 12, graph: { id: 77 }, options: leidenOptions })).toEqual([{ type: 'missing', jobId: 12, graph: 77 }]);
      const [answer] = send({ type: 'communities', jobId: 13, graph: { id: 77, encoded: encodeGraph(graph) }, options: leidenOptions });
      if (answer?.type !== 'communities') throw new Error(`expected communities, got ${JSON.stringify(answer)}`);
      expect([...answer.payload.community]).toEqual([...expected.measures['community']!]);
      // Held from now on: the name alone is enough.
      expect(send({ type: 'communities', jobId: 14, graph: { id: 77 }, options: louvain })[0]?.type).toBe('communities');
    });

    it('a projection of a graph sent as its encoding equals the projection of the analysed network', () => {
      const request = { keep: 'city' } as const;
      const [held] = send({ type: 'project', jobId: 15, network: { id: 10 }, options: louvain, request, keep: 20 });
      const graph = analyze(input, louvain).graph;
      const [sent] = send({ type: 'project', jobId: 16, network: { id: 78, encoded: encodeGraph(graph) }, options: louvain, request, keep: 21 });
      if (held?.type !== 'projected' || sent?.type !== 'projected') throw new Error('expected two projections');
      expect(sent.payload.result.keys).toEqual(held.payload.result.keys);
      expect(sent.payload.result.measures).toEqual(held.payload.result.measures);
      expect(sent.payload.result.positions).toEqual(held.payload.result.positions);
      // The projection is held under the id asked for: its communities can be asked for by name.
      expect(send({ type: 'communities', jobId: 17, graph: { id: 21 }, options: leidenOptions })[0]?.type).toBe('communities');
    });
  });
});
