/**
 * The selected node's neighbours, grouped by type and relation ("Firms ·
 * develops (3)"). Each neighbour is a button that selects it, followed by
 * why the link is believed (its evidence links), its years and its weight
 * when above 1 — or, in a projection, the shared nodes that make the link.
 * Long groups show their first 50 with a "show all (N)" button.
 */
import type { App } from '../../app';
import { viewTypeColor } from '../combobox';
import { h, safeLink } from '../panel';
import type { NeighbourEntry, NeighbourGroup } from './neighbours';
import { formatNumber, formatYears, listWords } from './text';

/** Neighbours shown per group before "show all". */
export const GROUP_PREVIEW = 50;

/** The evidence of a link: URLs as links ("evidence", "2", "3"…), citations as text. */
function evidence(entry: NeighbourEntry): Node[] {
  const out: Node[] = [];
  let links = 0;
  for (const item of entry.evidence) {
    const isUrl = /^https?:\/\//i.test(item.trim());
    if (isUrl) {
      links++;
      const a = safeLink(item.trim(), links === 1 ? 'evidence' : String(links));
      a.setAttribute('title', item);
      a.setAttribute('aria-label', `Evidence ${links} for the link to ${entry.label} (opens in a new tab)`);
      a.classList.add('details-evidence');
      out.push(a);
    } else out.push(h('span', { className: 'details-citation', text: item, attrs: { title: 'Evidence (citation)' } }));
  }
  return out;
}

function item(app: App, entry: NeighbourEntry): HTMLElement {
  const button = h('button', { className: 'details-neighbour', attrs: { type: 'button', title: `Select ${entry.label} (${entry.type})` } });
  button.append(
    h('span', { className: 'type-dot', attrs: { 'aria-hidden': 'true', style: `background:${viewTypeColor(app.derived.view(app.store.get()), entry.type)}` } }),
    entry.label,
  );
  button.addEventListener('click', () => app.select(entry.id));
  const facts: Node[] = [];
  if (entry.via.length > 0) facts.push(h('span', { className: 'details-via', text: `shares ${listWords(entry.via)}` }));
  else {
    facts.push(...evidence(entry));
    const years = formatYears(entry.years);
    if (years) facts.push(h('span', { text: years }));
    if (entry.weight > 1) facts.push(h('span', { text: `weight ${formatNumber(entry.weight)}` }));
  }
  return h('li', {}, button, ...(facts.length > 0 ? [h('span', { className: 'details-facts' }, ...facts)] : []));
}

function group(app: App, g: NeighbourGroup, headingId: string): HTMLElement {
  const heading = h('h4', { attrs: { id: headingId } }, g.title, h('span', { className: 'muted', text: ` (${g.entries.length.toLocaleString('en-GB')})` }));
  const list = h('ul', { className: 'details-neighbours', attrs: { 'aria-labelledby': headingId } });
  list.append(...g.entries.slice(0, GROUP_PREVIEW).map((e) => item(app, e)));
  const section = h('section', { className: 'details-group' }, heading, list);
  if (g.entries.length > GROUP_PREVIEW) {
    const more = h('button', { className: 'link-button', text: `show all (${g.entries.length.toLocaleString('en-GB')})`, attrs: { type: 'button' } });
    more.addEventListener('click', () => {
      list.append(...g.entries.slice(GROUP_PREVIEW).map((e) => item(app, e)));
      more.remove();
      // Keyboard users continue at the first neighbour that was hidden.
      list.children[GROUP_PREVIEW]?.querySelector('button')?.focus();
    });
    section.append(more);
  }
  return section;
}

/** The neighbour groups of the selected node, under a "Works with" heading. */
export function renderNeighbours(app: App, groups: NeighbourGroup[]): HTMLElement {
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const root = h('div', { className: 'details-works-with' }, h('h3', { text: `Works with (${total.toLocaleString('en-GB')})` }));
  if (groups.length === 0) root.append(h('p', { className: 'muted', text: 'No links in this view.' }));
  groups.forEach((g, i) => root.append(group(app, g, `details-group-${i}`)));
  return root;
}
