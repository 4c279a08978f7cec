/**
 * Moves the map's camera to what the user asked to see: a newly selected
 * node (zoomed in on it), a shortest path (both ends and every step fitted
 * in the viewport), a neighbourhood focus (the nodes it leaves fitted), and
 * a filter change or a cleared focus when what is shown changed a lot: the
 * bounding box of the shown nodes shrank below half its area or grew past
 * double ({@link REFIT_AREA_CHANGE}), so a small filter step never throws away
 * the view the user zoomed to. A share link's `camera=` wins: it is applied
 * after the rest of the link and replaces any of these moves
 * (share/app-share-state.ts). While a large map's nodes come (the areas are
 * unknown), a change of what is shown replaces a move waiting for them. The
 * map controller's owner calls this once and
 * keeps the returned function to stop watching.
 */
import type { App } from '../app';

/** Refit after a filter change when the shown nodes' bounding-box area changed by more than this factor (either way). */
export const REFIT_AREA_CHANGE = 2;

/** What this needs from the map view: animated moves and the area the shown nodes cover. */
export interface CameraTarget {
  focusNode(node: string): Promise<void>;
  fitNodes(nodes: Iterable<string>): Promise<void>;
  /** Bounding-box area of `nodes` on screen's graph coordinates (the whole graph ≈ 1); null when none is drawn. */
  nodesArea(nodes: Iterable<string>): number | null;
  /** A move waits for a large map's nodes (map-view.ts): the latest move asked replaces it. */
  readonly moveQueued: boolean;
}

/** A move cut short by the next one or by the map being killed is not an error. */
const quietly = (move: Promise<void>) => void move.catch(() => undefined);

/** True when the area changed by more than {@link REFIT_AREA_CHANGE} either way. */
function changedALot(before: number | null, after: number | null): boolean {
  if (before === null || after === null) return false;
  const [small, large] = before < after ? [before, after] : [after, before];
  if (large === 0) return false;
  return small * REFIT_AREA_CHANGE < large;
}

/**
 * Watches the selection, the path, the focus and the filters, and animates
 * the camera of the map returned by `getMapView` (null while no map is
 * shown). Returns the function that stops watching.
 */
export function watchSelectionCamera(app: App, getMapView: () => CameraTarget | null): () => void {
  const inView = (node: string) => app.derived.view(app.store.get())?.graph.hasNode(node) ?? false;
  const unwatchSelected = app.store.watch(
    (s) => s.selected,
    (node) => {
      const map = getMapView();
      if (node !== null && map && inView(node)) quietly(map.focusNode(node));
    },
  );
  // Only a change within one graph is a filter or focus change (a new view or dataset starts at home).
  let graphBefore = app.derived.view(app.store.get())?.graph;
  let focusBefore = app.store.get().focus;
  const unwatchShown = app.store.watch(
    (s) => app.derived.shown(s),
    (shown, before) => {
      const s = app.store.get();
      const graph = app.derived.view(s)?.graph;
      const sameGraph = graph === graphBefore;
      const newFocus = s.focus !== null && s.focus !== focusBefore;
      graphBefore = graph;
      focusBefore = s.focus;
      const map = getMapView();
      if (!map || !shown || !before || !sameGraph) return;
      if (newFocus && s.focus && inView(s.focus.node)) quietly(map.fitNodes(shown.nodes));
      else if (changedALot(map.nodesArea(before.nodes), map.nodesArea(shown.nodes))) quietly(map.fitNodes(shown.nodes));
      // The areas are unknown while a large map's nodes come: a move waiting for them (a share link's focus) framed
      // what was shown then, so what is shown now replaces it (a focus cleared meanwhile fits everything again).
      else if (map.moveQueued) quietly(map.fitNodes(shown.nodes));
    },
  );
  const unwatchPath = app.store.watch(
    (s) => s.path,
    (path) => {
      const map = getMapView();
      if (map && path?.nodes && path.nodes.length >= 2 && path.nodes.every(inView)) quietly(map.fitNodes(path.nodes));
    },
  );
  return () => {
    unwatchSelected();
    unwatchShown();
    unwatchPath();
  };
}
