/**
 * Booting a snapshot file: the data block replaces loading and analysis
 * (no fetch, no worker), then the state saved in the block is applied, or
 * the address's state when the file was opened with one.
 */
import { SHARE_PARAMS } from '../../core/url-state';
import type { App } from '../app';
import { datasetOfSnapshot, type SnapshotData } from './snapshot-data';

/** Shows the snapshot's data; returns the query string to apply (the address's, else the saved one). */
export function bootSnapshot(app: App, data: SnapshotData): string {
  const dataset = datasetOfSnapshot(data);
  dataset.source = { ...dataset.source, title: `${dataset.source.title} (snapshot of ${data.createdAt.slice(0, 10)})` };
  app.store.set({ dataset, view: 'network', selected: null, hovered: null, focus: null, path: null });
  const address = new URLSearchParams(location.search);
  const own = [...address.keys()].some((k) => (SHARE_PARAMS as readonly string[]).includes(k));
  return own ? address.toString() : data.state;
}
