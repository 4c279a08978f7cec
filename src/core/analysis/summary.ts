/**
 * A readable plain-text summary of a report, for the terminal: counts by
 * type, components, communities and modularity, the top nodes of each type by
 * PageRank and betweenness, the firms that broker most and the cities locked
 * in to one vendor, and the issues by code.
 */
import type { NodeRecord, Report } from './report';

export interface SummaryOptions {
  /** How many nodes per type in each top list. */
  top?: number;
}

/** Defaults of {@link formatSummary}, read by the CLI's `--top` flag too. */
export const SUMMARY_DEFAULTS = { top: 10 } as const;

/** Formats the summary of a report as lines of text. */
export function formatSummary(report: Report, options: SummaryOptions = {}): string {
  const top = options.top ?? SUMMARY_DEFAULTS.top;
  const s = report.stats;
  const lines: string[] = [];
  const files = report.input.files.map((f) => `${f.name} (${f.rows} of ${f.records} rows kept)`).join(', ');
  lines.push(`Partnership Atlas ${report.version} — ${files}`);
  lines.push('');
  lines.push(
    `Nodes: ${s.nodes}  (${Object.entries(s.nodesByType)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')})`,
  );
  lines.push(
    `Edges: ${s.edges}  (${Object.entries(s.edgesByRelation)
      .map(([r, n]) => `${n} ${r}`)
      .join(', ')})`,
  );
  lines.push(`Components: ${s.components} (largest ${s.largestComponent} nodes, ${s.isolates} isolated)  Density: ${s.density.toPrecision(3)}`);
  const algorithms = report.params['algorithms'] as Record<string, unknown> | undefined;
  const fromFile = (id: string) => s.fromFile?.find((m) => m.id === id);
  const fileCommunity = fromFile('community');
  const method = fileCommunity ? `from ${fileCommunity.file}` : algorithms?.['leiden'] ? 'Leiden' : 'Louvain'; // the community method run
  lines.push(`Communities (${method}): ${s.communities}, modularity ${s.modularity.toFixed(4)}`);
  for (const note of report.notes) lines.push(`Note: ${note}`);

  for (const measure of ['pagerank', 'betweenness'] as const) {
    lines.push('');
    const file = fromFile(measure);
    lines.push(`Top ${top} by ${measure === 'pagerank' ? 'PageRank' : 'betweenness'}${file ? ` (from ${file.file})` : ''}`);
    for (const type of Object.keys(s.nodesByType)) {
      const ranked = topNodes(report.nodes, type, measure, top);
      if (ranked.length === 0) continue;
      lines.push(`  ${type}:`);
      ranked.forEach((n, i) => lines.push(`    ${String(i + 1).padStart(2)}. ${n.label}  ${formatNumber(n[measure])}`));
    }
  }

  lines.push(...questionLines(report, top));

  if (report.projection) {
    const p = report.projection;
    lines.push('');
    lines.push(`Projection: ${p.keep}–${p.keep} through shared ${p.via.join('/')} (${p.weighting} weights)`);
    for (const h of p.skipped) lines.push(`  Left out: '${h.id}', shared by ${h.members} ${p.keep} nodes (above --max-via-members)`);
    lines.push(
      `  ${p.stats.nodes} nodes, ${p.stats.edges} edges, ${p.stats.components} components, ${p.stats.communities} communities, modularity ${p.modularity.toFixed(4)}`,
    );
    const ranked = topNodes(p.nodes, p.keep, 'betweenness', top);
    lines.push(`  Top ${top} by betweenness in the projection:`);
    ranked.forEach((n, i) => lines.push(`    ${String(i + 1).padStart(2)}. ${n.label}  ${formatNumber(n['betweenness'])}`));
  }

  const issues = report.issues;
  lines.push('');
  if (issues.total === 0) {
    lines.push('Issues: none');
  } else {
    lines.push(`Issues: ${issues.total} (${issues.errors} errors — rows dropped, ${issues.warnings} warnings — rows kept)`);
    const codes = Object.entries(issues.byCode).sort((a, b) => b[1].count - a[1].count);
    for (const [code, { severity, count }] of codes) lines.push(`  ${String(count).padStart(6)}  ${severity.padEnd(7)}  ${code}`);
  }
  return lines.join('\n');
}

/** Vendor HHI from which a city counts as locked in (as the Vendor lock-in question). */
const LOCK_IN_HHI = 0.5;

/** The firms with the most brokerage (open pairs of partners) and the number of locked-in cities. */
function questionLines(report: Report, top: number): string[] {
  const labels = new Map(report.nodes.map((n) => [n.id, n.label]));
  const firms: [string, number][] = [];
  let locked = 0;
  let cities = 0;
  for (const [id, ind] of Object.entries(report.indicators)) {
    if (ind.type === 'firm' && ind.brokerage !== undefined && ind.brokerage > 0) firms.push([labels.get(id) ?? id, ind.brokerage]);
    if (ind.type === 'city' && ind.vendorHhi !== undefined) {
      cities++;
      if (ind.vendorHhi >= LOCK_IN_HHI) locked++;
    }
  }
  const lines: string[] = [];
  if (firms.length > 0) {
    lines.push('', `Top ${top} firms by brokerage (pairs of their partners not linked to each other)`);
    firms
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, top)
      .forEach(([label, value], i) => lines.push(`    ${String(i + 1).padStart(2)}. ${label}  ${value}`));
  }
  if (cities > 0) lines.push('', `Vendor lock-in: ${locked} of ${cities} cities with a firm link have a vendor HHI of ${LOCK_IN_HHI} or more`);
  return lines;
}

/** Nodes of one type ranked by a measure (descending; ties by label); nodes without a value (a measure from a file) are left out. */
export function topNodes(nodes: readonly NodeRecord[], type: string, measure: string, count: number): NodeRecord[] {
  return nodes
    .filter((n) => n.type === type && !Number.isNaN(Number(n[measure] ?? 0)))
    .sort((a, b) => Number(b[measure] ?? 0) - Number(a[measure] ?? 0) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .slice(0, count);
}

function formatNumber(value: unknown): string {
  const x = Number(value ?? 0);
  if (x === 0) return '0';
  return Math.abs(x) >= 1000 ? x.toFixed(0) : x.toPrecision(4);
}
