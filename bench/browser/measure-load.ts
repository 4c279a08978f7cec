/**
 * One load of a dataset in the built app, in a fresh browser context:
 * the default dataset from navigation; any other by choosing its files in the
 * "Open data" dialog (setInputFiles + "Load files"), timed from the choice.
 * Records the first frame, "interactive" (dataset on the map, busy === null),
 * the input delay while the worker computes (timer probe and real key
 * events, until 1 s after the later of interactive and the first frame), the JS heap after a forced GC, and
 * optionally (file loads only) a page CPU profile and a main-thread trace. The page is handed back open for the pan.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { INSTRUMENT, type PageMarks } from './instrument';
import type { CpuProfile } from './profile';
import { startTrace, stopTrace, type MainThreadSummary } from './trace';
import { withTimeout } from './types';

export interface DatasetFiles {
  edges: string;
  nodes?: string;
}

export interface LoadSample {
  /** ms from navigation (default) or from choosing the files (others). */
  firstFrame: number | null;
  firstAfterRender: number | null;
  interactive: number;
  probe: number[];
  /** Probe values taken before "interactive": while the worker computes and the page rebuilds the graph. */
  probeWhileComputing: number[];
  /** The longest task that ended at or after "interactive" (sigma builds the map in it), ms; 0 when none passed 50 ms. */
  longestTaskFromInteractive: number;
  /** The longest task of the whole load (from choosing the files until 1 s after interactive), ms, and how many passed 50 ms. */
  longestTask: number;
  longTaskCount: number;
  keys: number[];
  heapMB: number;
  order: number;
  size: number;
  profile?: CpuProfile;
  mainThread?: MainThreadSummary;
  page: Page;
  context: BrowserContext;
  cdp: CDPSession;
}

type BenchWindow = { __bench: { arm(): void; startProbe(): void; stopProbe(): void; marks(): PageMarks; interactive: number | null } };
type AtlasWindow = {
  atlas: { store: { get(): { dataset: { network: { graph: { order: number; size: number } } } | null; message: { kind: string; text: string } | null } } };
};

/** Sends a Shift key press every 100 ms through CDP (not awaited: a blocked page must not slow the cadence). */
function sendKeys(cdp: CDPSession): () => Promise<void> {
  const pending: Promise<unknown>[] = [];
  const key = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16 };
  const timer = setInterval(() => {
    pending.push(
      cdp
        .send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key })
        .then(() => cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }))
        .catch(() => undefined),
    );
  }, 100);
  return async () => {
    clearInterval(timer);
    await Promise.allSettled(pending);
  };
}

/** Starts the JS sampling profiler (1 ms) and a timeline trace: they slow the page, so a profiled load is never a timed one. */
async function startProfiling(browser: Browser, page: Page, cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  await startTrace(browser, page);
}

/** Waits for "interactive", failing early with the app's own error message. */
async function waitInteractive(page: Page, seconds: number, what: string, crashed: Promise<never>): Promise<void> {
  const waiting = Promise.race([
    crashed,
    withTimeout(
      page.waitForFunction(
        () => {
          const b = (window as unknown as BenchWindow).__bench;
          const message = (window as unknown as AtlasWindow).atlas?.store.get().message;
          if (message?.kind === 'error') throw new Error(message.text);
          return b.interactive !== null;
        },
        undefined,
        { timeout: 0, polling: 50 },
      ),
      seconds,
      what,
    ),
  ]);
  await waiting.catch(async (error: unknown) => {
    // Say where the app was: the worker's stage, or a message on the page.
    const state = await page
      .evaluate(() => {
        const s = (window as unknown as AtlasWindow).atlas?.store.get() as unknown as {
          busy: { stage: string; fraction: number } | null;
          message: { text: string } | null;
        };
        return s?.busy ? `at '${s.busy.stage}' ${Math.round(100 * s.busy.fraction)}%` : s?.message ? `showing '${s.message.text}'` : 'not busy';
      })
      .catch(() => 'page not answering');
    throw new Error(`${(error as Error).message} (${state})`);
  });
}

/** Loads `files` (or the default dataset when null) and measures; `timeoutS` bounds the load. */
export async function measureLoad(
  browser: Browser,
  baseUrl: string,
  files: DatasetFiles | null,
  timeoutS: number,
  profile: boolean,
  /** More page-side instrumentation, installed after the benchmark's own (e.g. interactions.ts' probe). */
  extraInit?: string,
): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // An uncaught page error ends the wait at once (a store listener that throws stops the later ones).
  const crashed = new Promise<never>((_resolve, reject) =>
    page.on('pageerror', (e) => reject(new Error(`page error: ${(e.stack ?? e.message).split('\n').slice(0, 4).join(' ')}`))),
  );
  crashed.catch(() => undefined);
  let stopKeys = async () => {};
  try {
    await page.addInitScript({ content: INSTRUMENT });
    if (extraInit) await page.addInitScript({ content: extraInit });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    stopKeys = sendKeys(cdp);
    await withTimeout(page.goto(baseUrl), timeoutS, 'navigation');
    if (files) {
      await waitInteractive(page, 60, 'the default dataset', crashed);
      await stopKeys();
      await page.getByRole('button', { name: 'Open data' }).click();
      if (profile) await startProfiling(browser, page, cdp);
      stopKeys = sendKeys(cdp);
      await page.evaluate(() => {
        const b = (window as unknown as BenchWindow).__bench;
        b.arm();
        b.startProbe();
      });
      if (files.nodes) await page.locator('#open-nodes-file').setInputFiles(files.nodes);
      await page.locator('#open-edges-file').setInputFiles(files.edges);
      await page.getByRole('button', { name: 'Load files' }).click();
    }
    await waitInteractive(page, timeoutS, 'loading', crashed);
    // A large map's first frame follows its nodes, which come in slices after "interactive" (progressive-nodes.ts):
    // seconds later under software WebGL. Wait for it (the probes run on), then a second more.
    await page
      .waitForFunction(() => (window as unknown as BenchWindow).__bench.marks().firstDraw !== null, undefined, { timeout: timeoutS * 1000, polling: 50 })
      .catch(() => undefined);
    await page.waitForTimeout(1000);
    await stopKeys();
    const marks = await page.evaluate(() => {
      const b = (window as unknown as BenchWindow).__bench;
      b.stopProbe();
      return b.marks();
    });
    const cpu = profile && files ? ((await cdp.send('Profiler.stop')).profile as CpuProfile) : undefined;
    const mainThread = profile && files ? await stopTrace(browser) : undefined;
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    const counts = await page.evaluate(() => {
      const graph = (window as unknown as AtlasWindow).atlas.store.get().dataset!.network.graph;
      return { order: graph.order, size: graph.size };
    });
    const from = (t: number | null) => (t === null ? null : t - marks.armedAt);
    return {
      firstFrame: from(marks.firstDraw),
      firstAfterRender: from(marks.firstAfterRender),
      interactive: from(marks.interactive)!,
      probe: marks.probe,
      probeWhileComputing: marks.probe.filter((_, i) => marks.interactive !== null && marks.probeAt[i]! < marks.interactive),
      longestTaskFromInteractive: Math.max(
        0,
        ...marks.longTasks.filter((t) => marks.interactive !== null && t.start + t.duration >= marks.interactive).map((t) => t.duration),
      ),
      longestTask: Math.max(0, ...marks.longTasks.map((t) => t.duration)),
      longTaskCount: marks.longTasks.length,
      keys: marks.keys,
      heapMB: heap / 2 ** 20,
      ...counts,
      ...(cpu ? { profile: cpu } : {}),
      ...(mainThread ? { mainThread } : {}),
      page,
      context,
      cdp,
    };
  } catch (error) {
    await stopKeys();
    if (profile && files) await browser.stopTracing().catch(() => undefined);
    await context.close().catch(() => undefined);
    throw error;
  }
}
