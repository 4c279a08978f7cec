/**
 * Aggregated stars in Chromium: on the municipal catalogue GlobaLeaks's
 * leaf cities are one aggregate node carrying their count; a click expands
 * it and the list's Collapse button folds it again, while the "n of N nodes
 * shown" line never changes; searching for a member, or a share link
 * selecting one, expands its aggregate;
 * `stars=0` in the address draws every node; and the default data's one
 * aggregate (Decidim's leaf cities) is the one the core finds.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, type Harness } from './browser';
import { municipalSuite, type MunicipalData } from './data-server';

const HUB = 'GlobaLeaks [project]';
const ID = `${HUB}\u0000city`;

/** Aggregates drawn on the map now: representative, label and place on screen (CSS pixels of the page). */
function drawnAggregates(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as AtlasTestWindow;
    const sigma = w.atlasMap.mapView!.sigma;
    const box = sigma.getContainer().getBoundingClientRect();
    const out: { node: string; label: string; x: number; y: number }[] = [];
    sigma.getGraph().forEachNode((node) => {
      const d = sigma.getNodeDisplayData(node);
      if (d && !d.hidden && d.type === 'aggregate') {
        const p = sigma.framedGraphToViewport(d);
        out.push({ node, label: d.label ?? '', x: box.left + p.x, y: box.top + p.y });
      }
    });
    return out;
  });
}

/** Nodes the map draws (not hidden). */
const drawnCount = (page: Page) =>
  page.evaluate(() => {
    const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma;
    let n = 0;
    sigma.getGraph().forEachNode((node) => {
      if (!sigma.getNodeDisplayData(node)?.hidden) n++;
    });
    return n;
  });

const expanded = (page: Page) => page.evaluate(() => [...(window as unknown as AtlasTestWindow).atlas.store.get().expandedStars]);
const shownLine = (page: Page) => page.locator('#shown-count').textContent();

describe('aggregated stars, in Chromium', () => {
  let h: Harness;
  let data: MunicipalData;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });

  it("draws GlobaLeaks's leaf cities as one node with their count; a click expands it, Collapse folds it; the shown count stays", async () => {
    const errors: string[] = [];
    const page = await openApp(h, data.query, errors);
    // The count, independently: GlobaLeaks's city neighbours that have no other neighbour.
    const leaves = await page.evaluate((hub) => {
      const graph = (window as unknown as AtlasTestWindow).atlas.store.get().dataset!.network.graph;
      return graph.filterNeighbors(hub, (n, a) => a.type === 'city' && graph.degree(n) === 1).length;
    }, HUB);
    expect(leaves).toBeGreaterThan(4000);
    const label = `${leaves.toLocaleString('en')} cities use GlobaLeaks`;
    const before = await drawnAggregates(page);
    const globaleaks = before.filter((a) => a.label === label);
    expect(globaleaks).toHaveLength(1);
    // Each aggregate hides its members but one: the map draws 6,834 − Σ (count − 1) nodes.
    const grouped = before.reduce((sum, a) => sum + Number(a.label.split(' ')[0]!.replaceAll(',', '')) - 1, 0);
    expect(await drawnCount(page)).toBe(6834 - grouped);
    const line = await shownLine(page);
    expect(line).toMatch(/^6,834 of 6,834 nodes shown/);

    await page.mouse.click(globaleaks[0]!.x, globaleaks[0]!.y);
    await page.waitForFunction((id) => (window as unknown as AtlasTestWindow).atlas.store.get().expandedStars.has(id), ID);
    expect((await drawnAggregates(page)).some((a) => a.label === label)).toBe(false);
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().selected)).toBeNull();
    expect(await shownLine(page)).toBe(line);

    await page.getByRole('button', { name: `Collapse: ${label}` }).click();
    await page.waitForFunction((id) => !(window as unknown as AtlasTestWindow).atlas.store.get().expandedStars.has(id), ID);
    expect((await drawnAggregates(page)).filter((a) => a.label === label)).toHaveLength(1);
    expect(await shownLine(page)).toBe(line);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searching for a member of a collapsed aggregate expands it, so the node is drawn', async () => {
    const page = await openApp(h, data.query);
    const member = await page.evaluate((hub) => {
      const graph = (window as unknown as AtlasTestWindow).atlas.store.get().dataset!.network.graph;
      // A leaf city whose label no other node shares, drawn hidden now.
      const labels = new Map<string, number>();
      graph.forEachNode((_n, a) => labels.set(a.label, (labels.get(a.label) ?? 0) + 1));
      const sigma = (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma;
      return graph
        .filterNeighbors(hub, (n, a) => a.type === 'city' && graph.degree(n) === 1 && labels.get(a.label) === 1 && sigma.getNodeDisplayData(n)?.hidden === true)
        .map((n) => ({ key: n, label: graph.getNodeAttribute(n, 'label') }))[10]!;
    }, HUB);
    expect(await expanded(page)).toEqual([]);
    const search = page.getByRole('combobox', { name: 'Search nodes' });
    await search.focus();
    await page.keyboard.type(member.label);
    await page.locator('#search-listbox').getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((key) => (window as unknown as AtlasTestWindow).atlas.store.get().selected === key, member.key);
    expect(await expanded(page)).toEqual([ID]);
    expect(await page.evaluate((key) => (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma.getNodeDisplayData(key)?.hidden, member.key)).toBe(
      false,
    );
    await page.close();
  });

  it("a share link selecting a member (selected=APSP Grigno) opens with the member's star expanded", async () => {
    const page = await openApp(h, `${data.query}&selected=${encodeURIComponent('APSP Grigno')}`);
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().selected)).toBe('APSP Grigno');
    expect(await expanded(page)).toEqual([ID]);
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma.getNodeDisplayData('APSP Grigno')?.hidden)).toBe(false);
    await page.close();
  });

  it('stars=0 in the address draws every node and no aggregate', async () => {
    const page = await openApp(h, `${data.query}&stars=0`);
    expect(await drawnAggregates(page)).toEqual([]);
    expect(await drawnCount(page)).toBe(6834);
    expect(await page.locator('.star-list').isHidden()).toBe(true);
    await page.close();
  });

  it("the default data draws one aggregate, Decidim's leaf cities, as the core finds", async () => {
    const page = await openApp(h, '');
    const aggregates = await drawnAggregates(page);
    expect(aggregates.map((a) => a.label)).toEqual(['62 cities use Decidim']);
    expect(await drawnCount(page)).toBe(282 - 61);
    await page.close();
  });
});
