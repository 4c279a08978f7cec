/**
 * App entry: analyses the embedded default dataset in the worker and shows
 * its summary (counts by type, communities, top nodes, issues).
 */
import { resolveAnalysisOptions } from '../core/analysis/options';
import type { Report } from '../core/analysis/report';
import { topNodes } from '../core/analysis/summary';
import { AnalysisClient } from './analysis-client';
import { DEFAULT_ABOUT, DEFAULT_INPUT } from './default-data';

const app = document.getElementById('app')!;
const status = document.getElementById('status')!;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function section(title: string): HTMLElement {
  const s = element('section');
  s.append(element('h2', title));
  app.append(s);
  return s;
}

function render(report: Report): void {
  status.remove();
  const about = section(DEFAULT_ABOUT.title);
  about.append(element('p', DEFAULT_ABOUT.text));
  const sources = element('ul');
  for (const s of DEFAULT_ABOUT.sources) {
    const li = element('li');
    const a = element('a', s.label);
    a.href = s.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    li.append(a, ` (${s.licence})`);
    sources.append(li);
  }
  about.append(sources);

  const st = report.stats;
  const summary = section('Network');
  summary.append(
    element('p', `${st.nodes} nodes (${Object.entries(st.nodesByType).map(([t, n]) => `${n} ${t}`).join(', ')}), ${st.edges} links.`),
    element('p', `${st.components} connected components (largest: ${st.largestComponent} nodes). ${st.communities} communities (Louvain, modularity ${st.modularity.toFixed(3)}).`),
  );

  const tops = section('Most central by PageRank');
  const grid = element('div', undefined, 'tops');
  for (const type of Object.keys(st.nodesByType)) {
    const table = element('table');
    table.append(element('caption', type));
    const head = element('tr');
    head.append(element('th', '#'), element('th', 'Name'), element('th', 'PageRank'));
    table.append(head);
    topNodes(report.nodes, type, 'pagerank', 10).forEach((n, i) => {
      const tr = element('tr');
      tr.append(element('td', String(i + 1), 'num'), element('td', n.label), element('td', Number(n['pagerank']).toFixed(4), 'num'));
      table.append(tr);
    });
    grid.append(table);
  }
  tops.append(grid);

  const issues = section('Issues in the files');
  issues.append(
    element('p', report.issues.total === 0 ? 'None.' : `${report.issues.total} (${report.issues.errors} errors, ${report.issues.warnings} warnings).`),
  );
  const list = element('ul');
  for (const [code, { severity, count }] of Object.entries(report.issues.byCode)) list.append(element('li', `${count} × ${code} (${severity})`));
  issues.append(list);
}

const client = new AnalysisClient();
client
  .run(DEFAULT_INPUT, resolveAnalysisOptions({}), (stage) => (status.textContent = `${stage}…`))
  .then((outcome) => {
    if (outcome.status === 'done') render(outcome.report);
    else if (outcome.status === 'fatal' || outcome.status === 'failed') status.textContent = outcome.message;
  });
