/**
 * Registry files dropped on the built app, in Chromium: the twelve real
 * publiccode.yml fixtures become the same map as `atlas import` + `analyze`
 * (228 nodes, 217 links), the six DPG nominee files load with their roles,
 * and the banner says what was read, with the first warning. Screenshot:
 * /tmp/atlas-registry-drop.png.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { type Harness, openApp, startHarness } from './browser';
import { downloadBytes } from './download';
import { readEdges } from '../../src/core/csv';

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

  it('the 340 real nominee files: the banner names the first warning, and the download saves every one beside the CSV', async () => {
    const page = await openApp(h);
    const root = new URL('../../data/dpg-nominees/', import.meta.url).pathname;
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('.json'))
      .sort()
      .map((p) => ({ name: p.split('/').pop()!, text: readFileSync(root + p, 'utf8') }));
    expect(files).toHaveLength(340);
    await drop(page, files);
    const s = await shownAfter(page, '340 DPG nominee files');
    expect([s.order, s.size]).toEqual([622, 359]);
    // 48 warnings, as `atlas import dpg data/dpg-nominees` counts them; the banner once said "(and 47 more)" with no way to read them.
    expect(s.message?.text).toContain('48 warnings, 0 files with nothing read.');
    expect(s.message?.text).toContain('(and 47 more: all in dpg-import-issues.csv, saved with the CSV)');
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Download the CSV' }).click();
    await expect.poll(() => downloads.length).toBe(3);
    expect(downloads.map((d) => d.suggestedFilename())).toEqual(['dpg-edges.csv', 'dpg-nodes.csv', 'dpg-import-issues.csv']);
    const text = (await downloadBytes(downloads[2]!)).toString('utf8');
    const rows = text.trim().split(/\r?\n/);
    expect(rows[0]).toBe('severity,file,line,code,message');
    expect(rows).toHaveLength(49);
    expect(rows[1]).toBe(`warning,bahmni.json,9,same-name,"bahmni.json line 9: 'Bahmni' has the project's own name; written as 'Bahmni [firm]'"`);
    // The edges file is the atlas's own CSV: the reader takes back one row per imported link.
    expect(readEdges((await downloadBytes(downloads[0]!)).toString('utf8'), { file: 'dpg-edges.csv' }).rows).toHaveLength(360);
    await page.close();
  }, 120_000);
});
