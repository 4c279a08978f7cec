/**
 * The search box in the top bar: autocomplete over the labels and ids of the
 * current view's nodes (accent- and case-insensitive: "Munchen" finds
 * "München"); choosing a node selects it. Two page-wide keys: "/" focuses
 * the box (unless one is typing somewhere), Escape outside a text field
 * clears the selection, the focus and the path.
 */
import type { App } from '../app';
import { createCombobox, viewSearchIndex, viewTypeColor } from './combobox';
import type { Panel } from './panel';

/** True when key presses go to a text field (or another control that uses keys). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/** Clears what a selection brings: the selection, the neighbourhood focus and the path. */
export function clearSelection(app: App): void {
  app.clearPath();
  app.setFocus(null);
  app.select(null);
}

/** Mounts the search box into `container` and the page-wide "/" and Escape keys. */
export function mountSearch(container: HTMLElement, app: App): Panel {
  const combobox = createCombobox({
    id: 'search',
    label: 'Search nodes',
    labelHidden: true,
    placeholder: 'Search cities, projects, firms…  ( / )',
    source: () => {
      const view = app.derived.view(app.store.get());
      return view ? viewSearchIndex(view) : null;
    },
    colorOf: (type) => viewTypeColor(app.derived.view(app.store.get()), type),
    onChoose: (id) => app.select(id),
    onEscapeEmpty: () => clearSelection(app),
  });
  combobox.input.setAttribute('aria-keyshortcuts', '/');
  container.append(combobox.element);

  // A new dataset or view: results from the old one would select unknown nodes.
  const unwatch = app.store.watch(
    (s) => app.derived.view(s),
    (view, previous) => {
      if (previous !== undefined) combobox.clear();
      combobox.input.disabled = !view;
    },
  );

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '/' && !isTyping(e.target)) {
      e.preventDefault();
      combobox.input.focus();
      combobox.input.select();
    } else if (e.key === 'Escape' && !isTyping(e.target)) {
      // A dialog handles its own Escape (it closes).
      if (e.target instanceof Element && e.target.closest('dialog[open]')) return;
      const s = app.store.get();
      if (s.selected === null && s.focus === null && s.path === null) return;
      clearSelection(app);
    }
  };
  document.addEventListener('keydown', onKey);

  return {
    kill() {
      document.removeEventListener('keydown', onKey);
      unwatch();
      combobox.kill();
    },
  };
}
