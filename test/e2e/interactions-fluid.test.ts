/**
 * No freeze while working with the municipal catalogue (issue 12), in
 * Chromium: loading it, Run layout then Stop (clicking the map meanwhile),
 * the city–city view without hubs (a colour change and a selection there,
 * written in slices: src/ui/map/sliced-restyle.ts) and back, the type and degree filters, a
 * colour and a size change, and a search — each measured by a long-task
 * observer and a timer's lateness (bench/browser/interactions.ts, shared with
 * the benchmark), and the map answers clicks while the layout runs. The bound
 * is generous (2 s; the target is 200 ms and the bench states the fine
 * figures), so it fails on a real freeze, never on a slow machine; the
 * city–city view, whose every frame draws 149,609 links, has a bound of its
 * own (its restyles too).
 */
import { describe, expect, it } from 'vitest';
import { FLUID_PROBE, measureInteractions, type BlockSample } from '../../bench/browser/interactions';
import type { Harness } from './browser';
import { municipalSuite, type MunicipalData } from './data-server';

/** A real freeze, not a slow machine. */
const FREEZE_MS = 2_000;
/** The timer's lateness that means a frozen page whatever the machine's load. */
const LATENESS_FREEZE_MS = 10_000;
/**
 * The city–city view (149,609 links): its links are added in 30 ms slices
 * (src/ui/map/progressive-links.ts) and drawn as hairlines, but each of its
 * frames still draws them all, and under software WebGL the compositor
 * waits for that drawing on the main thread (0.5–2.2 s under a load of
 * 7–11 here, against 11–14 s for the one-task build before; see
 * docs/performance.md). A bound of its own, well above those.
 */
const CITY_VIEW_MS = 5_000;

describe('interactions on the municipal catalogue', () => {
  let h: Harness;
  let data: MunicipalData;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });

  it('never block the page for seconds, and the map answers clicks while the layout runs', async () => {
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The probe starts with the page, so the load is measured from navigation to the data on the map.
    await page.addInitScript({ content: `${FLUID_PROBE};window.__fluid.begin();` });
    await page.goto(h.baseUrl + data.query);
    await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 120_000 });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#map')?.dataset['mapLinks'] === 'complete', undefined, { timeout: 120_000 });
    const load = (await page.evaluate('window.__fluid.end()')) as BlockSample;
    expect(await page.evaluate('window.atlas.store.get().dataset.network.graph.order')).toBe(6834);
    expect.soft(load.longestTask, 'loading: longest task').toBeLessThan(FREEZE_MS);

    const cdp = await h.context.newCDPSession(page);
    const samples = await measureInteractions(page, cdp, { layoutRedraws: 4 });
    expect(samples.map((s) => s.id)).toEqual([
      'layout',
      'view-city',
      'city-colour',
      'city-select',
      'view-network',
      'filter-type',
      'filter-degree',
      'colour',
      'size',
      'search',
    ]);
    for (const s of samples) {
      const bound = s.id === 'view-city' || s.id.startsWith('city-') ? CITY_VIEW_MS : FREEZE_MS;
      expect.soft(s.longestTask, `${s.label}: longest task`).toBeLessThan(bound);
      // The timer also waits for the machine (4 s of lateness under a load of 7 with no task over 400 ms): only a freeze fails it.
      expect.soft(s.worstLateness, `${s.label}: timer lateness`).toBeLessThan(Math.max(bound, LATENESS_FREEZE_MS));
    }
    const layout = samples[0]!;
    // Clicks were sent and handled while the layout ran, none after a freeze.
    expect(layout.clicks).toBeGreaterThan(0);
    expect(layout.clickDelayMax).toBeLessThan(FREEZE_MS);
    expect(layout.renders).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await page.close();
  }, 400_000);
});
