/**
 * The node table and the charts in Chromium: row count, sorting, accent-free
 * filtering, selection by click and keyboard, virtualisation (also on the
 * 6,834-node municipal dataset), CSV download, chart summaries and bars.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openApp, startHarness, type Harness } from './browser';

type AtlasWindow = { atlas: { store: { get(): { dataset: unknown; selected: string | null } } } };

describe('table and charts in Chromium', () => {
  let h: Harness;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    page = await openApp(h, '', errors);
  }, 180_000);
  afterAll(async () => h?.close());

  it('lists the shown nodes, sorts by PageRank, filters without accents and selects a row', async () => {
    await page.getByRole('tab', { name: 'Table' }).click();
    const pane = page.locator('#pane-table');
    await expect.poll(() => pane.locator('.table-count').textContent()).toBe('282 rows');

    const pagerank = pane.getByRole('columnheader', { name: /PageRank/ });
    await pagerank.getByRole('button').click();
    expect(await pagerank.getAttribute('aria-sort')).toBe('descending');
    expect(await pane.locator('tbody tr.row').first().locator('td').first().textContent()).toBe('Decidim');
    await pagerank.getByRole('button').press('Enter');
    expect(await pagerank.getAttribute('aria-sort')).toBe('ascending');

    // Virtualised: far fewer rows in the DOM than in the table; scrolling draws the others.
    const drawn = await pane.locator('tbody tr.row').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    await pane.locator('.table-scroll').evaluate((el) => (el.scrollTop = 200 * 28));
    await expect.poll(() => pane.locator('tbody tr.row').first().getAttribute('aria-rowindex')).not.toBe('2');
    await page.screenshot({ path: '/tmp/atlas-table-scrolled.png' });

    await pane.getByRole('searchbox').fill('munchen');
    await expect.poll(() => pane.locator('.table-count').textContent()).toBe('1 row');
    const row = pane.locator('tbody tr.row', { hasText: 'Landeshauptstadt München' });
    await row.click();
    expect(await page.evaluate(() => (window as unknown as AtlasWindow).atlas.store.get().selected)).toBe('München');
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: '/tmp/atlas-table.png' });

    // Keyboard: Enter on a focused row selects it.
    await pane.getByRole('searchbox').fill('');
    await pane.getByLabel('Node type').selectOption('project');
    await expect.poll(() => pane.locator('.table-count').textContent()).toBe('27 rows');
    await pane.locator('tbody tr.row').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const second = await pane.locator('tbody tr.row').nth(1).getAttribute('data-index');
    expect(second).toBe('1');
    expect(await page.evaluate(() => (window as unknown as AtlasWindow).atlas.store.get().selected)).not.toBe('München');
    await pane.getByLabel('Node type').selectOption('');
    await pane.getByRole('searchbox').fill('munchen');
  });

  it('downloads the rows as shown as CSV', async () => {
    const pane = page.locator('#pane-table');
    const [download] = await Promise.all([page.waitForEvent('download'), pane.getByRole('button', { name: 'Download CSV' }).click()]);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk.toString();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^id,Label,Type,Country,Degree,/);
    expect(lines[1]).toMatch(/^München,Landeshauptstadt München,city,DE,/);
  });

  it('draws the degree distribution and the top 15 bars; clicking a bar selects its node', async () => {
    await page.getByRole('tab', { name: 'Charts' }).click();
    const pane = page.locator('#pane-charts');
    const svgs = pane.locator('svg[role="img"]');
    await expect.poll(() => svgs.count()).toBe(3);
    await expect.poll(() => pane.locator('.bar').count()).toBeGreaterThanOrEqual(10);
    for (const label of await svgs.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) expect(label.length).toBeGreaterThan(30);
    expect(await svgs.first().getAttribute('aria-label')).toMatch(/Degree distribution of 282 shown nodes/);
    await expect.poll(() => pane.getByText('log scale').isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/atlas-charts.png' });
    await pane.locator('.bar').first().click();
    expect(await page.evaluate(() => (window as unknown as AtlasWindow).atlas.store.get().selected)).toBe('Decidim');
    await pane.getByLabel('Measure', { exact: true }).selectOption('betweenness');
    await pane.getByLabel('Type', { exact: true }).selectOption('city');
    await expect.poll(() => svgs.nth(1).getAttribute('aria-label')).toMatch(/shown city nodes by Betweenness/);
    await page.screenshot({ path: '/tmp/atlas-charts-city.png' });
    expect(errors).toEqual([]);
  });

  it('keeps the DOM small on the 6,834-node municipal dataset and draws the rows scrolled to', async () => {
    const read = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
    const input = {
      edges: { name: 'municipal-edges.csv', text: read('municipal-edges.csv') },
      nodes: { name: 'municipal-nodes.csv', text: read('municipal-nodes.csv') },
    };
    await page.evaluate(async (files) => {
      const atlas = (window as unknown as { atlas: { load(r: unknown): Promise<{ status: string }> } }).atlas;
      const outcome = await atlas.load({ input: files, source: { title: 'Municipal', kind: 'files', files: [files.edges.name, files.nodes.name] } });
      if (outcome.status !== 'done') throw new Error(outcome.status);
    }, input);
    await page.getByRole('tab', { name: 'Table' }).click();
    const pane = page.locator('#pane-table');
    await pane.getByRole('searchbox').fill('');
    await expect.poll(() => pane.locator('.table-count').textContent()).toBe('6,834 rows');
    expect(await pane.locator('tr').count()).toBeLessThan(60);
    await pane.locator('.table-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => pane.locator('tbody tr.row').last().getAttribute('aria-rowindex')).toBe('6835');
    expect(await pane.locator('tr').count()).toBeLessThan(60);
    await page.screenshot({ path: '/tmp/atlas-table-municipal.png' });
    await page.getByRole('tab', { name: 'Charts' }).click();
    await expect.poll(() => page.locator('#pane-charts svg[role="img"]').first().getAttribute('aria-label')).toMatch(/6,834 shown nodes/);
    await page.screenshot({ path: '/tmp/atlas-charts-municipal.png' });
    expect(errors).toEqual([]);
  }, 180_000);
});
