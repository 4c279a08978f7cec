/**
 * A small data host for browser tests: serves the municipal catalogue's
 * edges and nodes files on 127.0.0.1 with CORS, as a data host would, so a
 * test can open `?edges=<url>&nodes=<url>` and its share links reload it;
 * `municipalSuite` sets a suite up with it and the shared harness.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { startHarness, type Harness } from './browser';

const root = new URL('../../', import.meta.url).pathname;

/** Starts the server; `query` is the app's address part that loads the catalogue from it. */
export function startMunicipalServer(): Promise<{ server: Server; base: string; query: string }> {
  const files = new Map([
    ['/edges.csv', readFileSync(`${root}data/municipal-edges.csv`)],
    ['/nodes.csv', readFileSync(`${root}data/municipal-nodes.csv`)],
  ]);
  const server = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    if (body) res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/csv' }).end(body);
    else res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({ server, base, query: `?edges=${encodeURIComponent(`${base}/edges.csv`)}&nodes=${encodeURIComponent(`${base}/nodes.csv`)}` });
    }),
  );
}

/** The municipal data host's address parts, as {@link startMunicipalServer} gives them. */
export type MunicipalData = Awaited<ReturnType<typeof startMunicipalServer>>;

/**
 * Registers, in the calling `describe`, the hooks every municipal browser
 * suite needs: one harness (the shared Chromium and preview server) and one
 * data host, started together before the suite and closed after it; `ready`
 * receives both before the first test.
 */
export function municipalSuite(ready: (h: Harness, data: MunicipalData) => void): void {
  let h: Harness | undefined;
  let data: MunicipalData | undefined;
  beforeAll(async () => {
    [h, data] = await Promise.all([startHarness(), startMunicipalServer()]);
    ready(h, data);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    data?.server.close();
  });
}
