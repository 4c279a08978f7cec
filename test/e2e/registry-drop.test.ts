/**
 * Registry files dropped on the built app, in Chromium: the twelve real
 * publiccode.yml fixtures become the same map as `atlas import` + `analyze`
 * (228 nodes, 217 links), the six DPG nominee files load with their roles,
 * and the banner says what was read, with the first warning. Screenshot:
 * /tmp/atlas-registry-drop.png.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { type Harness, openApp, startHarness } from './browser';

const DIR = new URL('../fixtures/registries/', import.meta.url).pathname;
const filesOf = (sub: string) =>
  readdirSync(DIR + sub)
    .sort()
    .map((name) => ({ name, text: readFileSync(`${DIR}${sub}/${name}`, 'utf8') }));

/** Drops `files` on the page as a browser's drag and drop does. */
const drop = (page: Page, files: { name: string; text: string }[]) =>
  page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);

/** Waits until the data on screen comes from `title`, the banner is set and nothing is busy; returns what is shown. */
async function shownAfter(page: Page, title: string) {
  await page.waitForFunction((t) => {
    const state = (window as unknown as AtlasTestWindow).atlas.store.get();
    return state.dataset?.source.title === t && state.busy === null && state.message?.text.startsWith('Imported');
  }, title);
  return page.evaluate(() => {
    const state = (window as unknown as AtlasTestWindow).atlas.store.get();
    const graph = state.dataset!.network.graph;
    const types: Record<string, number> = {};
    graph.forEachNode((_k, a) => void (types[a.type] = (types[a.type] ?? 0) + 1));
    const relations = new Set<string>();
    graph.forEachEdge((_k, a) => (a.relations as string[]).forEach((r) => relations.add(r)));
    return {
      order: graph.order,
      size: graph.size,
      types,
      relations: [...relations].sort(),
      message: state.message && { kind: state.message.kind, text: state.message.text },
    };
  });
}

describe('registry files dropped on the app', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('twelve publiccode.yml files: 228 nodes and 217 links, as the CLI imports them', async () => {
    const errors: string[] = [];
    const page = await openApp(h, '', errors);
    await drop(page, filesOf('publiccode'));
    const s = await shownAfter(page, '12 publiccode.yml files');
    expect([s.order, s.size]).toEqual([228, 217]);
    expect(s.types).toEqual({ project: 13, city: 204, firm: 11 });
    expect(s.relations).toEqual(['based_on', 'develops', 'funds', 'maintains', 'uses']);
    expect(s.message?.kind).toBe('info');
    expect(s.message?.text).toMatch(/^Imported 12 files \(12 with a project\), 12 projects; 219 links: /);
    expect(errors).toEqual([]);
    await page.screenshot({ path: '/tmp/atlas-registry-drop.png' });
    await page.close();
  });

  it('six DPG nominee files: the roles as relations, the same-name warning in the banner', async () => {
    const page = await openApp(h);
    await drop(page, filesOf('dpg'));
    const s = await shownAfter(page, '6 DPG nominee files');
    expect(s.relations).toEqual(['funder', 'implementer', 'owner']);
    expect(s.size).toBe(9);
    expect(s.message?.kind).toBe('warning');
    expect(s.message?.text).toContain("consul.json line 25: 'Consul' has the project's own name; written as 'Consul [firm]'");
    await page.close();
  });
});
