/**
 * Creates the analysis worker, and can start one before the rest of the page
 * is evaluated: a module worker's first start costs ~0.5 s in Chromium
 * (thread, isolate, then its script), which would otherwise begin only after
 * every panel has been built. main.ts starts one first thing; the analysis
 * client takes it for its first job.
 */

let early: { worker: Worker; failed: boolean } | null = null;

function createWorker(): Worker {
  return new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts a worker now, to be taken by {@link takeAnalysisWorker}. Does nothing when workers cannot start here. */
export function prestartAnalysisWorker(): void {
  if (early) return;
  try {
    const started = { worker: createWorker(), failed: false };
    started.worker.addEventListener('error', () => (started.failed = true), { once: true });
    early = started;
  } catch {
    early = null; // e.g. a page where workers are not allowed: the client reports it when it needs one
  }
}

/** The pre-started worker when there is a healthy one, else a new one. */
export function takeAnalysisWorker(): Worker {
  const started = early;
  early = null;
  if (started && !started.failed) return started.worker;
  started?.worker.terminate();
  return createWorker();
}
