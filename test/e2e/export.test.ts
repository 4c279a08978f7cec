/**
 * Exports in Chromium: PNG at 2× has twice the map's pixels and is not blank,
 * the decorated PNG adds the legend column, the SVG parses and has one node
 * shape per shown node (282, then 66 without cities), a chart downloads as
 * SVG, and a data export downloads. Screenshots and the exported files go to
 * /tmp for a person to look at.
 */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browser';
import { downloadBytes } from './download';
import { inkShare } from './pixels';
import type { AppState } from '../../src/ui/state/app-state';

type AtlasWindow = {
  atlas: { store: { get(): AppState; set(p: Record<string, unknown>): void } };
  atlasMap: { mapView: { sigma: { getDimensions(): { width: number; height: number } } } | null; layoutRunning: boolean };
};

async function openDefault(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.baseUrl);
  await page.waitForFunction(() => (window as unknown as AtlasWindow).atlas?.store.get().dataset !== null, undefined, { timeout: 30_000 });
  await page.waitForFunction(() => !(window as unknown as AtlasWindow).atlasMap.layoutRunning, undefined, { timeout: 60_000 });
  return page;
}

async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download: d, bytes: await downloadBytes(d) };
}

/** Parses SVG text in the page; returns the parser error, or the count of node shapes. */
async function parseSvg(page: Page, text: string): Promise<{ error: string | null; nodes: number; root: string }> {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    return { error: error ? error.textContent : null, nodes: doc.querySelectorAll('[data-id]').length, root: doc.documentElement.nodeName };
  }, text);
}

/** Renders SVG text in a fresh page and saves a screenshot (to look at it). */
async function renderSvg(h: Harness, text: string, path: string): Promise<void> {
  const page = await h.context.newPage();
  await page.setContent(`<html><body style="margin:0">${text}</body></html>`);
  await page.locator('svg').first().screenshot({ path });
  await page.close();
}

describe('exports in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => h?.close());

  it('PNG 2× has twice the map size in pixels and is not blank; decorated it adds the legend column', async () => {
    const page = await openDefault(h);
    const dims = await page.evaluate(() => (window as unknown as AtlasWindow).atlasMap.mapView!.sigma.getDimensions());
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    await page.screenshot({ path: '/tmp/atlas-export-dialog.png' });
    await dialog.getByRole('checkbox', { name: /Title, legend and caption/ }).uncheck();
    const plain = await download(page, () => dialog.getByRole('button', { name: 'PNG 2×' }).click());
    expect(plain.download.suggestedFilename()).toBe('partnership-atlas-network@2x.png');
    const image = PNG.sync.read(plain.bytes);
    expect([image.width, image.height]).toEqual([dims.width * 2, dims.height * 2]);
    expect(inkShare(plain.bytes)).toBeGreaterThan(0.01);
    writeFileSync('/tmp/atlas-export-plain@2x.png', plain.bytes);

    await dialog.getByRole('checkbox', { name: /Title, legend and caption/ }).check();
    const decorated = await download(page, () => dialog.getByRole('button', { name: 'PNG 2×' }).click());
    const big = PNG.sync.read(decorated.bytes);
    expect(big.width).toBe((dims.width + 220) * 2);
    expect(big.height).toBeGreaterThan(dims.height * 2);
    writeFileSync('/tmp/atlas-export-decorated@2x.png', decorated.bytes);
    await page.close();
  });

  it('SVG of the view parses and has one node shape per drawn node: 221 (the 62 leaf cities of Decidim are one aggregated star), then 66 without cities', async () => {
    const page = await openDefault(h);
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const all = await download(page, () => dialog.getByRole('button', { name: 'SVG', exact: true }).click());
    const text = all.bytes.toString('utf8');
    expect(await parseSvg(page, text)).toEqual({ error: null, nodes: 221, root: 'svg' });
    expect(text).toContain('<metadata id="provenance">');
    expect(text).toContain('default-edges.csv');
    writeFileSync('/tmp/atlas-export.svg', text);
    await renderSvg(h, text, '/tmp/atlas-export-svg.png');
    await page.screenshot({ path: '/tmp/atlas-export-screen.png' });
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.locator('#filters').getByRole('checkbox', { name: /city/ }).uncheck();
    await page.locator('#shown-count').getByText('66 of 282 nodes shown').waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    const some = await download(page, () => dialog.getByRole('button', { name: 'SVG', exact: true }).click());
    const filtered = some.bytes.toString('utf8');
    expect(await parseSvg(page, filtered)).toMatchObject({ error: null, nodes: 66 });
    expect(filtered).toContain('"filters": [');
    await renderSvg(h, filtered, '/tmp/atlas-export-svg-filtered.png');

    // Data: the shown part as GEXF.
    const gexf = await download(page, () => dialog.getByRole('button', { name: 'GEXF (Gephi)' }).click());
    expect(gexf.download.suggestedFilename()).toBe('partnership-atlas-network-shown.gexf');
    expect(gexf.bytes.toString('utf8').match(/<node /g)).toHaveLength(66);
    await page.close();
  });

  it('a chart downloads as SVG (styles inlined) and as PNG', async () => {
    const page = await openDefault(h);
    await page.getByRole('tab', { name: 'Charts' }).click();
    const figure = page.locator('figure.chart').first();
    await figure.locator('svg[role="img"] rect, svg[role="img"] path').first().waitFor();
    const svg = await download(page, () => figure.getByRole('button', { name: /as SVG/ }).click());
    const text = svg.bytes.toString('utf8');
    expect((await parseSvg(page, text)).error).toBeNull();
    expect(text).toMatch(/style="fill:/);
    await renderSvg(h, text, '/tmp/atlas-export-chart.png');
    const png = await download(page, () => figure.getByRole('button', { name: /as PNG/ }).click());
    expect(inkShare(png.bytes)).toBeGreaterThan(0.01);
    writeFileSync('/tmp/atlas-export-chart@2x.png', png.bytes);
    await page.close();
  });
});
