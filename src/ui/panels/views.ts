/**
 * The view switch: the whole network or one of the one-mode projections
 * (computed in the worker the first time they are asked for). When no node
 * has a type the projections have nothing to show: a note beside the
 * buttons says why and, for an edges CSV, offers to type nodes by column.
 */
import type { App } from '../app';
import { VIEWS } from '../../core/view-settings';
import { isUntyped } from './load-summary';
import { h, type Panel } from './panel';
import { typingOffer } from './types-dialog';
import './views.css';

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
  const note = h('p', { className: 'views-note muted', attrs: { role: 'note', hidden: '' } });
  container.append(note);
  const unwatchData = app.store.watch(
    (s) => s.dataset,
    (dataset) => {
      const untyped = dataset !== null && isUntyped(dataset.network.stats);
      buttons.forEach((b, i) => (b.disabled = dataset === null || (untyped && VIEWS[i]!.id !== 'network')));
      note.hidden = !untyped;
      note.replaceChildren();
      if (!untyped) return;
      const offer = typingOffer(app);
      note.append(
        offer
          ? 'No node has a type, so there are no cities, projects or firms to project onto. '
          : "No node has a type, so there are no cities, projects or firms to project onto: give the nodes a 'type' attribute in the file.",
      );
      if (offer) {
        const button = h('button', { text: 'Type nodes by column…', className: 'link-button', attrs: { type: 'button' } });
        button.addEventListener('click', () => void offer());
        note.append(button);
      }
    },
  );
  return {
    kill() {
      unwatch();
      unwatchData();
      group.remove();
      note.remove();
    },
  };
}
