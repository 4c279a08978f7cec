/**
 * The self-contained snapshot in Chromium: downloaded from the Share dialog
 * after setting a filter and a selection, written to a temporary folder and
 * opened from file:// with the network blocked. It must draw the map, count
 * the 282 nodes, restore the state and switch views without the worker,
 * and its geographic layout must draw the world basemap (a lazily loaded
 * module, inlined in the snapshot).
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browser';
import { inkShare } from './pixels';
import type { AppState } from '../../src/ui/state/app-state';

type AnyWindow = { atlas: { store: { get(): AppState; set(p: Record<string, unknown>): void } } };

/** Downloads the snapshot of `page`'s map from the Share dialog into a temporary folder; returns its path. */
async function saveSnapshot(page: Page): Promise<{ file: string; name: string }> {
  await page.getByRole('button', { name: 'Share' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download snapshot (.html)' }).click()]);
  await page.getByText(/^Saved partnership-atlas-.*\.html \(\d+\.\d MB\)\.$/).waitFor();
  const file = join(mkdtempSync(join(tmpdir(), 'atlas-snapshot-')), download.suggestedFilename());
  await download.saveAs(file);
  return { file, name: download.suggestedFilename() };
}

describe('self-contained snapshot', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => h?.close());

  it('downloads one HTML file that opens offline from file:// with the data and the state', async () => {
    const page = await h.context.newPage();
    await page.goto(h.baseUrl);
    await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });
    await page.locator('#filters').getByRole('checkbox', { name: /firm/ }).uncheck();
    await page.evaluate(() => (window as unknown as AnyWindow).atlas.store.set({ selected: 'Decidim', colorBy: { kind: 'community' } }));
    await page.locator('#shown-count').getByText('243 of 282 nodes shown').waitFor();
    const { file, name } = await saveSnapshot(page);
    const bytes = statSync(file).size;
    console.log(`snapshot of the default dataset: ${name}, ${(bytes / 1e6).toFixed(2)} MB`);
    expect(bytes).toBeLessThan(3e6);
    await page.close();

    // A fresh context with every request but file:// refused.
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const blocked: string[] = [];
    await context.route('**', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    const offline = await context.newPage();
    const errors: string[] = [];
    offline.on('pageerror', (e) => errors.push(e.message));
    await offline.goto(pathToFileURL(file).href);
    await offline.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });
    await offline.locator('#shown-count').getByText('243 of 282 nodes shown').waitFor();
    const s = await offline.evaluate(() => {
      const st = (window as unknown as AnyWindow).atlas.store.get();
      return { selected: st.selected, types: st.filters.types, colorBy: st.colorBy, title: st.dataset!.source.title };
    });
    expect(s).toMatchObject({ selected: 'Decidim', types: ['city', 'project'], colorBy: { kind: 'community' } });
    expect(s.title).toContain('snapshot of');
    // Sigma draws on the next frames: poll the pixels rather than sleep.
    await expect.poll(async () => inkShare(await offline.locator('#map').screenshot()), { timeout: 20_000 }).toBeGreaterThan(0.01);
    expect(await offline.locator('#details').textContent()).toContain('Decidim');
    await offline.screenshot({ path: '/tmp/atlas-snapshot-offline.png' });

    // Projections travel in the file: the views work without the analysis worker.
    await offline.getByRole('button', { name: 'City–city' }).click();
    await offline.locator('#shown-count').getByText('216 of 216 nodes shown').waitFor();
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the world basemap in the geographic layout, offline, with no page error', async () => {
    const page = await h.context.newPage();
    await page.goto(h.baseUrl);
    await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });
    const { file } = await saveSnapshot(page);
    await page.close();

    const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const offline = await context.newPage();
    const errors: string[] = [];
    offline.on('pageerror', (e) => errors.push(e.message));
    await offline.goto(pathToFileURL(file).href);
    await offline.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });
    await offline.locator('#style-controls').getByLabel('Layout').selectOption('geo');
    // The basemap canvas says when its outline is drawn (or that loading it failed).
    await offline.waitForFunction(() => ['drawn', 'failed'].includes(document.getElementById('basemap')?.dataset['basemap'] ?? ''), undefined, {
      timeout: 30_000,
    });
    expect(errors).toEqual([]);
    expect(await offline.locator('#basemap').getAttribute('data-basemap')).toBe('drawn');
    expect(inkShare(await offline.locator('#basemap').screenshot())).toBeGreaterThan(0.005);
    await offline.screenshot({ path: '/tmp/atlas-snapshot-geo.png' });
    await context.close();
  });
});
