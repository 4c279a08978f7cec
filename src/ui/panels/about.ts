/**
 * "About this data": a dialog opened from the top bar's `#about-button` that
 * says what is on the map and where it came from — the dataset's title and
 * note, its sources with their licences, the files read (rows kept, short
 * SHA-256) and the analysis parameters (seed), so a figure can be traced back
 * to its input.
 */
import { communityRunOf, describeCommunityRun } from '../../core/communities/methods';
import { getOwn } from '../../core/util/dict';
import type { App } from '../app';
import type { Dataset } from '../state/dataset';
import { h, safeLink, type Panel } from './panel';

/** First 12 hex digits of a SHA-256, the full value as its title. */
function shortHash(hash: string | undefined): HTMLElement {
  return hash ? h('code', { text: hash.slice(0, 12), attrs: { title: `SHA-256 ${hash}` } }) : h('span', { text: '—', className: 'muted' });
}

function describe(dataset: Dataset | null): Node[] {
  if (!dataset) return [h('p', { className: 'muted', text: 'No data is loaded yet.' })];
  const { source, report } = dataset;
  const parts: Node[] = [h('p', { className: 'about-title', text: source.title })];
  if (source.about) parts.push(h('p', { text: source.about.text }));
  if (source.urls) {
    const urls = h('p', {}, 'Loaded from ', safeLink(source.urls.edges));
    if (source.urls.nodes) urls.append(' and ', safeLink(source.urls.nodes));
    // An aliases file merged in the app travels in links as a data: address: named, not printed.
    const aliases = source.urls.aliases;
    if (aliases) urls.append(', with the aliases file ', /^https?:/i.test(aliases) ? safeLink(aliases) : 'given in the link itself');
    parts.push(urls);
  }
  if (source.about?.sources.length) {
    parts.push(
      h('h3', { text: 'Sources' }),
      h(
        'ul',
        {},
        ...source.about.sources.map((s) => h('li', {}, safeLink(s.url, s.label), h('span', { className: 'muted', text: ` — licence: ${s.licence}` }))),
      ),
    );
  }
  const files = report.input.files.map((f) =>
    h(
      'tr',
      {},
      h('td', { text: f.name }),
      h('td', { text: f.role }),
      h('td', { className: 'num', text: f.rows.toLocaleString('en-US') }),
      h('td', { className: 'num', text: f.records.toLocaleString('en-US') }),
      h('td', {}, shortHash(getOwn(report.input.sha256, f.name))),
    ),
  );
  const head = ['file', 'role', 'rows used', 'rows read', 'SHA-256'].map((t) => h('th', { text: t, attrs: { scope: 'col' } }));
  parts.push(h('h3', { text: 'Files' }), h('table', { className: 'about-files' }, h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...files)));
  const { seed, betweenness } = report.params as { seed?: number; betweenness?: string };
  const stats = dataset.network.stats;
  const run = communityRunOf(dataset.network.params, stats);
  parts.push(
    h('h3', { text: 'Analysis' }),
    h('p', {
      text:
        `${stats.nodes.toLocaleString('en-US')} nodes, ${stats.edges.toLocaleString('en-US')} links. ` +
        `Seed ${seed ?? '—'} (for communities and sampled measures); betweenness ${betweenness ?? 'auto'}. ` +
        `${run ? `Communities: ${describeCommunityRun(run)}, ${run.communities.toLocaleString('en-US')} communities. ` : ''}` +
        `Issues: ${report.issues.errors} errors (rows left out), ${report.issues.warnings} warnings. Version ${report.version}.`,
    }),
  );
  return parts;
}

/**
 * Mounts the about dialog on `button` (the top bar's "About this data").
 * Returns the panel and `open()` for banners that link to it.
 */
export function mountAbout(button: HTMLElement, app: App): Panel & { open(): void } {
  const body = h('div', { className: 'about-body' });
  const close = h('button', { text: 'Close', attrs: { type: 'button' } });
  const dialog = h(
    'dialog',
    { className: 'atlas-dialog about-dialog', attrs: { 'aria-labelledby': 'about-heading' } },
    h('h2', { text: 'About this data', attrs: { id: 'about-heading' } }),
    body,
    h('div', { className: 'dialog-actions' }, close),
  );
  document.body.append(dialog);
  const open = (): void => {
    body.replaceChildren(...describe(app.store.get().dataset));
    dialog.showModal();
    close.focus();
  };
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog box) closes it too.
  dialog.addEventListener('click', (event) => {
    const r = dialog.getBoundingClientRect();
    const outside = event.clientX < r.left || event.clientX > r.right || event.clientY < r.top || event.clientY > r.bottom;
    if (event.target === dialog && outside) dialog.close();
  });
  button.addEventListener('click', open);
  return {
    open,
    kill() {
      button.removeEventListener('click', open);
      dialog.remove();
    },
  };
}
