/**
 * Puts the measures read from the nodes file into an analysis: each takes
 * the place of the computed measure of its id (colour, size, ranks, filters
 * and exports use the file's values), the computed one, when it ran, only
 * says how well the two agree. A `community` from the file gets its
 * modularity (Newman & Girvan 2004) for the key figures, as the app's own
 * communities do.
 */
import { modularity } from '../communities/modularity';
import { csrFor, type Csr, type MeasureGraph } from '../metrics/csr';
import { allOutputs } from '../metrics/registry';
import { getOwn, setOwn } from '../util/dict';
import type { GraphAnalysis } from './analyze-graph';
import { normalisedMutualInformation, spearman } from './file-measures-agree';
import { FILE_MEASURES_RECOMPUTE_MAX_NODES, type FileMeasure, type FileMeasures } from './file-measures';
import { COMMUNITY_METHODS, type AnalysisOptions } from './options';

const count = (n: number) => n.toLocaleString('en-GB');

/** The label of a measure id: the registry's ("PageRank"), or the column's name. */
export function fileMeasureLabel(id: string): string {
  return allOutputs().find((o) => o.id === id)?.label ?? id;
}

/** One note on where a file measure came from: "PageRank: from nodes.csv (column 'pagerank'), 980 of 1,000 nodes (20 without a value)". */
export function fileMeasureNote(source: FileMeasure): string {
  const total = source.given + source.missing;
  const missing =
    source.missing > 0 ? ` (${count(source.missing)} without a value${source.invalid > 0 ? `, ${count(source.invalid)} of them not numbers` : ''})` : '';
  return `${fileMeasureLabel(source.id)}: from ${source.file} (column '${source.id}'), ${count(source.given)} of ${count(total)} nodes${missing}`;
}

/** The file's values replace the computed ones in `result`; `sources` say what was compared, skipped, and the modularity of a file community. */
export function applyFileMeasures(
  graph: MeasureGraph,
  result: GraphAnalysis,
  fromFile: FileMeasures,
  options: AnalysisOptions,
  csrCache: Map<string | null, Csr>,
): void {
  const sources: FileMeasure[] = [];
  for (const given of fromFile.sources) {
    const values = fromFile.values.get(given.id)!;
    const source: FileMeasure = { ...given };
    const computed = getOwn(result.measures, given.id);
    let agreement = '';
    if (given.computed === 'none') {
      // A column of the user's own: nothing to compare with.
    } else if (computed) {
      source.computed = 'compared';
      agreement = agreementNote(given, values, computed);
    } else {
      source.computed = 'skipped';
      agreement = `; not computed here above ${count(options.fileMeasuresMaxNodes ?? FILE_MEASURES_RECOMPUTE_MAX_NODES)} nodes`;
    }
    if (given.id === 'community') {
      source.modularity = fileModularity(graph, values, csrCache);
      // The partition shown is the file's: no method's parameters describe it (communities/methods.ts reads them).
      for (const method of COMMUNITY_METHODS) {
        delete result.params[method];
        delete result.stats[method];
      }
    }
    setOwn(result.measures, given.id, values);
    result.notes.push(fileMeasureNote(source) + agreement);
    sources.push(source);
  }
  result.fromFile = sources;
}

/** "; computed here too: Spearman ρ 0.998 over 1,000 nodes" (numbers) or "normalised mutual information 0.91" (categories). */
function agreementNote(source: FileMeasure, file: Float64Array, computed: Float64Array): string {
  if (source.kind === 'category') {
    const { nmi, nodes } = normalisedMutualInformation(file, computed);
    return `; computed here too, normalised mutual information with the file's ${nmi.toFixed(3)} over ${count(nodes)} nodes (1 = the same partition)`;
  }
  const { rho, nodes } = spearman(file, computed);
  if (Number.isNaN(rho)) {
    // Fewer than 2 nodes, or one side constant: say whether the values are the same rather than print an undefined correlation.
    let same = nodes > 0;
    for (let i = 0; i < file.length && same; i++)
      if (Number.isFinite(file[i]!) && Number.isFinite(computed[i]!)) same = Math.abs(file[i]! - computed[i]!) <= 1e-9 * Math.max(1, Math.abs(computed[i]!));
    return `; computed here too, ${same ? 'the same values' : 'no rank correlation (one of them is constant)'} over ${count(nodes)} nodes`;
  }
  return `; computed here too, Spearman rank correlation with the file's ${rho.toFixed(3)} over ${count(nodes)} nodes (1 = the same order)`;
}

/** Modularity (weighted, γ = 1) of a partition that may leave nodes out: each node without a label is a community of its own. */
function fileModularity(graph: MeasureGraph, labels: Float64Array, csrCache: Map<string | null, Csr>): number {
  const csr = csrFor(graph, 'weight', csrCache);
  const full = Float64Array.from(labels);
  let next = 0;
  for (const v of labels) if (v >= next) next = v + 1;
  for (let i = 0; i < full.length; i++) if (Number.isNaN(full[i]!)) full[i] = next++;
  return modularity(csr, full);
}
