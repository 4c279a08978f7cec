/**
 * `App.load` computes what the new state shows (the filters' first pass,
 * memoised in derived.ts) in a task of its own before it sets the state, so
 * the task that sets it builds the map and little else. The worker is
 * stood in for by the client's `analyze`, answering with the real payload
 * of a small file.
 */
import { describe, expect, it } from 'vitest';
import { resolveAnalysisOptions } from '../../src/core/analysis/options';
import { App } from '../../src/ui/app';
import { analysisPayload } from '../../src/workers/payload';

const input = { edges: { name: 'e.csv', text: 'source,source_type,target,target_type\nRoma,city,Decidim,project\nMilano,city,Decidim,project\n' } };

describe('App.load', () => {
  it("App.load(…) has the new state's shown sets computed before the state changes: its listeners read them from the cache", async () => {
    const app = new App();
    const { payload } = analysisPayload(input, resolveAnalysisOptions({}));
    app.client.analyze = async () => ({ status: 'done', payload });
    // Every shown result handed out before the dataset is in the store.
    const early = new Set<unknown>();
    const shown = app.derived.shown.bind(app.derived);
    app.derived.shown = (s) => {
      const result = shown(s);
      if (!app.store.get().dataset) early.add(result);
      return result;
    };
    let seen: unknown = null;
    app.store.subscribe((s, prev) => {
      if (s.dataset && s.dataset !== prev.dataset) seen = shown(s);
    });
    expect(await app.load({ input, source: { title: 'e.csv', kind: 'files', files: ['e.csv'] } })).toEqual({ status: 'done' });
    expect(seen).not.toBeNull();
    expect(early.has(seen)).toBe(true);
    expect((seen as { shownNodes: number }).shownNodes).toBe(3);
  });
});
