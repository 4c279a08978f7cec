/**
 * The machine's load while the benchmark measures (issue 14): an independent
 * re-run under load could not reproduce several figures, so every runner's
 * rounds record the 1-minute load average before they start and during them,
 * and a figure measured above {@link LOAD_WARNING} (on this 2-core machine)
 * carries a warning in the table and the JSON.
 *
 * "During" is the highest 1-minute load average seen while the rounds ran:
 * sampled every 2 s where the runner is asynchronous (the browser part), read
 * as each round ends where it is a blocking child process (the core, igraph
 * and networkx rounds; the 1-minute average then covers the round's last
 * minute). It includes the runner itself: one single-threaded round adds
 * about 1 on its own, so 1.5 means someone else used half a core.
 */
import { cpus, loadavg } from 'node:os';

/** Above this 1-minute load average a figure is flagged (2 cores: the runner's own ~1, plus half a core of others). */
export const LOAD_WARNING = 1.5;

/** Load before and during one runner's rounds on one dataset. */
export interface LoadRecord {
  runner: string;
  dataset: string;
  /** 1-minute load average just before the first round. */
  before: number;
  /** Highest 1-minute load average seen during the rounds. */
  during: number;
  /** Set when `before` or `during` is above {@link LOAD_WARNING}. */
  warning?: string;
}

/** The 1-minute load average now. */
export const loadNow = (): number => loadavg()[0] ?? Number.NaN;

/** A record for `runner` on `dataset`, with its warning when the machine was busy. */
export function loadRecord(runner: string, dataset: string, before: number, during: number): LoadRecord {
  const round2 = (x: number) => Math.round(x * 100) / 100;
  const record: LoadRecord = { runner, dataset, before: round2(before), during: round2(during) };
  if (before > LOAD_WARNING || during > LOAD_WARNING)
    record.warning = `load average ${record.before} before, up to ${record.during} during ${runner} on ${dataset} (above ${LOAD_WARNING} on ${cpus().length} cores): its figures may be slow`;
  return record;
}

/** Tracks one runner's rounds: `round(fn)` reads the load before the first and after each blocking round; `record()` gives the result. */
export function loadTracker(runner: string, dataset: string): { round<T>(fn: () => T): T; record(): LoadRecord } {
  let before: number | null = null;
  let during = 0;
  return {
    round(fn) {
      before ??= loadNow();
      try {
        return fn();
      } finally {
        during = Math.max(during, loadNow());
      }
    },
    record: () => loadRecord(runner, dataset, before ?? loadNow(), during),
  };
}

/** Samples the load every `everyMs` while asynchronous work runs; `stop()` gives the record. */
export function loadSampler(runner: string, dataset: string, everyMs = 2000): { stop(): LoadRecord } {
  const before = loadNow();
  let during = before;
  const timer = setInterval(() => (during = Math.max(during, loadNow())), everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      return loadRecord(runner, dataset, before, Math.max(during, loadNow()));
    },
  };
}

/** One Markdown line for a dataset's records, with a warning sign where the load was high. */
export function formatLoad(records: readonly LoadRecord[]): string {
  if (records.length === 0) return '';
  const parts = records.map((r) => `${r.runner} ${r.before.toFixed(2)} → ${r.during.toFixed(2)}${r.warning ? ' ⚠' : ''}`);
  const warned = records.filter((r) => r.warning);
  const tail = warned.length ? ` **⚠ above ${LOAD_WARNING}: ${warned.map((r) => r.runner).join(', ')} — figures measured under load.**` : '';
  return `Load average (1 min), before → during the rounds: ${parts.join(', ')}.${tail}`;
}
