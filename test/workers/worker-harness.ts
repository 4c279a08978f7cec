/**
 * The analysis worker's entry run in Node, for tests: `postMessage` and
 * `addEventListener` are stubbed before the worker module loads, so a test
 * sends requests as the page would and reads what the worker posted back
 * (a structured clone, its transferred buffers detached in the worker).
 * The messages as the worker made them are kept too: a typed array it
 * transferred is empty there (detached), one it only copied is not.
 * Call {@link workerHarness} once at the top of a test file.
 */
import { afterAll, beforeAll, vi } from 'vitest';
import type { WorkerRequest, WorkerResponse } from '../../src/workers/protocol';

export interface WorkerHarness {
  /** Sends `request` and returns what the worker posted back, progress left out. */
  send(request: WorkerRequest): WorkerResponse[];
  /** Sends `request` and returns everything the worker posted back, progress included, in order. */
  sendAll(request: WorkerRequest): WorkerResponse[];
  /** The messages of the last request as the worker posted them, before the clone (transferred buffers detached), progress included. */
  originals(): WorkerResponse[];
}

/** Stubs the worker's globals for this file's tests and loads the worker (beforeAll), undoing the stubs after them. */
export function workerHarness(): WorkerHarness {
  const posted: WorkerResponse[] = [];
  const originals: WorkerResponse[] = [];
  let handler: ((event: MessageEvent<WorkerRequest>) => void) | undefined;
  beforeAll(async () => {
    // Posted as a worker posts: cloned, the transferred buffers detached on the worker's side (what it keeps must not be among them).
    vi.stubGlobal('postMessage', (message: WorkerResponse, options?: { transfer?: ArrayBuffer[] }) => {
      posted.push(structuredClone(message, { transfer: options?.transfer ?? [] }));
      originals.push(message);
    });
    vi.stubGlobal('addEventListener', (type: string, listener: typeof handler) => {
      if (type === 'message') handler = listener;
    });
    await import('../../src/workers/analysis.worker');
  });
  afterAll(() => vi.unstubAllGlobals());
  const sendAll = (request: WorkerRequest): WorkerResponse[] => {
    posted.length = 0;
    originals.length = 0;
    handler!({ data: request } as MessageEvent<WorkerRequest>);
    return [...posted];
  };
  return { sendAll, send: (request) => sendAll(request).filter((m) => m.type !== 'progress'), originals: () => [...originals] };
}
