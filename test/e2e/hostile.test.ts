/**
 * Hostile and messy files in the built app, in Chromium: ids, types,
 * relations and column names that are Object members (`__proto__`,
 * `constructor`, `toString`…) load, show under their own names, search and
 * export exactly; a UTF-16 file (Excel's "Unicode text") loads; a file that
 * cannot be used keeps the previous map.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, type Harness } from './browser';
import { downloadBytes } from './download';

type AtlasWindow = {
  atlas: {
    store: {
      get(): {
        dataset: {
          network: { graph: { order: number; size: number; nodes(): string[]; getNodeAttributes(k: string): Record<string, unknown> } };
          report: { issues: { errors: number } };
        } | null;
        busy: unknown;
        message: { kind: string; text: string } | null;
      };
    };
  };
};

const EDGES = [
  'source,target,source_type,target_type,relation,constructor,__proto__,toString',
  '__proto__,constructor,city,project,constructor,c1,p1,t1',
  'toString,constructor,city,project,toString,c2,p2,t2',
  'valueOf,hasOwnProperty,__proto__,firm,uses,,,',
  'isPrototypeOf,constructor,city,project,__proto__,c3,,',
  '__defineGetter__,hasOwnProperty,city,firm,uses,,,',
  'Plain,constructor,city,project,uses,,,',
].join('\n');
const NODES = [
  'id,label,type,constructor,toString,__proto__',
  'constructor,Constructor Project,project,ctor-value,,proto-value',
  'Plain,Plain City,city,,ts-value,',
].join('\n');

const dataset = (page: Page) =>
  page.evaluate(() => {
    const d = (window as unknown as AtlasWindow).atlas.store.get().dataset;
    if (!d) return null;
    const g = d.network.graph;
    return {
      order: g.order,
      size: g.size,
      errors: d.report.issues.errors,
      labels: g
        .nodes()
        .map((k) => g.getNodeAttributes(k)['label'] as string)
        .sort(),
    };
  });

async function load(page: Page, files: { name: string; buffer: Buffer }[]): Promise<void> {
  await page.click('#open-data');
  await page.setInputFiles('#open-edges-file', { ...files[0]!, mimeType: 'text/csv' });
  if (files[1]) await page.setInputFiles('#open-nodes-file', { ...files[1], mimeType: 'text/csv' });
  await page.getByRole('button', { name: 'Load files' }).click();
  await page.waitForFunction(() => !(window as unknown as AtlasWindow).atlas.store.get().busy, null, { timeout: 60_000 });
}

describe('hostile files in the app', () => {
  let h: Harness;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    page = await openApp(h, '', errors);
  }, 180_000);
  afterAll(async () => h?.close());

  it('ids, types, relations and columns named like Object members load and show under their own names', async () => {
    await load(page, [
      { name: 'edges.csv', buffer: Buffer.from(EDGES) },
      { name: 'nodes.csv', buffer: Buffer.from(NODES) },
    ]);
    const d = await dataset(page);
    expect(d).toEqual({
      order: 8,
      size: 6,
      errors: 0,
      labels: ['Constructor Project', 'Plain City', '__defineGetter__', '__proto__', 'hasOwnProperty', 'isPrototypeOf', 'toString', 'valueOf'],
    });
    expect(errors).toEqual([]);
  });

  it('search finds __proto__ and the details panel names it', async () => {
    await page.fill('#search-input', '__proto__');
    await page.locator('#search-listbox').getByRole('option').filter({ hasText: '__proto__' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#details').getByRole('heading', { name: '__proto__' }).waitFor({ timeout: 20_000 });
    const text = (await page.locator('#details').textContent()) ?? '';
    expect(text).toContain('Constructor Project');
    expect(text).not.toMatch(/function|native code|\uE000/);
  });

  it('the nodes CSV export writes every id and column value exactly, no inherited member', async () => {
    await page.click('#export-button');
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Nodes CSV' }).click()]);
    const text = (await downloadBytes(d)).toString('utf8');
    await page.keyboard.press('Escape');
    expect(text).not.toMatch(/native code|\uE000/);
    for (const id of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'])
      expect(text).toMatch(new RegExp(`\\r\\n${id},`));
    expect(text).toContain('ctor-value');
    expect(text).toContain('proto-value');
    expect(text).toContain('ts-value');
  });

  it('a UTF-16 LE file with BOM (Excel "Unicode text", tab-separated) loads', async () => {
    const text = 'source\ttarget\tsource_type\ttarget_type\nZürich\tDecidim\tcity\tproject\nMünchen\tDecidim\tcity\tproject\n';
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await load(page, [{ name: 'unicode.txt', buffer: body }]);
    const d = await dataset(page);
    expect(d?.labels).toEqual(['Decidim', 'München', 'Zürich']);
  });

  it('?edges=data:… with a column named constructor and ids __proto__ and constructor loads', async () => {
    const csv = 'source,target,constructor,__proto__\n__proto__,constructor,c,p\ntoString,constructor,,\n';
    const other = await h.context.newPage();
    other.on('pageerror', (e) => errors.push(e.message));
    await other.goto(`${h.baseUrl}?edges=${encodeURIComponent(`data:text/csv,${encodeURIComponent(csv)}`)}`);
    await other.waitForFunction(() => document.documentElement.dataset['atlasState'] === 'applied', null, { timeout: 60_000 });
    const d = await dataset(other);
    expect(d).toMatchObject({ order: 3, size: 2, errors: 0, labels: ['__proto__', 'constructor', 'toString'] });
    expect(await other.evaluate(() => (window as unknown as AtlasWindow).atlas.store.get().message?.kind ?? null)).not.toBe('error');
    await other.close();
  });

  it('a file that cannot be used keeps the map it showed', async () => {
    await load(page, [{ name: 'bin.csv', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0, 0, 0, 0, 0]) }]);
    const message = await page.evaluate(() => (window as unknown as AtlasWindow).atlas.store.get().message);
    expect(message?.kind).toBe('error');
    expect(message?.text).toContain('bin.csv');
    expect(message?.text).toContain('The map still shows the previous data.');
    expect((await dataset(page))?.labels).toEqual(['Decidim', 'München', 'Zürich']);
    expect(errors).toEqual([]);
  });
});
