/**
 * Link colour and thickness in a figure, the same rules as the map's
 * (src/ui/map/map-style.ts, which core cannot import): plain grey or the
 * relation palette of core/style, thickness growing with the log of the weight.
 */
import type { AtlasGraph } from '../graph/types';
import { relationColors, relationsByFrequency } from '../style';

/** Colour of links when they are not coloured by relation (as on the map). */
export const PLAIN_EDGE_COLOR = '#c3c8d1';

/** Link thickness from its weight: 1 px for weight 1, +1 px per doubling, at most 6 (as on the map). */
export function edgeThickness(weight: number): number {
  return Math.min(6, 1 + Math.log2(Math.max(1, weight)));
}

/** Colour and width of each link of `graph`. */
export function sceneEdgeStyle(graph: AtlasGraph, edgeColorBy: 'plain' | 'relation'): { color(edge: string): string; width(edge: string): number } {
  const palette = edgeColorBy === 'relation' ? relationColors(relationsByFrequency(graph).map((r) => r.relation)) : null;
  return {
    color(edge) {
      if (!palette) return PLAIN_EDGE_COLOR;
      const relation = graph.getEdgeAttribute(edge, 'relations')[0];
      return (relation && palette.get(relation)) ?? PLAIN_EDGE_COLOR;
    },
    width: (edge) => edgeThickness(graph.getEdgeAttribute(edge, 'weight')),
  };
}
