/**
 * Question: which projects are single points of failure? Projects used by at
 * least two cities whose maintenance rests on one firm: among the nodes
 * linked to the project by a maintaining relation (`maintains`, `develops`),
 * there is exactly one, and it is a firm. A city that co-develops the project
 * is a second maintainer, so the project is not listed. The cities at risk
 * are the project's city neighbours.
 */
import { MAINTAINING_RELATIONS } from '../graph/indicators';
import type { ReadGraph } from '../graph/types';
import { byLabel, named, type NamedNode } from './types';

export { MAINTAINING_RELATIONS };

/** Defaults of {@link singlePointsOfFailure}: projects of at least 2 cities. */
export const SINGLE_POINTS_DEFAULTS = { minCities: 2 } as const;

export interface SinglePointOfFailure extends NamedNode {
  /** The one firm that maintains or develops it. */
  maintainer: NamedNode;
  /** The project's cities, by name. */
  cities: NamedNode[];
}

/** Single points of failure, most cities at risk first, then by name. */
export function singlePointsOfFailure(graph: ReadGraph, options: { minCities?: number } = {}): SinglePointOfFailure[] {
  const minCities = options.minCities ?? SINGLE_POINTS_DEFAULTS.minCities;
  const out: SinglePointOfFailure[] = [];
  graph.forEachNode((key, a) => {
    if (a.type !== 'project') return;
    const maintainers: string[] = [];
    const cities: string[] = [];
    graph.forEachEdge(key, (_edge, attributes, source, target) => {
      const other = source === key ? target : source;
      if (other === key) return;
      if (attributes.relations.some((r) => MAINTAINING_RELATIONS.has(r))) maintainers.push(other);
      if (graph.getNodeAttribute(other, 'type') === 'city') cities.push(other);
    });
    const only = maintainers.length === 1 ? maintainers[0]! : undefined;
    if (only === undefined || graph.getNodeAttribute(only, 'type') !== 'firm' || cities.length < minCities) return;
    out.push({ ...named(graph, key), maintainer: named(graph, only), cities: cities.map((c) => named(graph, c)).sort(byLabel) });
  });
  return out.sort((a, b) => b.cities.length - a.cities.length || byLabel(a, b));
}
