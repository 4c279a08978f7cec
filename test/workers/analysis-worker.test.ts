/**
 * The analysis worker entry, run in Node with `postMessage`/`addEventListener`
 * stubbed: a refused projection crosses the worker boundary as the typed
 * `failed` variant carrying its hubs (the page branches on it, not on text),
 * and an unusable file as `fatal` with its code.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveAnalysisOptions } from '../../src/core/analysis/options';
import { MAX_PROJECTION_PAIRS } from '../../src/core/graph/projection';
import type { WorkerRequest, WorkerResponse } from '../../src/workers/protocol';

const posted: WorkerResponse[] = [];
let handler: ((event: MessageEvent<WorkerRequest>) => void) | undefined;

/** Sends `request` to the worker and returns what it posted back, progress left out. */
function send(request: WorkerRequest): WorkerResponse[] {
  posted.length = 0;
  handler!({ data: request } as MessageEvent<WorkerRequest>);
  return posted.filter((m) => m.type !== 'progress');
}

beforeAll(async () => {
  vi.stubGlobal('postMessage', (message: WorkerResponse) => posted.push(message));
  vi.stubGlobal('addEventListener', (type: string, listener: typeof handler) => {
    if (type === 'message') handler = listener;
  });
  await import('../../src/workers/analysis.worker');
});
afterAll(() => vi.unstubAllGlobals());

describe('analysis.worker', () => {
  it("a projection past the pair limit answers { type: 'failed', reason: 'projection-too-large' } with its hubs", () => {
    // One project shared by 2,500 cities would pair them 3,123,750 times.
    const cities = 2500;
    const rows = Array.from({ length: cities }, (_, i) => `c${i},city,Hub,project`);
    rows.push('c0,city,Small,project', 'c1,city,Small,project');
    const input = { edges: { name: 'star.csv', text: `source,source_type,target,target_type\n${rows.join('\n')}\n` } };
    const [analyzed] = send({ type: 'analyze', jobId: 1, input, options: resolveAnalysisOptions({}) });
    expect(analyzed?.type).toBe('analyzed');

    const answers = send({ type: 'project', jobId: 2, request: { keep: 'city' } });
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
    });
    expect(fatal).toMatchObject({ type: 'fatal', jobId: 3, file: 'page.csv', code: 'not-csv' });
  });

  it("any other failure answers { type: 'failed' } with the message only", () => {
    const [failed] = send({ type: 'project', jobId: 4, request: { keep: 'city', via: ['city'] } });
    expect(failed).toEqual({ type: 'failed', jobId: 4, message: "projection: a type cannot be projected through itself ('city')" });
  });
});
