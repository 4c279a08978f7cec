/**
 * App entry: builds the app controller and mounts every panel into the page
 * shell (index.html), then shows the data: the snapshot block when the page
 * is a snapshot file, else the data named in the address or the embedded
 * default dataset. The address's state (view, filters, selection, camera…)
 * is applied once the data is on the map, and kept in step after that.
 * A data address that links may not carry (`javascript:`, an overlong
 * `data:`…; core/url-state/data-address.ts) is taken out of the address
 * before loading, so the default dataset is shown and the notice says why.
 */
import './prestart'; // first: the worker starts while the rest is evaluated
import { App } from './app';
import { mountCharts } from './charts/charts';
import { mountDetails } from './panels/details';
import { mountDrawer } from './panels/drawer';
import { mountIssues } from './panels/issues';
import { mountLoader } from './panels/loader';
import { mountSearch } from './panels/search';
import { mountStatus } from './panels/status';
import { mountTable } from './panels/table';
import { mountViews } from './panels/views';
import { mountFiltersPanel } from './panels/filters-panel';
import { mountLegend } from './panels/legend';
import { mountTimeline } from './panels/timeline';
import { mountQuestions } from './panels/questions/questions-panel';
import { mountDuplicates } from './panels/duplicates/duplicates-panel';
import { mountStyleControls } from './panels/style-controls';
import { MapController } from './map/map-controller';
import { watchSelectionCamera } from './map/selection-camera';
import { mountMapKeyboard } from './map/map-keyboard';
import { mountExportMenu } from './panels/export-menu';
import { mountShareMenu } from './share/share-menu';
import { watchPrint } from './share/print-capture';
import { bootSnapshot } from './share/snapshot-boot';
import { readSnapshot } from './share/snapshot-data';
import { mountUrlSync } from './share/url-sync';
import { dataAddressProblem, shown as shownValue } from '../core/url-state';
import './print.css';

const byId = (id: string) => document.getElementById(id)!;

const app = new App();
const map = new MapController(app, {
  map: byId('map'),
  basemap: byId('basemap') as HTMLCanvasElement,
  shownCount: byId('shown-count'),
});
const controls = mountStyleControls(byId('style-controls'), app, {
  toggleForce: () => map.toggleForce(),
  isForceRunning: () => map.layoutRunning,
  resetCamera: () => void map.mapView?.resetCamera(),
});
map.onRunning = (running) => controls.setRunning(running);
mountQuestions(byId('sidebar'), app);
mountFiltersPanel(byId('filters'), app);
mountDuplicates(byId('sidebar'), app);
mountLegend(byId('legend'), app);
// Play waits for the map's next frame (listened for before the change, which sigma may draw at once).
mountTimeline(byId('timeline'), app, {
  whenDrawn: () => new Promise<void>((resolve) => (map.mapView ? map.mapView.sigma.once('afterRender', () => resolve()) : resolve())),
});
watchSelectionCamera(app, () => map.mapView);
mountMapKeyboard(byId('map'), () => map.mapView);
mountViews(byId('views'), app);
mountSearch(byId('search'), app);
mountStatus(byId('status'), app);
mountDetails(byId('details'), app);
mountDrawer(byId('drawer'), app, [
  { id: 'table', label: 'Table', mount: mountTable },
  { id: 'charts', label: 'Charts', mount: mountCharts },
  { id: 'issues', label: 'Issues', mount: mountIssues },
]);
mountExportMenu(byId('topbar-actions'), app, map);
mountShareMenu(byId('topbar-actions'), app, map);
const loader = mountLoader(byId('topbar-actions'), app);
watchPrint(app, map, byId('map-wrap'), byId('basemap') as HTMLCanvasElement);
const urlSync = mountUrlSync(app, map);

/** Removes from the address the data addresses a link may not name; the original query is returned for the notices. */
function withoutRefusedAddresses(): string {
  const search = location.search;
  const url = new URL(location.href);
  const refused = (name: string) => {
    const value = url.searchParams.get(name);
    return value !== null && dataAddressProblem(value) !== null;
  };
  const edges = refused('edges');
  const nodes = refused('nodes') || (edges && url.searchParams.has('nodes'));
  if (!edges && !nodes) return search;
  if (edges) url.searchParams.delete('edges');
  if (nodes) url.searchParams.delete('nodes');
  history.replaceState(history.state, '', url);
  return search;
}

const snapshot = readSnapshot();
const opened = snapshot
  ? urlSync.apply(bootSnapshot(app, snapshot))
  : (() => {
      const search = withoutRefusedAddresses();
      return loader.loadInitial().then(() => urlSync.apply(search));
    })();
const shown = opened.catch((e: unknown) => {
  const text = `Something went wrong while opening the page: ${shownValue(e instanceof Error ? e.message : String(e), 200)}.`;
  app.store.set({ message: { kind: 'error', text: app.store.get().dataset ? `${text} The map still shows the data.` : text } });
});
// Tests and scripts wait for this: the data is on the map and the address's state applied.
void shown.finally(() => (document.documentElement.dataset['atlasState'] = 'applied'));

// For tests, the benchmark and the console: the app controller, the map and
// the address sync. Only in the test build (`vite build --mode e2e`) and the
// dev server (mode 'development'): the plain build (mode 'production') folds
// the condition to false and drops them (test/e2e/production-build.test.ts).
if (import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'development') Object.assign(window, { atlas: app, atlasMap: map, atlasUrlSync: urlSync });
