/**
 * An autocomplete box over the nodes of the current view, written to the
 * ARIA 1.2 combobox pattern (role=combobox with aria-expanded,
 * aria-controls and aria-activedescendant; a listbox of options). Used by
 * the search box and by the details panel's "Path to…". No option is active
 * until the user moves to one: ArrowDown from the box goes to the first
 * option, ArrowUp to the last; Enter chooses the active option, or the best
 * match (the first) when none is active. Escape closes, then clears, then
 * hands over to `onEscapeEmpty`.
 */
import { nodeId } from '../../core/graph/node-key';
import { createSearchIndex, foldText, type SearchEntry, type SearchHit as Hit, type SearchIndex } from '../../core/search';
import { typeColor } from '../../core/style';
import type { ViewData } from '../state/dataset';
import './combobox.css';
import { h } from './panel';

const indexes = new WeakMap<ViewData, SearchIndex>();

/** The colour of a node type in a view: the map's colour (other types get theirs in the order of the view's types). */
export function viewTypeColor(view: ViewData | undefined, type: string): string {
  return typeColor(type, view ? Object.keys(view.stats.nodesByType) : []);
}

/** The search index over a view's node labels and ids (as written, not graph keys), built once per view. */
export function viewSearchIndex(view: ViewData): SearchIndex {
  let index = indexes.get(view);
  if (!index) {
    const entries: SearchEntry[] = [];
    view.graph.forEachNode((key, a) => {
      const id = nodeId(key);
      entries.push({ id, label: a.label || id, type: a.type, ...(key !== id ? { key } : {}) });
    });
    index = createSearchIndex(entries);
    indexes.set(view, index);
  }
  return index;
}

export interface ComboboxOptions {
  /** Prefix of the element ids (unique on the page). */
  id: string;
  label: string;
  /** Keep the label for screen readers only. */
  labelHidden?: boolean;
  placeholder?: string;
  /** The index to search, or null when no data is loaded. */
  source(): SearchIndex | null;
  /** Called with the chosen node's graph key. */
  onChoose(key: string): void;
  /** Colour of a type's dot; default: the known type colours. */
  colorOf?(type: string): string;
  /** Escape pressed in an empty, closed box. */
  onEscapeEmpty?(): void;
  limit?: number;
}

export interface Combobox {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Empties the box and closes the list. */
  clear(): void;
  kill(): void;
}

/** Builds the combobox; the caller places `element`. */
export function createCombobox(options: ComboboxOptions): Combobox {
  const listId = `${options.id}-listbox`;
  const input = h('input', {
    attrs: {
      id: `${options.id}-input`,
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    },
  });
  const label = h('label', { text: options.label, attrs: { for: input.id }, ...(options.labelHidden ? { className: 'visually-hidden' } : {}) });
  const list = h('ul', { className: 'combobox-list', attrs: { id: listId, role: 'listbox', 'aria-label': options.label } });
  const empty = h('div', { className: 'combobox-empty muted' });
  const live = h('div', { className: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
  const element = h('div', { className: 'combobox' }, label, input, list, empty, live);
  list.hidden = true;
  empty.hidden = true;
  let hits: Hit[] = [];
  let active = -1;

  const setOpen = (open: boolean) => {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) input.removeAttribute('aria-activedescendant');
  };
  const setActive = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const li = list.children[i];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const option = (hit: Hit, i: number) => {
    const showId = hit.id !== hit.label && !foldText(hit.label).includes(foldText(hit.id));
    const li = h(
      'li',
      { attrs: { id: `${options.id}-option-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': hit.key } },
      h('span', { className: 'type-dot', attrs: { 'aria-hidden': 'true', style: `background:${(options.colorOf ?? typeColor)(hit.type)}` } }),
      h('span', { className: 'combobox-label', text: hit.label }),
      ...(showId ? [h('span', { className: 'combobox-id muted', text: hit.id })] : []),
      h('span', { className: 'combobox-type muted', text: hit.type }),
    );
    li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the box
    li.addEventListener('click', () => choose(i));
    return li;
  };
  const update = () => {
    const query = input.value.trim();
    const index = options.source();
    hits = query && index ? index.search(query, options.limit ?? 12) : [];
    list.replaceChildren(...hits.map(option));
    empty.hidden = !(query && index && hits.length === 0);
    empty.textContent = query ? `No node matches “${query}”.` : '';
    live.textContent = query ? (hits.length === 0 ? 'No matches.' : `${hits.length} ${hits.length === 1 ? 'match' : 'matches'}.`) : '';
    setOpen(hits.length > 0);
    // Nothing pre-selected: the first ArrowDown goes to the first option, not the second.
    setActive(-1);
  };
  const clear = () => {
    input.value = '';
    hits = [];
    list.replaceChildren();
    empty.hidden = true;
    setOpen(false);
    active = -1;
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    clear();
    options.onChoose(hit.key);
  };
  const onKey = (e: KeyboardEvent) => {
    const open = !list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) update();
      if (hits.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const from = open ? active : -1;
      setActive(from < 0 ? (step === 1 ? 0 : hits.length - 1) : (from + step + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      if (hits.length === 0) return;
      e.preventDefault();
      // The option the user moved to; with none, the best match.
      choose(Math.max(active, 0));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (open) setOpen(false);
      else if (input.value) clear();
      else options.onEscapeEmpty?.();
    }
  };
  input.addEventListener('input', update);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', () => setOpen(false));
  input.addEventListener('focus', () => input.value.trim() && update());
  return {
    element,
    input,
    clear,
    kill() {
      input.removeEventListener('input', update);
      input.removeEventListener('keydown', onKey);
      element.remove();
    },
  };
}
