/**
 * Share links in Chromium: the address follows the state (history entries
 * for meaningful changes, Back walks through them), a link's state is
 * applied on load with a notice for what was ignored, and the Share dialog
 * gives a link, an embed snippet, and says so when local files can't be
 * linked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browser';

type AnyWindow = { atlas: { store: { get(): Record<string, any>; set(p: Record<string, unknown>): void }; setFocus(n: string | null, hops?: number): void }; atlasMap: { mapView: { camera: { x: number; y: number; ratio: number } } | null } };
const state = (page: Page) => page.evaluate(() => {
  const s = (window as unknown as AnyWindow).atlas.store.get();
  return { view: s.view, filters: s.filters, selected: s.selected, focus: s.focus, sizeBy: s.sizeBy, colorBy: s.colorBy, layout: s.layout, message: s.message?.text as string | undefined };
});
const query = (page: Page) => new URL(page.url()).searchParams;

async function openApp(h: Harness, search = ''): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.baseUrl + search);
  await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });
  return page;
}

describe('share links', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => h?.close());

  it('applies a link on load: view, filters, colour, selection, focus, camera; a bad size is ignored with a notice', async () => {
    const page = await openApp(h, '?view=city&mindeg=2&color=community&selected=Madrid&focus=Madrid:1&size=bogus&camera=0.8111,0.7405,0.5&wat=1');
    const s = await state(page);
    expect(s.view).toBe('city');
    expect(s.filters.minDegree).toBe(2);
    expect(s.colorBy).toEqual({ kind: 'community' });
    expect(s.selected).toBe('Madrid');
    expect(s.focus).toEqual({ node: 'Madrid', hops: 1 });
    expect(s.sizeBy).toBe('degree');
    expect(s.message).toContain("Ignored 'size=bogus': no such measure.");
    expect(s.message).toContain("Ignored 'wat': not a parameter of the atlas.");
    await expect.poll(() => page.evaluate(() => (window as unknown as AnyWindow).atlasMap.mapView!.camera.ratio)).toBeCloseTo(0.5, 3);
    await page.locator('#status .banner.warning').waitFor();
    // The address now says what is shown: the ignored parameters are gone.
    expect(query(page).get('size')).toBeNull();
    expect(query(page).get('wat')).toBeNull();
    expect(query(page).get('selected')).toBe('Madrid');
    expect(page.url()).toContain('focus=Madrid:1');
    await page.screenshot({ path: '/tmp/atlas-share-link-applied.png' });
    await page.close();
  });

  it('keeps the address in step; Back walks through filters and selection', async () => {
    const page = await openApp(h);
    const length0 = await page.evaluate(() => history.length);
    await page.locator('#filters').getByRole('checkbox', { name: /firm/ }).uncheck();
    await expect.poll(() => query(page).get('types')).toBe('city,project');
    await page.evaluate(() => (window as unknown as AnyWindow).atlas.store.set({ selected: 'Decidim' }));
    await expect.poll(() => query(page).get('selected')).toBe('Decidim');
    // The camera follows the selection: that replaces the entry, it adds none.
    await page.waitForTimeout(900);
    expect(await page.evaluate(() => history.length)).toBe(length0 + 2);
    await page.goBack();
    await expect.poll(async () => (await state(page)).selected).toBe(null);
    expect((await state(page)).filters.types).toEqual(['city', 'project']);
    await page.goBack();
    await expect.poll(async () => (await state(page)).filters.types).toBe(null);
    await page.goForward();
    await expect.poll(async () => (await state(page)).filters.types).toEqual(['city', 'project']);
    await page.close();
  });

  it('the Share dialog copies the link and builds the embed snippet from its options', async () => {
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.baseUrl });
    const page = await openApp(h, '?types=city,project&selected=Barcelona');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this map' });
    await dialog.waitFor();
    const link = await dialog.locator('#share-link').inputValue();
    expect(new URL(link).searchParams.get('types')).toBe('city,project');
    expect(new URL(link).searchParams.get('selected')).toBe('Barcelona');
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const code = dialog.locator('#share-embed-code');
    expect(await code.inputValue()).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?types=city,project&amp;selected=Barcelona[^"]*" width="800" height="500" title="Partnership Atlas: /);
    await dialog.getByRole('checkbox', { name: 'Search' }).check();
    await dialog.getByRole('checkbox', { name: 'Legend' }).uncheck();
    await dialog.getByRole('spinbutton', { name: 'Width' }).fill('640');
    const snippet = await code.inputValue();
    expect(snippet).toContain('search=1');
    expect(snippet).toContain('legend=0');
    expect(snippet).toContain('width="640"');
    await page.screenshot({ path: '/tmp/atlas-share-dialog.png' });
    await page.close();
  });

  it('data from local files: the dialog says it cannot be linked and offers the snapshot', async () => {
    const page = await openApp(h);
    await page.click('#open-data');
    const file = { name: 'my-edges.csv', mimeType: 'text/csv', buffer: Buffer.from('source,target\nA,B\nB,C\n') };
    await page.setInputFiles('#open-edges-file', file);
    await page.getByRole('button', { name: 'Load files' }).click();
    await page.waitForFunction(() => (window as unknown as AnyWindow).atlas.store.get().dataset?.source.kind === 'files');
    await page.getByRole('button', { name: 'Share' }).click();
    const note = page.locator('#share-local-note');
    await note.waitFor();
    expect(await note.textContent()).toContain("Local files can't be put in a link");
    expect(await page.locator('#share-link').count()).toBe(0);
    await page.getByRole('button', { name: 'Download snapshot (.html)' }).waitFor();
    await page.screenshot({ path: '/tmp/atlas-share-local.png' });
    await page.close();
  });
});
