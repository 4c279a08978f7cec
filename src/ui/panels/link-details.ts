/**
 * The selected link, at the top of the details panel: its two ends (each a
 * button that selects the node), every relation, every year, its weight,
 * every piece of evidence (http(s) addresses open in a new tab, anything
 * else stays text) and the lines of the edges file it was merged from — or,
 * in a projection, the shared nodes that make it. Every string is the user's
 * and goes into the page as text. Escape (outside a text field or a dialog)
 * clears the link as it clears a node. While a link is shown the node part of
 * the panel (its hint) is hidden (class `showing-link` on the container).
 */
import type { App } from '../app';
import { linesText, linkSummary, shortUrl, type LinkEnd, type LinkSummary } from '../map/link-summary';
import type { AppState } from '../state/app-state';
import { viewTypeColor } from './combobox';
import { formatNumber } from './details/text';
import { h, safeLink, type Panel } from './panel';
import './link-details.css';

/** True when key presses go to a text field (or another control that uses keys). */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}

function endButton(app: App, end: LinkEnd): HTMLButtonElement {
  const button = h('button', { className: 'details-neighbour', attrs: { type: 'button', title: `Select ${end.label} (${end.type})` } });
  const color = viewTypeColor(app.derived.view(app.store.get()), end.type);
  button.append(h('span', { className: 'type-dot', attrs: { 'aria-hidden': 'true', style: `background:${color}` } }), end.label);
  button.addEventListener('click', () => app.store.set({ selected: end.key }));
  return button;
}

function row(term: string, ...value: (Node | string)[]): Node[] {
  return [h('dt', { text: term }), h('dd', {}, ...value)];
}

function list(items: (Node | string)[], className: string): HTMLElement {
  return h('ul', { className }, ...items.map((item) => h('li', {}, item)));
}

function evidenceItems(link: LinkSummary): Node[] {
  return link.evidence.map(({ text, url }, i) => {
    if (!url) return h('span', { className: 'details-citation', text, attrs: { title: 'Evidence (citation)' } });
    const a = safeLink(url, shortUrl(url));
    a.setAttribute('title', text.trim());
    a.setAttribute('aria-label', `Evidence ${i + 1}: ${text.trim()} (opens in a new tab)`);
    return a;
  });
}

function render(app: App, s: AppState, link: LinkSummary): HTMLElement {
  const close = h('button', { className: 'link-button', text: 'Clear', attrs: { type: 'button', title: 'Clear the link (Esc)' } });
  close.addEventListener('click', () => app.store.set({ selectedEdge: null }));
  const ends = h(
    'p',
    { className: 'link-details-ends' },
    endButton(app, link.ends[0]),
    h('span', { className: 'muted', text: '—' }),
    endButton(app, link.ends[1]),
  );
  const facts: Node[] = [
    ...row('Relations', link.relations.length > 0 ? list(link.relations, 'link-details-list') : 'linked'),
    ...(link.years.length > 0 ? row('Years', link.years.join(', ')) : []),
    ...row('Weight', formatNumber(link.weight)),
  ];
  if (link.via.length > 0)
    facts.push(
      ...row(
        `Shared (${link.via.length.toLocaleString('en-GB')})`,
        list(
          link.via.map((v) => v.label),
          'link-details-list',
        ),
      ),
    );
  else
    facts.push(
      ...row('Evidence', link.evidence.length > 0 ? list(evidenceItems(link), 'link-details-list') : h('span', { className: 'muted', text: 'none given' })),
    );
  const lines = linesText(link.lines);
  const file = s.dataset?.source.files[0];
  if (lines) facts.push(...row('Source', `${lines}${file ? ` of ${file}` : ' of the edges file'}`));
  return h(
    'section',
    { className: 'link-details', attrs: { 'aria-labelledby': 'link-details-title' } },
    h('div', { className: 'link-details-head' }, h('h2', { text: 'Link', attrs: { id: 'link-details-title', tabindex: '-1' } }), close),
    ends,
    h('dl', {}, ...facts),
  );
}

/** Mounts the link details at the top of `container` (the details panel); re-renders when the link, the data or the view change. */
export function mountLinkDetails(container: HTMLElement, app: App): Panel {
  const root = h('div', { className: 'link-details-box' });
  container.prepend(root);
  let last: [AppState['dataset'], AppState['view'], AppState['selectedEdge']] | null = null;
  const update = (s: AppState) => {
    if (last && last[0] === s.dataset && last[1] === s.view && last[2] === s.selectedEdge) return;
    last = [s.dataset, s.view, s.selectedEdge];
    const graph = app.derived.view(s)?.graph;
    const edge = s.selectedEdge;
    const shown = edge !== null && graph?.hasEdge(edge) === true;
    root.replaceChildren(...(shown && graph ? [render(app, s, linkSummary(graph, edge, s.dataset?.network.graph))] : []));
    container.classList.toggle('showing-link', shown);
    if (shown) container.scrollTop = 0;
  };
  update(app.store.get());
  const unsubscribe = app.store.subscribe(update);

  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    if (e.target instanceof Element && e.target.closest('dialog[open]')) return;
    if (app.store.get().selectedEdge !== null) app.store.set({ selectedEdge: null });
  };
  document.addEventListener('keydown', onKey);

  return {
    kill() {
      document.removeEventListener('keydown', onKey);
      unsubscribe();
      root.remove();
      container.classList.remove('showing-link');
    },
  };
}
