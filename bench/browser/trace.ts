/**
 * The page's main thread during a load, from a Chrome trace: how long it
 * spent in each kind of work (rendering lifecycle, worker messages and their
 * deserialisation, JavaScript, garbage collection), and its long tasks.
 * This explains the CPU profile's "(program)" line, which is native work —
 * mostly style, layout, paint and compositing — that a JS profile cannot name.
 */
import type { Browser, Page } from 'playwright-core';

/** Trace categories: the timeline, enough to see tasks and their kinds. */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'blink'];

/** The event names summarised (inclusive times; a kind can contain another, e.g. JS inside a message). */
const KINDS: Record<string, string> = {
  RunTask: 'all tasks',
  'WebFrameWidgetImpl::UpdateLifecycle': 'rendering lifecycle (style, layout, paint)',
  Commit: 'compositor commit',
  HandlePostMessage: 'worker messages (handling)',
  'SerializedScriptValueFactory::deserialize': 'worker messages (structured-clone deserialisation)',
  'v8.callFunction': 'JavaScript (calls)',
  'V8.GC_MC_BACKGROUND_EVACUATE_COPY': 'GC (background)',
  MajorGC: 'GC (major)',
  MinorGC: 'GC (minor)',
};

export interface MainThreadSummary {
  kinds: { kind: string; ms: number }[];
  longTasks: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

export async function startTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: CATEGORIES });
}

/** Stops tracing and summarises the renderer main thread (the page's, not the worker's). */
export async function stopTrace(browser: Browser): Promise<MainThreadSummary> {
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's renderer is the one whose main thread ran the most tasks.
  const busy = (m: TraceEvent) => events.reduce((sum, e) => sum + (e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask' ? (e.dur ?? 0) : 0), 0);
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  if (!main) return { kinds: [], longTasks: [] };
  const totals = new Map<string, number>();
  const longTasks: number[] = [];
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== main.pid || e.tid !== main.tid) continue;
    const kind = KINDS[e.name];
    if (kind) totals.set(kind, (totals.get(kind) ?? 0) + (e.dur ?? 0) / 1000);
    if (e.name === 'RunTask' && (e.dur ?? 0) > 50_000) longTasks.push((e.dur ?? 0) / 1000);
  }
  return {
    kinds: [...totals].map(([kind, ms]) => ({ kind, ms })).sort((a, b) => b.ms - a.ms),
    longTasks: longTasks.sort((a, b) => b - a),
  };
}
