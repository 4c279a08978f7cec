/**
 * The community method option end to end: `--communities leiden` → analysis
 * options → the Leiden descriptor in the pipeline → the report's stats, the
 * printed summary and the CLI flags that reproduce the run.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { ANALYSIS_DEFAULTS, resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { buildReport } from '../../../src/core/analysis/report';
import { formatSummary } from '../../../src/core/analysis/summary';
import { disconnectedCount } from '../../../src/core/communities/connected';
import { buildProvenance, provenanceToCliArgs } from '../../../src/core/export/provenance';
import { buildCsr } from '../../../src/core/metrics/csr';
import { ParameterError } from '../../../src/core/errors';
import { parseCliArguments } from '../../../src/cli/args';
import { UsageError } from '../../../src/cli/errors';
import { defaultInput, NOW } from '../export/default-dataset';

describe('the community method option', () => {
  it('defaults to Louvain and refuses an unknown method', () => {
    expect(ANALYSIS_DEFAULTS.communities).toBe('louvain');
    expect(resolveAnalysisOptions({}).communities).toBe('louvain');
    expect(() => resolveAnalysisOptions({ communities: 'walktrap' as never })).toThrow(ParameterError);
  });

  it('--communities leiden sets the method, and --resolution goes to it', () => {
    const args = parseCliArguments(['analyze', 'e.csv', '--communities', 'leiden', '--resolution', '2']);
    expect(args.options.communities).toBe('leiden');
    expect(args.options.algorithms['leiden']).toEqual({ resolution: 2 });
    expect(parseCliArguments(['analyze', 'e.csv', '--leiden-runs', '3']).options.algorithms['leiden']).toEqual({ runs: 3 });
    expect(() => parseCliArguments(['analyze', 'e.csv', '--communities', 'infomap'])).toThrow(UsageError);
  });

  it('runs Leiden in the pipeline: connected communities, its stats in the report and summary, flags that reproduce it', () => {
    const analysis = analyze(defaultInput(), resolveAnalysisOptions({ communities: 'leiden' }));
    const { stats, params, measures } = analysis.network;
    expect(stats['louvain']).toBeUndefined();
    expect(stats['leiden']).toMatchObject({ seed: 42, resolution: 1 });
    const community = Int32Array.from(measures['community']!);
    expect(disconnectedCount(buildCsr(analysis.graph), community)).toBe(0);
    const report = buildReport(analysis, NOW);
    expect(report.stats.communities).toBe(stats['leiden']!['communities']);
    expect(report.modularity).toBe(stats['leiden']!['modularity']);
    expect(report.modularity).toBeGreaterThan(0.7);
    expect(params['leiden']).toMatchObject({ seed: 42 });
    expect(formatSummary(report)).toContain(`Communities (Leiden): ${report.stats.communities}, modularity`);
    const args = provenanceToCliArgs(buildProvenance({ report, view: 'network', layout: { kind: 'force', seed: 42 }, now: NOW }));
    expect(args.join(' ')).toContain('--communities leiden');
    expect(parseCliArguments(['analyze', 'e.csv', ...args]).options.communities).toBe('leiden');
  });
});
