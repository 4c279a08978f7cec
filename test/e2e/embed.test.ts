/**
 * Embedded maps in Chromium: a page with three <iframe>s of embed.html
 * (different views, filters and panels) draws all three, each with its own
 * state and attribution link; removing one leaves the others working; and
 * `kill()` frees an embed (DOM, worker, WebGL view).
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browser';
import { inkShare } from './pixels';
import type { AtlasTestWindow } from './atlas-window';

const FRAMES = [
  { id: 'plain', src: 'embed.html' },
  { id: 'cities', src: 'embed.html?view=city&color=community&search=1' },
  { id: 'projects', src: 'embed.html?types=project,firm&selected=Decidim&details=1&legend=0' },
];

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Three embedded maps</title>
<style>body{font-family:sans-serif;margin:12px} .row{display:flex;flex-wrap:wrap;gap:12px} iframe{border:1px solid #ccc}</style></head>
<body><h1 style="font-size:18px">A report with three embedded maps</h1><div class="row">
${FRAMES.map((f) => `<iframe id="${f.id}" src="${f.src}" width="600" height="360" title="${f.id}"></iframe>`).join('\n')}
</div></body></html>`;

async function frameReady(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`#${id}`).elementHandle())!.contentFrame();
  await frame!.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });
  return frame!;
}

describe('embedded maps', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => h?.close());

  it('three embeds on one page render side by side, each with its own state; removing one keeps the others', async () => {
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(`${h.baseUrl}three.html`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    await page.goto(`${h.baseUrl}three.html`);
    const [plain, cities, projects] = await Promise.all(FRAMES.map((f) => frameReady(page, f.id)));
    // Sigma draws on the next frames: poll each map's pixels rather than sleep.
    for (const f of FRAMES)
      await expect
        .poll(async () => inkShare(await page.frameLocator(`#${f.id}`).locator('.map').screenshot()), { message: f.id, timeout: 20_000 })
        .toBeGreaterThan(0.01);
    await page.screenshot({ path: '/tmp/atlas-embed-three.png' });

    expect(await plain!.locator('.shown-count').textContent()).toContain('282 of 282 nodes shown');
    expect(await cities!.locator('.shown-count').textContent()).toContain('of 216 nodes shown');
    expect(await projects!.locator('.shown-count').textContent()).toContain('66 of 282 nodes shown');
    // Panels per the options: search only in the second, details only in the third, legend not in the third.
    expect(await cities!.locator('input[role="combobox"]').count()).toBe(1);
    expect(await plain!.locator('input[role="combobox"]').count()).toBe(0);
    expect(await projects!.locator('.embed-details').textContent()).toContain('Decidim');
    expect(await projects!.locator('.embed-legend').count()).toBe(0);
    expect(await plain!.locator('.embed-legend').textContent()).toContain('city');
    // No sidebar, drawer or top bar of the full app.
    expect(await plain!.locator('.sidebar, .drawer, .topbar').count()).toBe(0);
    // The attribution link opens the same state in the full app.
    const href = await cities!.getByRole('link', { name: /Open in Partnership Atlas/ }).getAttribute('href');
    expect(new URL(href!).pathname).toBe('/');
    expect(new URL(href!).searchParams.get('view')).toBe('city');
    expect(new URL(href!).searchParams.get('color')).toBe('community');

    await page.evaluate(() => document.getElementById('cities')!.remove());
    expect(await page.locator('iframe').count()).toBe(2);
    // The others still draw and react.
    await plain!.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.set({ selected: 'Decidim' }));
    await projects!.evaluate(() =>
      (window as unknown as AtlasTestWindow).atlas.store.set({
        filters: { ...(window as unknown as AtlasTestWindow).atlas.store.get().filters, types: ['project'] },
      }),
    );
    // The plain map's move to Decidim has ended; the filtered map's count is the new one.
    await plain!.waitForFunction(() => (window as unknown as AtlasTestWindow).atlasMap.mapView?.sigma.getCamera().isAnimated() === false);
    await projects!.locator('.shown-count').getByText('27 of 282 nodes shown').waitFor();
    await expect.poll(async () => inkShare(await page.frameLocator('#plain').locator('.map').screenshot()), { timeout: 20_000 }).toBeGreaterThan(0.01);
    await expect.poll(async () => inkShare(await page.frameLocator('#projects').locator('.map').screenshot()), { timeout: 20_000 }).toBeGreaterThan(0.003);
    expect(await projects!.locator('.shown-count').textContent()).toContain('27 of 282 nodes shown');
    await page.screenshot({ path: '/tmp/atlas-embed-two.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('kill() removes the embed, stops its worker and frees its map', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}embed.html?search=1&details=1`);
    await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });
    const after = await page.evaluate(() => {
      const embed = (window as unknown as AtlasTestWindow).atlasEmbed;
      const canvases = document.querySelectorAll('canvas').length;
      embed.kill();
      return {
        canvases,
        left: document.querySelectorAll('canvas, .atlas-embed').length,
        worker: (embed.app.client as unknown as { worker: Worker | null }).worker,
        view: embed.map.mapView,
      };
    });
    expect(after.canvases).toBeGreaterThan(3);
    expect(after).toMatchObject({ left: 0, worker: null, view: null });
    await page.close();
  });
});
