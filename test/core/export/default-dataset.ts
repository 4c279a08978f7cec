/**
 * The default dataset analysed once for the export tests, with the SHA-256
 * of its files (as the CLI computes them) and a fixed export time.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { analyze, type Analysis, type AnalysisInput } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions, type AnalysisOptions } from '../../../src/core/analysis/options';
import { buildReport, type Report } from '../../../src/core/analysis/report';
import { buildProvenance, type Provenance } from '../../../src/core/export/provenance';

const dataDir = new URL('../../../data/', import.meta.url);
export const NOW = new Date('2024-05-01T12:00:00Z');

function inputFile(name: string) {
  const bytes = readFileSync(new URL(name, dataDir));
  return { name, text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The default edges and nodes files as `analyze` takes them. */
export function defaultInput(): AnalysisInput {
  return { edges: inputFile('default-edges.csv'), nodes: inputFile('default-nodes.csv') };
}

let cached: { analysis: Analysis; report: Report } | undefined;

/** The default dataset analysed with the default options (computed once). */
export function defaultAnalysis(options: Partial<AnalysisOptions> = {}): { analysis: Analysis; report: Report } {
  if (Object.keys(options).length === 0 && cached) return cached;
  const analysis = analyze(defaultInput(), resolveAnalysisOptions(options));
  const result = { analysis, report: buildReport(analysis, NOW) };
  if (Object.keys(options).length === 0) cached = result;
  return result;
}

/** The provenance the export tests write with `report`: the network view, a seeded force layout, coloured by type and sized by degree, at {@link NOW}. */
export function defaultProvenance(report: Report): Provenance {
  return buildProvenance({
    report,
    view: 'network',
    layout: { kind: 'force', seed: 42, iterations: 10 },
    style: { colorBy: 'type', sizeBy: 'degree' },
    now: NOW,
  });
}
