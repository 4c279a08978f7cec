/**
 * Graph files and untyped data in the built app, in Chromium: our own GEXF
 * export of the default dataset opened with "Open data" gives the same 282
 * nodes and 326 links, a networkx GraphML dropped on the page and a networkx
 * GEXF fetched from `?edges=<url>` (a small CORS server) load with their
 * types, and an untyped CSV is typed by column from the banner's offer so
 * its projections have nodes. Screenshots go to /tmp/atlas-import-*.png.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGexf } from '../../src/core/export/gexf';
import { buildProvenance } from '../../src/core/export/provenance';
import { nodeColors, nodeSizes } from '../../src/core/style';
import { defaultAnalysis, NOW } from '../core/export/default-dataset';
import type { AtlasTestWindow } from './atlas-window';
import { startHarness, type Harness } from './browser';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const UNTYPED = 'Municipality,Software\nAarhus,Decidim\nGhent,Decidim\nGhent,CKAN\nLyon,CKAN\n';

/** Our GEXF 1.3 export of the default dataset, as the app's export menu writes it. */
function defaultGexf(): string {
  const { analysis, report } = defaultAnalysis();
  const graph = analysis.graph;
  const measures = { keys: analysis.network.keys, values: analysis.network.measures };
  const provenance = buildProvenance({
    report,
    view: 'network',
    layout: { kind: 'force', seed: 42, iterations: 10 },
    style: { colorBy: 'type', sizeBy: 'degree' },
    now: NOW,
  });
  return exportGexf(graph, { measures, provenance, colors: nodeColors(graph, measures, { kind: 'type' }), sizes: nodeSizes(graph, measures, 'degree') });
}

/** A tiny server on 127.0.0.1 serving the networkx GEXF with CORS. */
function startFileServer(): Promise<{ server: Server; base: string }> {
  const gexf = fixture('networkx-1.2draft.gexf');
  const server = createServer((req, res) => {
    if (req.url === '/partners.gexf') res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/xml' }).end(gexf);
    else res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

type Shown = { order: number; size: number; types: Record<string, number>; title: string; message: { kind: string; text: string } | null };
/** What the app shows: the network's counts and types, the source's title and the banner. */
const shown = (page: Page) =>
  page.evaluate((): Shown => {
    const state = (window as unknown as AtlasTestWindow).atlas.store.get();
    const graph = state.dataset!.network.graph;
    const types: Record<string, number> = {};
    graph.forEachNode((_k, a) => void (types[a.type] = (types[a.type] ?? 0) + 1));
    const message = state.message && { kind: state.message.kind, text: state.message.text };
    return { order: graph.order, size: graph.size, types, title: state.dataset!.source.title, message };
  });

/** Waits until the data on screen comes from `title` and nothing is busy. */
const loaded = (page: Page, title: string) =>
  page.waitForFunction((t) => {
    const state = (window as unknown as AtlasTestWindow).atlas.store.get();
    return state.dataset?.source.title === t && state.busy === null;
  }, title);

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

async function openFile(page: Page, name: string, text: string): Promise<void> {
  await page.click('#open-data');
  await page.setInputFiles('#open-edges-file', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Load files' }).click();
}

describe('graph files and untyped data in the app', () => {
  let h: Harness;
  let files: { server: Server; base: string };
  beforeAll(async () => {
    [h, files] = await Promise.all([startHarness(), startFileServer()]);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    files?.server.close();
  });

  it('opens our own GEXF export of the default dataset: 282 nodes, 326 links, no error', async () => {
    const page = await openApp(h);
    await openFile(page, 'atlas.gexf', defaultGexf());
    await loaded(page, 'atlas.gexf');
    const s = await shown(page);
    expect([s.order, s.size]).toEqual([282, 326]);
    expect(s.types).toEqual({ city: 216, project: 27, firm: 39 });
    expect(s.message?.kind).not.toBe('error');
    expect(s.message?.text).toMatch(/^326 links, 282 nodes/);
    await page.screenshot({ path: '/tmp/atlas-import-gexf.png' });
    await page.close();
  });

  it('loads a GraphML written by networkx dropped on the page, with its types and weights', async () => {
    const page = await openApp(h);
    const text = fixture('networkx.graphml');
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.items.add(new File([t], 'partners.graphml', { type: 'application/xml' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await loaded(page, 'partners.graphml');
    const s = await shown(page);
    expect([s.order, s.size]).toEqual([9, 10]);
    expect(s.types).toEqual({ city: 4, project: 3, firm: 2 });
    expect(s.message).toEqual({ kind: 'info', text: '10 links, 9 nodes.' });
    const weight = await page.evaluate(() => {
      const g = (window as unknown as AtlasTestWindow).atlas.store.get().dataset!.network.graph;
      return g.getEdgeAttribute(g.edge('Porto', 'CKAN')!, 'weight');
    });
    expect(weight).toBe(3);
    await page.close();
  });

  it('fetches a GEXF written by networkx from ?edges=<url>', async () => {
    const page = await openApp(h, `?edges=${encodeURIComponent(`${files.base}/partners.gexf`)}`);
    const s = await shown(page);
    expect(s.title).toBe('partners.gexf');
    expect([s.order, s.size]).toEqual([9, 10]);
    expect(s.types).toEqual({ city: 4, project: 3, firm: 2 });
    expect(s.message?.kind).toBe('info');
    await page.close();
  });

  it('types an untyped CSV by column from the banner, and its city view has nodes', async () => {
    const page = await openApp(h);
    await openFile(page, 'untyped.csv', UNTYPED);
    // No header says source or target: the mapping dialog guesses the first two text columns.
    const mapping = page.locator('.mapping-dialog');
    await mapping.waitFor();
    expect(await mapping.locator('select[name=source]').inputValue()).toBe('Municipality');
    expect(await mapping.locator('select[name=target]').inputValue()).toBe('Software');
    await mapping.getByRole('button', { name: 'Load with this mapping' }).click();
    await loaded(page, 'untyped.csv');
    expect((await shown(page)).types).toEqual({ unknown: 5 });
    expect((await shown(page)).message?.text).toContain('No node has a type');
    await page.locator('.views-note').getByText('No node has a type').waitFor();
    expect(await page.locator('button[data-view=city]').isDisabled()).toBe(true);
    await page.screenshot({ path: '/tmp/atlas-import-untyped.png' });

    await page.locator('#status').getByRole('button', { name: 'Type nodes by column…' }).click();
    const dialog = page.locator('.types-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('input[name=source]').inputValue()).toBe('city');
    expect(await dialog.locator('input[name=target]').inputValue()).toBe('project');
    expect(await dialog.textContent()).toContain('e.g. Aarhus, Ghent, Lyon');
    await page.screenshot({ path: '/tmp/atlas-import-types-dialog.png' });
    await dialog.getByRole('button', { name: 'Load with these types' }).click();
    await page.waitForFunction(() => {
      const state = (window as unknown as AtlasTestWindow).atlas.store.get();
      return state.busy === null && (state.dataset?.network.graph.filterNodes((_k, a) => a.type === 'city').length ?? 0) > 0;
    });
    expect((await shown(page)).types).toEqual({ city: 3, project: 2 });
    expect(await page.locator('.views-note').isHidden()).toBe(true);
    await page.click('button[data-view=city]');
    await page.waitForFunction(() => {
      const state = (window as unknown as AtlasTestWindow).atlas.store.get();
      return state.view === 'city' && state.busy === null;
    });
    const cities = await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset!.projections['city']?.graph.order);
    expect(cities).toBe(3);
    await page.close();
  });
});
