/**
 * What a selection, a path and a link show, in Chromium on the default data:
 * a selected node brings out its neighbours (read from sigma's reducer output)
 * with hover on top; "Path to…" and "1 hop" move the camera to fit what they
 * show; a share link's camera wins over that fit; hovering a link shows its
 * tooltip, clicking it the link's details with its evidence; Escape clears
 * it. Then a link of the municipal data, to look at. Waits on the app's
 * state and the camera, never on time.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FADED_NODE_COLOR } from '../../src/core/style';
import type { AtlasTestWindow } from './atlas-window';
import { startHarness, type Harness } from './browser';

/** Waits until the data is on the map, the address applied and the camera still. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', undefined, { timeout: 60_000 });
  await cameraStill(page);
}

/** Waits for the camera's animation (if any) to end. */
const cameraStill = (page: Page) =>
  page.waitForFunction(() => {
    const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView?.sigma;
    return sigma !== undefined && !sigma.getCamera().isAnimated();
  });

/** Nodes drawn faded and not faded (hidden ones left out), from sigma's reducer output. */
const fading = (page: Page) =>
  page.evaluate((faded) => {
    const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma;
    const bright: string[] = [];
    const dim: string[] = [];
    sigma.getGraph().forEachNode((n) => {
      const d = sigma.getNodeDisplayData(n);
      if (!d || d.hidden) return;
      (d.color === faded ? dim : bright).push(n);
    });
    return { bright: bright.sort(), dim: dim.length };
  }, FADED_NODE_COLOR);

/** Neighbours of `node` and the node, sorted — those the map draws (members of a collapsed aggregated star are not). */
const around = (page: Page, node: string) =>
  page.evaluate((n) => {
    const w = window as unknown as AtlasTestWindow;
    const sigma = w.atlasMap.mapView!.sigma;
    return [n, ...w.atlas.derived.view(w.atlas.store.get())!.graph.neighbors(n)].filter((k) => !sigma.getNodeDisplayData(k)?.hidden).sort();
  }, node);

/** Where `nodes` are drawn, in the map's pixels, with the map's size. */
const onScreen = (page: Page, nodes: string[]) =>
  page.evaluate((keys) => {
    const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma;
    const { width, height } = sigma.getDimensions();
    return { width, height, points: keys.map((k) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k)!)) };
  }, nodes);

/**
 * A point of the map (page pixels) over a link of `node` and no node, with
 * the link's key: sampled along each link and checked with sigma's own
 * picking (its private `getEdgeAtPoint`/`getNodeAtPosition`, the ones its mouse events use).
 */
async function pointsOnLinks(page: Page, node: string): Promise<{ edge: string; x: number; y: number }[]> {
  const found = await page.evaluate((n) => {
    const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma;
    const picking = sigma as unknown as { getEdgeAtPoint(x: number, y: number): string | null; getNodeAtPosition(p: { x: number; y: number }): string | null };
    const { width, height } = sigma.getDimensions();
    // A point under an overlay (the legend, a note) would hover the overlay, not the map.
    const map = document.getElementById('map')!;
    const rect = map.getBoundingClientRect();
    const onMap = (x: number, y: number) => {
      const hit = document.elementFromPoint(rect.left + x, rect.top + y);
      return hit !== null && map.contains(hit);
    };
    const points: { edge: string; x: number; y: number }[] = [];
    for (const edge of sigma.getGraph().edges(n)) {
      const [a, b] = sigma
        .getGraph()
        .extremities(edge)
        .map((k) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k)!));
      for (let t = 0.3; t <= 0.7; t += 0.05) {
        const x = Math.round(a!.x + (b!.x - a!.x) * t);
        const y = Math.round(a!.y + (b!.y - a!.y) * t);
        if (x < 20 || y < 20 || x > width - 20 || y > height - 20) continue;
        if (picking.getEdgeAtPoint(x, y) === edge && picking.getNodeAtPosition({ x, y }) === null && onMap(x, y)) {
          points.push({ edge, x, y });
          break;
        }
      }
    }
    return points;
  }, node);
  const box = (await page.locator('#map').boundingBox())!;
  return found.map((p) => ({ edge: p.edge, x: box.x + p.x, y: box.y + p.y }));
}

/**
 * Hovers a link of `node` with the real mouse and waits for the app to say so
 * (hoveredEdge). A point can be taken by a label drawn over the link, so the
 * next link's point is tried when one does not hover within a few seconds.
 */
async function hoverLink(page: Page, node: string): Promise<{ edge: string; x: number; y: number }> {
  const points = await pointsOnLinks(page, node);
  for (const point of points.slice(0, 6)) {
    await page.mouse.move(5, 5);
    await page.mouse.move(point.x - 3, point.y - 3);
    await page.mouse.move(point.x, point.y);
    const hovered = await page
      .waitForFunction((e) => (window as unknown as AtlasTestWindow).atlas.store.get().hoveredEdge === e, point.edge, { timeout: 4_000 })
      .then(() => true)
      .catch(() => false);
    if (hovered) return point;
  }
  throw new Error(`no link of ${node} could be hovered (${points.length} candidate points)`);
}

describe('links and the camera in Chromium', () => {
  let h: Harness;
  let page: Page;
  const errors: string[] = [];
  const state = () => page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get());
  beforeAll(async () => {
    h = await startHarness();
    page = await h.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(h.baseUrl);
    await settled(page);
  }, 180_000);
  afterAll(async () => h?.close());

  it('a selected node brings out its neighbours and fades the rest; hover works on top and gives the selection back', async () => {
    await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.select('Decidim'));
    await cameraStill(page);
    const neighbours = await around(page, 'Decidim');
    const selected = await fading(page);
    expect(selected.bright).toEqual(neighbours);
    expect(selected.dim).toBeGreaterThan(100);
    await page.screenshot({ path: '/tmp/atlas-links-selected.png' });

    await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.set({ hovered: 'Barcelona' }));
    const hovered = await fading(page);
    expect(hovered.bright).toEqual([...new Set([...(await around(page, 'Barcelona')), 'Decidim'])].sort());
    await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.set({ hovered: null }));
    expect((await fading(page)).bright).toEqual(neighbours);
  });

  it('"Path to…" fits both ends (and every step) in the viewport', async () => {
    await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.select('Barcelona'));
    await cameraStill(page);
    const pathTo = page.locator('#details').getByRole('combobox', { name: 'Path to…' });
    await pathTo.fill('NIIS');
    await page.locator('#details-path-listbox').getByRole('option').first().waitFor();
    await pathTo.fill('Munchen');
    await page.locator('#details-path-listbox').getByRole('option').filter({ hasText: 'Landeshauptstadt München' }).first().click();
    const path = (await state()).path!;
    expect(path.nodes!.length).toBeGreaterThan(2);
    await cameraStill(page);
    const { width, height, points } = await onScreen(page, path.nodes!);
    for (const p of points) {
      expect(p.x).toBeGreaterThan(20);
      expect(p.x).toBeLessThan(width - 20);
      expect(p.y).toBeGreaterThan(20);
      expect(p.y).toBeLessThan(height - 20);
    }
    // Fitted, not just shown: the two ends farthest apart span a good part of the map.
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    expect(Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))).toBeGreaterThan(Math.min(width, height) / 3);
    await page.screenshot({ path: '/tmp/atlas-links-path.png' });
    await page.locator('#details').getByRole('button', { name: 'Clear path' }).click();
  });

  it('"1 hop" fits the neighbourhood it shows', async () => {
    await page.locator('#details').getByRole('button', { name: '1 hop' }).click();
    await cameraStill(page);
    const shown = await page.evaluate(() => {
      const atlas = (window as unknown as AtlasTestWindow).atlas;
      return [...atlas.derived.shown(atlas.store.get())!.nodes];
    });
    const { width, height, points } = await onScreen(page, shown);
    for (const p of points) expect(p.x > 0 && p.x < width && p.y > 0 && p.y < height).toBe(true);
    await page.screenshot({ path: '/tmp/atlas-links-focus.png' });
    await page.keyboard.press('Escape');
    expect((await state()).focus).toBeNull();
  });

  it('a filter that leaves a small part of the map fits it; a small filter step keeps the camera', async () => {
    await page.evaluate(async () => {
      const w = window as unknown as AtlasTestWindow;
      w.atlas.store.set({ selected: null, focus: null, path: null });
      await w.atlasMap.mapView!.resetCamera();
    });
    const camera = () => page.evaluate(() => (window as unknown as AtlasTestWindow).atlasMap.mapView!.camera);
    await page.evaluate(() => {
      const atlas = (window as unknown as AtlasTestWindow).atlas;
      atlas.store.set({ filters: { ...atlas.store.get().filters, communities: [5] } });
    });
    await cameraStill(page);
    expect((await camera()).ratio).toBeLessThan(0.5);
    const shown = await page.evaluate(() => {
      const atlas = (window as unknown as AtlasTestWindow).atlas;
      return [...atlas.derived.shown(atlas.store.get())!.nodes];
    });
    const { width, height, points } = await onScreen(page, shown);
    for (const p of points) expect(p.x > 0 && p.x < width && p.y > 0 && p.y < height).toBe(true);
    await page.screenshot({ path: '/tmp/atlas-links-filter.png' });
    const fitted = await camera();
    // Hiding isolates changes nothing here: the camera stays.
    await page.evaluate(() => {
      const atlas = (window as unknown as AtlasTestWindow).atlas;
      atlas.store.set({ filters: { ...atlas.store.get().filters, hideIsolates: true } });
    });
    await cameraStill(page);
    expect(await camera()).toEqual(fitted);
    // Everything back: the whole map is fitted again.
    await page.evaluate(() => {
      const atlas = (window as unknown as AtlasTestWindow).atlas;
      atlas.store.set({ filters: { ...atlas.store.get().filters, communities: null, hideIsolates: false } });
    });
    await cameraStill(page);
    expect((await camera()).ratio).toBeGreaterThan(0.7);
  });

  it('hovering a link shows its tooltip; clicking it shows the link with its evidence; Escape clears it', async () => {
    await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.select('Decidim'));
    await cameraStill(page);
    const { edge, x, y } = await hoverLink(page, 'Decidim');
    const link = await page.evaluate((e) => {
      const graph = (window as unknown as AtlasTestWindow).atlas.derived.view((window as unknown as AtlasTestWindow).atlas.store.get())!.graph;
      const [a, b] = graph.extremities(e);
      return { labels: [graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label')], attrs: graph.getEdgeAttributes(e) };
    }, edge);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    const text = (await tooltip.textContent())!;
    expect(text).toContain(`${link.labels[0]} — ${link.labels[1]}`);
    expect(text).toContain(link.attrs.relations[0]!.replace(/_/g, ' '));
    expect(text).toContain('weight');
    if (link.attrs.evidence.length > 1) expect(text).toContain(`(and ${link.attrs.evidence.length - 1} more)`);
    await page.screenshot({ path: '/tmp/atlas-links-tooltip.png' });

    await page.mouse.click(x, y);
    await page.waitForFunction((e) => (window as unknown as AtlasTestWindow).atlas.store.get().selectedEdge === e, edge);
    expect((await state()).selected).toBeNull();
    const details = page.locator('#details');
    await details.getByRole('heading', { name: 'Link' }).waitFor();
    expect(await details.getByRole('button', { name: link.labels[0] }).count()).toBe(1);
    const urls = link.attrs.evidence.filter((e) => /^https?:\/\//.test(e));
    expect(urls.length).toBeGreaterThan(0);
    const evidence = details.locator('.link-details a');
    expect(await evidence.count()).toBe(urls.length);
    expect(await evidence.first().getAttribute('href')).toBe(new URL(urls[0]!).href);
    expect(await evidence.first().getAttribute('target')).toBe('_blank');
    expect(await details.textContent()).toMatch(/lines? \d/);
    // The link's two ends stay bright, the rest fades.
    expect((await fading(page)).bright).toEqual(
      (await page.evaluate((e) => (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma.getGraph().extremities(e), edge)).sort(),
    );
    await page.mouse.move(5, 5);
    await page.screenshot({ path: '/tmp/atlas-links-details.png' });

    await page.keyboard.press('Escape');
    expect((await state()).selectedEdge).toBeNull();
    await details.getByText('Click a node or search').waitFor();
  });

  it('an end of the link selects its node', async () => {
    const [edge] = await page.evaluate(() => (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma.getGraph().edges('Decidim'));
    await page.evaluate((e) => (window as unknown as AtlasTestWindow).atlas.store.set({ selectedEdge: e }), edge!);
    await page.locator('#details').getByRole('button', { name: 'Decidim', exact: true }).click();
    const s = await state();
    expect(s.selected).toBe('Decidim');
    expect(s.selectedEdge).toBeNull();
    await page.locator('#details').getByRole('heading', { name: 'Decidim' }).first().waitFor();
  });

  it("a share link's camera wins over the path's fit", async () => {
    const other = await h.context.newPage();
    other.on('pageerror', (e) => errors.push(e.message));
    await other.goto(`${h.baseUrl}?selected=Barcelona&path=Barcelona~M%C3%BCnchen&camera=0.3,0.6,0.7`);
    await settled(other);
    const camera = await other.evaluate(() => (window as unknown as AtlasTestWindow).atlasMap.mapView!.camera);
    expect(camera.x).toBeCloseTo(0.3, 4);
    expect(camera.y).toBeCloseTo(0.6, 4);
    expect(camera.ratio).toBeCloseTo(0.7, 4);
    await other.close();
  });

  it('a link of the municipal data: tooltip and details', async () => {
    const root = new URL('../../', import.meta.url).pathname;
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Open data' }).click();
    await page
      .locator('#open-nodes-file')
      .setInputFiles({ name: 'municipal-nodes.csv', mimeType: 'text/csv', buffer: readFileSync(`${root}data/municipal-nodes.csv`) });
    await page
      .locator('#open-edges-file')
      .setInputFiles({ name: 'municipal-edges.csv', mimeType: 'text/csv', buffer: readFileSync(`${root}data/municipal-edges.csv`) });
    await page.getByRole('button', { name: 'Load files' }).click();
    await page.locator('#shown-count').getByText('6,834 of 6,834 nodes shown').waitFor({ timeout: 90_000 });
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlasMap.mapView!.edgeEvents)).toBe(true);
    // A node with a handful of links, so they are easy to point at.
    const node = await page.evaluate(() => {
      const graph = (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma.getGraph();
      return graph.findNode((n) => graph.degree(n) >= 4 && graph.degree(n) <= 8)!;
    });
    await page.evaluate((n) => (window as unknown as AtlasTestWindow).atlas.select(n), node);
    await cameraStill(page);
    await page.screenshot({ path: '/tmp/atlas-links-municipal-selected.png' });
    const { x, y } = await hoverLink(page, node);
    await page.getByRole('tooltip').waitFor();
    await page.screenshot({ path: '/tmp/atlas-links-municipal-tooltip.png' });
    await page.mouse.click(x, y);
    await page.locator('#details').getByRole('heading', { name: 'Link' }).waitFor();
    await page.mouse.move(5, 5);
    await page.screenshot({ path: '/tmp/atlas-links-municipal-details.png' });
  });

  it('raises no page errors', () => expect(errors).toEqual([]));
});
