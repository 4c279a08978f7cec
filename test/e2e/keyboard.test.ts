/**
 * The map and the search from the keyboard, in Chromium on the default data:
 * Tab (or "Skip to the map") reaches the map and its focus ring shows (computed style and the
 * screenshot's pixels); arrow keys pan, "+" zooms in, "-" out, "0" fits the
 * whole graph again; keys typed in the search box leave the map alone; and
 * "Barcelona", ArrowDown, Enter selects the node that is exactly Barcelona,
 * not the next option. Waits on the app's state and the camera, never on time.
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { startHarness, type Harness } from './browser';

/** The camera's state once its animation (if any) has ended. */
async function stillCamera(page: Page): Promise<{ x: number; y: number; ratio: number }> {
  await page.waitForFunction(() => {
    const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView?.sigma;
    return sigma !== undefined && !sigma.getCamera().isAnimated();
  });
  return page.evaluate(() => {
    const { x, y, ratio } = (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma.getCamera().getState();
    return { x, y, ratio };
  });
}

const selected = (page: Page) => page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().selected);
const mapFocused = (page: Page) => page.evaluate(() => document.activeElement?.id === 'map');

/** Share of the pixels of the map's top row that have the accent colour (#0b63ce, give or take). */
async function ringShare(page: Page): Promise<number> {
  const { data, width } = PNG.sync.read(await page.locator('#map').screenshot());
  let ring = 0;
  for (let x = 0; x < width; x++) {
    const [r, g, b] = [data[4 * x]!, data[4 * x + 1]!, data[4 * x + 2]!];
    if (Math.abs(r - 0x0b) < 24 && Math.abs(g - 0x63) < 24 && Math.abs(b - 0xce) < 24) ring++;
  }
  return ring / width;
}

describe('the map and the search from the keyboard, in Chromium', () => {
  let h: Harness;
  let page: Page;
  const errors: string[] = [];
  let home: { x: number; y: number; ratio: number };
  beforeAll(async () => {
    h = await startHarness();
    page = await h.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(h.baseUrl);
    await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });
    home = await stillCamera(page);
  }, 180_000);
  afterAll(async () => h?.close());

  it('Tab reaches the map, and its focus ring shows', async () => {
    expect(await ringShare(page)).toBeLessThan(0.5);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 400 && !(await mapFocused(page)); i++) await page.keyboard.press('Tab');
    expect(await mapFocused(page)).toBe(true);
    const style = await page.locator('#map').evaluate((el) => {
      const s = getComputedStyle(el);
      return { visible: el.matches(':focus-visible'), outline: `${s.outlineStyle} ${s.outlineWidth}`, ring: getComputedStyle(el, '::after').boxShadow };
    });
    expect(style).toMatchObject({ visible: true, outline: 'solid 3px' });
    expect(style.ring).toContain('inset');
    // Drawn on top of the map's canvases, inside the stage (which clips the rest).
    expect(await ringShare(page)).toBeGreaterThan(0.9);
    await page.screenshot({ path: '/tmp/atlas-map-focus.png' });
  });

  it('ArrowRight and ArrowDown pan, "+" zooms in, "-" out, "0" fits the whole graph again', async () => {
    await page.keyboard.press('ArrowRight');
    const right = await stillCamera(page);
    expect(right.x).toBeGreaterThan(home.x);
    expect(right.ratio).toBeCloseTo(home.ratio, 6);
    await page.keyboard.press('ArrowDown');
    const down = await stillCamera(page);
    // Sigma's framed graph has y upwards: looking further down lowers y.
    expect(down.y).toBeLessThan(right.y);
    expect(down.x).toBeCloseTo(right.x, 6);

    await page.keyboard.press('+');
    const zoomedIn = await stillCamera(page);
    expect(zoomedIn.ratio).toBeLessThan(down.ratio);
    await page.keyboard.press('=');
    await page.keyboard.press('=');
    const twiceMore = await stillCamera(page);
    // A press during an animation continues from where that one was going.
    expect(twiceMore.ratio).toBeCloseTo(zoomedIn.ratio / 1.5 ** 2, 6);
    await page.keyboard.press('-');
    expect((await stillCamera(page)).ratio).toBeCloseTo(zoomedIn.ratio / 1.5, 6);

    await page.keyboard.press('0');
    const fitted = await stillCamera(page);
    expect(fitted.x).toBeCloseTo(home.x, 6);
    expect(fitted.y).toBeCloseTo(home.y, 6);
    expect(fitted.ratio).toBeCloseTo(home.ratio, 6);
    expect(await mapFocused(page)).toBe(true);
  });

  it('keys typed in the search box leave the map alone', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('-0+');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    const still = await stillCamera(page);
    expect(still).toEqual(await stillCamera(page));
    expect(still.ratio).toBeCloseTo(home.ratio, 6);
    expect(still.x).toBeCloseTo(home.x, 6);
    const search = page.getByRole('combobox', { name: 'Search nodes' });
    expect(await search.inputValue()).toBe('-0+');
    await search.fill('');
  });

  it('"Barcelona", ArrowDown, Enter selects the node that is exactly Barcelona (its id), not the next option', async () => {
    const search = page.getByRole('combobox', { name: 'Search nodes' });
    await search.focus();
    await page.keyboard.type('Barcelona');
    const options = page.locator('#search-listbox').getByRole('option');
    await options.first().waitFor();
    // Best first: the exact id (labelled "Ajuntament de Barcelona"), then the label prefix, then the word.
    expect(await options.locator('.combobox-label').allTextContents()).toEqual([
      'Ajuntament de Barcelona',
      'Barcelona Supercomputing Center',
      'Diputació de Barcelona',
    ]);
    expect(await search.getAttribute('aria-activedescendant')).toBeNull();
    await page.keyboard.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBe('search-option-0');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().selected !== null);
    expect(await selected(page)).toBe('Barcelona');
    expect(await search.inputValue()).toBe('');
  });

  it('ArrowDown twice, then Enter, selects the second option; ArrowUp from the box goes to the last', async () => {
    const search = page.getByRole('combobox', { name: 'Search nodes' });
    await search.focus();
    await page.keyboard.type('barcelona');
    await page.locator('#search-listbox').getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().selected !== 'Barcelona');
    expect(await selected(page)).toBe('Barcelona Supercomputing Center');

    await page.keyboard.type('barcelona');
    await page.locator('#search-listbox').getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowUp');
    expect(await search.getAttribute('aria-activedescendant')).toBe('search-option-2');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().selected === 'Diputació de Barcelona');
  });

  it('"Skip to the map" (the first Tab stop) gives the map the focus, and its keys work', async () => {
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'map');
    const before = await stillCamera(page);
    await page.keyboard.press('ArrowLeft');
    expect((await stillCamera(page)).x).toBeLessThan(before.x);
    expect(errors).toEqual([]);
  });
});
