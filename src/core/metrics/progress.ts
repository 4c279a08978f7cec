/**
 * Progress reporting for the long loops of the measures (Brandes' n
 * traversals, power iterations): one small closure called once per unit of
 * work that, every so many units, reports the fraction done.
 *
 * There is no cooperative cancellation: a measure is one synchronous loop,
 * and the worker that runs it cannot read a cancel message until it returns,
 * so the page cancels by terminating the worker (workers/protocol.ts) and
 * the CLI by ending the process.
 */
import type { RunContext } from './descriptor';

/** Called with the number of units done so far (0-based index of the unit about to start, or `total`). */
export type Checkpoint = (done: number) => void;

/**
 * Returns a checkpoint for `total` units of work, each costing about
 * `workPerUnit` elementary steps. It reports at most ~100 times, and at least
 * every ~2 million steps, so the progress bar moves on big graphs without
 * calling back on every unit of small ones.
 */
export function createCheckpoint(context: RunContext | undefined, total: number, workPerUnit: number): Checkpoint {
  const onProgress = context?.onProgress;
  if (!onProgress) return () => {};
  const byWork = Math.max(1, Math.floor(2_000_000 / Math.max(1, workPerUnit)));
  const every = Math.max(1, Math.min(byWork, Math.ceil(total / 100)));
  return (done: number) => {
    if (done % every !== 0 && done !== total) return;
    onProgress(total > 0 ? Math.min(1, done / total) : 1);
  };
}
