/**
 * Files too large for the browser, in Chromium: a file past the size limit
 * (refused from its size before it is read), a file of short rows past the
 * row limit, and an address whose body grows past the limit without a
 * Content-Length. Each is refused with a message that names the file and the
 * command-line tool, and the map keeps the data it showed.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_MAX_BYTES, BROWSER_MAX_ROWS } from '../../src/core/input/browser-limits';
import { openApp, startHarness, type Harness } from './browser';

type AtlasWindow = {
  atlas: { store: { get(): { dataset: { network: { graph: { order: number } } } | null; busy: unknown; message: { kind: string; text: string } | null } } };
};

const state = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as AtlasWindow).atlas.store.get();
    return { order: s.dataset?.network.graph.order, busy: s.busy, message: s.message };
  });

/** A server that streams `bytes` of CSV rows without a Content-Length header. */
function startStreamingServer(bytes: number): Promise<{ server: Server; base: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/csv', 'Transfer-Encoding': 'chunked' });
    const row = 'city_1,project_1,uses,https://example.org/evidence/0000000000\n'.repeat(16_384);
    let sent = 0;
    const pump = (): void => {
      while (sent < bytes) {
        sent += row.length;
        if (!res.write(row)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('error', () => undefined);
    res.write('source,target,relation,evidence\n');
    pump();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

async function waitForMessage(page: Page, pattern: string): Promise<void> {
  await page.waitForFunction((p) => (window as unknown as AtlasWindow).atlas.store.get().message?.text.includes(p) === true, pattern, { timeout: 60_000 });
}

describe('files too large for the browser', () => {
  let h: Harness;
  let stream: { server: Server; base: string };
  let page: Page;
  beforeAll(async () => {
    [h, stream] = await Promise.all([startHarness(), startStreamingServer(BROWSER_MAX_BYTES + 8 * 1024 * 1024)]);
    page = await openApp(h);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    stream?.server.close();
  });

  it('a file over the size limit is refused before it is read, and the previous map stays', async () => {
    const path = join(tmpdir(), 'atlas-too-big.csv');
    const row = 'city_1,project_1,uses,2020,https://example.org/evidence/1\n';
    writeFileSync(path, 'source,target,relation,year,evidence\n' + row.repeat(Math.ceil((BROWSER_MAX_BYTES + 1024 * 1024) / row.length)));
    await page.click('#open-data');
    await page.setInputFiles('#open-edges-file', path);
    await page.getByRole('button', { name: 'Load files' }).click();
    await waitForMessage(page, 'more than the browser version can hold');
    const s = await state(page);
    expect(s.message?.kind).toBe('error');
    expect(s.message?.text).toMatch(/^atlas-too-big\.csv \(51 MB\): 51 MB is more than the browser version can hold \(50 MB or 550,000 rows/);
    expect(s.message?.text).toContain('npm run atlas -- analyze atlas-too-big.csv --out report.json');
    expect(s.message?.text).toContain('The map still shows the previous data.');
    expect(s.order).toBe(282);
    expect(s.busy).toBeNull();
    await page.screenshot({ path: '/tmp/atlas-too-big.png' });
  });

  it('a file of short rows over the row limit is refused from its line count', async () => {
    const text = 'source,target\n' + 'a,b\n'.repeat(BROWSER_MAX_ROWS + 10);
    await page.click('#open-data');
    await page.setInputFiles('#open-edges-file', { name: 'many-rows.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Load files' }).click();
    await waitForMessage(page, `${(BROWSER_MAX_ROWS + 11).toLocaleString('en-US')} rows is more than the browser version can hold`);
    expect((await state(page)).order).toBe(282);
  });

  it('an address whose body outgrows the limit (no Content-Length) is cancelled and refused', async () => {
    await page.click('#open-data');
    await page.fill('#open-edges-url', `${stream.base}/huge.csv`);
    await page.getByRole('button', { name: 'Load from URL' }).click();
    await waitForMessage(page, 'huge.csv');
    const s = await state(page);
    expect(s.message?.text).toMatch(/^huge\.csv \(over 50 MB\): over 50 MB is more than the browser version can hold/);
    expect(s.order).toBe(282);
  });
});
