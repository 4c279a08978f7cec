/**
 * The map's construction (src/ui/map/map-view.ts) in Chromium on the
 * municipal catalogue, whose network view draws GlobaLeaks's leaf cities as
 * one aggregate: sigma processes the graph once (in its constructor); the
 * aggregates' representatives and their links are then written at their
 * places, with no second full process and draw in the same task. What the
 * programs hold equals what sigma's own full `refresh()` writes, float for
 * float. A loaded file's map is built at its final size: the line saying
 * what was read, in a strip above the map, is shown before the map is
 * built, so sigma is not resized (and fully refreshed) right after.
 */
import { describe, expect, it } from 'vitest';
import { type Harness, openApp } from './browser';
import { municipalSuite, type MunicipalData } from './data-server';

/**
 * In the page: builds the map again over the same graph (a copy of the view's record), counting sigma's processes in
 * that task, then compares its programs with those of a full `refresh()` run afterwards.
 */
const REBUILD_AND_COMPARE = `(() => {
  const app = window.atlas;
  const proto = Object.getPrototypeOf(window.atlasMap.mapView.sigma);
  const process = proto.process;
  let processes = 0;
  proto.process = function (...args) { processes++; return process.apply(this, args); };
  const d = app.store.get().dataset;
  try {
    app.store.set({ dataset: { ...d, network: { ...d.network } } });
  } finally {
    proto.process = process;
  }
  const s = window.atlasMap.mapView.sigma;
  const parts = (p) => (p.array ? [p] : (p.programs || []).flatMap(parts));
  const snapshot = () => {
    const arrays = {};
    for (const [type, p] of Object.entries(s.nodePrograms)) parts(p).forEach((q, i) => (arrays['node ' + type + ' ' + i] = q.array.slice()));
    for (const [type, p] of Object.entries(s.edgePrograms)) parts(p).forEach((q, i) => (arrays['edge ' + type + ' ' + i] = q.array.slice()));
    return arrays;
  };
  const aggregates = [];
  s.getGraph().forEachNode((node) => { if (s.getNodeDisplayData(node)?.type === 'aggregate') aggregates.push(node); });
  const placed = aggregates.map((n) => { const d = s.getNodeDisplayData(n); return [n, d.x, d.y]; });
  const before = snapshot();
  s.refresh();
  const after = snapshot();
  const differ = [];
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [before[k], after[k]];
    if (!a || !b || a.length !== b.length) { differ.push(k + ': length'); continue; }
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) { differ.push(k + ': float ' + i); break; }
  }
  const refreshed = aggregates.map((n) => { const d = s.getNodeDisplayData(n); return [n, d.x, d.y]; });
  return { processes, aggregates: aggregates.length, placed, refreshed, differ };
})()`;

describe('the map is built with one process', () => {
  let h: Harness;
  let data: MunicipalData;
  municipalSuite((harness, municipal) => {
    h = harness;
    data = municipal;
  });

  it('builds the municipal network view (an aggregate) with one process, its programs as a full refresh writes them', async () => {
    const errors: string[] = [];
    const page = await openApp(h, data.query, errors, 120_000);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#map')?.dataset['mapLinks'] === 'complete', undefined, { timeout: 120_000 });
    const r = (await page.evaluate(REBUILD_AND_COMPARE)) as {
      processes: number;
      aggregates: number;
      placed: [string, number, number][];
      refreshed: [string, number, number][];
      differ: string[];
    };
    expect(r.aggregates).toBeGreaterThan(0);
    expect(r.processes).toBe(1);
    expect(r.placed).toEqual(r.refreshed);
    expect(r.differ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("builds a loaded file's map at its final size: the line saying what was read does not resize it", async () => {
    const errors: string[] = [];
    const page = await openApp(h, '', errors);
    const resized = (await page.evaluate(`(async () => {
      const app = window.atlas;
      let resized = 0;
      let built = null;
      // Added after the map's listener: the new map exists when the dataset arrives.
      app.store.subscribe((s, prev) => {
        if (s.dataset === prev.dataset) return;
        built = window.atlasMap.mapView.sigma;
        built.on('resize', () => resized++);
      });
      const text = 'source,source_type,target,target_type,year\\nRoma,city,Decidim,project,2019\\nMilano,city,Decidim,project,2020\\nTorino,city,Moodle,project,2021\\n';
      const outcome = await app.load({ input: { edges: { name: 'e.csv', text } }, source: { title: 'e.csv', kind: 'files', files: ['e.csv'] } });
      if (outcome.status !== 'done') throw new Error(outcome.status);
      // Two frames: the resize observer reports after layout, sigma resizes in it.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { resized, message: document.querySelector('#status .message')?.textContent ?? null, same: built === window.atlasMap.mapView.sigma };
    })()`)) as { resized: number; message: string | null; same: boolean };
    expect(resized.same).toBe(true);
    expect(resized.message).toMatch(/3 links|3 rows|links/);
    expect(resized.resized).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
