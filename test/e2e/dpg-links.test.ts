/**
 * Links visible on the Digital Public Goods file in Chromium (issue 12): the
 * first layout draws its dyads in a grid, and node sizes keep a link visible
 * between its two discs — at sigma's own whole-graph camera (ratio 1, so the
 * figure does not depend on how far the camera moves to clear a legend whose
 * size depends on the fonts) the median drawn radius is at most 0.3 of the
 * median drawn link length (core/style/size.ts aims at 0.25), and no node is
 * smaller than 2 px. The file is served by a small local host, as a data
 * host would.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, startHarness, type Harness } from './browser';

const root = new URL('../../', import.meta.url).pathname;

describe('the DPG file: links visible between the discs', () => {
  let h: Harness;
  let server: Server;
  let query = '';
  beforeAll(async () => {
    const files = new Map([
      ['/edges.csv', readFileSync(`${root}data/dpg-edges.csv`)],
      ['/nodes.csv', readFileSync(`${root}data/dpg-nodes.csv`)],
    ]);
    server = createServer((req, res) => {
      const body = files.get(req.url ?? '');
      if (body) res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/csv' }).end(body);
      else res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    query = `?edges=${encodeURIComponent(`${base}/edges.csv`)}&nodes=${encodeURIComponent(`${base}/nodes.csv`)}`;
    h = await startHarness();
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    server?.close();
  });

  it('at 1280 × 800 the median radius is at most 0.3 of the median link, and every node at least 2 px', async () => {
    const page = await openApp(h, query);
    await page.waitForFunction(() => {
      const view = (window as unknown as AtlasTestWindow).atlasMap.mapView;
      return view !== null && !view.sigma.getCamera().isAnimated();
    });
    const r = await page.evaluate(() => {
      const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma;
      const at = { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } };
      const lengths: number[] = [];
      const radii: number[] = [];
      sigma.getGraph().forEachEdge((edge, _a, s, t) => {
        const [e, a, b] = [sigma.getEdgeDisplayData(edge), sigma.getNodeDisplayData(s), sigma.getNodeDisplayData(t)];
        if (!e || e.hidden || !a || !b || a.hidden || b.hidden || s === t) return;
        const [p, q] = [sigma.framedGraphToViewport(a, at), sigma.framedGraphToViewport(b, at)];
        lengths.push(Math.hypot(p.x - q.x, p.y - q.y));
      });
      sigma.getGraph().forEachNode((node) => {
        const d = sigma.getNodeDisplayData(node);
        if (d && !d.hidden) radii.push(sigma.scaleSize(d.size, 1));
      });
      lengths.sort((x, y) => x - y);
      radii.sort((x, y) => x - y);
      return { links: lengths.length, link: lengths[lengths.length >> 1]!, radius: radii[radii.length >> 1]!, smallest: radii[0]! };
    });
    await page.screenshot({ path: '/tmp/atlas-dpg-links.png' });
    expect(r.links).toBeGreaterThan(300);
    expect(r.radius).toBeLessThanOrEqual(0.3 * r.link);
    // Still clickable.
    expect(r.smallest).toBeGreaterThanOrEqual(2);
    await page.close();
  }, 180_000);
});
