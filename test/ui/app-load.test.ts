/**
 * `App.load` filters the new state's view (the filters' first pass) in a
 * task of its own before it sets the state, so the task that sets it builds
 * the map and little else — even though panels read the shown sets of the
 * current state on every change in between (as the table, the charts and
 * the selection camera do), which replaces the memo. The worker is stood
 * in for by the client's `analyze`, answering with the real payload of a
 * small file.
 */
import { describe, expect, it, vi } from 'vitest';
import { resolveAnalysisOptions } from '../../src/core/analysis/options';
import * as filter from '../../src/core/filter';
import * as linkLength from '../../src/core/style/link-length';
import { App } from '../../src/ui/app';
import { analysisPayload } from '../../src/workers/payload';

vi.mock(import('../../src/core/filter'), async (original) => {
  const m = await original();
  return { ...m, applyFilters: vi.fn(m.applyFilters) };
});
vi.mock(import('../../src/core/style/link-length'), async (original) => {
  const m = await original();
  return { ...m, measureLinkLengths: vi.fn(m.measureLinkLengths) };
});

const input = { edges: { name: 'e.csv', text: 'source,source_type,target,target_type\nRoma,city,Decidim,project\nMilano,city,Decidim,project\n' } };

describe('App.load', () => {
  it("App.load(…) filters the new state's view and measures its links before it sets the state: its listeners filter nothing again", async () => {
    const app = new App();
    const { payload } = analysisPayload(input, resolveAnalysisOptions({}));
    app.client.analyze = async () => ({ status: 'done', payload });
    // A panel reading the shown sets on every change (table.ts, charts.ts, selection-camera.ts).
    app.store.watch(
      (s) => app.derived.shown(s),
      () => {},
    );
    // Each filtering of a graph, and whether the store already showed that graph then.
    const runs: { graph: unknown; shownThen: boolean }[] = [];
    const calls = vi.mocked(filter.applyFilters);
    const real = calls.getMockImplementation()!;
    calls.mockImplementation((graph, ...rest) => {
      runs.push({ graph, shownThen: app.store.get().dataset?.network.graph === graph });
      return real(graph, ...rest);
    });
    // The links' lengths (the map's sizes) are measured ahead of the state too.
    const measured: { graph: unknown; shownThen: boolean }[] = [];
    const measure = vi.mocked(linkLength.measureLinkLengths);
    const realMeasure = measure.getMockImplementation()!;
    measure.mockImplementation((graph) => {
      measured.push({ graph, shownThen: app.store.get().dataset?.network.graph === graph });
      realMeasure(graph);
    });
    expect(await app.load({ input, source: { title: 'e.csv', kind: 'files', files: ['e.csv'] } })).toEqual({ status: 'done' });
    const graph = app.store.get().dataset!.network.graph;
    // Once for the new graph, ahead of the state; none once the state shows it.
    expect(runs.filter((r) => r.graph === graph)).toEqual([{ graph, shownThen: false }]);
    expect(measured.filter((r) => r.graph === graph)).toEqual([{ graph, shownThen: false }]);
    const seen = app.derived.shown(app.store.get())!;
    expect(seen.shownNodes).toBe(3);
    expect(runs.filter((r) => r.graph === graph)).toHaveLength(1);
  });
});
