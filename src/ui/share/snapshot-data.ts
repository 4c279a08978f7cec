/**
 * The data block of a self-contained snapshot: the analysed network and the
 * projections as the worker made them (graph, measures, first layout,
 * stats), the report and indicators, the data's source and the share state.
 * It is JSON inside `<script type="application/json" id="atlas-snapshot">`,
 * so the snapshot opens without fetching anything and without the analysis
 * worker. Non-finite numbers (NaN measures) survive as markers.
 */
import { flatPositions } from '../../core/view-settings';
import { payloadFromJson, payloadToJson, reviveGraphPayload as revive } from '../../workers/payload-json';
import type { AnalysisPayload, GraphPayload } from '../../workers/protocol';
import type { ViewId } from '../../core/view-settings';
import type { Dataset, DataSource, ViewData } from '../state/dataset';
import { datasetFromPayload, viewFromPayload } from '../state/dataset';

export const SNAPSHOT_ELEMENT_ID = 'atlas-snapshot';
const FORMAT = 'partnership-atlas-snapshot';

/** What the block holds; `views.network` is always there. */
export interface SnapshotData {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  source: DataSource;
  payload: Omit<AnalysisPayload, 'network'>;
  views: Partial<Record<ViewId, GraphPayload & { projection?: ViewData['projection'] }>>;
  /** The share state as a query string. */
  state: string;
}

/**
 * The payload of a view with its current positions, read from the graph that
 * owns them (a live layout run is kept); the graph is the view's encoding as
 * the worker made it (the page writes only positions into its graphs, so no
 * second encoding is made).
 */
export function payloadOfView(view: ViewData): GraphPayload {
  const positions = flatPositions(view.graph, view.keys, view.positions);
  return { graph: view.encoded, keys: view.keys, measures: view.measures, positions, stats: view.stats, params: view.params, notes: view.notes };
}

/** Serialises a dataset and a state as the snapshot's JSON, safe to put inside a <script> element. */
export function snapshotJson(dataset: Dataset, state: string): string {
  const views: SnapshotData['views'] = { network: payloadOfView(dataset.network) };
  for (const [id, view] of Object.entries(dataset.projections) as [ViewId, ViewData][])
    views[id] = { ...payloadOfView(view), ...(view.projection ? { projection: view.projection } : {}) };
  const data: SnapshotData = {
    format: FORMAT,
    version: 1,
    createdAt: new Date().toISOString(),
    source: dataset.source,
    payload: { report: dataset.report, indicators: dataset.indicators },
    views,
    state,
  };
  return payloadToJson(data);
}

/** The snapshot block of this page, or null when the page is not a snapshot (or the block is unreadable). */
export function readSnapshot(doc: Document = document): SnapshotData | null {
  const text = doc.getElementById(SNAPSHOT_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const data = payloadFromJson<SnapshotData>(text);
    return data.format === FORMAT && data.views.network ? data : null;
  } catch {
    return null;
  }
}

/** Rebuilds the dataset of a snapshot (network and every projection it holds). */
export function datasetOfSnapshot(data: SnapshotData): Dataset {
  const dataset = datasetFromPayload(data.source, { ...data.payload, network: revive(data.views.network!) });
  for (const id of ['city', 'firm', 'project'] as const) {
    const view = data.views[id];
    if (!view) continue;
    const built = viewFromPayload(revive(view));
    if (view.projection) built.projection = view.projection;
    dataset.projections[id] = built;
  }
  return dataset;
}
