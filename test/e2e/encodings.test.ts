/**
 * Numeric figures driving the map in Chromium: colour the default map by
 * vendor HHI (cities in viridis bins, firms and projects grey, the legend in
 * the figure's unit with its "no value" count), size by it, rank the top
 * cities by it in the chart and sort the table by it (the range filter on a
 * figure is tested in Node, test/core/style/figures.test.ts). Screenshot of
 * the coloured map at /tmp/atlas-vendor-hhi.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FIGURE_COLOR } from '../../src/core/style/figure-colors';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, startHarness, type Harness } from './browser';

describe('numeric figures on the map in Chromium', () => {
  let h: Harness;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    page = await openApp(h, '', errors);
  }, 180_000);
  afterAll(async () => h?.close());

  /** A select of the Map controls by its label's own text (the label wraps the select, whose options would join its name). */
  const control = (label: string) =>
    page.locator('#style-controls label.field', { has: page.locator('span', { hasText: new RegExp(`^${label}$`) }) }).locator('select');

  /** The colour the map draws each node with, by type: the reducers' output as sigma holds it. */
  const colorsByType = () =>
    page.evaluate(() => {
      const w = window as unknown as AtlasTestWindow;
      const view = w.atlasMap.mapView!;
      const out: Record<string, string[]> = {};
      view.sigma.getGraph().forEachNode((node, attr) => {
        // Drawn nodes only: the members of a collapsed aggregated star are hidden (the star is drawn in their colour).
        const shown = view.sigma.getNodeDisplayData(node);
        if (!shown || shown.hidden) return;
        (out[attr['type'] as string] ??= []).push(shown.color.toLowerCase());
      });
      return out;
    });

  it('Colour: Vendor HHI colours cities on a sequential scale, firms and projects grey, and the legend says so in the index unit', async () => {
    await control('Colour').selectOption({ label: 'Vendor HHI' });
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().colorBy.kind === 'figure');
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().colorBy)).toEqual({ kind: 'figure', figure: 'ind:vendorHhi' });

    const legend = page.locator('#legend');
    await expect.poll(() => legend.locator('h3').first().textContent()).toBe('Colour: Vendor HHI (index 0–1)');
    const items = await legend.locator('.legend-list').first().locator('li').allTextContents();
    expect(items[0]).toMatch(/^\s*0\.0455–0\.2 \d+$/);
    expect(items.at(-2)).toMatch(/^\s*0\.8–1 \d+$/);
    // 282 nodes, 200 cities with a firm link: the other 82 have no vendor HHI.
    expect(items.at(-1)?.trim()).toBe('no value (82 nodes)');

    await expect
      .poll(async () => {
        const colors = await colorsByType();
        return {
          firms: [...new Set(colors['firm'])],
          projects: [...new Set(colors['project'])],
          cityColours: new Set(colors['city']).size,
        };
      })
      .toEqual({ firms: [NO_FIGURE_COLOR], projects: [NO_FIGURE_COLOR], cityColours: 5 });
    await page.screenshot({ path: '/tmp/atlas-vendor-hhi.png' });
    await legend.screenshot({ path: '/tmp/atlas-vendor-hhi-legend.png' });
  });

  it('Size by vendor HHI, the top-15 chart of cities by HHI and a sortable HHI column', async () => {
    await control('Size').selectOption({ label: 'Vendor HHI' });
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().sizeBy === 'ind:vendorHhi');
    await expect.poll(() => page.locator('#legend h3', { hasText: 'Size:' }).textContent()).toBe('Size: Vendor HHI');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('color=figure:ind:vendorHhi&size=ind:vendorHhi');

    await page.getByRole('tab', { name: 'Charts' }).click();
    const charts = page.locator('#pane-charts');
    await charts.getByLabel('Measure', { exact: true }).selectOption({ label: 'Vendor HHI' });
    await charts.getByLabel('Type', { exact: true }).selectOption('city');
    await expect.poll(() => charts.locator('svg[role="img"]').nth(1).getAttribute('aria-label')).toMatch(/^Top 15 shown city nodes by Vendor HHI/);

    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.locator('#pane-table');
    const hhi = table.getByRole('columnheader', { name: /Vendor HHI/ });
    await hhi.getByRole('button').click();
    expect(await hhi.getAttribute('aria-sort')).toBe('descending');
    const column = await table.locator('thead th').evaluateAll((ths) => ths.findIndex((th) => th.textContent?.includes('Vendor HHI')));
    expect(await table.locator('tbody tr.row').first().locator('td').nth(column).textContent()).toBe('1');
    expect(errors).toEqual([]);
  });
});
