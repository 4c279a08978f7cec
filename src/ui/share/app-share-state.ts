/**
 * Between the app and a share link: reads the share state out of the store
 * and the map's camera, and applies a decoded one back (community method,
 * view, filters,
 * the Questions panel's question, colour, size, selection, focus, path,
 * layout, label density and size, star threshold, then the camera), checking
 * type, relation, community, measure, attribute and node names against the
 * loaded data (core `checkNames`). Names that the data does not have are
 * dropped with a notice, never thrown, and never blank the map.
 */
import { questionSettings } from '../panels/questions/question-model';
import { viewData, type Dataset } from '../state/dataset';
import {
  checkNames,
  csvDataAddress,
  DEFAULT_SHARE_STATE,
  encodeState,
  toQuery,
  type DataAddresses,
  type ShareCamera,
  type ShareState,
} from '../../core/url-state';
import { sameColorMode } from '../../core/view-settings';
import { communityRunOf } from '../../core/communities/methods';
import type { App } from '../app';
import type { MapController } from '../map/map-controller';
import type { AppState } from '../state/app-state';
import { shareDataOf } from './share-data';

/** Sigma's camera when nothing moved it: left out of links. */
const HOME: ShareCamera = { x: 0.5, y: 0.5, ratio: 1 };

/** The camera of the map, or null when there is no map or it shows everything. */
export function cameraOf(map: MapController | null): ShareCamera | null {
  const state = map?.mapView?.camera;
  if (!state) return null;
  const near = (a: number, b: number) => Math.abs(a - b) < 5e-5;
  // The home camera may be moved clear of the legend (map/fit-camera.ts): still home.
  const home = map?.mapView?.atHome || (near(state.x, HOME.x) && near(state.y, HOME.y) && near(state.ratio, HOME.ratio));
  return home ? null : { x: state.x, y: state.y, ratio: state.ratio };
}

/**
 * The addresses a link gives for the data, when it was loaded from URLs:
 * edges and nodes as fetched, and the aliases file applied — its own address
 * when it was fetched, else (merges made in the Possible duplicates panel)
 * the file itself as a `data:` address.
 */
export function linkAddressesOf(dataset: Dataset | null | undefined): DataAddresses | undefined {
  const urls = dataset?.source.kind === 'urls' ? dataset.source.urls : undefined;
  if (!urls) return undefined;
  const applied = dataset?.analysed?.input.aliases;
  const aliases = applied ? (urls.aliases ?? csvDataAddress(applied.text)) : undefined;
  return { edges: urls.edges, ...(urls.nodes ? { nodes: urls.nodes } : {}), ...(aliases ? { aliases } : {}) };
}

/** The share state of the app as it is now (the data's addresses only when it was loaded from URLs). */
export function shareStateOf(s: AppState, map: MapController | null): ShareState {
  return {
    ...linkAddressesOf(s.dataset),
    view: s.view,
    maxvia: (s.dataset && s.view !== 'network' ? viewData(s.dataset, s.view)?.projection?.maxViaMembers : undefined) ?? null,
    // The method the shown communities were found with (read from the data, never assumed).
    communities: (s.dataset && communityRunOf(s.dataset.network.params, s.dataset.network.stats)?.method) ?? DEFAULT_SHARE_STATE.communities,
    question: s.question,
    filters: s.filters,
    color: s.colorBy,
    size: s.sizeBy,
    edgecolor: s.edgeColorBy,
    selected: s.selected,
    focus: s.focus,
    path: s.path ? { from: s.path.from, to: s.path.to } : null,
    layout: s.layout,
    labeldensity: s.labelDensity,
    labelsize: s.labelSize,
    stars: s.stars,
    camera: cameraOf(map),
  };
}

/** The share link's query string (no '?') for the app as it is now. */
export function shareQueryOf(s: AppState, map: MapController | null): string {
  return toQuery(encodeState(shareStateOf(s, map)));
}

/** Waits for the next animation frame (the map draws the new state first). */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Applies `partial` over a fresh app's state (missing fields take the
 * defaults), after checking its names against the data shown (`checkNames`).
 * Returns the notices for what the loaded data does not have.
 */
export async function applyShareState(app: App, map: MapController | null, partial: Partial<ShareState>): Promise<string[]> {
  const asked: ShareState = { ...DEFAULT_SHARE_STATE, ...partial };
  const notices: string[] = [];
  const loaded = app.store.get().dataset;
  if (!loaded) return notices;
  if (app.optionsOf(loaded).communities !== asked.communities) {
    // First, so the view, the community filter and the questions read the communities asked for.
    await app.setCommunityMethod(asked.communities);
    const now = app.store.get().dataset;
    if (!now || app.optionsOf(now).communities !== asked.communities)
      notices.push(`ignored 'communities=${asked.communities}': the communities could not be found with that method`);
  }
  const shownMaxVia = (() => {
    const s = app.store.get();
    return (s.dataset && s.view !== 'network' ? viewData(s.dataset, s.view)?.projection?.maxViaMembers : undefined) ?? null;
  })();
  if (app.store.get().view !== asked.view || (asked.view !== 'network' && shownMaxVia !== asked.maxvia)) {
    // A projection made without its hubs is made again the same way (maxvia), so the link shows what it showed.
    await app.setView(asked.view, asked.maxvia ?? undefined);
    if (app.store.get().view !== asked.view) notices.push(`ignored 'view=${asked.view}': that view could not be computed for this data`);
  }
  const s = app.store.get();
  const view = app.derived.view(s);
  if (!view) return notices;
  const { state: want, notices: missing } = checkNames(asked, shareDataOf(view, s.dataset));
  notices.push(...missing);

  // A link that names a question but no colour or size (typed by hand, `?question=vendor-lock-in`)
  // shows the question's own encoding, as choosing it in the panel does.
  if (want.question && partial.color === undefined && partial.size === undefined && s.dataset) {
    const input = { view: s.view, shown: view, network: s.dataset.network.graph, indicators: new Map(Object.entries(s.dataset.indicators)) };
    const own = questionSettings(want.question, input);
    want.color = own.colorBy;
    want.size = own.sizeBy;
  }
  const same = JSON.stringify(s.filters) === JSON.stringify(want.filters);
  app.store.set({
    question: want.question,
    filters: same ? s.filters : want.filters,
    colorBy: sameColorMode(s.colorBy, want.color) ? s.colorBy : want.color,
    sizeBy: want.size,
    edgeColorBy: want.edgecolor,
    selected: want.selected,
    focus: want.focus,
    layout: want.layout,
    labelDensity: want.labeldensity,
    labelSize: want.labelsize,
    stars: want.stars,
  });
  if (want.path) app.findPath(want.path.from, want.path.to);
  else if (s.path) app.clearPath();

  // The camera last: a layout change or a selection starts a camera animation, which this replaces.
  const camera = want.camera;
  if (camera && map) {
    await nextFrame();
    // Through the map, so that on a large map whose nodes still come it runs after the selection's move, not before.
    await map.mapView?.moveCamera(camera);
  }
  return notices;
}

/** "Ignored 'size=bogus': no such measure. Ignored …" for the message banner (at most five, then a count). */
export { noticeText } from '../../core/url-state';
