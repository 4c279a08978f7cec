/**
 * What the map brings out, everything else fading: the shortest path when one
 * is shown; else the node under the pointer with its neighbours; else the
 * link under the pointer with its two ends; else the selected link with its
 * ends; else the selected node with its neighbours. Hovering thus works on
 * top of a selection and gives it back when the pointer leaves. Read by the
 * reducers (map-view.ts), never written into the graph.
 */
import { pathEdges } from '../../core/graph/neighborhood';
import type { ReadGraph } from '../../core/graph/types';
import type { AppState } from '../state/app-state';
import type { MapStyle } from './map-view';

/** The state slices the emphasis reads. */
export type EmphasisState = Pick<AppState, 'hovered' | 'hoveredEdge' | 'selected' | 'selectedEdge' | 'path'>;

/** A node, its neighbours and its links; `keep` stays bright too (the selection while another node is hovered). */
function around(graph: ReadGraph, node: string, keep: string | null): NonNullable<MapStyle['emphasis']> {
  const nodes = new Set(graph.neighbors(node));
  nodes.add(node);
  if (keep !== null && graph.hasNode(keep)) nodes.add(keep);
  return { nodes, edges: new Set(graph.edges(node)) };
}

/** A link and its two ends. */
function link(graph: ReadGraph, edge: string): NonNullable<MapStyle['emphasis']> {
  return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
}

/** The emphasis of `s` on `graph` (the current view's), or null when nothing is brought out. */
export function mapEmphasis(graph: ReadGraph, s: EmphasisState): MapStyle['emphasis'] {
  if (s.path?.nodes && s.path.nodes.length > 0) return { nodes: new Set(s.path.nodes), edges: new Set(pathEdges(graph, s.path.nodes)) };
  if (s.hovered !== null && graph.hasNode(s.hovered)) return around(graph, s.hovered, s.selected);
  if (s.hoveredEdge !== null && graph.hasEdge(s.hoveredEdge)) return link(graph, s.hoveredEdge);
  if (s.selectedEdge !== null && graph.hasEdge(s.selectedEdge)) return link(graph, s.selectedEdge);
  if (s.selected !== null && graph.hasNode(s.selected)) return around(graph, s.selected, null);
  return null;
}
