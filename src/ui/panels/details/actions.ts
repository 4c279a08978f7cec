/**
 * What one can do with the selected node: show only its neighbourhood (1 or
 * 2 hops) or clear that focus, and find the shortest path to another node
 * ("Path to…", with the same autocomplete as the search box). The path is
 * listed as "Barcelona → Decidim → … → NIIS", or said not to exist.
 */
import { nodeId } from '../../../core/graph/node-key';
import { nodeLabel } from '../../../core/graph/node-label';
import type { App } from '../../app';
import { createCombobox, viewSearchIndex, viewTypeColor } from '../combobox';
import { h, type Panel } from '../panel';

function button(text: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = h('button', { text, attrs: { type: 'button', ...attrs } });
  b.addEventListener('click', onClick);
  return b;
}

/** The path as a list of buttons joined by arrows; each selects its node. */
function pathList(app: App, nodes: string[]): HTMLElement {
  const view = app.derived.view(app.store.get());
  const list = h('ol', { className: 'details-path-list', attrs: { 'aria-label': `Path of ${nodes.length - 1} ${nodes.length === 2 ? 'step' : 'steps'}` } });
  for (const key of nodes) {
    const b = button(view ? nodeLabel(view.graph, key) : nodeId(key), () => app.select(key), { class: 'link-button' });
    list.append(h('li', {}, b));
  }
  return list;
}

/** Mounts the focus and path controls for `node` into `container`. */
export function mountActions(container: HTMLElement, app: App, node: string): Panel {
  const one = button('1 hop', () => app.setFocus(node, 1), { 'aria-pressed': 'false' });
  const two = button('2 hops', () => app.setFocus(node, 2), { 'aria-pressed': 'false' });
  const clearFocus = button('Clear focus', () => app.setFocus(null));
  const focusGroup = h('div', { className: 'details-buttons', attrs: { role: 'group', 'aria-labelledby': 'details-focus-label' } }, one, two, clearFocus);
  const focusBox = h('div', {}, h('div', { className: 'details-action-label', text: 'Show neighbourhood', attrs: { id: 'details-focus-label' } }), focusGroup);

  const combobox = createCombobox({
    id: 'details-path',
    label: 'Path to…',
    placeholder: 'Another node',
    source: () => {
      const view = app.derived.view(app.store.get());
      return view ? viewSearchIndex(view) : null;
    },
    colorOf: (type) => viewTypeColor(app.derived.view(app.store.get()), type),
    onChoose: (other) => {
      app.findPath(node, other);
      result.focus();
    },
  });
  const clearPath = button('Clear path', () => app.clearPath());
  const result = h('div', { className: 'details-path-result', attrs: { 'aria-live': 'polite', tabindex: '-1' } });
  const pathBox = h('div', { className: 'details-path' }, combobox.element, result, h('div', { className: 'details-buttons' }, clearPath));

  const root = h('div', { className: 'details-actions' }, focusBox, pathBox);
  container.append(root);

  const unwatchFocus = app.store.watch(
    (s) => s.focus,
    (focus) => {
      const mine = focus?.node === node;
      one.setAttribute('aria-pressed', String(mine && focus?.hops === 1));
      two.setAttribute('aria-pressed', String(mine && focus?.hops === 2));
      clearFocus.disabled = focus === null;
    },
  );
  const unwatchPath = app.store.watch(
    (s) => s.path,
    (path) => {
      clearPath.disabled = path === null;
      result.replaceChildren();
      if (!path) return;
      if (path.nodes === null) result.append(h('p', { className: 'details-no-path', text: 'No path: they are in different components.' }));
      else if (path.nodes.length <= 1) result.append(h('p', { text: 'That is this node itself.' }));
      else
        result.append(
          h('p', { className: 'muted', text: `Shortest path, ${path.nodes.length - 1} ${path.nodes.length === 2 ? 'step' : 'steps'}:` }),
          pathList(app, path.nodes),
        );
    },
  );
  return {
    kill() {
      unwatchFocus();
      unwatchPath();
      combobox.kill();
      root.remove();
    },
  };
}
