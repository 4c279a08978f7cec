/**
 * The map's home camera (src/ui/map/fit-camera.ts, `keepHomeClear`) is worked
 * out once when a map opens, not again when the legend's ResizeObserver
 * first reports the size it already had (at 100,000 nodes each working out
 * cost ~0.1 s inside a frame's task, issue 14); folding the legend, which
 * changes the area kept clear, still works it out again. Counted with the
 * user timing `atlas:home-camera` that each working out leaves.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, type Harness } from './browser';

/** Resolves after `n` animation frames of the page (the ResizeObserver reports of a frame come before its end). */
const frames = (page: Page, n: number) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    n,
  );

const homes = (page: Page) => page.evaluate(() => performance.getEntriesByName('atlas:home-camera').length);

describe('the home camera', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('is worked out once when the map opens, and again when the legend folds', async () => {
    const errors: string[] = [];
    const page = await openApp(h, '', errors);
    await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('atlas:home-camera').length > 0, undefined, { timeout: 60_000 });
    // The legend is open over the map: its first ResizeObserver report (same size) comes within a frame or two.
    expect(await page.locator('.legend-overlay').getAttribute('class')).not.toContain('collapsed');
    await frames(page, 10);
    expect(await homes(page), 'home camera worked out on opening').toBe(1);
    // Folding the legend changes the area kept clear: the camera (still at home) is worked out again.
    await page.locator('.legend-overlay button[aria-controls]').first().click();
    await page.waitForFunction(() => performance.getEntriesByName('atlas:home-camera').length > 1, undefined, { timeout: 30_000 });
    await frames(page, 10);
    expect(await homes(page)).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
