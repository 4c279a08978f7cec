/**
 * Issue 5's analysis targets, judged from one run's dataset summaries: on the
 * 10k and 50k graphs, Louvain, PageRank and eigenvector within 1.5× of igraph's time,
 * exact betweenness and closeness within 2×, Louvain modularity at least
 * igraph's minus 1 % (Leiden's too, issue 14); and issue 14's on the 10k, 50k and 100k graphs: read +
 * build (ours streamed, plus our CSR) within 3× of igraph's CSV read and graph, and peak memory (reading
 * through Louvain) within 2× of igraph's process. A target whose stage was not measured says why.
 */
import type { DatasetSummary, RunnerSummary } from './table';

export interface TargetRow {
  target: string;
  dataset: string;
  /** ours/igraph (time, memory) or ours vs igraph in % (modularity). */
  value?: number;
  text: string;
  met?: boolean;
}

const TIME_TARGETS: readonly { stage: string; label: string; limit: number }[] = [
  { stage: 'louvain-1', label: 'Louvain (1 run) ≤ 1.5× igraph', limit: 1.5 },
  { stage: 'pagerank', label: 'PageRank ≤ 1.5× igraph', limit: 1.5 },
  { stage: 'eigenvector', label: 'eigenvector ≤ 1.5× igraph', limit: 1.5 },
  { stage: 'betweenness', label: 'exact betweenness ≤ 2× igraph', limit: 2 },
  { stage: 'closeness', label: 'exact closeness ≤ 2× igraph', limit: 2 },
];

const present = (r: RunnerSummary | { missing: string } | undefined): RunnerSummary | undefined => (r && !('missing' in r) ? r : undefined);

/** Graphs that carry the analysis targets (issue 5), and those that carry the build and memory ones (issue 14). */
const ANALYSIS_DATASETS = ['10k', '50k'];
const SCALE_DATASETS = ['10k', '50k', '100k'];

/** The target rows for the datasets of a run (only 10k, 50k and 100k carry targets). */
export function coreTargets(datasets: readonly DatasetSummary[]): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const d of datasets.filter((x) => SCALE_DATASETS.includes(x.dataset))) {
    const ours = present(d.runners.ours);
    const igraph = present(d.runners.igraph);
    if (!ours || !igraph) {
      rows.push({ target: 'all targets', dataset: d.dataset, text: 'not judged: igraph or our run missing' });
      continue;
    }
    if (ANALYSIS_DATASETS.includes(d.dataset)) rows.push(...analysisTargets(d.dataset, ours, igraph));
    const build = ours.ms['parse+build'];
    const theirBuild = igraph.ms['parse+build'];
    if (build !== undefined && theirBuild !== undefined) {
      const ratio = build / theirBuild;
      rows.push({ target: 'read + build (+ CSR) ≤ 3× igraph', dataset: d.dataset, value: ratio, text: `${ratio.toFixed(2)}×`, met: ratio <= 3 });
    }
    if (ours.analysisRssMb !== undefined && igraph.analysisRssMb !== undefined) {
      const ratio = ours.analysisRssMb / igraph.analysisRssMb;
      rows.push({
        target: 'peak memory (read … Louvain) ≤ 2× igraph',
        dataset: d.dataset,
        value: ratio,
        text: `${ratio.toFixed(2)}× (${ours.analysisRssMb} vs ${igraph.analysisRssMb} MB)`,
        met: ratio <= 2,
      });
    }
  }
  return rows;
}

/** Issue 5's time and modularity targets on one graph. */
function analysisTargets(dataset: string, ours: RunnerSummary, igraph: RunnerSummary): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const t of TIME_TARGETS) {
    const a = ours.ms[t.stage];
    const b = igraph.ms[t.stage];
    if (a === undefined || b === undefined) {
      rows.push({ target: t.label, dataset, text: `not measured: ${ours.notes[t.stage] ?? igraph.notes[t.stage] ?? 'stage missing'}` });
      continue;
    }
    const ratio = a / b;
    rows.push({ target: t.label, dataset, value: ratio, text: `${ratio.toFixed(2)}×`, met: ratio <= t.limit });
  }
  /** A modularity target: ours within 1 % of igraph's (or above). */
  const quality = (target: string, mine: number | undefined, theirs: number | undefined) => {
    if (mine === undefined || theirs === undefined) return;
    const diff = ((mine - theirs) / theirs) * 100;
    rows.push({ target, dataset, value: diff, text: `${diff >= 0 ? '+' : ''}${diff.toFixed(1)} %`, met: diff >= -1 });
  };
  quality('Louvain modularity ≥ igraph − 1 %', ours.modularity.louvain, igraph.modularity['louvain-1']);
  quality('Leiden modularity (1 run) ≥ igraph − 1 %', ours.modularity['leiden-1'], igraph.modularity['leiden-1']);
  return rows;
}

/** The Markdown table of the target rows. */
export function formatTargets(rows: readonly TargetRow[]): string {
  const lines = ['### Targets (ours/igraph)', '', '| target | graph | result | met |', '|---|---|---:|---|'];
  for (const r of rows) lines.push(`| ${r.target} | ${r.dataset} | ${r.text} | ${r.met === undefined ? '' : r.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}
