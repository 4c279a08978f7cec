/**
 * A node's neighbours grouped by their type and the relation of the link
 * ("Firms · develops (3)"), each with what the link carries: evidence, years,
 * weight, and in a projection the shared nodes that make the link
 * (`extra.via`). DOM-free so it is tested in Node.
 */
import { nodeId } from '../../../core/graph/node-key';
import { KNOWN_TYPES, type ReadGraph } from '../../../core/graph/types';
import { getOwn } from '../../../core/util/dict';
import { capitalise, pluralType, relationWords } from './text';

/** One neighbour and the link to it. */
export interface NeighbourEntry {
  /** The neighbour's graph key (what selecting it takes). */
  id: string;
  label: string;
  type: string;
  weight: number;
  years: number[];
  evidence: string[];
  /** Labels of the shared nodes, in a projection. */
  via: string[];
}

/** Neighbours of one type linked by one relation (or one set of relations). */
export interface NeighbourGroup {
  /** Stable key: type and relations. */
  key: string;
  type: string;
  /** The link's relations, as words, in the file's order ("provides services for"). */
  relation: string;
  /** "Firms · develops". */
  title: string;
  entries: NeighbourEntry[];
}

/** Known types first (city, project, firm), then the others alphabetically. */
export function compareTypes(a: string, b: string): number {
  const ia = (KNOWN_TYPES as readonly string[]).indexOf(a);
  const ib = (KNOWN_TYPES as readonly string[]).indexOf(b);
  if (ia !== ib) return (ia === -1 ? KNOWN_TYPES.length : ia) - (ib === -1 ? KNOWN_TYPES.length : ib);
  return a.localeCompare(b);
}

const byLabel = (a: NeighbourEntry, b: NeighbourEntry) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' });

/**
 * Groups the neighbours of `node` by type and relation. Groups come in type
 * order, then largest first; entries by label (a node without one by its
 * id as written). `labelOf` names the shared nodes of a projection (they are
 * not in the projected graph) from their keys.
 */
export function groupNeighbours(graph: ReadGraph, node: string, labelOf: (key: string) => string = nodeId): NeighbourGroup[] {
  const groups = new Map<string, NeighbourGroup>();
  graph.forEachEdge(node, (_edge, attrs, source, target) => {
    const other = source === node ? target : source;
    const { label, type } = graph.getNodeAttributes(other);
    const relation = attrs.relations.length > 0 ? attrs.relations.map(relationWords).join(', ') : 'linked';
    const key = `${type}\u0000${relation}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, type, relation, title: `${capitalise(pluralType(type))} · ${relation}`, entries: [] };
      groups.set(key, group);
    }
    group.entries.push({
      id: other,
      label: label || nodeId(other),
      type,
      weight: attrs.weight,
      years: attrs.years,
      evidence: attrs.evidence,
      via: (getOwn(attrs.extra, 'via') ?? []).map(labelOf),
    });
  });
  const list = [...groups.values()];
  for (const g of list) g.entries.sort(byLabel);
  return list.sort((a, b) => compareTypes(a.type, b.type) || b.entries.length - a.entries.length || a.relation.localeCompare(b.relation));
}
