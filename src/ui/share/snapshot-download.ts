/**
 * "Download snapshot (.html)": fetches the single-file app built next to the
 * page (`snapshot-template.html`, every script and style inlined), puts the
 * data and the state into it as a JSON block and saves the result. Every
 * view is included: projections not computed yet are computed first, so the
 * view buttons work in the snapshot without the analysis worker.
 */
import { fileSlug } from '../../core/search/fold';
import type { App } from '../app';
import type { Dataset, ViewData } from '../state/dataset';
import { viewFromPayload } from '../state/dataset';
import { SNAPSHOT_ELEMENT_ID, snapshotJson } from './snapshot-data';

/** The template's name, next to index.html in `dist/`. */
export const SNAPSHOT_TEMPLATE = 'snapshot-template.html';

export type SnapshotOutcome = { ok: true; bytes: number; fileName: string } | { ok: false; message: string };

/** The dataset with every projection the worker can make (those it refuses are left out). */
async function withAllViews(app: App, dataset: Dataset): Promise<Dataset> {
  const projections = { ...dataset.projections };
  for (const keep of ['city', 'firm', 'project'] as const) {
    if (projections[keep] || !(dataset.network.stats.nodesByType[keep] ?? 0)) continue;
    app.store.set({ busy: { stage: `Preparing the snapshot: ${keep} projection`, fraction: 0, cancellable: false } });
    const outcome = await app.project(dataset, { keep });
    if (outcome.status !== 'done') continue;
    const view: ViewData = viewFromPayload(outcome.payload.result);
    const { via, weighting } = outcome.payload.request;
    view.projection = { via, weighting, skipped: outcome.payload.skipped };
    projections[keep] = view;
  }
  app.store.set({ busy: null });
  return { ...dataset, projections };
}

/** Puts the JSON block into the template, before its closing </body>. */
export function injectSnapshot(template: string, json: string, title: string): string {
  const block = `<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">${json}</script>\n`;
  const at = template.lastIndexOf('</body>');
  const html = at < 0 ? template + block : template.slice(0, at) + block + template.slice(at);
  const safeTitle = title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  // A function, so `$&` or `$'` in a title is text, not a replacement pattern.
  return html.replace(/<title>[^<]*<\/title>/, () => `<title>Partnership Atlas snapshot: ${safeTitle}</title>`);
}

/** A file name from the data's title: `partnership-atlas-<title>.html`. */
export function snapshotFileName(title: string): string {
  const slug = fileSlug(title, 40);
  return `partnership-atlas-${slug || 'snapshot'}.html`;
}

/** Builds the snapshot of the app's data and `state` (a query string) and saves it. */
export async function downloadSnapshot(app: App, state: string): Promise<SnapshotOutcome> {
  const dataset = app.store.get().dataset;
  if (!dataset) return { ok: false, message: 'Load data first.' };
  let template: string;
  try {
    const response = await fetch(new URL(SNAPSHOT_TEMPLATE, location.href));
    if (!response.ok) throw new Error(String(response.status));
    template = await response.text();
    if (!template.includes('<html')) throw new Error('not a page');
  } catch {
    return { ok: false, message: `The snapshot template (${SNAPSHOT_TEMPLATE}) is not next to this page: it is made by "npm run build".` };
  }
  const html = injectSnapshot(template, snapshotJson(await withAllViews(app, dataset), state), dataset.source.title);
  const blob = new Blob([html], { type: 'text/html' });
  const fileName = snapshotFileName(dataset.source.title);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return { ok: true, bytes: blob.size, fileName };
}
