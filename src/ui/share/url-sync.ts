/**
 * Keeps the address in step with the app, so the address is always a share
 * link: after the data loads the address's state is applied; then every
 * meaningful change (view, filters, colour, size, selection, focus, path,
 * layout) adds a history entry, debounced so a burst of clicks makes one,
 * and camera moves replace the current entry. Back and Forward re-apply the
 * entry's state. Parameters the data cannot use become a warning banner.
 * A link that fails while it is applied (an exception anywhere on the page
 * while the state changes) puts back what was shown before and says so: a
 * link never loses the map already on screen.
 */
import { decodeState, shown } from '../../core/url-state';
import type { App } from '../app';
import type { MapController } from '../map/map-controller';
import type { AppState } from '../state/app-state';
import type { ReadGraph } from '../../core/graph/types';
import { applyShareState, noticeText, shareQueryOf } from './app-share-state';

/** Delay before a meaningful change becomes a history entry (ms). */
const PUSH_DELAY = 400;
/** Camera moves are written at most this often (ms). */
const CAMERA_DELAY = 250;

export interface UrlSync {
  /** Applies a state given as a query string (the address's by default), reporting what was ignored. */
  apply(search?: string): Promise<void>;
  /** The query string of the current state (without the leading '?'). */
  current(): string;
  kill(): void;
}

/** Starts syncing `app` with the address; `known` are extra parameters the page reads itself. */
export function mountUrlSync(app: App, map: MapController | null, known: readonly string[] = []): UrlSync {
  let applying = false;
  let written = location.search.slice(1);
  let pushTimer = 0;
  let cameraTimer = 0;
  // The data last written for, by its network graph: a change of community method or a time window's measures make
  // a new dataset object around the same graph, and are history entries like any other change; a load makes a new graph.
  let dataAtLastWrite: ReadGraph | null = null;

  const current = () => shareQueryOf(app.store.get(), map);
  const withoutCamera = (q: string) => q.replace(/(^|&)camera=[^&]*/, '');
  const write = (query: string, push: boolean): void => {
    if (query === written) return;
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    try {
      if (push) history.pushState({ atlas: true }, '', url);
      else history.replaceState(history.state, '', url);
    } catch {
      // Some hosts (file:// in a few browsers, sandboxed frames) refuse: the link is then built on demand.
    }
    written = query;
  };
  const flush = (): void => {
    window.clearTimeout(pushTimer);
    pushTimer = 0;
    const s = app.store.get();
    if (applying || !s.dataset) return;
    const query = current();
    // A new dataset replaces the entry: Back should not re-apply a state meant for other data.
    const meaningful = withoutCamera(query) !== withoutCamera(written) && dataAtLastWrite === s.dataset.network.graph;
    dataAtLastWrite = s.dataset.network.graph;
    write(query, meaningful);
  };
  const schedule = (delay: number, camera: boolean): void => {
    if (applying) return;
    if (camera) {
      if (!cameraTimer && !pushTimer)
        cameraTimer = window.setTimeout(() => {
          cameraTimer = 0;
          if (!pushTimer) flush();
        }, delay);
      return;
    }
    window.clearTimeout(pushTimer);
    pushTimer = window.setTimeout(flush, delay);
  };

  const SLICES = [
    'dataset',
    'view',
    'question',
    'filters',
    'colorBy',
    'sizeBy',
    'edgeColorBy',
    'selected',
    'focus',
    'path',
    'layout',
    'labelDensity',
    'labelSize',
    'stars',
  ] as const;
  const pick = (s: AppState): Partial<AppState> => Object.fromEntries(SLICES.map((k) => [k, s[k]])) as Partial<AppState>;
  let detachCamera = (): void => {};
  const attachCamera = (): void => {
    detachCamera();
    const camera = map?.mapView?.sigma.getCamera();
    if (!camera) return;
    const onMove = () => schedule(CAMERA_DELAY, true);
    camera.on('updated', onMove);
    detachCamera = () => camera.off('updated', onMove);
  };
  const unsubscribe = app.store.subscribe((s, prev) => {
    if (s.dataset !== prev.dataset || s.view !== prev.view) attachCamera();
    if (SLICES.some((k) => s[k] !== prev[k])) schedule(PUSH_DELAY, false);
  });

  const restore = (before: Partial<AppState>): void => {
    try {
      app.store.set(before);
    } catch {
      // The page failed again on the old state: it is in the store; the map redraws on the next change.
    }
  };

  const apply = async (search = location.search): Promise<void> => {
    const { state, notices } = decodeState(new URLSearchParams(search), { known });
    applying = true;
    window.clearTimeout(pushTimer);
    pushTimer = 0;
    const before = pick(app.store.get());
    try {
      notices.push(...(await applyShareState(app, map, state)));
    } catch (e) {
      notices.push(`could not apply the link (${shown(e instanceof Error ? e.message : String(e))}); the map shows what it showed before`);
      restore(before);
    } finally {
      applying = false;
    }
    attachCamera();
    // The applied state replaces the entry in its canonical form (what was ignored is gone).
    dataAtLastWrite = app.store.get().dataset?.network.graph ?? null;
    write(current(), false);
    if (notices.length > 0) {
      // A load error already shown (a data address that failed) keeps its place, the notices follow it.
      const shownBefore = app.store.get().message;
      const text = noticeText(notices);
      app.store.set({ message: shownBefore?.kind === 'error' ? { ...shownBefore, text: `${shownBefore.text} ${text}` } : { kind: 'warning', text } });
    }
  };

  const onPopState = () => void apply();
  window.addEventListener('popstate', onPopState);
  return {
    apply,
    current,
    kill() {
      window.removeEventListener('popstate', onPopState);
      window.clearTimeout(pushTimer);
      window.clearTimeout(cameraTimer);
      detachCamera();
      unsubscribe();
    },
  };
}
