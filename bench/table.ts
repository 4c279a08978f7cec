/**
 * Summaries and the printed table of the benchmark: rounds of each runner are
 * reduced to medians per stage, then one Markdown table per dataset gives
 * ours, each peer and the ratio ours/peer (below 1 = we are faster), with
 * rows for peak memory and Louvain modularity. Markdown so the README can
 * quote it as printed.
 */
import { formatLoad, type LoadRecord } from './load-average';
import { median, STAGES, type RoundResult } from './stages';

/** One runner's rounds on one dataset, reduced. */
export interface RunnerSummary {
  runner: string;
  rounds: number;
  /** Median ms per stage over the rounds, plus `read-build` for the peers and `parse+build` (read + build + our CSR). */
  ms: Record<string, number>;
  notes: Record<string, string>;
  modularity: Record<string, number>;
  /** Largest peak RSS over the rounds, MB. */
  peakRssMb: number;
  baseRssMb: number;
  /** Largest peak RSS through the measures (before projection, layout, export), MB. */
  analysisRssMb?: number;
  peakHeapMb?: number;
}

export interface DatasetSummary {
  dataset: string;
  nodes: number;
  edges: number;
  runners: Record<string, RunnerSummary | { missing: string }>;
  /** The load average before and during each runner's rounds (absent in results written before it was recorded). */
  load?: LoadRecord[];
}

/** Reduces one runner's rounds to medians. */
export function summarise(rounds: readonly RoundResult[]): RunnerSummary {
  const first = rounds[0]!;
  const ms: Record<string, number> = {};
  for (const stage of Object.keys(first.ms)) {
    const values = rounds.map((r) => r.ms[stage]).filter((v): v is number => v !== undefined);
    if (values.length) ms[stage] = median(values);
  }
  // A peer's read + build is its CSV read plus its graph; ours is one streamed stage. `parse+build` adds our CSR (a peer's graph holds its index).
  const readBuild = (r: RoundResult) => r.ms['read-build'] ?? (r.ms.parse !== undefined && r.ms.build !== undefined ? r.ms.parse + r.ms.build : undefined);
  const readBuilds = rounds.map(readBuild).filter((v): v is number => v !== undefined);
  if (readBuilds.length) ms['read-build'] = median(readBuilds);
  const withCsr = rounds.flatMap((r) => {
    const v = readBuild(r);
    return v === undefined ? [] : [v + (r.ms.csr ?? 0)];
  });
  if (withCsr.length) ms['parse+build'] = median(withCsr);
  const modularity: Record<string, number> = {};
  for (const [k, v] of Object.entries(first.modularity)) if (typeof v === 'number') modularity[k] = v;
  const heaps = rounds.map((r) => r.peakHeapMb).filter((v): v is number => v !== undefined);
  const analysis = rounds.map((r) => r.analysisRssMb).filter((v): v is number => typeof v === 'number');
  return {
    runner: first.runner,
    rounds: rounds.length,
    ms,
    notes: first.notes,
    modularity,
    peakRssMb: Math.max(...rounds.map((r) => r.peakRssMb)),
    baseRssMb: median(rounds.map((r) => r.baseRssMb)),
    ...(analysis.length ? { analysisRssMb: Math.max(...analysis) } : {}),
    ...(heaps.length ? { peakHeapMb: Math.max(...heaps) } : {}),
  };
}

const fmtMs = (v: number) => (v < 10 ? v.toFixed(1) : v < 100_000 ? String(Math.round(v)) : `${(v / 1000).toFixed(0)} s`);
const fmtRatio = (ours: number | undefined, peer: number | undefined) =>
  ours === undefined || peer === undefined || !(peer > 0) ? '' : `**${(ours / peer).toFixed(2)}×**`;

type Cell = { text: string; value?: number };

function stageCell(s: RunnerSummary | { missing: string } | undefined, stage: string): Cell {
  if (!s) return { text: '' };
  if ('missing' in s) return { text: 'missing' };
  const v = s.ms[stage];
  if (v !== undefined) return { text: stage === 'louvain' && s.notes[stage] ? `${fmtMs(v)} (${s.notes[stage]})` : fmtMs(v), value: v };
  return { text: s.notes[stage] ?? (stage === 'louvain' && s.runner !== 'ours' ? '—' : stage === 'layout' && s.runner !== 'ours' ? 'n/a (no FA2)' : '—') };
}

/** The Markdown table of one dataset. */
export function formatDataset(d: DatasetSummary, peers: readonly string[]): string {
  const ours = d.runners.ours;
  const head = ['stage', 'ours (ms)', ...peers.flatMap((p) => [`${p} (ms)`, `ours/${p}`])];
  const lines = [`### ${d.dataset}: ${d.nodes.toLocaleString('en')} nodes, ${d.edges.toLocaleString('en')} edges`, ''];
  lines.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? '---:' : '---')).join('|')}|`);
  const row = (label: string, cells: (r: RunnerSummary | { missing: string } | undefined) => Cell) => {
    const o = cells(ours);
    const rest = peers.flatMap((p) => {
      const c = cells(d.runners[p]);
      return [c.text, fmtRatio(o.value, c.value)];
    });
    lines.push(`| ${[label, o.text, ...rest].join(' | ')} |`);
  };
  const stageRow = (id: string, label: string) => row(label, (s) => stageCell(s, id));
  STAGES.slice(0, 2).forEach((s) => stageRow(s.id, s.label));
  stageRow('parse+build', 'read + build + CSR (the build target: ≤ 3× igraph)');
  STAGES.slice(2).forEach((s) => stageRow(s.id, s.label));
  const mem =
    (key: 'peakRssMb' | 'analysisRssMb' | 'baseRssMb') =>
    (s: RunnerSummary | { missing: string } | undefined): Cell => {
      const v = s && !('missing' in s) ? s[key] : undefined;
      return v === undefined ? { text: '' } : { text: String(v), value: v };
    };
  row('peak RSS, whole round (MB)', mem('peakRssMb'));
  row('peak RSS, read … Louvain (MB)', mem('analysisRssMb'));
  row('RSS before reading (MB)', mem('baseRssMb'));
  const mod =
    (key: string) =>
    (s: RunnerSummary | { missing: string } | undefined): Cell => {
      const v = s && !('missing' in s) ? s.modularity[key] : undefined;
      return v === undefined ? { text: '' } : { text: v.toFixed(4), value: v };
    };
  row('modularity, 1 Louvain run', mod('louvain-1'));
  const best = ours && !('missing' in ours) ? ours.modularity.louvain : undefined;
  if (best !== undefined) {
    const rest = peers.flatMap((p) => {
      const s = d.runners[p];
      const v = s && !('missing' in s) ? s.modularity['louvain-1'] : undefined;
      return ['', v === undefined ? '' : `${(((best - v) / v) * 100).toFixed(1)}%`];
    });
    lines.push(`| ${['modularity, app (best of its runs) vs peer', best.toFixed(4), ...rest].join(' | ')} |`);
  }
  const rounds = Object.entries(d.runners)
    .map(([name, s]) => ('missing' in s ? `${name}: ${s.missing}` : `${name} ${s.rounds}`))
    .join(', ');
  lines.push('', `Rounds (median reported): ${rounds}.`);
  if (d.load?.length) lines.push('', formatLoad(d.load));
  return lines.join('\n');
}
