/**
 * The network the analysis worker holds as the builder's columns (review of
 * 1877892), run in Node with the worker's globals stubbed: a window, a
 * community run and a projection on it make graphology's graph once between
 * them; the held columns count among the four graphs kept and are dropped
 * like any other; a second analysis under the same id replaces them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../src/core/analysis/options';
import { encodeGraph } from '../../src/core/graph/codec';
import { GraphColumns } from '../../src/core/graph/columns';
import { datedFixture } from '../core/time/dated-fixture';
import { workerHarness } from './worker-harness';

const { send } = workerHarness();

const options = resolveAnalysisOptions({});
const dated = { edges: { name: 'dated.csv', text: datedFixture().csv } };
const window = { from: 2013, to: 2016, keepUndated: false };
const small = { edges: { name: 'e.csv', text: 'source,source_type,target,target_type\nRoma,city,Decidim,project\nMilano,city,Decidim,project\n' } };

const typesOf = (answers: { type: string }[]) => answers.map((m) => m.type);

afterEach(() => vi.restoreAllMocks());

describe('analysis.worker on the held columns', () => {
  it('a window, a community run and a projection make graphology’s graph once between them', () => {
    const toGraph = vi.spyOn(GraphColumns.prototype, 'toGraph');
    expect(typesOf(send({ type: 'analyze', jobId: 1, input: dated, options, keep: 60 }))).toEqual(['graph', 'analyzed']);
    expect(typesOf(send({ type: 'window', jobId: 2, network: { id: 60 }, options, request: window }))).toEqual(['windowed']);
    const leiden = resolveAnalysisOptions({ communities: 'leiden' });
    expect(typesOf(send({ type: 'communities', jobId: 3, graph: { id: 60 }, options: leiden }))).toEqual(['communities']);
    expect(typesOf(send({ type: 'project', jobId: 4, network: { id: 60 }, options, request: { keep: 'city' }, keep: 61 }))).toEqual(['projected']);
    expect(toGraph).toHaveBeenCalledTimes(1);
  });

  it('the held columns are dropped after four other graphs, and the network is then read from its encoding', () => {
    send({ type: 'analyze', jobId: 5, input: dated, options, keep: 62 });
    const other = encodeGraph(analyze(small, options).columns);
    for (const id of [63, 64, 65, 66])
      expect(typesOf(send({ type: 'communities', jobId: id, graph: { id, encoded: other }, options }))).toEqual(['communities']);
    expect(send({ type: 'window', jobId: 7, network: { id: 62 }, options, request: window })).toEqual([{ type: 'missing', jobId: 7, graph: 62 }]);
    const encoded = encodeGraph(analyze(dated, options).columns);
    expect(typesOf(send({ type: 'window', jobId: 8, network: { id: 62, encoded }, options, request: window }))).toEqual(['windowed']);
  });

  it('a second analysis kept under the same id replaces the first', () => {
    send({ type: 'analyze', jobId: 9, input: dated, options, keep: 70 });
    send({ type: 'analyze', jobId: 10, input: small, options, keep: 70 });
    const [answer] = send({ type: 'project', jobId: 11, network: { id: 70 }, options, request: { keep: 'city' }, keep: 71 });
    if (answer?.type !== 'projected') throw new Error(`expected projected, got ${JSON.stringify(answer)}`);
    expect([...answer.payload.result.keys].sort()).toEqual(['Milano', 'Roma']);
  });
});
