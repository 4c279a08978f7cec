/**
 * The details panel on the right. With a node selected: its summary (name,
 * attributes, measures ranked within its type, community, indicators), what
 * one can do with it (neighbourhood focus, path to another node) and who it
 * works with, grouped by type and relation with the evidence of each link.
 * With nothing selected: a hint and the key figures of the data. A selected
 * link is shown above, in its own part (link-details.ts).
 */
import { nodeLabel } from '../../core/graph/node-label';
import type { App } from '../app';
import type { AppState } from '../state/app-state';
import { viewData } from '../state/dataset';
import './details.css';
import { mountActions } from './details/actions';
import { renderNeighbours } from './details/neighbour-list';
import { groupNeighbours } from './details/neighbours';
import { renderHeader, renderKeyFigures, renderMeasures, renderPosition } from './details/summary';
import { mountLinkDetails } from './link-details';
import { h, type Panel } from './panel';

/** Mounts the details panel into `container`; it re-renders when the data, the view or the selection change. */
export function mountDetails(container: HTMLElement, app: App): Panel {
  const root = h('div', { className: 'details-panel' });
  container.append(root);
  let actions: Panel | null = null;

  const render = (s: AppState) => {
    actions?.kill();
    actions = null;
    root.replaceChildren();
    const view = s.dataset ? viewData(s.dataset, s.view) : undefined;
    if (!s.dataset || !view || s.selected === null || !view.graph.hasNode(s.selected)) {
      root.append(
        h('h2', { text: 'Details', attrs: { tabindex: '-1' } }),
        h('p', { className: 'details-hint', text: 'Click a node or search to see who it works with.' }),
        h('p', { className: 'details-hint muted', text: 'Keys: / to search, Esc to clear the selection.' }),
      );
      if (s.dataset && view) root.append(renderKeyFigures(s.dataset, view));
      return;
    }
    const node = s.selected;
    const network = s.dataset.network.graph;
    const labelOf = (key: string) => nodeLabel(network, key);
    root.append(renderHeader(view, node));
    const actionBox = h('div');
    root.append(actionBox);
    actions = mountActions(actionBox, app, node);
    root.append(renderPosition(app, s.dataset, view, node));
    root.append(renderNeighbours(app, groupNeighbours(view.graph, node, labelOf)));
    root.append(renderMeasures(s.dataset, view, node));
  };

  let last: [AppState['dataset'], AppState['view'], AppState['selected']] | null = null;
  const update = (s: AppState) => {
    if (last && last[0] === s.dataset && last[1] === s.view && last[2] === s.selected) return;
    const wasSelected = last?.[2] ?? null;
    last = [s.dataset, s.view, s.selected];
    // A neighbour button that selected its node is gone after the render: keep keyboard users in the panel.
    const hadFocus = container.contains(document.activeElement) && document.activeElement !== container;
    render(s);
    // A new selection starts at the top of the panel.
    if (s.selected !== wasSelected) container.scrollTop = 0;
    if (hadFocus) root.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  };
  update(app.store.get());
  const unsubscribe = app.store.subscribe(update);
  const link = mountLinkDetails(container, app);

  return {
    kill() {
      link.kill();
      unsubscribe();
      actions?.kill();
      root.remove();
    },
  };
}
