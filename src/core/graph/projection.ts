/**
 * One-mode projections of the typed network: city–city through shared
 * projects, firm–firm through shared projects, project–project through shared
 * cities, or any type through any others. Two kept nodes are linked when they
 * share at least one "via" neighbour.
 *
 * Weightings:
 * - `count`: the number of shared via-neighbours (e.g. events two women both
 *   attended in Davis' Southern Women).
 * - `newman`: Newman's collaboration weight (Newman 2001, "Scientific
 *   collaboration networks. II", Phys. Rev. E 64, 016132): each via node with
 *   k kept-type neighbours adds 1/(k−1) to every pair among them, so a project
 *   shared by two cities ties them more strongly than one shared by a hundred.
 *
 * Written by hand: graphology-operators has no bipartite projection.
 */
import { UndirectedGraph } from 'graphology';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from './types';

export type ProjectionWeighting = 'count' | 'newman';

export interface ProjectionOptions {
  /** Node type kept in the projection, e.g. `city`. */
  keep: string;
  /** Node types two kept nodes may share; default: every type but `keep`. */
  via?: readonly string[];
  weighting?: ProjectionWeighting;
}

/** Default via-types of the three projections the app offers. */
export const DEFAULT_VIA: Readonly<Record<string, readonly string[]>> = {
  city: ['project'],
  firm: ['project'],
  project: ['city'],
};

/**
 * Projects the typed graph onto the nodes of one type. Every node of the kept
 * type is in the result (those sharing nothing as isolates). Edge attributes:
 * `weight` (by the chosen weighting), `relations` = [`shares <via types>`],
 * `extra.via` = the shared nodes' ids, `extra.shared` = their count.
 */
export function projectGraph(graph: AtlasGraph, options: ProjectionOptions): AtlasGraph {
  const weighting = options.weighting ?? 'count';
  const via = new Set(options.via ?? DEFAULT_VIA[options.keep] ?? allTypesBut(graph, options.keep));
  if (via.has(options.keep))
    throw new Error(`projection: a type cannot be projected through itself ('${options.keep}')`);
  const relation = `shares ${[...via].join('/')}`;

  const result: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  graph.forEachNode((id, attributes) => {
    if (attributes.type === options.keep)
      result.addNode(id, { ...attributes, extra: { ...attributes.extra } });
  });

  const sharedVia = new Map<string, string[]>();
  graph.forEachNode((viaId, viaAttributes) => {
    if (!via.has(viaAttributes.type)) return;
    const members = graph.filterNeighbors(viaId, (_n, a) => a.type === options.keep).sort();
    if (members.length < 2) return;
    const increment = weighting === 'newman' ? 1 / (members.length - 1) : 1;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        const edge = result.edge(a, b);
        if (edge === undefined) {
          result.addEdge(a, b, {
            weight: increment,
            relations: [relation],
            years: [],
            evidence: [],
            lines: [],
            extra: {},
          });
          sharedVia.set(`${a}\u0000${b}`, [viaId]);
        } else {
          result.updateEdgeAttribute(edge, 'weight', (w) => (w ?? 0) + increment);
          sharedVia.get(`${a}\u0000${b}`)!.push(viaId);
        }
      }
    }
  });

  result.forEachEdge((edge, _attributes, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const shared = sharedVia.get(key) ?? [];
    result.setEdgeAttribute(edge, 'extra', { via: shared, shared: [String(shared.length)] });
  });
  return result;
}

function allTypesBut(graph: AtlasGraph, keep: string): string[] {
  const types = new Set<string>();
  graph.forEachNode((_id, attributes) => {
    if (attributes.type !== keep) types.add(attributes.type);
  });
  return [...types];
}
