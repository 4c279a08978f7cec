/**
 * Share links in Chromium: the address follows the state (history entries
 * for meaningful changes, Back walks through them), a link's state is
 * applied on load with a notice for what was ignored, and the Share dialog
 * gives a link, an embed snippet, and says so when local files can't be
 * linked. Hostile links (names the data lacks, Object member names, 400 KB
 * values, data: and javascript: addresses, a page error while applying)
 * keep the map and say in a few words what was ignored.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browser';
import { inkShare } from './pixels';
import type { AppState } from '../../src/ui/state/app-state';

type AnyWindow = {
  atlas: { store: { get(): AppState; set(p: Record<string, unknown>): void }; setFocus(n: string | null, hops?: number): void };
  atlasMap: { mapView: { camera: { x: number; y: number; ratio: number }; sigma: { getCamera(): { isAnimated(): boolean } } } | null };
};
const state = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as AnyWindow).atlas.store.get();
    return {
      view: s.view,
      filters: s.filters,
      selected: s.selected,
      focus: s.focus,
      sizeBy: s.sizeBy,
      colorBy: s.colorBy,
      layout: s.layout,
      message: s.message?.text as string | undefined,
    };
  });
const query = (page: Page) => new URL(page.url()).searchParams;

async function openApp(h: Harness, search = '', errors: string[] = []): Promise<Page> {
  const page = await h.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
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
    // Wait until the move has ended and the address says where it ended.
    await page.waitForFunction(() => {
      const w = window as unknown as AnyWindow & { atlasUrlSync: { current(): string } };
      const moving = w.atlasMap.mapView?.sigma.getCamera().isAnimated() ?? true;
      return !moving && new URLSearchParams(location.search).toString() === new URLSearchParams(w.atlasUrlSync.current()).toString();
    });
    expect(query(page).get('camera')).not.toBeNull();
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
    expect(await code.inputValue()).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?types=city,project&amp;selected=Barcelona[^"]*" width="800" height="500" title="Partnership Atlas: /,
    );
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

describe('hostile share links', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => h?.close());

  const ALL = '282 of 282 nodes shown · 326 of 326 links';
  const shownCount = (page: Page) => page.locator('#shown-count').textContent();
  /** The map has ink: polled, since sigma draws on the next frames. */
  const mapIsDrawn = (page: Page) => expect.poll(async () => inkShare(await page.locator('#map').screenshot()), { timeout: 20_000 }).toBeGreaterThan(0.01);

  it('names the data lacks (types, rel, comm, range, colour, size) are ignored with short notices; the map keeps every node', async () => {
    const errors: string[] = [];
    const page = await openApp(h, '?types=bogus&rel=bogus&comm=999&range=constructor:0:1&color=attr:constructor&size=toString', errors);
    expect(errors).toEqual([]);
    expect(await shownCount(page)).toBe(ALL);
    const text = (await state(page)).message!;
    expect(text).toContain("Ignored 'bogus' in 'types': no such node type in this view (it has city, firm and project); the types filter is off.");
    expect(text).toContain(
      "Ignored 'bogus' in 'rel': no such relation in this view (it has develops, extends, funds, maintains, member_of and 4 more); the rel filter is off.",
    );
    expect(text).toContain("Ignored '999' in 'comm': no such community in this view (it has 0, 1, 2, 3, 4 and ");
    expect(text).toContain("Ignored 'range=constructor:…': no such measure.");
    expect(text).toContain("Ignored 'color=attr:constructor': no such attribute with 2 to 40 values.");
    // Five notices at most; the sixth (size=toString) is counted.
    expect(text).toMatch(/ 1 more parameter was ignored\.$/);
    await page.locator('#status .banner.warning').getByText("Ignored 'bogus' in 'types'", { exact: false }).waitFor();
    expect([...query(page).keys()]).toEqual([]);
    await mapIsDrawn(page);
    await page.close();
  });

  it('range=__proto__, size=toString and types=constructor throw nothing and blank nothing', async () => {
    for (const search of ['?range=__proto__:0:1', '?size=toString&color=attr:__proto__', '?types=constructor,city&rel=__proto__']) {
      const errors: string[] = [];
      const page = await openApp(h, search, errors);
      expect(errors).toEqual([]);
      expect(await shownCount(page)).toMatch(/^(282 of 282|216 of 282) nodes shown/);
      expect((await state(page)).message).toMatch(/^Ignored /);
      await page.close();
    }
  });

  it('400 KB values in selected, focus, size and types make a banner of a few hundred characters', async () => {
    const errors: string[] = [];
    const page = await openApp(h, '', errors);
    // Web servers refuse a 400 KB request line (the preview answers 431), so the link is applied in place, as Back and Forward do.
    await page.evaluate(() => {
      const big = 'a'.repeat(400_000);
      return (window as unknown as { atlasUrlSync: { apply(q: string): Promise<void> } }).atlasUrlSync.apply(
        `?selected=${big}&focus=${big}:1&size=${big}&types=${big}`,
      );
    });
    const text = (await state(page)).message!;
    expect(text.length).toBeLessThan(600);
    expect(text).toContain(`Ignored 'selected=${'a'.repeat(59)}…': no node '${'a'.repeat(59)}…' in this view.`);
    expect(await shownCount(page)).toBe(ALL);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a node called constructor is selected by ?selected=constructor and written back as such', async () => {
    const errors: string[] = [];
    const csv = encodeURIComponent('source,target\nconstructor,B\nB,toString\n');
    const page = await openApp(h, `?edges=data:text/csv,${csv}&selected=constructor`, errors);
    expect(errors).toEqual([]);
    expect(await shownCount(page)).toBe('3 of 3 nodes shown · 2 of 2 links');
    expect((await state(page)).selected).toBe('\uE000constructor');
    await page.locator('#details h2').getByText('constructor', { exact: true }).waitFor();
    expect(query(page).get('selected')).toBe('constructor');
    await page.close();
  });

  it('data addresses: a small data: address loads; javascript: and data: over 8,000 characters are refused by name, the default data shows', async () => {
    const small = await openApp(h, `?edges=data:text/csv,${encodeURIComponent('source,target\nA,B\nB,C\n')}`);
    expect(await shownCount(small)).toBe('3 of 3 nodes shown · 2 of 2 links');
    await small.close();

    const js = await openApp(h, '?edges=javascript:alert(1)&nodes=n.csv');
    expect(await shownCount(js)).toBe(ALL);
    expect((await state(js)).message).toBe(
      "Ignored 'edges=javascript:alert(1)': only http(s) addresses and small data: addresses can be loaded from a link, not javascript:. Ignored 'nodes=n.csv': the edges address was ignored.",
    );
    await js.close();

    const long = `data:text/csv,source,target%0A${'A'.repeat(8000)}`;
    const big = await openApp(h, `?edges=${long}`);
    expect(await shownCount(big)).toBe(ALL);
    expect((await state(big)).message).toContain(
      `characters is too long for a link (at most 8,000: many web servers refuse longer addresses); share larger data as a snapshot file (Share → Download snapshot).`,
    );
    await big.close();
  });

  it('a data: address too long for a link, opened from the dialog, loads; the Share dialog offers the snapshot instead of a link', async () => {
    const page = await openApp(h);
    const rows = Array.from({ length: 1200 }, (_, i) => `n${i},n${i + 1}`).join('\n');
    await page.click('#open-data');
    await page.fill('#open-edges-url', `data:text/csv,${encodeURIComponent(`source,target\n${rows}\n`)}`);
    await page.getByRole('button', { name: 'Load from URL' }).click();
    await page.locator('#shown-count').getByText('1,201 of 1,201 nodes shown', { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Share' }).click();
    const note = page.locator('#share-local-note');
    await note.waitFor();
    expect(await note.textContent()).toContain("This map's data address can't be put in a link: a data: address of ");
    expect(await page.locator('#share-link').count()).toBe(0);
    await page.close();
  });

  it('a page error while a link is applied puts back the map shown before and says so', async () => {
    const errors: string[] = [];
    const page = await openApp(h, '', errors);
    const text = await page.evaluate(async () => {
      const w = window as unknown as AnyWindow & {
        atlas: { store: { subscribe(l: (s: AppState) => void): () => void } };
        atlasUrlSync: { apply(q: string): Promise<void> };
      };
      // A part of the page that fails on this state (as the filters panel did on range=constructor).
      const off = w.atlas.store.subscribe((s) => {
        if (s.filters.minDegree === 3) throw new Error('panel failed on this state');
      });
      await w.atlasUrlSync.apply('?mindeg=3&types=city');
      off();
      return w.atlas.store.get().message?.text as string;
    });
    expect(text).toBe('Could not apply the link (panel failed on this state); the map shows what it showed before.');
    expect((await state(page)).filters.minDegree).toBe(0);
    expect(await shownCount(page)).toBe(ALL);
    await mapIsDrawn(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link whose data cannot be fetched shows the default data with both the load error and the ignored names', async () => {
    const page = await openApp(h, '?edges=http://127.0.0.1:9/edges.csv&types=bogus');
    expect(await shownCount(page)).toBe(ALL);
    const s = await state(page);
    expect(s.message).toMatch(
      /^Could not fetch the edges URL http:\/\/127\.0\.0\.1:9\/edges\.csv: .* Showing the default dataset instead\. Ignored 'bogus' in 'types'/,
    );
    await mapIsDrawn(page);
    await page.close();
  });

  it('an error naming a 400 KB address is a short banner, and the map keeps the data it showed', async () => {
    const page = await openApp(h);
    await page.click('#open-data');
    await page.fill('#open-edges-url', `http://127.0.0.1:9/${'a'.repeat(400_000)}.csv`);
    await page.getByRole('button', { name: 'Load from URL' }).click();
    const banner = page.locator('#status .banner.error .banner-text');
    await banner.waitFor({ timeout: 30_000 });
    const text = (await banner.textContent())!;
    expect(text.length).toBeLessThanOrEqual(1200);
    expect(text).toContain(`Could not fetch the edges URL http://127.0.0.1:9/${'a'.repeat(40)}… `);
    expect(text).toMatch(/The map still shows the previous data\.$/);
    expect(await shownCount(page)).toBe(ALL);
    await page.close();
  });
});
