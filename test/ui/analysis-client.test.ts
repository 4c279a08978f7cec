/**
 * The page's client of the analysis worker, in Node, with the real worker
 * module behind a stand-in `Worker` (test/workers/worker-harness.ts: each
 * message a structured clone, transferred buffers moved): the worker answers
 * an analysis's and a time window's indicators as columns, and the client
 * hands on the page's record by graph key — equal to the analysis's, tie
 * lists shared as they were — decoded in slices; a decode that a newer job
 * overtakes, or that Cancel stops, ends as cancelled.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../src/core/analysis/options';
import { analyzeWindow } from '../../src/core/time/window-graph';
import { dictFrom } from '../../src/core/util/dict';
import { AnalysisClient } from '../../src/ui/analysis-client';
import type { WorkerRequest, WorkerResponse } from '../../src/workers/protocol';
import { datedFixture } from '../core/time/dated-fixture';
import { workerHarness } from '../workers/worker-harness';

const harness = workerHarness();

/** A `Worker` whose messages go to the worker module in this process; its answers arrive in later tasks, as a worker's do. */
class HarnessWorker {
  private readonly listeners: ((event: { data: WorkerResponse }) => void)[] = [];
  addEventListener(type: string, listener: (event: { data: WorkerResponse }) => void): void {
    if (type === 'message') this.listeners.push(listener);
  }
  postMessage(request: WorkerRequest): void {
    const answers = harness.sendAll(structuredClone(request));
    setTimeout(() => {
      for (const data of answers) for (const listener of this.listeners) listener({ data });
    }, 0);
  }
  terminate(): void {}
}

vi.mock(import('../../src/ui/analysis-worker'), () => ({
  takeAnalysisWorker: () => new HarnessWorker() as unknown as Worker,
  prestartAnalysisWorker: () => {},
}));

const file = (name: string) => ({ name, text: readFileSync(`data/${name}`, 'utf8') });
const options = resolveAnalysisOptions({});

describe('AnalysisClient', () => {
  it("analyze(…) hands on the indicators as the page's record, equal to the analysis's, shared tie lists shared", async () => {
    const input = { edges: file('municipal-edges.csv'), nodes: file('municipal-nodes.csv') };
    const client = new AnalysisClient();
    const outcome = await client.analyze(input, options);
    if (outcome.status !== 'done') throw new Error(`analysis ${outcome.status}`);
    const reference = analyze(input, options).indicators;
    const records = outcome.payload.indicators;
    expect(Object.getPrototypeOf(records)).toBeNull();
    expect(records).toEqual(dictFrom(reference));
    const lists = (values: Iterable<{ type: string; topFirms?: readonly string[] }>) =>
      new Set([...values].flatMap((r) => (r.type === 'city' && r.topFirms ? [r.topFirms] : []))).size;
    // 4,705 cities share one list of 409 firms: one array again on the page, not one each.
    expect(lists(Object.values(records))).toBe(lists(reference.values()));
    expect(lists(Object.values(records))).toBeLessThan(Object.values(records).filter((r) => r.type === 'city').length / 2);
    client.kill();
  });

  it("measureWindow(…) hands on the window's indicators as the page's record", async () => {
    const input = { edges: { name: 'dated.csv', text: datedFixture().csv } };
    const client = new AnalysisClient();
    const analysed = await client.analyze(input, options);
    if (analysed.status !== 'done') throw new Error(`analysis ${analysed.status}`);
    const request = { from: 2013, to: 2016, keepUndated: false };
    const outcome = await client.measureWindow(analysed.payload.network.graph, options, request);
    if (outcome.status !== 'done') throw new Error(`window ${outcome.status}`);
    expect(outcome.payload.indicators).toEqual(dictFrom(analyzeWindow(analyze(input, options).graph, request, options).indicators));
    client.kill();
  });

  it('a decode overtaken by a newer job ends as cancelled at its next pause', async () => {
    const input = { edges: file('municipal-edges.csv'), nodes: file('municipal-nodes.csv') };
    const client = new AnalysisClient();
    // A clock that runs 100 ms a reading: the decode pauses before its first node and at every question (each 512 nodes),
    // and a job is sent meanwhile.
    const now = vi.spyOn(performance, 'now');
    let t = 0;
    now.mockImplementation(() => (t += 100));
    const first = client.analyze(input, options);
    const answered = new Promise<void>((resolve) => {
      const wait = () => (client.busy ? setTimeout(wait, 0) : resolve());
      wait();
    });
    await answered;
    const second = client.analyze({ edges: { name: 'e.csv', text: 'source,target\na,b\n' } }, options);
    expect(await first).toEqual({ status: 'cancelled' });
    expect((await second).status).toBe('done');
    now.mockRestore();
    client.kill();
  });

  it('cancel() while the answer is decoded ends the job as cancelled at its next pause', async () => {
    const input = { edges: file('municipal-edges.csv'), nodes: file('municipal-nodes.csv') };
    const client = new AnalysisClient();
    const now = vi.spyOn(performance, 'now');
    let t = 0;
    now.mockImplementation(() => (t += 100));
    const job = client.analyze(input, options);
    await new Promise<void>((resolve) => {
      const wait = () => (client.busy ? setTimeout(wait, 0) : resolve());
      wait();
    });
    // The worker has answered (nothing pending): only the decode is left, and Cancel stops it.
    client.cancel();
    expect(await job).toEqual({ status: 'cancelled' });
    now.mockRestore();
    client.kill();
  });
});
