/**
 * The browser benchmark's result as text: a fixed-width table (dataset,
 * metric, value, target, met), then the notes and each page CPU profile's
 * hot spots by self time. Used by cli.ts; the Node runner may use it too.
 */
import { formatLoad } from '../load-average';
import type { BrowserBenchResult } from './types';

/** The result as a fixed-width table, then the notes and the hot spots. */
export function formatBrowserBench(result: BrowserBenchResult): string {
  const cells = result.rows.map((r) => [
    r.dataset,
    r.metric,
    `${r.unit === 'ratio' ? r.value.toFixed(2) : r.value.toFixed(r.value < 10 ? 1 : 0)} ${r.unit}`,
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'met' : 'NOT met',
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((c) => c[i]!.length), 4));
  const lines = cells.map((c) => c.map((v, i) => (i < 4 ? v.padEnd(widths[i]!) : v)).join('  '));
  for (const { dataset, samples } of result.interactions) {
    lines.push('', `Worst main-thread block per interaction, ${dataset} (ms; target ≤ 200):`, '');
    lines.push('| interaction | longest task | timer lateness | long tasks | took | notes |', '|---|---:|---:|---:|---:|---|');
    for (const s of samples) {
      const notes =
        s.clickDelayMax !== undefined
          ? `${s.clicks} clicks, worst delay ${s.clickDelayMax.toFixed(0)} ms; ${s.renders} redraws, median ${s.renderMedian?.toFixed(0)} ms, worst ${s.renderMax?.toFixed(0)} ms, ${(100 * (s.renderShare ?? 0)).toFixed(0)} % of the run`
          : '';
      lines.push(`| ${s.label} | ${s.longestTask.toFixed(0)} | ${s.worstLateness.toFixed(0)} | ${s.longTasks} | ${s.ms.toFixed(0)} | ${notes} |`);
    }
    lines.push('');
  }
  const load = formatLoad(result.load ?? []);
  if (load) lines.push(load);
  for (const note of result.notes) lines.push(`- ${note}`);
  for (const p of result.profiles) {
    lines.push(`Page CPU profile, ${p.dataset} (${p.total.toFixed(0)} ms busy), by self time:`);
    for (const s of p.top) lines.push(`  ${s.selfMs.toFixed(0).padStart(6)} ms ${(100 * s.share).toFixed(1).padStart(5)}%  ${s.name}  ${s.where}`);
    if (!p.mainThread) continue;
    lines.push(
      `Page main thread, ${p.dataset} (trace, inclusive times; long tasks: ${p.mainThread.longTasks.map((t) => t.toFixed(0)).join(', ') || 'none'} ms):`,
    );
    for (const k of p.mainThread.kinds) lines.push(`  ${k.ms.toFixed(0).padStart(6)} ms  ${k.kind}`);
  }
  return lines.join('\n');
}
