/**
 * Loading data in the built app, in Chromium: a file with broken rows (kept
 * rows on the map, the dropped ones listed in the Issues tab and its CSV
 * download), a file whose columns need a mapping (guessed from its first two
 * text columns, in the user's words), a fatal file that leaves the
 * previous data in place, `?edges=<url>` against a small CORS server (a CSV, a
 * 404, a web page, a server without CORS), and cancelling a large load.
 * Screenshots of each state go to /tmp/atlas-load-*.png.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browser';
import { downloadBytes } from './download';
import type { AtlasTestWindow } from './atlas-window';

const BROKEN = 'source,target,weight\nA,B,1\nC,,2\nD,E,-1\nF,F,1\nG,H,2\n';
const UNMAPPED = 'Partner A,Partner B,Year\nX,Y,2020\nY,Z,2021\n';
const HTML_PAGE = '<!doctype html>\n<html><head><title>Sign in</title></head><body>Please sign in</body></html>\n';

/** A tiny server on 127.0.0.1 answering with or without CORS headers. */
function startFileServer(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': '*' };
    if (req.url === '/edges.csv') res.writeHead(200, { ...cors, 'Content-Type': 'text/csv' }).end('source,target\nP,Q\nQ,R\nR,S\n');
    else if (req.url === '/page.csv') res.writeHead(200, { ...cors, 'Content-Type': 'text/html' }).end(HTML_PAGE);
    else if (req.url === '/no-cors.csv') res.writeHead(200, { 'Content-Type': 'text/csv' }).end('source,target\nP,Q\n');
    else res.writeHead(404, cors).end('not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

const order = (page: Page) => page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset?.network.graph.order as number);
const sourceTitle = (page: Page) => page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset?.source.title as string);
const messageText = (page: Page) => page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().message?.text as string | undefined);

async function openApp(h: Harness, query = ''): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.baseUrl + query);
  await page.waitForFunction(
    () => (window as unknown as AtlasTestWindow).atlas?.store.get().dataset && !(window as unknown as AtlasTestWindow).atlas.store.get().busy,
    null,
    { timeout: 60_000 },
  );
  return page;
}

async function openFiles(page: Page, edges: { name: string; text: string }, nodes?: { name: string; text: string }): Promise<void> {
  await page.click('#open-data');
  const file = (f: { name: string; text: string }) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.text) });
  await page.setInputFiles('#open-edges-file', file(edges));
  if (nodes) await page.setInputFiles('#open-nodes-file', file(nodes));
  await page.getByRole('button', { name: 'Load files' }).click();
}

describe('loading data', () => {
  let h: Harness;
  let files: { server: Server; base: string };
  beforeAll(async () => {
    [h, files] = await Promise.all([startHarness(), startFileServer()]);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    files?.server.close();
  });

  it('opens on the default dataset with a note about it', async () => {
    const page = await openApp(h);
    expect(await order(page)).toBe(282);
    await page.getByText('Default dataset: 346 links between').waitFor();
    await page.screenshot({ path: '/tmp/atlas-load-default.png' });
    await page.click('#about-button');
    await page.locator('.about-dialog').getByText('default-edges.csv').waitFor();
    expect(await page.locator('.about-dialog').textContent()).toContain('Seed 42');
    // The same SHA-256 as `sha256sum data/default-edges.csv`.
    await page.locator('.about-dialog code[title="SHA-256 d82107faed803b52442ba163881835f68e2242fddd191631e9195d81eb68a500"]').waitFor();
    await page.screenshot({ path: '/tmp/atlas-load-about.png' });
    await page.keyboard.press('Escape');
    expect(await page.locator('.about-dialog').isVisible()).toBe(false);
    await page.close();
  });

  it('shows the default dataset from its build-time analysis, equal to what the worker computes', async () => {
    const page = await h.context.newPage();
    // Count the requests posted to workers from the very start of the page.
    await page.addInitScript(() => {
      const posted: string[] = ((window as unknown as AtlasTestWindow).__posted = []);
      const original = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        posted.push(String((message as { type?: string } | null)?.type));
        return (original as (this: Worker, ...args: unknown[]) => void).call(this, message, ...rest);
      } as typeof Worker.prototype.postMessage;
    });
    await page.goto(h.baseUrl);
    await page.waitForFunction(
      () => (window as unknown as AtlasTestWindow).atlas?.store.get().dataset && !(window as unknown as AtlasTestWindow).atlas.store.get().busy,
      null,
      { timeout: 60_000 },
    );
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).__posted)).toEqual([]);
    // The worker's analysis of the same files at the same options gives the same payload.
    const same = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: reaches into the app's worker client and dataset to compare the worker's payload with the build-time one
      const atlas = (window as unknown as { atlas: any }).atlas;
      const shown = atlas.store.get().dataset;
      const input = shown.analysed.input; // the dataset owns what was loaded (ui/state/dataset.ts)
      const live = await atlas.client.analyze(input, atlas.options);
      if (live.status !== 'done') return `worker: ${live.status}`;
      const a = shown.network;
      const b = live.payload.network;
      const arrays = (x: Record<string, Float64Array>) => JSON.stringify(Object.fromEntries(Object.entries(x).map(([k, v]) => [k, Array.from(v, String)])));
      const checks: [string, unknown, unknown][] = [
        ['keys', JSON.stringify(a.keys), JSON.stringify(b.keys)],
        ['positions', JSON.stringify(Array.from(a.positions)), JSON.stringify(Array.from(b.positions))],
        ['measures', arrays(a.measures), arrays(b.measures)],
        ['stats', JSON.stringify(a.stats), JSON.stringify(b.stats)],
        // The page's record of the worker's columns (decoded by the client), field for field: one per node (every node
        // of the default data is a city, a project or a firm), so not two empty records.
        ['indicators', JSON.stringify(shown.indicators), JSON.stringify(live.payload.indicators)],
        ['indicator records', a.keys.length, Object.keys(live.payload.indicators).length],
        ['report', JSON.stringify({ ...shown.report, generatedAt: 0 }), JSON.stringify({ ...live.payload.report, generatedAt: 0 })],
        ['edges', a.graph.size, b.graph.encodedSize ?? b.graph.source.length],
      ];
      return (
        checks
          .filter(([, x, y]) => x !== y)
          .map(([name]) => name)
          .join(', ') || 'same'
      );
    });
    expect(same).toBe('same');
    await page.close();
  });

  it('loads the good rows of a file with broken ones and lists the others as issues', async () => {
    const page = await openApp(h);
    await page.click('#open-data');
    await page.screenshot({ path: '/tmp/atlas-load-dialog.png' });
    await page.keyboard.press('Escape');
    await openFiles(page, { name: 'broken.csv', text: BROKEN });
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset?.source.title === 'broken.csv');
    expect(await order(page)).toBe(4);
    expect(await messageText(page)).toContain('3 rows could not be used');
    expect(await page.locator('#tab-issues').textContent()).toMatch(/^Issues \(\d+\)$/);
    await page.click('#tab-issues');
    const errorRows = page.locator('.issues-table tr.error');
    await errorRows.first().waitFor();
    const lines = await errorRows.locator('td:nth-child(3)').allTextContents();
    expect(lines).toEqual(['3', '4', '5']);
    await page.screenshot({ path: '/tmp/atlas-load-issues.png' });
    await page.selectOption('#issues-filter', 'self-loop');
    expect(await page.locator('.issues-table tbody tr').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download issues as CSV' }).click()]);
    const csv = (await downloadBytes(download)).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('severity,file,line,column,code,message');
    expect(csv).toMatch(/^error,broken\.csv,3,target,missing-target,/m);
    expect(csv).toMatch(/^error,broken\.csv,4,weight,weight-not-positive,/m);
    expect(csv).toMatch(/^error,broken\.csv,5,.*self-loop,/m);
    await page.close();
  });

  it('loads two files dropped on the page, telling the nodes file by its header', async () => {
    const page = await openApp(h);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['id,label,type\nA,Alpha,city\nB,Beta,firm\n'], 'drop-nodes.csv', { type: 'text/csv' }));
      data.items.add(new File(['source,target,relation\nA,B,uses\n'], 'drop-edges.csv', { type: 'text/csv' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset?.source.kind === 'files');
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset!.source.files)).toEqual([
      'drop-edges.csv',
      'drop-nodes.csv',
    ]);
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset!.network.graph.getNodeAttribute('A', 'label'))).toBe(
      'Alpha',
    );
    await page.close();
  });

  it('asks for a column mapping when the headers are not recognised', async () => {
    const page = await openApp(h);
    await openFiles(page, { name: 'partners.csv', text: UNMAPPED });
    const dialog = page.locator('.mapping-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('tbody tr').count()).toBe(2);
    expect(await dialog.locator('select[name=year]').inputValue()).toBe('Year');
    // No header names the two ends: the first two text columns are offered, for the user to confirm.
    expect(await dialog.locator('select[name=source]').inputValue()).toBe('Partner A');
    expect(await dialog.locator('select[name=target]').inputValue()).toBe('Partner B');
    // The dialog speaks of columns and links; CLI flags only in its folded command-line note.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (the folded note's flags are not shown)
    const visible = await dialog.innerText();
    expect(visible).toContain('two ends of each link');
    expect(visible).not.toMatch(/--\w/);
    expect(await dialog.locator('details.mapping-hint').getAttribute('open')).toBeNull();
    await dialog.locator('select[name=source]').selectOption('Partner A');
    await dialog.locator('select[name=target]').selectOption('Partner B');
    expect(await dialog.locator('.mapping-hint code').textContent()).toBe('--source "Partner A" --target "Partner B" --year Year');
    await page.screenshot({ path: '/tmp/atlas-load-mapping.png' });
    await dialog.getByRole('button', { name: 'Load with this mapping' }).click();
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset?.source.title === 'partners.csv');
    expect(await order(page)).toBe(3);
    await page.close();
  });

  it('refuses an HTML page saved as .csv and keeps the previous data', async () => {
    const page = await openApp(h);
    const before = await order(page);
    await openFiles(page, { name: 'login.csv', text: HTML_PAGE });
    await page.locator('.banner.error').waitFor();
    expect(await messageText(page)).toMatch(/login\.csv looks like an HTML page.*The map still shows the previous data\./);
    expect(await order(page)).toBe(before);
    await page.screenshot({ path: '/tmp/atlas-load-fatal.png' });
    await page.close();
  });

  it('loads ?edges=<url> and explains a 404, a web page and a server without CORS', async () => {
    const ok = await openApp(h, `?edges=${encodeURIComponent(files.base + '/edges.csv')}`);
    expect(await ok.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset!.source.kind)).toBe('urls');
    expect(await order(ok)).toBe(4);
    await ok.close();
    const cases: [string, RegExp][] = [
      ['/missing.csv', /edges URL http:\/\/127\.0\.0\.1:\d+\/missing\.csv answered 404 Not Found\./],
      ['/page.csv', /returned a web page, not a CSV/],
      ['/no-cors.csv', /cross-origin requests/],
    ];
    for (const [path, expected] of cases) {
      const page = await openApp(h, `?edges=${encodeURIComponent(files.base + path)}`);
      expect(await messageText(page)).toMatch(expected);
      expect(await messageText(page)).toContain('Showing the default dataset instead.');
      expect(await sourceTitle(page)).toMatch(/Municipal open-source partnerships/);
      await page.screenshot({ path: `/tmp/atlas-load-url${path.replace(/\W+/g, '-').replace(/-csv$/, '')}.png` });
      await page.close();
    }
  });

  it('gets a file’s graph from the worker before its measures, rebuilds it meanwhile and places it at the first layout', async () => {
    const page = await openApp(h);
    const [edges, nodes] = await Promise.all([readFile('data/municipal-edges.csv', 'utf8'), readFile('data/municipal-nodes.csv', 'utf8')]);
    // The client's protocol: the network's encoding comes ahead, before the measures' progress, and is the payload's own.
    const ahead = await page.evaluate(
      async ({ edges, nodes }) => {
        // biome-ignore lint/suspicious/noExplicitAny: reaches into the app's worker client to watch the order of its messages
        const atlas = (window as unknown as { atlas: any }).atlas;
        const stagesAfterGraph: string[] = [];
        let encoded: { source: Int32Array } | undefined;
        const live = await atlas.client.analyze(
          { edges: { name: 'municipal-edges.csv', text: edges }, nodes: { name: 'municipal-nodes.csv', text: nodes } },
          atlas.options,
          (stage: string) => {
            if (encoded) stagesAfterGraph.push(stage);
          },
          (graph: { source: Int32Array }) => (encoded = graph),
        );
        return {
          status: live.status,
          same: live.status === 'done' && live.payload.network.graph === encoded,
          links: encoded?.source.length,
          measuresAfter: stagesAfterGraph.some((s) => /PageRank|Betweenness|Louvain/.test(s)),
        };
      },
      { edges, nodes },
    );
    expect(ahead).toEqual({ status: 'done', same: true, links: expect.any(Number), measuresAfter: true });
    // The app's load: the graph rebuilt while the worker computed, then placed at the worker's first layout.
    await openFiles(page, { name: 'municipal-edges.csv', text: edges }, { name: 'municipal-nodes.csv', text: nodes });
    await page.waitForFunction(() => {
      const state = (window as unknown as AtlasTestWindow).atlas.store.get();
      return state.dataset?.source.kind === 'files' && state.busy === null;
    });
    const placed = await page.evaluate(() => {
      const { network } = (window as unknown as AtlasTestWindow).atlas.store.get().dataset!;
      let misplaced = 0;
      network.keys.forEach((key, i) => {
        const { x, y } = network.graph.getNodeAttributes(key);
        if (x !== network.positions[2 * i] || y !== network.positions[2 * i + 1]) misplaced++;
      });
      return { order: network.graph.order, keys: network.keys.length, size: network.graph.size, links: network.encoded.source.length, misplaced };
    });
    expect(placed.order).toBe(placed.keys);
    expect(placed.size).toBe(ahead.links);
    expect(placed.links).toBe(ahead.links);
    expect(placed.misplaced).toBe(0);
    await page.close();
  });

  it('cancels a large load and keeps the previous data', async () => {
    const page = await openApp(h);
    const before = await sourceTitle(page);
    const [edges, nodes] = await Promise.all([readFile('data/municipal-edges.csv', 'utf8'), readFile('data/municipal-nodes.csv', 'utf8')]);
    await openFiles(page, { name: 'municipal-edges.csv', text: edges }, { name: 'municipal-nodes.csv', text: nodes });
    const cancel = page.locator('#status').getByRole('button', { name: 'Cancel' });
    await cancel.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: '/tmp/atlas-load-busy.png' });
    await cancel.click();
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlas.store.get().busy === null);
    expect(await sourceTitle(page)).toBe(before);
    expect(await messageText(page)).toBe('Cancelled. The map still shows the previous data.');
    await page.screenshot({ path: '/tmp/atlas-load-cancelled.png' });
    await page.close();
  });
});
