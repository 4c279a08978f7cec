/**
 * Moves the map's camera to the selected node: whenever `state.selected`
 * becomes a node (from the search box, the details panel or a click), the
 * map view animates to it. The map controller calls this once and keeps the
 * returned function to stop watching.
 */
import type { App } from '../app';

/** What this needs from the map view: an animated move to a node. */
export interface CameraTarget {
  focusNode(node: string): Promise<void>;
}

/**
 * Watches the selection and animates the camera of the map returned by
 * `getMapView` (null while no map is shown) to each newly selected node.
 * Returns the function that stops watching.
 */
export function watchSelectionCamera(app: App, getMapView: () => CameraTarget | null): () => void {
  return app.store.watch(
    (s) => s.selected,
    (node) => {
      if (node === null) return;
      const view = app.derived.view(app.store.get());
      if (!view?.graph.hasNode(node)) return;
      const map = getMapView();
      if (!map) return;
      // A move cut short by the next selection or by the map being killed is not an error.
      map.focusNode(node).catch(() => undefined);
    },
  );
}
