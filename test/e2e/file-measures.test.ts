/**
 * Measures from the nodes file in the app (core/analysis/file-measures.ts):
 * a nodes file with `pagerank` and `community` columns and a `score` named by
 * its `# measure-columns:` note is opened through the Open data dialog; the
 * details panel shows the file's values marked "from file", the column of the
 * user's own as a measure, and the legend says "from file" when colouring by
 * the file's communities, and the table's column header. Screenshots:
 * /tmp/atlas-file-measures.png, /tmp/atlas-file-measures-table.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasTestWindow } from './atlas-window';
import { openApp, startHarness, type Harness } from './browser';

const EDGES = `source,source_type,target,target_type,relation
Aachen,city,Decidim,project,uses
Bonn,city,Decidim,project,uses
Celle,city,CONSUL,project,uses
Aachen,city,CONSUL,project,uses
Dessau,city,CONSUL,project,uses
Acme,firm,Decidim,project,maintains
`;
// PageRank as Spark writes it (summing to n, not 1); Dessau has no row.
const NODES = `# measure-columns: score
id,type,pagerank,community,score
Aachen,city,1.75,north,12
Bonn,city,0.61,north,3
Celle,city,0.58,south,
Decidim,project,1.62,north,40
CONSUL,project,1.44,south,31
Acme,firm,0.5,north,7
`;

const storeOf = (page: Page) => page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.get().dataset?.network.graph.order ?? 0);

describe('measures from the nodes file', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('the details panel marks them "from file"; the legend of the file communities too', async () => {
    const errors: string[] = [];
    const page = await openApp(h, '', errors);
    await page.click('#open-data');
    const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.setInputFiles('#open-edges-file', file('edges.csv', EDGES));
    await page.setInputFiles('#open-nodes-file', file('nodes.csv', NODES));
    await page.getByRole('button', { name: 'Load files' }).click();
    await page.waitForFunction(
      () => {
        const s = (window as unknown as AtlasTestWindow).atlas.store.get();
        return s.dataset?.network.graph.order === 7 && !s.busy;
      },
      null,
      { timeout: 60_000 },
    );
    expect(await storeOf(page)).toBe(7);

    await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.select('Aachen'));
    const measures = page.locator('.details-measures');
    await measures.waitFor();
    const pagerank = measures.locator('li', { hasText: 'PageRank' });
    expect((await pagerank.textContent())?.replace(/\s+/g, ' ')).toMatch(/PageRank\s*1\.75 · from file/);
    expect(await pagerank.locator('.details-source').getAttribute('title')).toContain("Read from nodes.csv (column 'pagerank'): 6 of 7 nodes have a value");
    const score = measures.locator('li', { hasText: 'score' });
    expect((await score.textContent())?.replace(/\s+/g, ' ')).toContain('12 · from file');
    // Computed measures carry no mark.
    expect(await measures.locator('li', { hasText: 'Betweenness' }).locator('.details-source').count()).toBe(0);
    expect(await page.locator('.details-place').textContent()).toMatch(/#0 of 2 \(the largest\) · 4 nodes · from file/);

    await page.evaluate(() => (window as unknown as AtlasTestWindow).atlas.store.set({ colorBy: { kind: 'community' } }));
    await page.locator('.legend-body h3', { hasText: 'from file' }).waitFor();
    expect(await page.locator('.legend-body h3').first().textContent()).toBe('Colour: Community · from file');
    await page.screenshot({ path: '/tmp/atlas-file-measures.png' });

    // The table's column says so too; sorting by it puts the file's largest PageRank (Aachen, 1.75) first.
    await page.getByRole('tab', { name: 'Table' }).click();
    const pane = page.locator('#pane-table');
    const header = pane.getByRole('columnheader', { name: 'PageRank · from file' });
    await header.waitFor();
    await header.getByRole('button').click();
    expect(await pane.locator('tbody tr.row').first().locator('td').first().textContent()).toBe('Aachen');
    await page.screenshot({ path: '/tmp/atlas-file-measures-table.png' });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
