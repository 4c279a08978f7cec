/** Tests of the provenance every export carries, and of the CLI flags that reproduce its measures. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions, type AnalysisOptions } from '../../../src/core/analysis/options';
import { buildReport } from '../../../src/core/analysis/report';
import { buildProvenance, provenanceCommand, provenanceLines, provenanceToCliArgs } from '../../../src/core/export/provenance';
import { DEFAULT_FILTERS } from '../../../src/core/filter';
import { APP_VERSION } from '../../../src/core/version';
import { parseCliArguments } from '../../../src/cli/args';
import { defaultAnalysis, defaultInput, NOW } from './default-dataset';

const layout = { kind: 'force', seed: 42, iterations: 500 };

describe('export/provenance', () => {
  it('buildProvenance({ report, view, filters, layout, style, now }) records app, inputs, issues, params, view, filters, layout and style', () => {
    const { report } = defaultAnalysis();
    const p = buildProvenance({
      report,
      view: 'network',
      filters: { ...DEFAULT_FILTERS, types: ['city', 'firm'], minDegree: 2 },
      layout,
      style: { colorBy: 'type', sizeBy: 'degree' },
      now: NOW,
      urls: { 'default-edges.csv': 'https://example.org/e.csv' },
    });
    expect(p.app).toEqual({ name: 'Partnership Atlas', version: APP_VERSION });
    expect(p.createdAt).toBe('2024-05-01T12:00:00.000Z');
    expect(p.inputs.map((f) => [f.name, f.role, f.rows, f.records])).toEqual([
      ['default-edges.csv', 'edges', 346, 346],
      ['default-nodes.csv', 'nodes', 282, 282],
    ]);
    expect(p.inputs[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(p.inputs[0]!.url).toBe('https://example.org/e.csv');
    expect(p.issues).toEqual({ total: 20, errors: 0, warnings: 20 });
    expect(p.params).toMatchObject({ seed: 42, betweenness: 'auto' });
    expect(p.params.algorithms['louvain']).toMatchObject({ seed: 42, resolution: 1 });
    expect(p.filters).toEqual(['types: city, firm', 'degree ≥ 2']);
    expect(p.filterState).toMatchObject({ types: ['city', 'firm'], minDegree: 2 });
    expect(p.style).toEqual({ colorBy: 'type', sizeBy: 'degree' });
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it('buildProvenance without filters records none, and no filter state', () => {
    const p = buildProvenance({ report: defaultAnalysis().report, view: 'city', layout, now: NOW });
    expect(p.filters).toEqual([]);
    expect(p.filterState).toBeUndefined();
    expect(p.style).toBeUndefined();
  });

  it('provenanceLines(p) gives single lines naming version, inputs with SHA-256, issues, view, filters, layout and the command', () => {
    const { report } = defaultAnalysis();
    const p = buildProvenance({
      report,
      view: 'network',
      filters: { hideIsolates: true },
      layout,
      style: { colorBy: 'community', sizeBy: 'pagerank' },
      now: NOW,
    });
    const lines = provenanceLines(p);
    expect(lines[0]).toBe(`Partnership Atlas ${APP_VERSION}, exported 2024-05-01T12:00:00.000Z`);
    expect(lines.join('\n')).toContain(`default-edges.csv (346 of 346 rows used, sha256 ${report.input.sha256['default-edges.csv']})`);
    expect(lines).toContain('Issues: 20 (0 errors — rows dropped, 20 warnings — rows kept)');
    expect(lines).toContain('Filters: isolated nodes hidden');
    expect(lines).toContain('Layout: force, seed 42, 500 iterations');
    expect(lines).toContain('Style: colour by community, size by pagerank');
    expect(lines.at(-1)).toBe('Reproduce: npm run atlas -- analyze default-edges.csv --nodes default-nodes.csv --seed 42 --betweenness auto');
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  });

  it('provenanceToCliArgs(p) gives only the seed and mode for default options', () => {
    const p = buildProvenance({ report: defaultAnalysis().report, view: 'network', layout, now: NOW });
    expect(provenanceToCliArgs(p)).toEqual(['--seed', '42', '--betweenness', 'auto']);
  });

  it('provenanceCommand(p) quotes file names for the shell', () => {
    const p = buildProvenance({ report: defaultAnalysis().report, view: 'network', layout, now: NOW });
    p.inputs[0]!.name = "my partners's.csv";
    expect(provenanceCommand(p)).toContain(`analyze 'my partners'\\''s.csv' --nodes default-nodes.csv`);
  });

  it('provenanceToCliArgs(p), parsed back by the CLI, gives identical measures and communities', () => {
    const given: Partial<AnalysisOptions> = {
      seed: 7,
      betweenness: 'exact',
      exactBetweennessMaxNodes: 5000,
      algorithms: { louvain: { resolution: 1.3, runs: 5 }, pagerank: { damping: 0.9 }, betweenness: { weights: 'strength', normalized: true } },
      projection: { keep: 'city', weighting: 'newman', maxViaMembers: 100 },
    };
    const first = analyze(defaultInput(), resolveAnalysisOptions(given));
    const p = buildProvenance({ report: buildReport(first, NOW), view: 'city', layout, now: NOW });
    const args = provenanceToCliArgs(p);
    expect(args).toEqual(expect.arrayContaining(['--seed', '7', '--louvain-resolution', '1.3', '--pagerank-damping', '0.9', '--project', 'city']));
    const parsed = parseCliArguments(['analyze', 'default-edges.csv', '--nodes', 'default-nodes.csv', ...args]);
    expect(parsed.options.seed).toBe(7);
    const second = analyze(defaultInput(), resolveAnalysisOptions(parsed.options));
    expect(second.network.params).toEqual(first.network.params);
    expect(second.network.measures).toEqual(first.network.measures);
    expect(second.projection!.analysis.measures).toEqual(first.projection!.analysis.measures);
    expect(second.projection!.weighting).toBe('newman');
    // and the options really differ from the defaults (the check is not vacuous)
    const plain = analyze(defaultInput(), resolveAnalysisOptions({}));
    expect(plain.network.measures['pagerank']).not.toEqual(first.network.measures['pagerank']);
  });
});
