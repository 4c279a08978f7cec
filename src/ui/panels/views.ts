/**
 * The view switch: the whole network or one of the one-mode projections
 * (computed in the worker the first time they are asked for). When no node
 * has a type the projections have nothing to show: a note beside the
 * buttons says why and, for an edges CSV, offers to type nodes by column.
 * A projection made without its hubs ("Leave out hubs", or a share link's
 * `maxvia`) says on the map which hubs were left out, for as long as it is shown.
 */
import type { App } from '../app';
import { viewData } from '../state/dataset';
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
  // On the map, above the "n of N nodes shown" line: what the picture leaves out belongs with it.
  const hubs = h('p', { className: 'left-out-hubs', attrs: { role: 'note', hidden: '', 'data-left-out-hubs': '' } });
  (document.getElementById('stage') ?? container).append(hubs);
  const unwatchHubs = app.store.watch(
    (s) => (s.dataset && s.view !== 'network' ? viewData(s.dataset, s.view) : undefined),
    (data) => {
      const projection = data?.projection;
      const skipped = projection?.skipped ?? [];
      hubs.hidden = skipped.length === 0;
      if (skipped.length === 0 || !projection) return hubs.replaceChildren();
      const label = VIEWS.find((v) => v.id === app.store.get().view)?.label ?? 'This view';
      const named = skipped.slice(0, 3).map((s) => `${s.id} (${s.members.toLocaleString('en-US')})`);
      const more = skipped.length > 3 ? ` and ${(skipped.length - 3).toLocaleString('en-US')} more` : '';
      const limit = projection.maxViaMembers === undefined ? '' : ` of more than ${projection.maxViaMembers.toLocaleString('en-US')} members`;
      const count = `${skipped.length.toLocaleString('en-US')} hub${skipped.length === 1 ? '' : 's'}`;
      hubs.textContent = `${label} view leaves out ${count}${limit}: ${named.join(', ')}${more} — each would have tied all its members to one another.`;
    },
  );
  return {
    kill() {
      unwatch();
      unwatchData();
      unwatchHubs();
      group.remove();
      note.remove();
      hubs.remove();
    },
  };
}
