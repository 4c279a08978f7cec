/**
 * The view switch: the whole network or one of the one-mode projections
 * (computed in the worker the first time they are asked for).
 */
import type { App } from '../app';
import { VIEWS } from '../../core/view-settings';
import { h, type Panel } from './panel';

export function mountViews(container: HTMLElement, app: App): Panel {
  const buttons = VIEWS.map((v) => {
    const b = h('button', { text: v.label, attrs: { type: 'button', title: v.description, 'aria-pressed': 'false', 'data-view': v.id } });
    b.addEventListener('click', () => void app.setView(v.id));
    return b;
  });
  const group = h('div', { className: 'view-buttons', attrs: { role: 'group', 'aria-label': 'View' } }, ...buttons);
  container.append(group);
  const unwatch = app.store.watch(
    (s) => s.view,
    (view) => buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(VIEWS[i]!.id === view))),
  );
  const unwatchData = app.store.watch(
    (s) => s.dataset,
    (dataset) => buttons.forEach((b) => (b.disabled = dataset === null)),
  );
  return {
    kill() {
      unwatch();
      unwatchData();
      group.remove();
    },
  };
}
