/**
 * "Run layout" on the municipal catalogue, in Chromium: ForceAtlas2 and then
 * the overlap removal run in web workers, so the page never freezes while
 * the layout runs and settles — measured with a long-task observer (the
 * overlap removal alone used to block the main thread for ~19 s here). The
 * bound is generous so the test cannot be flaky; the bench measures finely.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, startHarness, type Harness } from './browser';

const root = new URL('../../', import.meta.url).pathname;

function startDataServer(): Promise<{ server: Server; base: string }> {
  const files = new Map([
    ['/edges.csv', readFileSync(`${root}data/municipal-edges.csv`)],
    ['/nodes.csv', readFileSync(`${root}data/municipal-nodes.csv`)],
  ]);
  const server = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    if (body) res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/csv' }).end(body);
    else res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe('Run layout on the municipal catalogue', () => {
  let h: Harness;
  let data: { server: Server; base: string };
  beforeAll(async () => {
    [h, data] = await Promise.all([startHarness(), startDataServer()]);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    data?.server.close();
  });

  it('runs until it settles and removes overlaps without a long freeze of the page', async () => {
    const page = await openApp(h, `?edges=${encodeURIComponent(`${data.base}/edges.csv`)}&nodes=${encodeURIComponent(`${data.base}/nodes.csv`)}`);
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset?.network.graph.order)).toBe(6834);
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    await page.getByRole('button', { name: 'Run layout' }).click();
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlasMap.layoutRunning, undefined, { timeout: 30_000 });
    // It stops by itself (settled, or after its 30 s cap), then removes overlaps in a worker for at most 3 s.
    await page.waitForFunction(() => !(window as unknown as AtlasTestWindow).atlasMap.layoutRunning, undefined, { timeout: 120_000 });
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    expect(longest).toBeLessThan(3_000);
    await page.close();
  });
});
