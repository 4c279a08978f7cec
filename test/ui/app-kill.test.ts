/**
 * `App.kill()` ends the load in progress: a load whose analysis answers
 * after the app was killed is cancelled (it neither rebuilds the graph nor
 * writes to the killed store), and a rebuild begun when the worker sent the
 * graph ahead stops at its next pause. The worker is stood in for by the
 * client's `analyze`, answering with the real payload of a small file.
 */
import { describe, expect, it } from 'vitest';
import { resolveAnalysisOptions } from '../../src/core/analysis/options';
import { App } from '../../src/ui/app';
import type { JobOutcome } from '../../src/ui/analysis-client';
import { analysisPayload } from '../../src/workers/payload';
import type { AnalysisPayload } from '../../src/workers/protocol';

const input = { edges: { name: 'e.csv', text: 'source,source_type,target,target_type\nRoma,city,Decidim,project\nMilano,city,Decidim,project\n' } };

describe('App.kill', () => {
  it('cancels the load in progress: the analysis answered after kill is not shown', async () => {
    const app = new App();
    const { payload } = analysisPayload(input, resolveAnalysisOptions({}));
    let answer: (outcome: JobOutcome<AnalysisPayload>) => void = () => {};
    let graphSent = false;
    app.client.analyze = (_input, _options, _progress, onGraph) => {
      onGraph?.(payload.network.graph);
      graphSent = true;
      return new Promise((resolve) => (answer = resolve));
    };
    const outcome = app.load({ input, source: { title: 'e.csv', kind: 'files', files: ['e.csv'] } });
    expect(graphSent).toBe(true);
    app.kill();
    answer({ status: 'done', payload });
    expect(await outcome).toEqual({ status: 'cancelled' });
    expect(app.store.get().dataset).toBeNull();
  });
});
