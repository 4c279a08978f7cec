/**
 * The worst main-thread block per interaction (issue 12: no task over 200 ms
 * while a user works with the municipal catalogue), shared by the benchmark
 * (fine figures) and test/e2e/interactions-fluid.test.ts (a generous bound).
 *
 * Two independent witnesses, installed in the page before its scripts run
 * ({@link FLUID_PROBE}):
 * - a long-task observer: every task over 50 ms, with start and duration;
 * - timer lateness: a 50 ms `setInterval` whose every tick is compared with
 *   its schedule (previous tick + 50 ms), so a block shows even where the
 *   long-task API does not report it (e.g. a busy rendering step).
 * Each interaction is a user's action through Playwright, done when the
 * app's own state says so (the store, `atlasMap.layoutRunning`, sigma's
 * camera, the map's `data-map-links="complete"` once a new view's links are
 * all drawn, `data-map-style` no longer `updating` once a style is drawn on
 * every link), then two animation frames so the redraw it causes is inside the
 * window. During "Run layout" a mouse click is sent to the map's left edge
 * every 250 ms through CDP, and the page records how late each click
 * event is handled (`now − event.timeStamp`): the page must answer clicks
 * while the layout runs. The layout's redraws are timed too (sigma's
 * beforeRender → afterRender) to show they leave the main thread room.
 */
import type { CDPSession, Page } from 'playwright-core';

/** What one interaction cost the main thread. */
export interface BlockSample {
  /** The longest long task that ended inside the window, ms (0: none over 50 ms). */
  longestTask: number;
  /** The worst lateness of the 50 ms timer against its schedule, ms. */
  worstLateness: number;
  /** Long tasks (> 50 ms) in the window. */
  longTasks: number;
  /** Wall time of the interaction, ms. */
  ms: number;
}

export interface InteractionSample extends BlockSample {
  id: string;
  label: string;
  /** Run layout only: clicks sent on the map while the layout ran, and the worst delay before one was handled, ms. */
  clicks?: number;
  clickDelayMax?: number;
  /** Run layout only: sigma renders while it ran, their median and worst time, and the share of the run spent rendering. */
  renders?: number;
  renderMedian?: number;
  renderMax?: number;
  renderShare?: number;
}

/** The probe's window API, as `page.evaluate` sees it. */
interface FluidWindow {
  __fluid: {
    begin(): void;
    end(): Promise<BlockSample>;
    clicks: number[];
    renders: number[];
    unwatchRenders(): void;
  };
}

/** The page-side probe, as plain JavaScript (installed with `addInitScript`, before the app's scripts). */
export const FLUID_PROBE = `(() => {
  const f = (window.__fluid = { tasks: [], t0: 0, worst: 0, timer: 0, clicks: [], renders: [] });
  if ((PerformanceObserver.supportedEntryTypes || []).includes('longtask')) {
    f.observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) f.tasks.push({ start: e.startTime, duration: e.duration }); });
    f.observer.observe({ type: 'longtask' });
  }
  f.begin = () => {
    f.t0 = performance.now(); f.worst = 0; f.clicks = []; f.renders = [];
    clearInterval(f.timer);
    let last = performance.now();
    f.timer = setInterval(() => {
      const now = performance.now();
      f.worst = Math.max(f.worst, now - (last + 50));
      last = now;
    }, 50);
  };
  f.end = async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // One more timer turn, so a block that ended just now is seen by the timer too.
    await new Promise((r) => setTimeout(r, 60));
    clearInterval(f.timer);
    if (f.observer) for (const e of f.observer.takeRecords()) f.tasks.push({ start: e.startTime, duration: e.duration });
    const inside = f.tasks.filter((t) => t.start + t.duration >= f.t0);
    return {
      longestTask: Math.max(0, ...inside.map((t) => t.duration)),
      worstLateness: Math.max(0, f.worst),
      longTasks: inside.length,
      ms: performance.now() - f.t0,
    };
  };
  // Times sigma's renders (beforeRender → afterRender) until unwatchRenders().
  f.watchRenders = () => {
    const sigma = window.atlasMap.mapView.sigma;
    let start = 0;
    const before = () => { start = performance.now(); };
    const after = () => { f.renders.push(performance.now() - start); };
    sigma.on('beforeRender', before);
    sigma.on('afterRender', after);
    f.unwatchRenders = () => { sigma.off('beforeRender', before); sigma.off('afterRender', after); };
  };
  f.unwatchRenders = () => {};
  window.addEventListener('pointerdown', (e) => { f.clicks.push(performance.now() - e.timeStamp); }, true);
})();`;

/** Waits until `test` (page-side JavaScript over `window.atlas` and `window.atlasMap`) holds. */
const store = (page: Page, test: string, timeout = 120_000) => page.waitForFunction(test, undefined, { timeout, polling: 20 }).then(() => undefined);

/** A user's action and the app's signal that it is done. */
export interface Interaction {
  id: string;
  label: string;
  run(page: Page, cdp: CDPSession): Promise<Partial<InteractionSample> | undefined>;
}

/** Clicks the map's left edge every 250 ms through CDP until `stop()`; not awaited per click (a busy page must not slow the cadence). */
async function clickMap(page: Page, cdp: CDPSession): Promise<() => Promise<number>> {
  const box = (await page.locator('#map').boundingBox())!;
  // Mid-height on the left edge: clear of the legend (top right), the message strip (top) and the shown count (bottom left).
  const at = { x: box.x + 4, y: box.y + box.height / 2, button: 'left' as const, clickCount: 1 };
  const pending: Promise<unknown>[] = [];
  const timer = setInterval(() => {
    pending.push(
      cdp
        .send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at })
        .then(() => cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at }))
        .catch(() => undefined),
    );
  }, 250);
  return async () => {
    clearInterval(timer);
    await Promise.allSettled(pending);
    return pending.length;
  };
}

/** Runs the live layout for `redraws` layout redraws while clicking the map, then stops it and waits until overlaps are removed. */
async function runLayout(page: Page, cdp: CDPSession, redraws: number): Promise<Partial<InteractionSample>> {
  // Page-side code as text: functions defined inside page.evaluate would carry tsx's __name helper, which the page lacks.
  await page.evaluate('window.__fluid.watchRenders()');
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Run layout' }).click();
  await store(page, '(window.atlasMap.layoutRunning)', 30_000);
  // Clicks only while it runs: CDP's presses would get in the way of Playwright's own clicks on the buttons.
  const stopClicks = await clickMap(page, cdp);
  let clicks = 0;
  try {
    // Stop after `redraws` redraws, unless it settles by itself before.
    await store(page, `window.__fluid.renders.length >= ${redraws} || !window.atlasMap.layoutRunning`, 120_000);
  } finally {
    // Always stop clicking: a timer left running would keep the bench's process alive.
    clicks = await stopClicks();
  }
  if (await page.evaluate('window.atlasMap.layoutRunning')) await page.getByRole('button', { name: 'Stop layout' }).click();
  await store(page, '!window.atlasMap.layoutRunning', 60_000);
  const ran = Date.now() - t0;
  const { delays, renders } = await page.evaluate(() => {
    const f = (window as unknown as FluidWindow).__fluid;
    f.unwatchRenders();
    return { delays: f.clicks, renders: f.renders };
  });
  const sorted = [...renders].sort((a, b) => a - b);
  return {
    clicks,
    clickDelayMax: delays.length ? Math.max(...delays) : Number.NaN,
    renders: renders.length,
    renderMedian: sorted[sorted.length >> 1] ?? Number.NaN,
    renderMax: sorted.at(-1) ?? Number.NaN,
    renderShare: renders.reduce((a, b) => a + b, 0) / ran,
  };
}

/** The select of the map's style controls named `label` (its label's text also holds the options', so no getByLabel). */
const control = (page: Page, label: string) =>
  page
    .locator('#style-controls label.field')
    .filter({ has: page.locator('span', { hasText: new RegExp(`^${label}$`) }) })
    .locator('select');

/** Waits until the store shows `view` with nothing busy and the map has drawn every link of it (map-view.ts's `data-map-links`). */
const viewShown = (page: Page, view: string) =>
  store(
    page,
    `window.atlas.store.get().view === '${view}' && window.atlas.store.get().busy === null && document.querySelector('#map')?.dataset.mapLinks === 'complete'`,
  );

/** Waits until the store passes `test` and the map has drawn the new style on every link (map-view.ts's `data-map-style`; a small map restyles at once). */
const styleShown = (page: Page, test: string) => store(page, `(${test}) && document.querySelector('#map')?.dataset.mapStyle !== 'updating'`);

/** Page-side: selects the shown graph's node with the most links (through the store, as a click on it would). */
const SELECT_HUB = `(() => {
  const g = window.atlasMap.mapView.sigma.getGraph();
  let hub = null;
  let most = -1;
  g.forEachNode((n) => { const d = g.degree(n); if (d > most) { most = d; hub = n; } });
  window.atlas.store.set({ selected: hub });
})()`;

/** The interactions of issue 12, in the order they run (each leaves the page as the next expects it). */
export function interactions(options: { layoutRedraws?: number } = {}): Interaction[] {
  return [
    {
      id: 'layout',
      label: 'Run layout, then Stop (clicking the map meanwhile)',
      run: (page, cdp) => runLayout(page, cdp, options.layoutRedraws ?? 8),
    },
    {
      id: 'view-city',
      label: 'View: network → city–city, "Leave out hubs"',
      async run(page) {
        await page.locator('[data-view="city"]').click();
        await page.getByRole('button', { name: /^Leave out hubs of more than/ }).click({ timeout: 120_000 });
        await viewShown(page, 'city');
        return undefined;
      },
    },
    {
      id: 'city-colour',
      label: 'City–city view: colour by community, then by type',
      async run(page) {
        await control(page, 'Colour').selectOption('community');
        await styleShown(page, `window.atlas.store.get().colorBy.kind === 'community'`);
        await control(page, 'Colour').selectOption('type');
        await styleShown(page, `window.atlas.store.get().colorBy.kind === 'type'`);
        return undefined;
      },
    },
    {
      id: 'city-select',
      label: 'City–city view: select the city with most links, then clear',
      async run(page) {
        await page.evaluate(SELECT_HUB);
        await styleShown(page, 'window.atlas.store.get().selected !== null');
        await page.evaluate('window.atlas.store.set({ selected: null })');
        await styleShown(page, 'window.atlas.store.get().selected === null');
        return undefined;
      },
    },
    {
      id: 'view-network',
      label: 'View: city–city → network',
      async run(page) {
        await page.locator('[data-view="network"]').click();
        await viewShown(page, 'network');
        return undefined;
      },
    },
    {
      id: 'filter-type',
      label: 'Type filter: firms off, then on',
      async run(page) {
        const firms = page.locator('#filters fieldset.checks input[value="firm"]').first();
        await firms.uncheck();
        await store(page, `(window.atlas.store.get().filters.types || []).length > 0 && !window.atlas.store.get().filters.types.includes('firm')`);
        await page.locator('#filters fieldset.checks input[value="firm"]').first().check();
        await store(page, 'window.atlas.store.get().filters.types === null');
        return undefined;
      },
    },
    {
      id: 'filter-degree',
      label: 'Minimum degree 2, then cleared',
      async run(page) {
        const input = page.getByLabel('Minimum degree');
        await input.fill('2');
        await input.dispatchEvent('change');
        await store(page, 'window.atlas.store.get().filters.minDegree === 2');
        await page.getByLabel('Minimum degree').fill('');
        await page.getByLabel('Minimum degree').dispatchEvent('change');
        await store(page, 'window.atlas.store.get().filters.minDegree === 0');
        return undefined;
      },
    },
    {
      id: 'colour',
      label: 'Colour: by community',
      async run(page) {
        await control(page, 'Colour').selectOption('community');
        await store(page, `window.atlas.store.get().colorBy.kind === 'community'`);
        return undefined;
      },
    },
    {
      id: 'size',
      label: 'Size: by PageRank',
      async run(page) {
        await control(page, 'Size').selectOption('pagerank');
        await store(page, `window.atlas.store.get().sizeBy === 'pagerank'`);
        return undefined;
      },
    },
    {
      id: 'search',
      label: 'Search: type "Barcelona", pick a result',
      async run(page) {
        const search = page.getByRole('combobox', { name: 'Search nodes' });
        await search.click();
        await search.pressSequentially('Barcelona', { delay: 40 });
        await page.locator('#search-listbox').getByRole('option').first().click();
        await store(page, 'window.atlas.store.get().selected !== null');
        await store(page, '!window.atlasMap.mapView.sigma.getCamera().isAnimated()', 10_000);
        return undefined;
      },
    },
  ];
}

/** Measures one interaction: the probe's window around `run`. */
export async function measureInteraction(page: Page, cdp: CDPSession, interaction: Interaction): Promise<InteractionSample> {
  await page.evaluate(() => (window as unknown as FluidWindow).__fluid.begin());
  const extra = await interaction.run(page, cdp).catch((error: unknown) => {
    throw new Error(`${interaction.id}: ${(error as Error).message.split('\n')[0]}`);
  });
  const block = await page.evaluate(() => (window as unknown as FluidWindow).__fluid.end());
  return { id: interaction.id, label: interaction.label, ...block, ...extra };
}

/** Runs every interaction on a page where the data is loaded and the probe installed; one sample each, in order. */
export async function measureInteractions(page: Page, cdp: CDPSession, options: { layoutRedraws?: number } = {}): Promise<InteractionSample[]> {
  const samples: InteractionSample[] = [];
  for (const interaction of interactions(options)) samples.push(await measureInteraction(page, cdp, interaction));
  return samples;
}
