/**
 * "Run layout" on the municipal catalogue, in Chromium: ForceAtlas2 and then
 * the overlap removal run in web workers, so the page never freezes while
 * the layout runs and settles — measured with a long-task observer (the
 * overlap removal alone used to block the main thread for ~19 s here). The
 * bound is generous so the test cannot be flaky; the bench measures finely.
 */
import { municipalSuite, type MunicipalData } from './data-server';
import { describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, type Harness } from './browser';

describe('Run layout on the municipal catalogue', () => {
  let h: Harness;
  let data: MunicipalData;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });

  it('runs until it settles and removes overlaps without a long freeze of the page', async () => {
    const page = await openApp(h, data.query);
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset?.network.graph.order)).toBe(6834);
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    await page.getByRole('button', { name: 'Run layout' }).click();
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlasMap.layoutRunning, undefined, { timeout: 30_000 });
    // It stops by itself (settled, or after its 30 s cap), then removes overlaps in a worker for at most 3 s.
    await page.waitForFunction(() => !(window as unknown as AtlasTestWindow).atlasMap.layoutRunning, undefined, { timeout: 120_000 });
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    expect(longest).toBeLessThan(3_000);
    await page.close();
  });
});
