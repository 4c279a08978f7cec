/**
 * The bottom drawer: tabs for the node table, the charts and the issues list
 * (WAI-ARIA tabs: arrow keys move between tabs). Closed by default so the map
 * gets the room; the open tab lives in the app state.
 */
import type { App } from '../app';
import type { AppState } from '../state/app-state';
import { h, type MountPanel, type Panel } from './panel';

export interface DrawerTab {
  id: NonNullable<AppState['drawer']>;
  label: string;
  mount: MountPanel;
}

export function mountDrawer(container: HTMLElement, app: App, tabs: DrawerTab[]): Panel {
  const tablist = h('div', { className: 'drawer-tabs', attrs: { role: 'tablist', 'aria-label': 'Data panels' } });
  const close = h('button', { text: 'Close', className: 'drawer-close', attrs: { type: 'button', 'aria-label': 'Close the panel' } });
  const head = h('div', { className: 'drawer-head' }, tablist, close);
  const panes = tabs.map((tab) =>
    h('div', { className: 'drawer-pane', attrs: { role: 'tabpanel', id: `pane-${tab.id}`, 'aria-labelledby': `tab-${tab.id}`, hidden: '' } }),
  );
  const buttons = tabs.map((tab) =>
    h('button', {
      text: tab.label,
      attrs: { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `pane-${tab.id}`, 'aria-selected': 'false', tabindex: '-1' },
    }),
  );
  tablist.append(...buttons);
  container.append(head, ...panes);
  const mounted: (Panel | null)[] = tabs.map(() => null);

  buttons.forEach((button, i) => {
    button.addEventListener('click', () => {
      const open = app.store.get().drawer === tabs[i]!.id;
      app.store.set({ drawer: open ? null : tabs[i]!.id });
    });
    button.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = buttons[(i + step + buttons.length) % buttons.length]!;
      next.focus();
      next.click();
    });
  });
  close.addEventListener('click', () => app.store.set({ drawer: null }));

  const unwatch = app.store.watch(
    (s) => s.drawer,
    (open) => {
      container.classList.toggle('open', open !== null);
      close.hidden = open === null;
      tabs.forEach((tab, i) => {
        const selected = tab.id === open;
        buttons[i]!.setAttribute('aria-selected', String(selected));
        buttons[i]!.tabIndex = selected || (open === null && i === 0) ? 0 : -1;
        panes[i]!.hidden = !selected;
        // Panels mount the first time they are shown, then stay (their state survives tab switches).
        if (selected && !mounted[i]) mounted[i] = tab.mount(panes[i]!, app);
      });
    },
  );
  return {
    kill() {
      unwatch();
      mounted.forEach((p) => p?.kill());
      container.replaceChildren();
    },
  };
}
