/**
 * `withCommunities`: the page's dataset after a change of community method
 * (the default dataset with its city projection, the steps computed as the
 * worker computes them): every view's communities, parameters and figures,
 * the report's, and the options the files are loaded again with, take the
 * new method; graphs, positions and the other measures are kept; the old
 * dataset is left as it was.
 */
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../../src/core/analysis/analyze-graph';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { communityRunOf } from '../../../src/core/communities/methods';
import { runCommunityMethod, type CommunityStep } from '../../../src/core/communities/run-method';
import { projectGraph } from '../../../src/core/graph/projection';
import type { ViewId } from '../../../src/core/view-settings';
import { datasetFromPayload, viewFromPayload, withCommunities } from '../../../src/ui/state/dataset';
import { analysisPayload, graphPayload } from '../../../src/workers/payload';
import { defaultInput } from '../export/default-dataset';

describe('withCommunities', () => {
  const louvain = resolveAnalysisOptions({});
  const leiden = resolveAnalysisOptions({ communities: 'leiden', seed: 5 });
  const { analysis, payload } = analysisPayload(defaultInput(), louvain);
  const dataset = datasetFromPayload({ title: 'default', kind: 'default', files: [] }, payload);
  dataset.analysed = { input: defaultInput(), options: louvain };
  const { graph: cityGraph } = projectGraph(analysis.graph, { keep: 'city', via: ['project'], weighting: 'count' });
  dataset.projections.city = viewFromPayload(graphPayload(cityGraph, analyzeGraph(cityGraph, louvain), louvain.seed));
  const steps = new Map<ViewId, CommunityStep>([
    ['network', runCommunityMethod(analysis.graph, leiden)],
    ['city', runCommunityMethod(cityGraph, leiden)],
  ]);
  const next = withCommunities(dataset, steps);

  it('gives every view the new communities, named by their parameters, and keeps graphs, positions and other measures', () => {
    for (const id of ['network', 'city'] as const) {
      const before = id === 'network' ? dataset.network : dataset.projections.city!;
      const after = id === 'network' ? next.network : next.projections.city!;
      expect(after.measures['community']).toBe(steps.get(id)!.community);
      expect(communityRunOf(after.params, after.stats)).toMatchObject({ method: 'leiden', seed: 5 });
      expect(after.stats.modularity).toBe(steps.get(id)!.stats['modularity']);
      expect(after.graph).toBe(before.graph);
      expect(after.positions).toBe(before.positions);
      expect(after.encoded).toBe(before.encoded);
      expect(after.measures['pagerank']).toBe(before.measures['pagerank']);
    }
  });

  it('updates the report (algorithms, figures, modularity) and the options a reload uses; the old dataset is unchanged', () => {
    const algorithms = next.report.params['algorithms'] as Record<string, unknown>;
    expect(Object.keys(algorithms)).toContain('leiden');
    expect(Object.keys(algorithms)).not.toContain('louvain');
    expect(next.report.modularity).toBe(steps.get('network')!.stats['modularity']);
    expect(next.report.stats.communities).toBe(steps.get('network')!.stats['communities']);
    expect(next.analysed?.options.communities).toBe('leiden');
    expect(next.analysed?.input).toBe(dataset.analysed?.input);
    expect(dataset.analysed?.options.communities).toBe('louvain');
    expect(communityRunOf(dataset.network.params, dataset.network.stats)?.method).toBe('louvain');
    expect(Object.keys(dataset.report.params['algorithms'] as Record<string, unknown>)).toContain('louvain');
  });

  it('measures of a time window go back to all years, with the new communities', () => {
    const windowed = { ...dataset.network, measures: { ...dataset.network.measures, degree: new Float64Array(dataset.network.keys.length) } };
    const inWindow = {
      ...dataset,
      network: windowed,
      indicators: Object.create(null),
      window: { from: 2015, to: 2018, keepUndated: true, allYears: { network: dataset.network, indicators: dataset.indicators } },
    };
    const after = withCommunities(inWindow, steps);
    expect(after.window).toBeUndefined();
    expect(after.indicators).toBe(dataset.indicators);
    expect(after.network.measures['degree']).toBe(dataset.network.measures['degree']);
    expect(after.network.measures['community']).toBe(steps.get('network')!.community);
  });
});
