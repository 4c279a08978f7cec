/**
 * Small screens in Chromium: at 800×900 with the Table tab open the page
 * has no sideways scroll and the map still draws; at 1024×768 the panels
 * fit the width; at 1280×720 the legend is inside the window on load and
 * folds and unfolds with its button. Screenshots go to /tmp for a look.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browser';
import { inkShare } from './pixels';

describe('small screens', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => h?.close());

  async function open(width: number, height: number) {
    const page = await h.browser.newPage({ viewport: { width, height } });
    await page.goto(h.baseUrl);
    await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });
    return page;
  }

  it('800×900 with the table open: no sideways scroll, the table scrolls inside the drawer and the map draws', async () => {
    const page = await open(800, 900);
    await page.click('#tab-table');
    await page.waitForSelector('.node-table tr.row');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    const scroller = await page.evaluate(() => {
      const el = document.querySelector('.table-scroll')!;
      return { client: el.clientWidth, right: el.getBoundingClientRect().right };
    });
    expect(scroller.right).toBeLessThanOrEqual(800);
    await expect.poll(async () => inkShare(await page.locator('#map').screenshot()), { timeout: 20_000 }).toBeGreaterThan(0.01);
    await page.screenshot({ path: '/tmp/atlas-800-table.png' });
    await page.close();
  });

  it('1024×768: the panels fit the width', async () => {
    const page = await open(1024, 768);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.click('#tab-table');
    await page.waitForSelector('.node-table tr.row');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.screenshot({ path: '/tmp/atlas-1024.png' });
    await page.close();
  });

  it('1280×720: the legend is inside the window on load, and folds and unfolds', async () => {
    const page = await open(1280, 720);
    const legend = page.locator('#legend');
    const box = (await legend.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await expect(legend.locator('.legend-list').first().isVisible()).resolves.toBe(true);
    const toggle = legend.locator('.legend-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: '/tmp/atlas-1280.png' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await legend.locator('.legend-body').isHidden()).toBe(true);
    expect((await legend.boundingBox())!.height).toBeLessThan(box.height / 3);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await legend.locator('.legend-list').first().isVisible()).toBe(true);
    await page.close();
  });

  it('an embed smaller than 600×450 starts with its legend folded; a larger one open', async () => {
    for (const [width, height, expanded] of [
      [500, 400, 'false'],
      [900, 600, 'true'],
    ] as const) {
      const page = await h.browser.newPage({ viewport: { width, height } });
      await page.goto(`${h.baseUrl}embed.html`);
      await page.waitForSelector('.embed-legend .legend-toggle');
      expect(await page.locator('.embed-legend .legend-toggle').getAttribute('aria-expanded')).toBe(expanded);
      await page.close();
    }
  });
});
