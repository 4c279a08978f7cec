/**
 * The community filter of the Filters panel: every community of the view
 * (not only the largest), each named after its leading node as the
 * Questions panel names coalitions ("#0 Decidim circle (100)"), with a
 * search box that finds one by name among hundreds. At most
 * {@link SHOWN_COMMUNITIES} boxes are drawn at once; a box toggles its
 * community in the filter, so communities not drawn keep their state.
 */
import { coalitions } from '../../core/questions';
import { foldText } from '../../core/search/fold';
import type { ViewData } from '../state/dataset';
import { h } from './panel';
import './community-filter.css';

/** Boxes drawn at once; the search box reaches the others. */
export const SHOWN_COMMUNITIES = 60;
/** From this many communities on, the list gets a search box. */
const SEARCH_FROM = 10;

/** What was typed in the search box, kept across the panel's re-renders. */
let query = '';

/**
 * The fieldset for `view`'s communities, or null when the view has fewer than
 * two. `selected` is the filter's community list (null = all); `onChange`
 * receives the new list (null when every community is chosen).
 */
export function communityFilter(view: ViewData, selected: number[] | null, onChange: (communities: number[] | null) => void): HTMLElement | null {
  const list = coalitions(view.graph, { keys: view.keys, values: view.measures });
  if (list.length < 2) return null;
  const chosen = new Set(selected ?? list.map((c) => c.id));
  const fieldset = h(
    'fieldset',
    { className: 'checks communities' },
    h('legend', { text: `Communities (${list.length.toLocaleString('en')}, largest first)` }),
  );
  const boxes = h('div', { className: 'community-boxes' });
  const toggle = (id: number, on: boolean) => {
    if (on) chosen.add(id);
    else chosen.delete(id);
    onChange(chosen.size === list.length ? null : list.filter((c) => chosen.has(c.id)).map((c) => c.id));
  };
  const draw = () => {
    const folded = foldText(query.trim());
    const matching = folded ? list.filter((c) => foldText(`#${c.id} ${c.name}`).includes(folded)) : list;
    boxes.replaceChildren(
      ...matching.slice(0, SHOWN_COMMUNITIES).map((c) => {
        const box = h('input', { attrs: { type: 'checkbox', value: String(c.id) } });
        box.checked = chosen.has(c.id);
        box.addEventListener('change', () => toggle(c.id, box.checked));
        return h(
          'label',
          { attrs: { title: c.byType.map((t) => `${t.count} ${t.type}`).join(', ') } },
          box,
          ` #${c.id} ${c.name} `,
          h('span', { className: 'muted', text: `(${c.size})` }),
        );
      }),
    );
    if (matching.length > SHOWN_COMMUNITIES)
      boxes.append(h('p', { className: 'muted', text: `${(matching.length - SHOWN_COMMUNITIES).toLocaleString('en')} more: type a name to find them.` }));
    if (matching.length === 0) boxes.append(h('p', { className: 'muted', text: 'No community of that name.' }));
  };
  if (list.length >= SEARCH_FROM) {
    const search = h('input', { attrs: { type: 'search', placeholder: 'Find a community', 'aria-label': 'Find a community by name' } });
    search.value = query;
    search.addEventListener('input', () => {
      query = search.value;
      draw();
    });
    fieldset.append(search);
  }
  draw();
  fieldset.append(boxes);
  return fieldset;
}
