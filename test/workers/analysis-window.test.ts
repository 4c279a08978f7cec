/**
 * The analysis worker's `window` request, run in Node with
 * `postMessage`/`addEventListener` stubbed: the measures of the network
 * restricted to a time window come back aligned with the network's keys and
 * equal to core's analyzeWindow on the same graph, the indicators as columns
 * (transferred) that decode to core's records; a worker that lacks the
 * network answers `missing` and reads the encoding it is sent.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../src/core/analysis/options';
import { encodeGraph } from '../../src/core/graph/codec';
import { analyzeWindow } from '../../src/core/time/window-graph';
import { decodeIndicators } from '../../src/core/graph/indicators-codec';
import { dictFrom } from '../../src/core/util/dict';
import { workerHarness } from './worker-harness';
import { datedFixture } from '../core/time/dated-fixture';

const { send, originals } = workerHarness();

describe('analysis.worker window', () => {
  const input = { edges: { name: 'dated.csv', text: datedFixture().csv } };
  const options = resolveAnalysisOptions({});
  const request = { from: 2013, to: 2016, keepUndated: false };

  it("{ type: 'window' } answers 'windowed' with core's window measures and indicators, keys in network order", () => {
    const [, analyzed] = send({ type: 'analyze', jobId: 1, input, options, keep: 71 });
    if (analyzed?.type !== 'analyzed') throw new Error('not analysed');
    const [answer] = send({ type: 'window', jobId: 2, network: { id: 71 }, options, request });
    if (answer?.type !== 'windowed') throw new Error(`expected windowed, got ${JSON.stringify(answer)}`);
    expect(answer.jobId).toBe(2);
    expect(answer.payload.window).toEqual(request);
    expect(answer.payload.keys).toEqual(analyzed.payload.network.keys);
    const reference = analyzeWindow(analyze(input, options).graph, request, options);
    for (const m of ['degree', 'pagerank', 'betweenness', 'community'])
      expect([...answer.payload.measures[m]!], m).toEqual([...reference.analysis.measures[m]!]);
    expect(answer.payload.stats.edges).toBe(reference.graph.size);
    // The indicators as columns, moved (detached on the worker's side), not a record per node.
    expect(answer.payload.indicators.kind).toBeInstanceOf(Uint8Array);
    const posted = originals().find((m) => m.type === 'windowed');
    if (posted?.type !== 'windowed') throw new Error('no windowed message');
    expect(posted.payload.indicators.numbers.byteLength).toBe(0);
    const records = decodeIndicators(answer.payload.indicators, answer.payload.keys);
    expect(records).toEqual(dictFrom(reference.indicators));
    expect(Object.keys(records)).toContain('Decidim');
  });

  it('a worker without the network answers missing, then reads the encoding sent', () => {
    const network = analyze(input, options).graph;
    const [missing] = send({ type: 'window', jobId: 3, network: { id: 999 }, options, request });
    expect(missing).toEqual({ type: 'missing', jobId: 3, graph: 999 });
    const [answer] = send({ type: 'window', jobId: 4, network: { id: 999, encoded: encodeGraph(network) }, options, request });
    expect(answer?.type).toBe('windowed');
  });
});
