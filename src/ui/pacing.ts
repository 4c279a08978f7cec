/**
 * Pacing for long work on the page's main thread (rebuilding a large graph
 * from the worker's payload): work runs in slices of about `sliceMs` and
 * hands the thread back between them, so keys, clicks and the progress bar
 * are answered while it runs. The core decides where it can pause
 * (core/graph/codec.ts); the page decides when.
 */
import type { DecodePacing } from '../core/graph/codec';

/** Why a paced piece of work stopped before its end: the page no longer wants it. */
export class PacingStopped extends Error {
  constructor() {
    super('stopped: its result is no longer wanted');
    this.name = 'PacingStopped';
  }
}

/**
 * Pauses with a macrotask (input events run first), after `sliceMs` of work.
 * With `stopped`, a pause after which it says true rejects with {@link PacingStopped}, so work the page no longer wants
 * (a decode begun for a load that a later one replaced) ends at its next pause.
 */
export function createPacing(sliceMs = 40, stopped?: () => boolean): DecodePacing {
  let sliceStart = performance.now();
  return {
    shouldPause: () => performance.now() - sliceStart > sliceMs,
    pause: () =>
      new Promise<void>((resolve, reject) =>
        setTimeout(() => {
          sliceStart = performance.now();
          if (stopped?.()) reject(new PacingStopped());
          else resolve();
        }, 0),
      ),
  };
}
