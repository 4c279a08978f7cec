/**
 * The drawer's Issues tab: what reading and building the loaded dataset
 * found — counts (errors dropped a row, warnings kept it), a filter by issue
 * code with each code's description, the issues kept in detail (file, line,
 * column, message) and a download of them as CSV.
 */
import { ISSUE_CODES } from '../../core/csv';
import { describePlace } from '../../core/csv/issue';
import type { Issue } from '../../core/csv/types';
import { toCsv } from '../../core/export/csv';
import { BUILD_ISSUE_CODES } from '../../core/graph/codes';
import { RESOLVE_ISSUE_CODES } from '../../core/resolve/codes';
import { FILE_MEASURE_ISSUE_CODES } from '../../core/analysis/file-measures';
import { getOwn } from '../../core/util/dict';
import type { App } from '../app';
import type { Dataset } from '../state/dataset';
import { h, type Panel } from './panel';

/** Most rows the table renders at once (the detailed list holds at most 1,000). */
const MAX_RENDERED = 1000;
const ALL = '';
/** Description by issue code (a Map: codes read from a snapshot file are data). */
const DESCRIPTIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({ ...ISSUE_CODES, ...BUILD_ISSUE_CODES, ...RESOLVE_ISSUE_CODES, ...FILE_MEASURE_ISSUE_CODES }).map(([code, info]) => [code, info.description]),
);

/** Issues as CSV: severity,file,line,column,code,message, one issue a line (cells neutralised and quoted by the core writer). */
export function issuesToCsv(issues: readonly Issue[]): string {
  return toCsv(
    ['severity', 'file', 'line', 'column', 'code', 'message'],
    issues.map((i) => [i.severity, i.file, i.line, i.column, i.code, i.message]),
  );
}

/** The message without its "file line N, column 'x': " prefix, which the table shows in columns. */
function shortMessage(issue: Issue): string {
  const prefix = `${describePlace(issue)}: `;
  if (issue.message.startsWith(prefix)) return issue.message.slice(prefix.length);
  const line = `${describePlace({ file: issue.file, ...(issue.line !== undefined ? { line: issue.line } : {}) })}: `;
  return issue.message.startsWith(line) ? issue.message.slice(line.length) : issue.message;
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = h('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Mounts the Issues tab into `container`; it follows the loaded dataset. */
export function mountIssues(container: HTMLElement, app: App): Panel {
  const summary = h('p', { className: 'issues-summary', attrs: { 'aria-live': 'polite' } });
  const filter = h('select', { attrs: { id: 'issues-filter' } });
  const description = h('span', { className: 'muted issues-description' });
  const downloadButton = h('button', { text: 'Download issues as CSV', attrs: { type: 'button' } });
  const controls = h('div', { className: 'issues-controls' }, h('label', { attrs: { for: 'issues-filter' } }, 'Show '), filter, description, downloadButton);
  const body = h('tbody');
  const head = ['severity', 'file', 'line', 'column', 'code', 'message'].map((t) =>
    h('th', { text: t, ...(t === 'line' ? { className: 'num' } : {}), attrs: { scope: 'col' } }),
  );
  const table = h('table', { className: 'issues-table' }, h('thead', {}, h('tr', {}, ...head)), body);
  const note = h('p', { className: 'muted' });
  container.append(summary, controls, table, note);
  let dataset: Dataset | null = null;

  const renderRows = (): void => {
    const issues = dataset?.report.issues;
    const code = filter.value;
    description.textContent = code ? (DESCRIPTIONS.get(code) ?? '') : '';
    const shown = (issues?.detailed ?? []).filter((i) => code === ALL || i.code === code);
    body.replaceChildren(
      ...shown
        .slice(0, MAX_RENDERED)
        .map((i) =>
          h(
            'tr',
            { className: i.severity },
            h('td', { className: `severity ${i.severity}`, text: i.severity }),
            h('td', { text: i.file }),
            h('td', { className: 'num', text: i.line === undefined ? '' : String(i.line) }),
            h('td', { text: i.column ?? '' }),
            h('td', {}, h('code', { text: i.code, attrs: { title: DESCRIPTIONS.get(i.code) ?? '' } })),
            h('td', { text: shortMessage(i) }),
          ),
        ),
    );
    const counted = code === ALL ? (issues?.total ?? 0) : (getOwn(issues?.byCode, code)?.count ?? 0);
    note.textContent =
      issues?.truncated && counted > shown.length
        ? `Showing the ${shown.length.toLocaleString('en-US')} issues kept in detail of ${counted.toLocaleString('en-US')} counted: only the first 1,000 issues of a load are kept in detail.`
        : '';
  };

  const render = (): void => {
    const issues = dataset?.report.issues;
    table.hidden = !issues || issues.total === 0;
    controls.hidden = table.hidden;
    if (!issues) {
      summary.textContent = 'No data loaded.';
      note.textContent = '';
      return;
    }
    summary.replaceChildren(
      issues.total === 0
        ? 'No issues: every row was read and used.'
        : `${issues.total.toLocaleString('en-US')} issues: ${issues.errors.toLocaleString('en-US')} errors (rows left out), ${issues.warnings.toLocaleString('en-US')} warnings (rows kept).`,
    );
    const codes = Object.entries(issues.byCode).sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
    filter.replaceChildren(
      h('option', { text: `All issues (${issues.total.toLocaleString('en-US')})`, attrs: { value: ALL } }),
      ...codes.map(([code, { severity, count }]) =>
        h('option', { text: `${code} — ${severity} (${count.toLocaleString('en-US')})`, attrs: { value: code, title: DESCRIPTIONS.get(code) ?? '' } }),
      ),
    );
    renderRows();
  };

  filter.addEventListener('change', renderRows);
  downloadButton.addEventListener('click', () => {
    if (!dataset) return;
    const base = (dataset.source.files[0] ?? 'data').replace(/\.[^.]*$/, '');
    download(issuesToCsv(dataset.report.issues.detailed), `${base}-issues.csv`);
  });
  const unwatch = app.store.watch(
    (s) => s.dataset,
    (next) => {
      dataset = next;
      render();
    },
  );
  return {
    kill() {
      unwatch();
      container.replaceChildren();
    },
  };
}
