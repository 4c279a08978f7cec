/**
 * Edge colours by relation (`uses`, `develops`, …): the categorical palette in
 * order of frequency, so the commonest relations get the most distinct colours.
 */
import type { ReadGraph } from '../graph/types';
import { NO_RELATION } from '../filter/filter';
import { categoricalColors } from './palette';

/**
 * The graph's relations with the number of edges carrying each, most frequent
 * first, ties alphabetical. An edge without relation counts as {@link NO_RELATION}.
 */
export function relationsByFrequency(graph: ReadGraph): { relation: string; count: number }[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_e, attr) => {
    if (attr.relations.length === 0) counts.set(NO_RELATION, (counts.get(NO_RELATION) ?? 0) + 1);
    for (const r of attr.relations) counts.set(r, (counts.get(r) ?? 0) + 1);
  });
  return [...counts]
    .map(([relation, count]) => ({ relation, count }))
    .sort((a, b) => b.count - a.count || (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0));
}

/**
 * Colour per relation, for relations given most frequent first: the palette
 * in turn, then the "other" grey.
 */
export function relationColors(relationsSortedByFrequency: readonly string[]): Map<string, string> {
  return categoricalColors(relationsSortedByFrequency);
}
