/**
 * The status area of the map: a progress banner over the map while a job
 * runs (stage, progress bar, Cancel when the job can be stopped) and the
 * app's message as a dismissible banner with its optional action, in a strip
 * above the map on the page so it never hides a node (style.css). It also keeps the drawer's
 * Issues tab label counting the issues of the loaded dataset, since this
 * panel is mounted from the start and the Issues panel only when opened.
 * A message is shown at most {@link MAX_BANNER} characters long, and any
 * run of text without spaces over 120 characters (an address, a value from
 * a link) is quoted in 60: a 400 KB address in an error must not become a
 * 400 KB banner.
 */
import { shown } from '../../core/url-state';
import type { App } from '../app';
import type { AppState, Message } from '../state/app-state';
import type { Dataset } from '../state/dataset';
import { h, type Panel } from './panel';

/** The drawer's Issues tab label for a dataset: "Issues (N)". */
export function issuesTabLabel(dataset: Dataset | null): string {
  const total = dataset?.report.issues.total ?? 0;
  return total > 0 ? `Issues (${total.toLocaleString('en-US')})` : 'Issues';
}

/** Longest message text a banner shows, "…" included. */
export const MAX_BANNER = 1200;

/** `text` as a banner shows it (see the file header). */
export function bannerText(text: string): string {
  const short = text.length > 120 ? text.replace(/\S{121,}/g, (run) => shown(run)) : text;
  return short.length > MAX_BANNER ? `${short.slice(0, MAX_BANNER - 1)}…` : short;
}

function busyBanner(busy: NonNullable<AppState['busy']>, app: App): HTMLElement {
  const percent = Math.round(Math.max(0, Math.min(1, busy.fraction)) * 100);
  const progress = h('progress', { attrs: { max: '100', value: String(percent), 'aria-label': busy.stage } });
  const banner = h(
    'div',
    { className: 'banner busy', attrs: { role: 'status' } },
    h('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
    h('span', { className: 'banner-text', text: busy.stage }),
    progress,
    h('span', { className: 'num muted', text: `${percent}%` }),
  );
  if (busy.cancellable) {
    const cancel = h('button', { text: 'Cancel', attrs: { type: 'button' } });
    cancel.addEventListener('click', () => app.cancel());
    banner.append(cancel);
  }
  return banner;
}

function messageBanner(message: Message, app: App): HTMLElement {
  const dismiss = h('button', { text: '×', className: 'banner-close', attrs: { type: 'button', 'aria-label': 'Dismiss this message', title: 'Dismiss' } });
  dismiss.addEventListener('click', () => app.store.set({ message: null }));
  const banner = h(
    'div',
    { className: `banner message ${message.kind}`, attrs: { role: message.kind === 'error' ? 'alert' : 'status' } },
    h('span', { className: 'banner-text', text: bannerText(message.text) }),
  );
  if (message.action) {
    const { label, run } = message.action;
    const action = h('button', { text: label, attrs: { type: 'button' } });
    action.addEventListener('click', () => {
      app.store.set({ message: null });
      run();
    });
    banner.append(action);
  }
  banner.append(dismiss);
  return banner;
}

/** Mounts the progress and message banners into `container` (#status, over the map). */
export function mountStatus(container: HTMLElement, app: App): Panel {
  // The progress banner floats over the map; a message takes its own strip above it (style.css).
  const busySlot = h('div', { className: 'status-slot status-busy' });
  const messageSlot = h('div', { className: 'status-slot' });
  container.append(busySlot, messageSlot);
  let shownBusy: AppState['busy'] = null;

  const unwatchBusy = app.store.watch(
    (s) => s.busy,
    (busy) => {
      // Progress updates only touch the bar and text, so a focused Cancel keeps focus.
      const existing = busySlot.firstElementChild;
      if (busy && shownBusy && existing && busy.cancellable === shownBusy.cancellable) {
        const percent = Math.round(Math.max(0, Math.min(1, busy.fraction)) * 100);
        existing.querySelector('.banner-text')!.textContent = busy.stage;
        const bar = existing.querySelector('progress')!;
        bar.value = percent;
        bar.setAttribute('aria-label', busy.stage);
        existing.querySelector('.num')!.textContent = `${percent}%`;
      } else busySlot.replaceChildren(...(busy ? [busyBanner(busy, app)] : []));
      shownBusy = busy;
    },
  );
  const unwatchMessage = app.store.watch(
    (s) => s.message,
    (message) => messageSlot.replaceChildren(...(message ? [messageBanner(message, app)] : [])),
  );
  const unwatchData = app.store.watch(
    (s) => s.dataset,
    (dataset) => {
      const tab = document.getElementById('tab-issues');
      if (!tab) return;
      tab.textContent = issuesTabLabel(dataset);
      const errors = dataset?.report.issues.errors ?? 0;
      tab.classList.toggle('has-errors', errors > 0);
      tab.title = dataset ? `${errors} errors (rows left out), ${dataset.report.issues.warnings} warnings` : '';
    },
  );
  return {
    kill() {
      unwatchBusy();
      unwatchMessage();
      unwatchData();
      container.replaceChildren();
    },
  };
}
