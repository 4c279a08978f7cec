/**
 * How links and faded items look, shared by the map's reducers and the
 * figure exports (SVG, CLI snapshot), so a figure always looks like the
 * screen: plain grey or the relation palette, thickness growing with the log
 * of the weight, and the greys that hovered-away items fade to.
 */
import type { ReadGraph } from '../graph/types';
import type { LinkColor } from '../view-settings';
import { relationColors, relationsByFrequency } from './relation-colors';

/** Colour of links when they are not coloured by relation. */
export const PLAIN_EDGE_COLOR = '#c3c8d1';
/** Colour of the links of a highlighted shortest path (Okabe–Ito vermillion). */
export const PATH_EDGE_COLOR = '#D55E00';
/** Nodes and links pushed back while others are emphasised (hover, path). */
export const FADED_NODE_COLOR = '#e4e6eb';
export const FADED_EDGE_COLOR = '#f0f1f4';

/** Link thickness from its weight: 1 px for weight 1, +1 px per doubling, at most 6. */
export function edgeThickness(weight: number): number {
  return Math.min(6, 1 + Math.log2(Math.max(1, weight)));
}

/** Colour and width of each link of `graph`, plain or coloured by its first relation. */
export function edgeStyle(graph: ReadGraph, linkColor: LinkColor): { color(edge: string): string; width(edge: string): number } {
  const palette = linkColor === 'relation' ? relationColors(relationsByFrequency(graph).map((r) => r.relation)) : null;
  return {
    color(edge) {
      if (!palette) return PLAIN_EDGE_COLOR;
      const relation = graph.getEdgeAttribute(edge, 'relations')[0];
      return (relation && palette.get(relation)) ?? PLAIN_EDGE_COLOR;
    },
    width: (edge) => edgeThickness(graph.getEdgeAttribute(edge, 'weight')),
  };
}
