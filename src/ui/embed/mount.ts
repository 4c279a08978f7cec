/**
 * An embedded map: `mount(container, options)` builds an app, its map and
 * the chosen panels (legend, search, details) inside `container`, loads the
 * data and applies the state of the embed link; `kill()` frees everything
 * (the sigma view and its WebGL contexts, the analysis worker, every
 * listener), so several embeds can live on one page and come and go.
 */
import { decodeState, shown } from '../../core/url-state';
import { App } from '../app';
import { MapController } from '../map/map-controller';
import { watchSelectionCamera } from '../map/selection-camera';
import { mountMapKeyboard } from '../map/map-keyboard';
import { mountDetails } from '../panels/details';
import { mountLegend } from '../panels/legend';
import { h, type Panel } from '../panels/panel';
import { mountSearch } from '../panels/search';
import { mountStatus } from '../panels/status';
import { applyShareState, noticeText, shareQueryOf } from '../share/app-share-state';
import { EMBED_PARAMS, type EmbedOptions } from './options';
import { loadEmbedData } from './load-data';
import './embed.css';

export interface MountOptions extends Pick<EmbedOptions, 'search' | 'details' | 'legend'> {
  /** The share state to show, as a query string (`view=city&types=…`). */
  state: string;
  /** Address of the full app, for the "Open in Partnership Atlas" link. */
  appUrl: string;
}

export interface EmbeddedMap {
  app: App;
  map: MapController;
  /** Settles when the data is on the map and the state applied. */
  ready: Promise<void>;
  kill(): void;
}

/** Builds an embedded map into `container`; see the file header. */
export function mount(container: HTMLElement, options: MountOptions): EmbeddedMap {
  const app = new App();
  const basemap = h('canvas', { className: 'basemap', attrs: { 'aria-hidden': 'true' } });
  const mapElement = h('div', { className: 'map', attrs: { tabindex: '0', role: 'img', 'aria-label': 'Network map' } });
  const shownCount = h('div', { className: 'shown-count', attrs: { 'aria-live': 'polite' } });
  const status = h('div', { className: 'status', attrs: { 'aria-live': 'polite' } });
  const legend = h('section', { className: 'embed-legend', attrs: { 'aria-label': 'Legend' } });
  const open = h('a', { className: 'embed-open', text: 'Open in Partnership Atlas ↗', attrs: { target: '_blank', rel: 'noopener', href: options.appUrl } });
  const stage = h(
    'div',
    { className: 'embed-stage' },
    h('div', { className: 'map-wrap' }, basemap, mapElement),
    shownCount,
    status,
    ...(options.legend ? [legend] : []),
  );
  const details = h('aside', { className: 'embed-details details', attrs: { 'aria-label': 'Details' } });
  const search = h('div', { className: 'search embed-search' });
  const root = h(
    'div',
    { className: `atlas-embed${options.details ? ' with-details' : ''}` },
    h('div', { className: 'embed-top' }, ...(options.search ? [search] : []), open),
    h('div', { className: 'embed-body' }, stage, ...(options.details ? [details] : [])),
  );
  container.append(root);

  const map = new MapController(app, { map: mapElement, basemap, shownCount });
  const panels: Panel[] = [mountStatus(status, app)];
  if (options.legend) panels.push(mountLegend(legend, app));
  if (options.search) panels.push(mountSearch(search, app));
  if (options.details) panels.push(mountDetails(details, app));
  const unwatchCamera = watchSelectionCamera(app, () => map.mapView);
  const keyboard = mountMapKeyboard(mapElement, () => map.mapView);

  // The attribution link follows what the reader does, so it opens the same view.
  const base = new URL(options.appUrl, location.href);
  const updateLink = () => {
    base.search = shareQueryOf(app.store.get(), map);
    open.href = base.href;
  };
  const unsubscribe = app.store.subscribe(updateLink);
  root.addEventListener('pointerenter', updateLink);
  open.addEventListener('focus', updateLink);

  const { state, notices } = decodeState(new URLSearchParams(options.state), { known: EMBED_PARAMS });
  const urls = state.edges
    ? { edges: state.edges, ...(state.nodes ? { nodes: state.nodes } : {}), ...(state.aliases ? { aliases: state.aliases } : {}) }
    : null;
  const ready = loadEmbedData(app, urls).then(async (outcome) => {
    if (outcome.status !== 'done') return;
    try {
      notices.push(...(await applyShareState(app, map, state)));
    } catch (e) {
      // A link that cannot be applied leaves the embed on the data as loaded, and says so.
      notices.push(`the view in the link could not be applied (${shown(e instanceof Error ? e.message : String(e), 120)}); showing the whole network`);
    }
    if (notices.length > 0) app.store.set({ message: { kind: 'warning', text: noticeText(notices) } });
    updateLink();
  });

  return {
    app,
    map,
    ready,
    kill() {
      unsubscribe();
      unwatchCamera();
      keyboard.kill();
      panels.forEach((p) => p.kill());
      map.kill();
      app.kill();
      root.remove();
    },
  };
}
