/**
 * Shapes shared by the browser benchmark: the rows it returns (one number
 * per metric and dataset, with its target when issue 5 sets one) and the
 * options the Node runner or the CLI pass in.
 */

import type { LoadRecord } from '../load-average';
import type { InteractionSample } from './interactions';

export type BenchUnit = 'ms' | 'MB' | 'fps' | 'ratio';

/** One measured number. `met` is set only when the metric has a target. */
export interface BrowserBenchRow {
  metric: string;
  dataset: string;
  value: number;
  unit: BenchUnit;
  target?: string;
  met?: boolean;
}

export interface BrowserBenchResult {
  rows: BrowserBenchRow[];
  /** The worst main-thread block per interaction (issue 12), on the dataset of `interactions` in the options. */
  interactions: { dataset: string; samples: InteractionSample[] }[];
  /** The machine's load average before and during each dataset's runs (issue 14). */
  load: LoadRecord[];
  /** Plain sentences: timeouts, skipped datasets, what a number does and does not include. */
  notes: string[];
  /** Page-side CPU profiles summarised by self time, one per profiled dataset. */
  profiles: {
    dataset: string;
    /** Busy (non-idle) page main-thread time in the JS profile, ms. */
    total: number;
    top: { name: string; where: string; selfMs: number; share: number }[];
    mainThread?: { kinds: { kind: string; ms: number }[]; longTasks: number[] };
  }[];
}

export interface BrowserBenchOptions {
  /** Datasets: 'default', 'municipal' (both from data/) or a generated size such as '50k' (from dataDir). */
  sizes: string[];
  /** Folder of the generated CSVs: `<size>-edges.csv` and optionally `<size>-nodes.csv`. */
  dataDir: string;
  /** Repetitions per dataset; the median is reported. */
  runs: number;
  /** Pan duration in ms for the frame-time comparison (default 3000). */
  panMs?: number;
  /** Dataset whose camera pan is compared with bare sigma (default 50k). */
  pan?: string;
  /** Profile one extra, untimed load of these datasets (default: municipal and the largest generated one). */
  profile?: string[];
  /** Datasets on which the interactions of issue 12 are measured after the first load (default: municipal). */
  interactions?: string[];
  /** Progress lines (default: stderr). */
  log?: (line: string) => void;
}

/** Thrown by `withTimeout`; caught per measurement and reported as a note. */
export class BenchTimeout extends Error {
  constructor(
    readonly what: string,
    readonly seconds: number,
  ) {
    super(`${what}: timed out after ${seconds} s`);
  }
}

/** Races `promise` against a timer; the timer never keeps the process alive. */
export async function withTimeout<T>(promise: Promise<T>, seconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new BenchTimeout(what, seconds)), seconds * 1000);
    timer.unref();
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Median and 95th percentile (nearest rank) of a list; NaN for an empty one. */
export function summarise(values: readonly number[]): { median: number; p95: number; max: number } {
  if (values.length === 0) return { median: NaN, p95: NaN, max: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}
