/**
 * Human names of the measures, shared by the controls, legend, table and
 * charts (taken from the algorithm descriptors, so a new measure is named
 * once), and the "from file" mark of a measure the nodes file gave
 * (core/analysis/file-measures.ts), read from the view's figures.
 */
import type { FileMeasure } from '../../core/analysis/file-measures';
import { allOutputs } from '../../core/metrics/registry';

const LABELS = new Map(allOutputs().map((o) => [o.id, o.label]));

/** "PageRank" for `pagerank`; the id itself for an unknown measure. */
export function measureLabel(id: string): string {
  return LABELS.get(id) ?? id;
}

/** Measures that make sense as a node size or a range filter (not category labels). */
export function numericMeasures(measures: Record<string, Float64Array>): string[] {
  const categories = new Set(
    allOutputs()
      .filter((o) => o.kind === 'category')
      .map((o) => o.id),
  );
  return Object.keys(measures).filter((m) => !categories.has(m));
}

/** What a view must hold for {@link fileMeasureOf}: its figures (`ViewData.stats`, `GraphStats`). */
export interface WithFileMeasures {
  stats: { fromFile?: readonly FileMeasure[] };
}

/** Where measure `id` of `view` came from when the nodes file gave it; undefined for a computed measure. */
export function fileMeasureOf(view: WithFileMeasures | null | undefined, id: string): FileMeasure | undefined {
  return view?.stats.fromFile?.find((m) => m.id === id);
}

/** The measures of `view` the nodes file gave that are no measure of the app (a column named in `--measure-columns`). */
export function ownFileMeasures(view: WithFileMeasures): FileMeasure[] {
  return (view.stats.fromFile ?? []).filter((m) => m.computed === 'none');
}

/** The mark shown after the name of a measure the nodes file gave. */
export const FROM_FILE = 'from file';

/** "PageRank · from file" when the nodes file gave the measure, else the label as given. */
export function markFromFile(label: string, view: WithFileMeasures | null | undefined, id: string): string {
  return fileMeasureOf(view, id) ? `${label} · ${FROM_FILE}` : label;
}

/** A tooltip for the mark: "Read from nodes.csv (column 'pagerank'): 980 of 1,000 nodes; not computed here". */
export function fileMeasureHint(source: FileMeasure): string {
  const count = (n: number) => n.toLocaleString('en-GB');
  const computed =
    source.computed === 'skipped'
      ? '; not computed here (graph above the size limit)'
      : source.computed === 'compared'
        ? '; computed here only to compare (see the notes)'
        : '';
  return `Read from ${source.file} (column '${source.id}'): ${count(source.given)} of ${count(source.given + source.missing)} nodes have a value${computed}`;
}
