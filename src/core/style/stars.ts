/**
 * Aggregated stars: a hub with many leaves of one type (GlobaLeaks and its
 * 4,791 cities) is drawn as the hub plus ONE aggregate node standing for the
 * leaves, so the picture shows the structure instead of a solid disc. This
 * module only finds the aggregates; it is display data — the graph, the
 * filters, counts, search, table, exports and measures keep every node.
 *
 * A leaf is a shown node with exactly one shown neighbour (degree counted in
 * the shown graph, i.e. after filters and focus, over shown links); leaves
 * are grouped by (hub, leaf type), and a group of MORE than `threshold`
 * members is an aggregate. Deterministic: members and aggregates come in the
 * graph's node order. Ids and types are user strings, so everything is keyed
 * by Map (an aggregate id is `${hubKey}\u0000${type}`).
 */
import type { ReadGraph } from '../graph/types';
import { formatNumber } from './format';

/** One hub's leaves of one type, drawn as one node while collapsed. */
export interface StarAggregate {
  /** `${hub}\u0000${type}`: unique per hub and leaf type. */
  id: string;
  /** Graph key of the hub. */
  hub: string;
  /** Node type shared by the members. */
  type: string;
  /** Graph keys of the leaves, in graph order. */
  members: string[];
  /** The member the map draws as the aggregate (the first one). */
  representative: string;
}

/** The aggregates of a view, with lookups by id and by member. */
export interface StarIndex {
  aggregates: StarAggregate[];
  byId: ReadonlyMap<string, StarAggregate>;
  byMember: ReadonlyMap<string, StarAggregate>;
}

/** Aggregate id of a hub's leaves of `type`. */
export function starId(hub: string, type: string): string {
  return `${hub}\u0000${type}`;
}

const EMPTY: StarIndex = Object.freeze({ aggregates: [], byId: new Map(), byMember: new Map() });

/**
 * The aggregates of `graph` under the shown nodes and links (null = all).
 * `threshold` ≤ 0 (or not finite) turns aggregation off: no aggregate.
 */
export function findStars(graph: ReadGraph, shown: { nodes?: ReadonlySet<string> | null; edges?: ReadonlySet<string> | null }, threshold: number): StarIndex {
  if (!(threshold > 0) || !Number.isFinite(threshold)) return EMPTY;
  const nodes = shown.nodes ?? null;
  const edges = shown.edges ?? null;
  const groups = new Map<string, StarAggregate>();
  // Everything shown (the sets are of the graph's keys: as large means all) in a graph without parallel links:
  // a leaf is a node with one link to another node, read in O(1) from graphology; no set look-up.
  const whole = !graph.multi && (!nodes || nodes.size === graph.order) && (!edges || edges.size === graph.size);
  graph.forEachNode((node, attr) => {
    if (whole) {
      if (graph.degreeWithoutSelfLoops(node) !== 1) return;
    } else if (nodes && !nodes.has(node)) return;
    let hub: string | null = null;
    let degree = 0;
    // Stops at a second neighbour: a hub's thousands of links are not all visited (a 500k-link map spent 0.4 s here).
    graph.someEdge(node, (edge, _a, source, target) => {
      if (edges && !edges.has(edge)) return false;
      const other = source === node ? target : source;
      if (other === node || (nodes && !nodes.has(other))) return false;
      if (other !== hub) {
        degree++;
        hub = other;
      }
      return degree > 1;
    });
    if (degree !== 1 || hub === null) return;
    const id = starId(hub, attr.type);
    const group = groups.get(id);
    if (group) group.members.push(node);
    else groups.set(id, { id, hub, type: attr.type, members: [node], representative: node });
  });
  const aggregates: StarAggregate[] = [];
  const byId = new Map<string, StarAggregate>();
  const byMember = new Map<string, StarAggregate>();
  for (const group of groups.values()) {
    // A hub that is itself a leaf (a dyad) is never an aggregate: it has one member.
    if (group.members.length <= threshold) continue;
    aggregates.push(group);
    byId.set(group.id, group);
    for (const m of group.members) byMember.set(m, group);
  }
  return { aggregates, byId, byMember };
}

/** Plural of the types the app knows; any other type reads "<type> nodes". */
const PLURALS: ReadonlyMap<string, string> = new Map([
  ['city', 'cities'],
  ['project', 'projects'],
  ['firm', 'firms'],
]);

/**
 * What an aggregate says on the map: "4,791 cities use GlobaLeaks" (cities
 * of a project), else "40 projects linked to Acme" — `hubLabel` is the hub's
 * label as shown.
 */
export function starLabel(aggregate: Pick<StarAggregate, 'type' | 'members'>, hubType: string, hubLabel: string): string {
  const count = formatNumber(aggregate.members.length);
  const plural = PLURALS.get(aggregate.type) ?? `${aggregate.type} nodes`;
  const verb = aggregate.type === 'city' && hubType === 'project' ? 'use' : 'linked to';
  return `${count} ${plural} ${verb} ${hubLabel}`;
}
