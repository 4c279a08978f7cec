/**
 * Pacing for long work on the page's main thread (rebuilding a large graph
 * from the worker's payload): work runs in slices of about `sliceMs` and
 * hands the thread back between them, so keys, clicks and the progress bar
 * are answered while it runs. The core decides where it can pause
 * (core/graph/codec.ts, core/graph/indicators-codec.ts); the page decides
 * when. Each slice is a user timing, `atlas:paced-slice` (from its start to
 * its pause), so a trace or a test can read how long the slices really ran.
 */
import type { DecodePacing } from '../core/graph/codec';

/** Why a paced piece of work stopped before its end: the page no longer wants it. */
export class PacingStopped extends Error {
  constructor() {
    super('stopped: its result is no longer wanted');
    this.name = 'PacingStopped';
  }
}

/** The user timing of each slice of paced work. */
export const PACED_SLICE = 'atlas:paced-slice';
/** Slice timings kept at most (the timeline never forgets on its own): older ones are dropped when a paced work begins. */
const MAX_TIMINGS = 2000;

/**
 * Pauses with a macrotask (input events run first), after `sliceMs` of work. A slice starts when the work resumes after
 * a pause, or, for the first, at the work's first question (a pacing may be made long before its work begins); each
 * slice that ends because it was due is measured as {@link PACED_SLICE}.
 * With `stopped`, a pause after which it says true rejects with {@link PacingStopped}, so work the page no longer wants
 * (a decode begun for a load that a later one replaced) ends at its next pause.
 */
export function createPacing(sliceMs = 40, stopped?: () => boolean): DecodePacing {
  if (performance.getEntriesByName(PACED_SLICE).length > MAX_TIMINGS) performance.clearMeasures(PACED_SLICE);
  let sliceStart: number | undefined;
  let due = false;
  return {
    shouldPause: () => {
      const now = performance.now();
      sliceStart ??= now;
      due = now - sliceStart > sliceMs;
      return due;
    },
    pause: () => {
      if (due && sliceStart !== undefined) performance.measure(PACED_SLICE, { start: sliceStart });
      due = false;
      return new Promise<void>((resolve, reject) =>
        setTimeout(() => {
          sliceStart = performance.now();
          if (stopped?.()) reject(new PacingStopped());
          else resolve();
        }, 0),
      );
    },
  };
}
