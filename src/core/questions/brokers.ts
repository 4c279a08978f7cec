/**
 * Question: which firms and intermediaries broker between coalitions? Nodes
 * of the broker types ranked by brokerage (Gould & Fernandez's open pairs of
 * neighbours, metrics/brokerage.ts: the firm's `brokerage` indicator), then
 * by low Burt constraint (the `constraint` measure), each with the
 * coalitions (communities) its neighbours belong to.
 */
import type { NodeIndicators } from '../graph/indicators';
import type { ReadGraph } from '../graph/types';
import { openPairBrokerage } from '../metrics/brokerage';
import { buildCsr } from '../metrics/csr';
import { coalitions } from './coalitions';
import { byLabel, measureOf, named, type MeasureTable, type NamedNode } from './types';

/** Node types ranked as brokers: firms, and intermediaries when the data has that type. */
export const BROKER_TYPES: ReadonlySet<string> = new Set(['firm', 'intermediary']);

export interface Broker extends NamedNode {
  type: string;
  /** Pairs of its neighbours not linked to each other. */
  brokerage: number;
  /** Burt's aggregate constraint (NaN when not computed). */
  constraint: number;
  /** The coalitions its neighbours belong to, largest first: more than one = it bridges them. */
  coalitions: { id: number; name: string }[];
}

/**
 * Every node of a broker type with at least one link, by brokerage (highest
 * first), then constraint (lowest first), then name. `measures` gives
 * `constraint` and `community`; brokerage is the indicator's, computed here
 * for types without indicators.
 */
export function brokers(graph: ReadGraph, indicators: ReadonlyMap<string, NodeIndicators>, measures: MeasureTable): Broker[] {
  const constraint = measureOf(measures, 'constraint');
  const community = measureOf(measures, 'community');
  const index = new Map(measures.keys.map((k, i) => [k, i]));
  const names = new Map(coalitions(graph, measures).map((c) => [c.id, c.name]));
  let computed: { keys: Map<string, number>; values: Float64Array } | undefined;
  const brokerageOf = (key: string): number => {
    const ind = indicators.get(key);
    if (ind?.type === 'firm' && ind.brokerage !== undefined) return ind.brokerage;
    if (!computed) {
      const csr = buildCsr(graph, null);
      computed = { keys: new Map(csr.keys.map((k, i) => [k, i])), values: openPairBrokerage(csr) };
    }
    return computed.values[computed.keys.get(key)!]!;
  };
  const out: Broker[] = [];
  graph.forEachNode((key, a) => {
    if (!BROKER_TYPES.has(a.type) || graph.degree(key) === 0) return;
    const i = index.get(key);
    const reached = new Set<number>();
    if (community)
      graph.forEachNeighbor(key, (other) => {
        const j = index.get(other);
        const c = j === undefined ? Number.NaN : community[j]!;
        if (!Number.isNaN(c)) reached.add(c);
      });
    out.push({
      ...named(graph, key),
      type: a.type,
      brokerage: brokerageOf(key),
      constraint: constraint && i !== undefined ? constraint[i]! : Number.NaN,
      coalitions: [...reached].sort((x, y) => x - y).map((id) => ({ id, name: names.get(id) ?? `community ${id}` })),
    });
  });
  const low = (x: number) => (Number.isNaN(x) ? Number.POSITIVE_INFINITY : x);
  return out.sort((a, b) => b.brokerage - a.brokerage || low(a.constraint) - low(b.constraint) || byLabel(a, b));
}
