/**
 * The community methods as the app meets them: the link text, the run read
 * back from a view's parameters, its one-line description, the labels of the
 * colour menu and the legend, and the community step run alone (as the
 * worker does when the method changes) against a whole analysis with that
 * method.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { analyzeGraph } from '../../../src/core/analysis/analyze-graph';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { buildReport, graphStats } from '../../../src/core/analysis/report';
import { buildProvenance, provenanceCommand, provenanceLines } from '../../../src/core/export/provenance';
import { communityRunOf, describeCommunityRun, parseCommunityMethod } from '../../../src/core/communities/methods';
import { runCommunityMethod, withCommunityStep } from '../../../src/core/communities/run-method';
import { colorMapping } from '../../../src/core/style/color-mapping';
import { colorModeLabel } from '../../../src/core/view-settings';
import { defaultInput, NOW } from '../export/default-dataset';
import { randomGraph } from '../metrics/random-graph';

describe('community methods', () => {
  const louvain = analyze(defaultInput(), resolveAnalysisOptions({}));
  const leiden = analyze(defaultInput(), resolveAnalysisOptions({ communities: 'leiden', seed: 7 }));

  it('parseCommunityMethod reads louvain and leiden only', () => {
    expect(parseCommunityMethod('louvain')).toBe('louvain');
    expect(parseCommunityMethod('leiden')).toBe('leiden');
    for (const text of ['Leiden', '', 'infomap', 'constructor', '__proto__', 'toString']) expect(parseCommunityMethod(text)).toBeNull();
  });

  it('communityRunOf reads the method run from the parameters, and describeCommunityRun says it with its seed and modularity', () => {
    const stats = graphStats(leiden.graph, leiden.network);
    const run = communityRunOf(leiden.network.params, stats)!;
    expect(run).toEqual({ method: 'leiden', seed: 7, resolution: 1, communities: stats.communities, modularity: stats.modularity });
    expect(describeCommunityRun(run)).toBe(`Leiden (Traag et al. 2019), seed 7, modularity ${stats.modularity.toFixed(3)}`);
    expect(describeCommunityRun({ ...run, method: 'louvain', resolution: 2, modularity: 0.4321 })).toBe(
      'Louvain (Blondel et al. 2008), seed 7, resolution 2, modularity 0.432',
    );
    expect(communityRunOf({ degree: {} }, stats)).toBeNull();
  });

  it('the colour menu and the legend name the method that found the communities', () => {
    expect(colorModeLabel({ kind: 'community' }, 'leiden')).toBe('Community (Leiden)');
    expect(colorModeLabel({ kind: 'community' }, 'louvain')).toBe('Community (Louvain)');
    expect(colorModeLabel({ kind: 'community' })).toBe('Community');
    const measures = { keys: leiden.network.keys, values: leiden.network.measures };
    expect(colorMapping(leiden.graph, { ...measures, communities: 'leiden' }, { kind: 'community' }).title).toBe('Community (Leiden)');
    expect(colorMapping(leiden.graph, measures, { kind: 'community' }).title).toBe('Community');
  });

  it('runCommunityMethod gives what a whole analysis with that method gives: communities, parameters, figures', () => {
    const options = resolveAnalysisOptions({ communities: 'leiden', seed: 7 });
    const step = runCommunityMethod(louvain.graph, options);
    expect(step.method).toBe('leiden');
    expect([...step.community]).toEqual([...leiden.network.measures['community']!]);
    expect(step.params).toEqual(leiden.network.params['leiden']);
    expect(step.stats).toEqual(leiden.network.stats['leiden']);
  });

  it('runCommunityMethod on a sparse random graph, where Louvain and Leiden part ways, matches analyzeGraph with each method', () => {
    // On the default dataset both methods find the same partition (modularity 0.751): this graph tells them apart.
    const graph = randomGraph(400, 2.2 / 400, 3);
    const found = (['louvain', 'leiden'] as const).map((method) => {
      const options = resolveAnalysisOptions({ communities: method });
      const step = runCommunityMethod(graph, options);
      expect([...step.community]).toEqual([...analyzeGraph(graph, options).measures['community']!]);
      return [...step.community];
    });
    expect(found[0]).not.toEqual(found[1]);
  });

  it('withCommunityStep replaces the community measure, the method in the parameters, the figures and the notes', () => {
    const view = {
      measures: louvain.network.measures,
      params: louvain.network.params,
      stats: graphStats(louvain.graph, louvain.network),
      notes: ['Communities (Louvain): old', 'PageRank: kept'],
    };
    const step = { ...runCommunityMethod(louvain.graph, resolveAnalysisOptions({ communities: 'leiden', seed: 7 })), notes: ['Communities (Leiden): new'] };
    const next = withCommunityStep(view, step);
    expect(next.measures['community']).toBe(step.community);
    expect(next.measures['pagerank']).toBe(view.measures['pagerank']);
    expect(Object.keys(next.params)).toContain('leiden');
    expect(Object.keys(next.params)).not.toContain('louvain');
    expect(communityRunOf(next.params, next.stats)?.method).toBe('leiden');
    expect(next.stats.modularity).toBe(step.stats['modularity']);
    expect(next.stats.nodes).toBe(view.stats.nodes);
    expect(next.notes).toEqual(['PageRank: kept', 'Communities (Leiden): new']);
    // The view given is left as it was.
    expect(Object.keys(view.params)).toContain('louvain');
  });

  it('provenance names the method run, with its seed and modularity, and the command reproduces it', () => {
    const report = buildReport(leiden, NOW);
    const provenance = buildProvenance({ report, view: 'network', layout: { kind: 'force', seed: 7 }, now: NOW });
    const modularity = report.stats.modularity.toFixed(3);
    expect(provenance.communities).toBe(`Leiden (Traag et al. 2019), seed 7, modularity ${modularity}`);
    expect(provenanceLines(provenance)).toContain(`Communities: Leiden (Traag et al. 2019), seed 7, modularity ${modularity}`);
    expect(provenanceCommand(provenance)).toContain('--communities leiden');
    // A view's own run (a projection's) wins over the network's.
    const own = { method: 'louvain', seed: 42, resolution: 1, communities: 3, modularity: 0.5 } as const;
    expect(buildProvenance({ report, view: 'city', layout: { kind: 'force', seed: 7 }, communities: own, now: NOW }).communities).toBe(
      'Louvain (Blondel et al. 2008), seed 42, modularity 0.500',
    );
  });
});
