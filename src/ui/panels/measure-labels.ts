/**
 * Human names of the measures, shared by the controls, legend, table and
 * charts (taken from the algorithm descriptors, so a new measure is named
 * once).
 */
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
