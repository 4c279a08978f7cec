/**
 * The Possible duplicates panel and aliases files in Chromium, on a small
 * catalogue with "Comune di Lecco" / "Lecco", a firm whose id is
 * `constructor` beside "Constructor S.r.l.", and the hard negative Comune di
 * Lecce: the panel finds the two pairs (not Lecce) with their evidence side
 * by side; Merge, Not the same and Undo; Download gives the aliases file;
 * Apply re-analyses with one node fewer and the merged node's details list
 * the alias; a new search keeps the decisions, "Not the same" outlives Apply and the applied aliases stay
 * downloadable; a pair's name selects its node (and, on a small screen, brings the map into view). Then edges, nodes and an aliases file loaded together merge at
 * once (an aliases file as the CLI writes it, comment lines first), and an aliases file that gives an alias two canonicals is refused
 * with its file, line and column. Waits on the app's state, never on time.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeKey } from '../../src/core/graph/node-key';
import { readAliases } from '../../src/core/resolve/aliases';
import { aliasesCsv } from '../../src/core/resolve/suggestions-csv';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, startHarness, type Harness } from './browser';
import { downloadBytes } from './download';

const fixture = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(new URL(`../fixtures/resolve/${name}`, import.meta.url)) });
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

/** Waits until the app is idle with a network of `order` nodes; returns the banner. */
async function loaded(page: Page, order: number): Promise<string> {
  await page.waitForFunction(
    (n) => {
      const s = (window as unknown as AtlasTestWindow).atlas.store.get();
      return s.busy === null && s.dataset?.network.graph.order === n;
    },
    order,
    { timeout: 60_000 },
  );
  return page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().message?.text ?? '');
}

/** Opens the dialog, gives it the files (by slot) and loads them. */
async function loadFiles(page: Page, files: { edges: ReturnType<typeof csv>; nodes?: ReturnType<typeof csv>; aliases?: ReturnType<typeof csv> }) {
  await page.click('#open-data');
  await page.setInputFiles('#open-edges-file', files.edges);
  if (files.nodes) await page.setInputFiles('#open-nodes-file', files.nodes);
  if (files.aliases) await page.setInputFiles('#open-aliases-file', files.aliases);
  await page.getByRole('button', { name: 'Load files' }).click();
}

const pair = (page: Page, a: string) => page.locator(`.duplicate-pair[data-a="${a}"]`);

describe('Possible duplicates and aliases files', () => {
  let h: Harness;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    page = await openApp(h, '', errors);
  }, 180_000);
  afterAll(async () => h?.close());

  it('finds the pairs with their evidence side by side', async () => {
    await loadFiles(page, { edges: fixture('lecco-edges.csv'), nodes: fixture('lecco-nodes.csv') });
    await loaded(page, 8);
    await page.click('#duplicates summary');
    await page.click('#find-duplicates');
    await page.locator('.duplicate-pair').nth(1).waitFor();
    const shown = await page.$$eval('.duplicate-pair', (items) => items.map((li) => [(li as HTMLElement).dataset['a'], (li as HTMLElement).dataset['b']]));
    expect(shown).toEqual([
      ['Comune di Lecco', 'Lecco'],
      ['constructor', 'Constructor S.r.l.'],
    ]);
    const lecco = await pair(page, 'Comune di Lecco').textContent();
    expect(lecco).toContain('1 shared neighbour');
    expect(lecco).toMatch(/0\.9 km apart/);
    expect(lecco).toContain('https://www.comune.lecco.it');
    expect(lecco).toContain('same-name');
    // What each is linked to, side by side (only the count of links was shown).
    const linkedTo = await pair(page, 'Comune di Lecco').locator('tr', { hasText: 'Linked to' }).locator('td').allTextContents();
    expect(linkedTo).toEqual(['Decidim', 'Decidim, GlobaLeaks']);
    expect(await page.locator('.duplicates-status').textContent()).toMatch(/^2 pairs at a score of 0\.8 or more, among 8 nodes/);
    expect(await page.locator('#apply-duplicates').isDisabled()).toBe(true);
    // A name selects its node on the map.
    await pair(page, 'Comune di Lecco').getByRole('button', { name: 'Lecco', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().selected === 'Lecco');
    // On a small screen the map is far above the panel: a name picked there brings the map into view.
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: 800, height: 600 });
    const name = pair(page, 'Comune di Lecco').getByRole('button', { name: 'Comune di Lecco', exact: true });
    await name.scrollIntoViewIfNeeded();
    const mapShown = () =>
      page.evaluate(() => {
        const r = document.getElementById('map')!.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      });
    expect(await mapShown()).toBe(false);
    await name.click();
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().selected === 'Comune di Lecco');
    expect(await mapShown()).toBe(true);
    await page.setViewportSize(size);
  });

  it('Merge, Not the same and Undo; Download gives the aliases file', async () => {
    // From the keyboard: after Merge the focus is on the same card's Undo, after Undo on its Merge (it once fell to the page's start).
    const focused = () =>
      page.evaluate(() => `${document.activeElement?.closest<HTMLElement>('.duplicate-pair')?.dataset['a']} ${document.activeElement?.textContent}`);
    await pair(page, 'Comune di Lecco').getByRole('button', { name: 'Merge' }).focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Comune di Lecco Undo');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Comune di Lecco Merge');
    expect(await pair(page, 'Comune di Lecco').getAttribute('data-decision')).toBeNull();
    await pair(page, 'Comune di Lecco').getByRole('button', { name: 'Merge' }).click();
    await pair(page, 'constructor').getByRole('button', { name: 'Not the same' }).click();
    expect(await pair(page, 'constructor').getAttribute('data-decision')).toBe('distinct');
    await pair(page, 'constructor').getByRole('button', { name: 'Undo' }).click();
    expect(await pair(page, 'constructor').getAttribute('data-decision')).toBeNull();
    await pair(page, 'constructor').getByRole('button', { name: 'Not the same' }).click();
    expect(await page.locator('#apply-duplicates').textContent()).toBe('Apply 1 merge');
    // Looking again at a lower score keeps what was decided (it once started over).
    await page.fill('#duplicates-threshold', '0.5');
    await page.click('#find-duplicates');
    await page
      .locator('.duplicates-status')
      .getByText(/at a score of 0\.5 or more/)
      .waitFor();
    expect(await pair(page, 'Comune di Lecco').getAttribute('data-decision')).toBe('merge');
    expect(await pair(page, 'constructor').getAttribute('data-decision')).toBe('distinct');
    expect(await page.locator('#apply-duplicates').textContent()).toBe('Apply 1 merge');
    await page.fill('#duplicates-threshold', '0.8');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-aliases')]);
    expect(download.suggestedFilename()).toBe('aliases.csv');
    const table = readAliases((await downloadBytes(download)).toString('utf8'), 'aliases.csv');
    expect([...table.canonicalOf]).toEqual([['Comune di Lecco', 'Lecco']]);
  });

  it('Apply re-analyses with the merge: one node fewer, the alias in the details', async () => {
    await page.click('#apply-duplicates');
    const banner = await loaded(page, 7);
    expect(banner).toContain('1 id merged by aliases.csv.');
    expect(await page.locator('.duplicate-pair').count()).toBe(0);
    await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.select('Lecco'));
    const details = page.locator('#details .details-attributes');
    await details.waitFor();
    expect(await details.textContent()).toMatch(/aliases\s*Comune di Lecco/);
    // The applied file stays downloadable, and looking again finds only the pair left apart, still marked so.
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('#download-aliases')]);
    expect([...readAliases((await downloadBytes(again)).toString('utf8'), 'aliases.csv').canonicalOf]).toEqual([['Comune di Lecco', 'Lecco']]);
    await page.click('#find-duplicates');
    await pair(page, 'constructor').waitFor();
    expect(await page.locator('.duplicate-pair').count()).toBe(1);
    expect(await pair(page, 'constructor').getAttribute('data-decision')).toBe('distinct');
  });

  it('edges, nodes and an aliases file loaded together merge at once', async () => {
    // Written as `atlas duplicates --out-aliases` writes it: two comment lines before the header (the role sniff once read no header).
    const written = aliasesCsv(
      [
        { alias: 'Constructor S.r.l.', canonical: 'constructor', score: 0.9 },
        { alias: 'Comune di Lecco', canonical: 'Lecco', score: 1 },
      ],
      ['threshold 0.8; 2 pairs of 8 nodes'],
    );
    expect(written.split('\n', 2).every((line) => line.startsWith('"#'))).toBe(true);
    const aliases = csv('my-aliases.csv', written);
    await loadFiles(page, { edges: fixture('lecco-edges.csv'), nodes: fixture('lecco-nodes.csv'), aliases });
    const banner = await loaded(page, 6);
    expect(banner).toContain('2 ids merged by my-aliases.csv.');
    const firm = await page.evaluate((key) => {
      const s = (window as unknown as AtlasTestWindow).atlas.store.get();
      const g = s.dataset!.network.graph;
      return {
        aliases: g.getNodeAttribute(key, 'extra')['aliases'],
        files: s.dataset!.source.files,
        merged: s.dataset!.report.issues.byCode['alias-merged']?.count,
      };
    }, nodeKey('constructor'));
    expect(firm).toEqual({ aliases: 'Constructor S.r.l.', files: ['lecco-edges.csv', 'lecco-nodes.csv', 'my-aliases.csv'], merged: 2 });
    await page.fill('#duplicates-threshold', '0.5');
    await page.click('#find-duplicates');
    await page
      .locator('.duplicates-status')
      .getByText(/^0 pairs at a score of 0\.5 or more, among 6 nodes/)
      .waitFor();
  });

  it('an aliases file giving an alias two canonicals is refused with its line and column', async () => {
    const bad = csv('bad-aliases.csv', 'alias,canonical\nLecco,Comune di Lecco\nLecco,Comune di Lecce\n');
    await loadFiles(page, { edges: fixture('lecco-edges.csv'), aliases: bad });
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().message?.kind === 'error');
    const message = await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().message!.text);
    expect(message).toMatch(/^bad-aliases\.csv line 3, column 'canonical'/);
    expect(message).toContain('The map still shows the previous data.');
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset!.network.graph.order)).toBe(6);
    expect(errors).toEqual([]);
  });
});
