/**
 * Labels that never overlap, in Chromium: on the default data and on the
 * municipal catalogue (6,834 nodes, served by data-server.ts) the label boxes
 * the map drew in its last frame (its label layer's `placedLabels`) meet
 * nowhere nor under the open legend, a selected node's label is always drawn (even a small node's,
 * which the label grid would not pick), and a label density and size reach
 * sigma's settings without a rebuild; the SVG export labels the same nodes
 * with the same texts. Waits on the map's own state, never on time.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, type Harness } from './browser';
import { municipalSuite, type MunicipalData } from './data-server';
import { downloadBytes } from './download';

interface Box {
  id: string;
  text: string;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/** The labels of the last frame, once there are some. */
async function placed(page: Page): Promise<Box[]> {
  await page.waitForFunction(() => ((window as unknown as AtlasTestWindow).atlasMap.mapView?.labels.placedLabels.length ?? 0) > 0, undefined, {
    timeout: 60_000,
  });
  return page.evaluate(() => (window as unknown as AtlasTestWindow).atlasMap.mapView!.labels.placedLabels.map(({ id, text, box }) => ({ id, text, box })));
}

/** Pairs of labels whose boxes meet (an empty list is what the map promises). */
function overlaps(labels: readonly Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!.box;
      const b = labels[j]!.box;
      if (a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2) out.push(`${labels[i]!.text} / ${labels[j]!.text}`);
    }
  return out;
}

/** The shown node with the smallest degree that the last frame left without a label. */
async function unlabelledSmallNode(page: Page): Promise<string> {
  return page.evaluate(() => {
    const w = window as unknown as AtlasTestWindow;
    const graph = w.atlasMap.mapView!.sigma.getGraph();
    const drawn = new Set(w.atlasMap.mapView!.labels.placedLabels.map((l) => l.id));
    let best: string | null = null;
    graph.forEachNode((node) => {
      const display = w.atlasMap.mapView!.sigma.getNodeDisplayData(node);
      if (drawn.has(node) || !display || display.hidden) return;
      if (best === null || graph.degree(node) < graph.degree(best)) best = node;
    });
    return best!;
  });
}

/** Selects `node` and waits for the frame that labels it first. */
async function selectAndWait(page: Page, node: string): Promise<Box[]> {
  await page.evaluate((n) => (window as unknown as AtlasTestWindow).atlas.store.set({ selected: n }), node);
  await page.waitForFunction((n) => (window as unknown as AtlasTestWindow).atlasMap.mapView?.labels.placedLabels[0]?.id === n, node, { timeout: 30_000 });
  return placed(page);
}

describe('labels that never overlap', () => {
  let h: Harness;
  let data: MunicipalData;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });

  it('default data: no two label boxes meet; a small selected node is labelled first; dense labels at 16 px reach sigma and still never meet', async () => {
    const errors: string[] = [];
    const page = await openApp(h, '', errors);
    const first = await placed(page);
    expect(first.length).toBeGreaterThan(10);
    expect(overlaps(first)).toEqual([]);
    // A node program with a label drawer of its own (squares: projects) goes through the layer too, beside the discs (cities).
    const types = await page.evaluate(
      (ids) => ids.map((id) => (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma.getGraph().getNodeAttribute(id, 'type') as string),
      first.map((l) => l.id),
    );
    expect(types).toContain('project');
    expect(types).toContain('city');
    // No label under the open legend (the map's overlays, in its pixels).
    const legend = await page.evaluate(() => {
      const map = document.querySelector('#map')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-map-overlay]')].map((e) => {
        const r = e.getBoundingClientRect();
        return { id: 'legend', text: 'legend', box: { x1: r.left - map.left, y1: r.top - map.top, x2: r.right - map.left, y2: r.bottom - map.top } };
      });
    });
    expect(legend.length).toBeGreaterThan(0);
    expect(overlaps([...legend, ...first]).filter((pair) => pair.startsWith('legend'))).toEqual([]);

    const small = await unlabelledSmallNode(page);
    const withSelection = await selectAndWait(page, small);
    expect(overlaps(withSelection)).toEqual([]);

    // The Labels controls reach sigma through the app state (the map controller's label layer watches it).
    await page.getByRole('group', { name: 'Labels' }).getByLabel('Density').selectOption('dense');
    await page.locator('input[name="label-size"]').fill('16');
    await page.locator('input[name="label-size"]').dispatchEvent('change');
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlasMap.mapView?.sigma.getSetting('labelSize') === 16, undefined, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => (window as unknown as AtlasTestWindow).atlasMap.mapView?.labels.fontSize === 16);
    const dense = await selectAndWait(page, small);
    expect(overlaps(dense)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as AtlasTestWindow).atlasMap.mapView!.sigma.getSetting('labelGridCellSize'))).toBe(45);

    // The SVG export labels the nodes the screen labels, with the same (cut) texts, at the screen's size.
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'SVG', exact: true }).click()]);
    const svg = (await downloadBytes(download)).toString('utf8');
    const figure = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const group = doc.querySelector('g.labels');
      const texts = [...(group?.querySelectorAll('text') ?? [])].map((t) => t.firstChild?.textContent ?? '');
      return { texts, size: group?.getAttribute('font-size') ?? null };
    }, svg);
    // The screen as the export read it (opening the dialog may have redrawn it).
    const screen = (await placed(page)).map((l) => l.text).sort();
    expect(figure.texts.sort()).toEqual(screen);
    expect(figure.size).toBe('16');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('municipal catalogue (6,834 nodes): no two label boxes meet, and a selected leaf city is labelled', async () => {
    const errors: string[] = [];
    const page = await openApp(h, data.query, errors);
    const first = await placed(page);
    expect(first.length).toBeGreaterThan(5);
    expect(overlaps(first)).toEqual([]);
    const small = await unlabelledSmallNode(page);
    const withSelection = await selectAndWait(page, small);
    expect(overlaps(withSelection)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
