/**
 * Pacing for long work on the page's main thread (rebuilding a large graph
 * from the worker's payload): work runs in slices of about `sliceMs` and
 * hands the thread back between them, so keys, clicks and the progress bar
 * are answered while it runs. The core decides where it can pause
 * (core/graph/codec.ts); the page decides when.
 */
import type { DecodePacing } from '../core/graph/codec';

/** Pauses with a macrotask (input events run first), after `sliceMs` of work. */
export function createPacing(sliceMs = 40): DecodePacing {
  let sliceStart = performance.now();
  return {
    shouldPause: () => performance.now() - sliceStart > sliceMs,
    pause: () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          sliceStart = performance.now();
          resolve();
        }, 0),
      ),
  };
}
