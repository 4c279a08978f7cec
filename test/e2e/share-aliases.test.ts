/**
 * Aliases files in share links, in Chromium, on the Lecco catalogue
 * (test/fixtures/resolve: 8 nodes; "Comune di Lecco" = "Lecco",
 * "Constructor S.r.l." = `constructor`) served by a small CORS data host:
 * `?edges=…&nodes=…&aliases=…` loads and applies the aliases file, the Share
 * dialog's link carries it and opens on the same merged network, and so does
 * the embed; the Open data dialog takes an aliases URL too; merges made in the Possible duplicates panel on data loaded
 * from URLs travel in the link as a data: address. Waits on the app's state.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, startHarness, type Harness } from './browser';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/resolve/${name}`, import.meta.url));
const ALIASES = 'alias,canonical\nConstructor S.r.l.,constructor\nComune di Lecco,Lecco\n';

/** Waits until the app (or embed) is idle with a network of `order` nodes; returns the banner. */
async function loaded(page: Page, order: number): Promise<string> {
  await page.waitForFunction(
    (n) => {
      const w = window as unknown as Partial<AtlasTestWindow>;
      const s = (w.atlas ?? w.atlasEmbed?.app)?.store.get();
      return s?.busy === null && s.dataset?.network.graph.order === n;
    },
    order,
    { timeout: 60_000 },
  );
  return page.evaluate(() => (window as unknown as AtlasTestWindow).atlas?.store.get().message?.text ?? '');
}

/** The Share dialog's link. */
async function shareLink(page: Page): Promise<URL> {
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  await dialog.waitFor();
  const link = new URL(await dialog.locator('#share-link').inputValue());
  await page.keyboard.press('Escape');
  return link;
}

describe('aliases files in share links', () => {
  let h: Harness;
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const files = new Map([
      ['/lecco-edges.csv', fixture('lecco-edges.csv')],
      ['/lecco-nodes.csv', fixture('lecco-nodes.csv')],
      ['/my-aliases.csv', Buffer.from(ALIASES)],
    ]);
    server = createServer((req, res) => {
      const body = files.get(req.url ?? '');
      if (body) res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/csv' }).end(body);
      else res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    h = await startHarness();
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    server?.close();
  });

  const data = () => `?edges=${encodeURIComponent(`${base}/lecco-edges.csv`)}&nodes=${encodeURIComponent(`${base}/lecco-nodes.csv`)}`;

  it('?aliases=<address> loads and applies the aliases file; the share link and the embed carry it', async () => {
    const aliases = `${base}/my-aliases.csv`;
    const page = await openApp(h, `${data()}&aliases=${encodeURIComponent(aliases)}`);
    expect(await loaded(page, 6)).toContain('2 ids merged by my-aliases.csv.');
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset!.source.files)).toEqual([
      'lecco-edges.csv',
      'lecco-nodes.csv',
      'my-aliases.csv',
    ]);
    const link = await shareLink(page);
    expect(link.searchParams.get('aliases')).toBe(aliases);
    expect(new URL(page.url()).searchParams.get('aliases')).toBe(aliases);

    const again = await openApp(h, link.search);
    await loaded(again, 6);
    await again.close();

    const embed = await h.context.newPage();
    await embed.goto(`${h.baseUrl}embed.html${link.search}`);
    await loaded(embed, 6);
    await embed.close();
    await page.close();
  });

  it('the Open data dialog takes an aliases URL beside the edges and nodes URLs; About names it', async () => {
    const page = await openApp(h);
    await page.click('#open-data');
    await page.fill('#open-edges-url', `${base}/lecco-edges.csv`);
    await page.fill('#open-nodes-url', `${base}/lecco-nodes.csv`);
    await page.getByLabel('Aliases URL (optional)').fill(`${base}/my-aliases.csv`);
    await page.getByRole('button', { name: 'Load from URL' }).click();
    expect(await loaded(page, 6)).toContain('2 ids merged by my-aliases.csv.');
    expect(new URL(page.url()).searchParams.get('aliases')).toBe(`${base}/my-aliases.csv`);
    await page.click('#about-button');
    await expect.poll(() => page.locator('.about-dialog').textContent()).toContain(`with the aliases file ${base}/my-aliases.csv`);
    await page.close();
  });

  it('merges made in the Possible duplicates panel go into the link as a data: address', async () => {
    const page = await openApp(h, data());
    await loaded(page, 8);
    expect(new URL((await shareLink(page)).href).searchParams.has('aliases')).toBe(false);
    await page.click('#duplicates summary');
    await page.click('#find-duplicates');
    const lecco = page.locator('.duplicate-pair[data-a="Comune di Lecco"]');
    await lecco.getByRole('button', { name: 'Merge' }).click();
    await page.click('#apply-duplicates');
    expect(await loaded(page, 7)).toContain('1 id merged by aliases.csv.');

    const link = await shareLink(page);
    const address = link.searchParams.get('aliases')!;
    expect(address).toMatch(/^data:text\/csv;charset=utf-8,/);
    expect(decodeURIComponent(address.slice(address.indexOf(',') + 1))).toMatch(/(^|\n)alias,canonical[^\n]*\r?\nComune di Lecco,Lecco/);
    expect(link.searchParams.get('edges')).toBe(`${base}/lecco-edges.csv`);

    const again = await openApp(h, link.search);
    expect(await loaded(again, 7)).toContain('1 id merged by aliases.csv.');
    const aliasesOfLecco = await again.evaluate(
      () => (window as unknown as AtlasTestWindow).atlas.store.get().dataset!.network.graph.getNodeAttribute('Lecco', 'extra')['aliases'],
    );
    expect(aliasesOfLecco).toBe('Comune di Lecco');
    await again.close();
    await page.close();
  });
});
