/**
 * The view switch: the whole network or one of the one-mode projections
 * (computed in the worker the first time they are asked for). When no node
 * has a type the projections have nothing to show: a note beside the
 * buttons says why and, for an edges CSV, offers to type nodes by column.
 * A projection made without its hubs ("Leave out hubs", or a share link's
 * `maxvia`) says on the map which hubs were left out, for as long as it is shown.
 * A projection where many nodes have no link at all (the municipal city–city
 * view without GlobaLeaks: 4,708 of 5,988 cities) would be drawn as a grid of
 * dots dwarfing its connected part, so the first time such a view is shown
 * its isolates are hidden (the filters' own "hide isolates", so the count
 * line, the filter panel and share links say so) and the note offers to show them.
 */
import type { App } from '../app';
import { viewData } from '../state/dataset';
import { VIEWS } from '../../core/view-settings';
import { manyIsolates } from '../../core/graph/isolates';
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
  const notes = h('div', { className: 'map-notes' }, hubs);
  (document.getElementById('stage') ?? container).append(notes);
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
  // Projections whose isolates were hidden once on being shown (a user who shows them again keeps them).
  const isolatesHandled = new WeakSet<object>();
  const isolates = h('p', { className: 'left-out-hubs', attrs: { role: 'note', hidden: '', 'data-hidden-isolates': '' } });
  notes.append(isolates);
  const unwatchIsolates = app.store.watch(
    (s) => (s.dataset && s.view !== 'network' ? viewData(s.dataset, s.view) : undefined),
    (data) => {
      isolates.hidden = true;
      isolates.replaceChildren();
      if (!data || isolatesHandled.has(data)) return;
      isolatesHandled.add(data);
      const count = data.graph.filterNodes((node) => data.graph.degree(node) === 0).length;
      if (!manyIsolates(count, data.graph.order)) return;
      const s = app.store.get();
      if (s.filters.hideIsolates) return;
      // A change of its own after the view's: the camera then fits what stays shown (selection-camera.ts).
      queueMicrotask(() => {
        if (app.derived.view(app.store.get()) === data) app.store.set({ filters: { ...app.store.get().filters, hideIsolates: true } });
      });
      const label = VIEWS.find((v) => v.id === s.view)?.label ?? 'This';
      const show = h('button', { text: 'Show them', className: 'link-button', attrs: { type: 'button' } });
      show.addEventListener('click', () => {
        app.store.set({ filters: { ...app.store.get().filters, hideIsolates: false } });
        isolates.hidden = true;
      });
      isolates.append(
        `${count.toLocaleString('en-US')} of ${data.graph.order.toLocaleString('en-US')} nodes have no link in the ${label.toLowerCase()} view and are hidden. `,
        show,
      );
      isolates.hidden = false;
    },
  );
  // The note goes when the user changes the isolates filter themselves.
  const unwatchFilter = app.store.watch(
    (s) => s.filters.hideIsolates,
    (hidden) => {
      if (!hidden) isolates.hidden = true;
    },
  );
  return {
    kill() {
      unwatch();
      unwatchData();
      unwatchHubs();
      unwatchIsolates();
      unwatchFilter();
      notes.remove();
      group.remove();
      note.remove();
    },
  };
}
