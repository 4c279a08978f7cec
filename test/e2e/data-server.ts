/**
 * A small data host for browser tests: serves the municipal catalogue's
 * edges and nodes files on 127.0.0.1 with CORS, as a data host would, so a
 * test can open `?edges=<url>&nodes=<url>` and its share links reload it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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
