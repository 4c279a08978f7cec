/**
 * Question: which coalitions exist, and who leads them? Every community
 * (the `community` measure, found by Louvain or Leiden) named after its leading node — the
 * project with the most links, else the node with the most links — with its
 * size and its composition by node type ("Decidim circle: 98 cities, 12
 * firms, 6 projects").
 */
import type { ReadGraph } from '../graph/types';
import { measureOf, named, type MeasureTable, type NamedNode } from './types';

/** The node type whose leader names a coalition when it has one. */
export const LEADING_TYPE = 'project';

export interface Coalition {
  /** The community number (0 = largest). */
  id: number;
  /** "<leader> circle". */
  name: string;
  /** The node it is named after. */
  leader: NamedNode;
  size: number;
  /** Nodes per type, most first (ties by type). */
  byType: { type: string; count: number }[];
}

/** Every community of `measures`' `community` values, largest first; [] when communities were not computed. */
export function coalitions(graph: ReadGraph, measures: MeasureTable): Coalition[] {
  const community = measureOf(measures, 'community');
  if (!community) return [];
  const degree = measureOf(measures, 'degree');
  interface Group {
    size: number;
    types: Map<string, number>;
    leader: number;
    leaderIsProject: boolean;
  }
  const groups = new Map<number, Group>();
  const degreeOf = (i: number) => degree?.[i] ?? graph.degree(measures.keys[i]!);
  measures.keys.forEach((key, i) => {
    const c = community[i]!;
    if (Number.isNaN(c) || !graph.hasNode(key)) return;
    const type = graph.getNodeAttribute(key, 'type');
    let g = groups.get(c);
    if (!g) groups.set(c, (g = { size: 0, types: new Map(), leader: i, leaderIsProject: type === LEADING_TYPE }));
    g.size++;
    g.types.set(type, (g.types.get(type) ?? 0) + 1);
    const isProject = type === LEADING_TYPE;
    // A project beats any other type; within the same rank, more links, then the smaller key.
    const better =
      (isProject && !g.leaderIsProject) ||
      (isProject === g.leaderIsProject && (degreeOf(i) > degreeOf(g.leader) || (degreeOf(i) === degreeOf(g.leader) && key < measures.keys[g.leader]!)));
    if (better) {
      g.leader = i;
      g.leaderIsProject = isProject;
    }
  });
  const out: Coalition[] = [];
  for (const [id, g] of groups) {
    const leader = named(graph, measures.keys[g.leader]!);
    out.push({
      id,
      name: `${leader.label} circle`,
      leader,
      size: g.size,
      byType: [...g.types].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)),
    });
  }
  return out.sort((a, b) => b.size - a.size || a.id - b.id);
}
