/**
 * What every export of the page needs to know about the current state: the
 * view's data, what is shown, the map's style, a provenance record built by
 * core/export's `buildProvenance`, a caption line and a file-name stem.
 */
import { communityRunOf } from '../../core/communities/methods';
import { buildProvenance, type Provenance } from '../../core/export/provenance';
import { APP_VERSION } from '../../core/version';
import type { App } from '../app';
import { MapStyler } from '../map/map-style';
import type { MapStyle } from '../map/map-view';
import type { AppState } from '../state/app-state';
import type { Shown } from '../state/derived';
import type { Dataset, ViewData } from '../state/dataset';

export interface FigureContext {
  state: AppState;
  dataset: Dataset;
  view: ViewData;
  shown: Shown;
  style: MapStyle;
  provenance: Provenance;
  /** "Data: edges.csv, nodes.csv · 2026-01-01 · Partnership Atlas 0.1.0" */
  caption: string;
  /** e.g. `partnership-atlas-network` or `partnership-atlas-city`. */
  stem: string;
}

/** The current state as an export sees it, or null when nothing is loaded. */
export function figureContext(app: App, styler = new MapStyler(app.derived)): FigureContext | null {
  const state = app.store.get();
  const dataset = state.dataset;
  const view = app.derived.view(state);
  const shown = app.derived.shown(state);
  const style = styler.style(state);
  if (!dataset || !view || !shown || !style) return null;
  const colorBy = state.colorBy.kind === 'attribute' ? state.colorBy.attribute : state.colorBy.kind;
  const urls: Record<string, string> = {};
  const files = dataset.report.input.files;
  if (dataset.source.urls) {
    const edges = files.find((f) => f.role === 'edges');
    const nodes = files.find((f) => f.role === 'nodes');
    if (edges) urls[edges.name] = dataset.source.urls.edges;
    if (nodes && dataset.source.urls.nodes) urls[nodes.name] = dataset.source.urls.nodes;
    const aliases = files.find((f) => f.role === 'aliases');
    if (aliases && dataset.source.urls.aliases) urls[aliases.name] = dataset.source.urls.aliases;
  }
  const provenance = buildProvenance({
    report: dataset.report,
    view: state.view,
    filters: state.filters,
    layout: { kind: state.layout, seed: app.options.seed },
    style: { colorBy, sizeBy: state.sizeBy },
    ...(view.projection ? { projection: { keep: state.view, ...view.projection, skipped: undefined } } : {}),
    communities: communityRunOf(view.params, view.stats),
    urls,
  });
  const names = files.map((f) => f.name).join(', ') || dataset.source.title;
  const caption = `Data: ${names} · ${provenance.createdAt.slice(0, 10)} · Partnership Atlas ${APP_VERSION}`;
  return { state, dataset, view, shown, style, provenance, caption, stem: `partnership-atlas-${state.view}` };
}

/** Offers `blob` as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
