import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browser';

describe('app in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);
  afterAll(async () => h?.close());

  it('opens on the default dataset and shows its summary computed in the worker', async () => {
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(h.baseUrl);
    await page.getByText('282 nodes (216 city, 39 firm, 27 project), 326 links.').waitFor({ timeout: 30_000 });
    expect(await page.locator('table caption').allTextContents()).toEqual(['city', 'firm', 'project']);
    expect(await page.locator('section').filter({ hasText: 'Issues in the files' }).textContent()).toContain('20 × repeated-pair (warning)');
    expect(errors).toEqual([]);
    await page.close();
  });
});
