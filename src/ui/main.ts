/**
 * App entry: builds the app controller and mounts every panel into the page
 * shell (index.html), then loads the data named in the address or the
 * embedded default dataset.
 */
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

const byId = (id: string) => document.getElementById(id)!;

const app = new App();
mountViews(byId('views'), app);
mountSearch(byId('search'), app);
mountStatus(byId('status'), app);
mountDetails(byId('details'), app);
mountDrawer(byId('drawer'), app, [
  { id: 'table', label: 'Table', mount: mountTable },
  { id: 'charts', label: 'Charts', mount: mountCharts },
  { id: 'issues', label: 'Issues', mount: mountIssues },
]);
const loader = mountLoader(byId('topbar-actions'), app);
void loader.loadInitial();

// For tests and the console: the app controller.
(window as unknown as { atlas: App }).atlas = app;
