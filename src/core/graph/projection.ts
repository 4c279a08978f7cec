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
import { AtlasError, ParameterError } from '../errors';
import { dictCopy, dictFrom } from '../util/dict';
import { nodeId } from './node-key';
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from './types';

export type ProjectionWeighting = 'count' | 'newman';

export interface ProjectionOptions {
  /** Node type kept in the projection, e.g. `city`. */
  keep: string;
  /** Node types two kept nodes may share; default: every type but `keep`. */
  via?: readonly string[];
  weighting?: ProjectionWeighting;
  /**
   * Via nodes with more kept-type members than this are left out (e.g. a
   * platform used by 5,000 cities, which would tie them all to each other);
   * default: none left out.
   */
  maxViaMembers?: number;
  /**
   * Refuse (with a {@link ProjectionTooLargeError} naming the biggest hubs) a
   * projection that would create more pairings than this; default
   * {@link MAX_PROJECTION_PAIRS}.
   */
  maxPairs?: number;
}

/** Default bound on the pairings a projection may create: above it, memory runs out in a browser tab. */
export const MAX_PROJECTION_PAIRS = 3_000_000;

/** How many of the biggest hubs a {@link ProjectionTooLargeError} names. */
const HUBS_NAMED = 3;

/** Why a projection was refused: it would pair `pairs` times, more than `limit`. */
export interface ProjectionTooLarge {
  /** The kept node type. */
  keep: string;
  pairs: number;
  limit: number;
  /** The biggest via nodes, largest first (`id`: the node id as written; `members`: its kept-type neighbours). */
  hubs: { id: string; members: number }[];
}

/**
 * The sentence saying why a projection was refused, naming its biggest hubs;
 * with `hint` (the default) it ends with how to leave the hubs out.
 */
export function describeProjectionTooLarge(p: ProjectionTooLarge, { hint = true }: { hint?: boolean } = {}): string {
  const hubs = p.hubs.map((h) => `'${h.id}' (${h.members} ${p.keep} nodes)`).join(', ');
  return (
    `projection: the ${p.keep}–${p.keep} projection would pair ${p.pairs.toLocaleString('en')} times, more than the limit of ${p.limit.toLocaleString('en')}; ` +
    `the biggest hubs are ${hubs}.` +
    (hint ? ' Leave out hubs above a size with maxViaMembers (CLI: --max-via-members N).' : '')
  );
}

/** Thrown by {@link projectGraph} when the projection would create more pairings than its limit; carries the biggest hubs. */
export class ProjectionTooLargeError extends AtlasError {
  override name = 'ProjectionTooLargeError';
  readonly details: ProjectionTooLarge;

  constructor(details: ProjectionTooLarge) {
    super(describeProjectionTooLarge(details));
    this.details = details;
  }
}

export interface ProjectionResult {
  graph: AtlasGraph;
  /** Via nodes left out because they had more than `maxViaMembers` members (`id`: the node id as written, not its key). */
  skipped: { id: string; members: number }[];
}

/** Default via-types of the three projections the app offers, by kept type (a Map: types are user strings). */
export const DEFAULT_VIA: ReadonlyMap<string, readonly string[]> = new Map([
  ['city', ['project']],
  ['firm', ['project']],
  ['project', ['city']],
]);

/**
 * Projects the typed graph onto the nodes of one type. Every node of the kept
 * type is in the result (those sharing nothing as isolates). Edge attributes:
 * `weight` (by the chosen weighting), `relations` = [`shares <via types>`],
 * `extra.via` = the shared nodes' ids, `extra.shared` = their count.
 *
 * @throws ParameterError when a type is projected through itself.
 * @throws ProjectionTooLargeError when it would pair more than `maxPairs` times.
 */
export function projectGraph(graph: AtlasGraph, options: ProjectionOptions): ProjectionResult {
  const weighting = options.weighting ?? 'count';
  const via = new Set(options.via ?? DEFAULT_VIA.get(options.keep) ?? allTypesBut(graph, options.keep));
  if (via.has(options.keep)) throw new ParameterError(`projection: a type cannot be projected through itself ('${options.keep}')`);
  const relation = `shares ${[...via].join('/')}`;

  const result: AtlasGraph = new UndirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  graph.forEachNode((id, attributes) => {
    if (attributes.type === options.keep) result.addNode(id, { ...attributes, extra: dictCopy(attributes.extra) });
  });

  // Members of every via node first, so the size of the result is known
  // before anything big is allocated: a via node with k members creates
  // k(k−1)/2 pairs, and one 5,000-city platform alone would make 12.5 million.
  const keys = graph.nodes();
  const n = keys.length;
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const groups: { via: number; members: number[] }[] = [];
  const skipped: ProjectionResult['skipped'] = [];
  let totalPairs = 0;
  for (let v = 0; v < n; v++) {
    const viaId = keys[v]!;
    if (!via.has(graph.getNodeAttribute(viaId, 'type'))) continue;
    const members: number[] = [];
    graph.forEachNeighbor(viaId, (neighbour, a) => {
      if (a.type === options.keep) members.push(index.get(neighbour)!);
    });
    if (members.length < 2) continue;
    if (options.maxViaMembers !== undefined && members.length > options.maxViaMembers) {
      skipped.push({ id: nodeId(viaId), members: members.length });
      continue;
    }
    members.sort((x, y) => x - y);
    groups.push({ via: v, members });
    totalPairs += (members.length * (members.length - 1)) / 2;
  }
  const maxPairs = options.maxPairs ?? MAX_PROJECTION_PAIRS;
  if (totalPairs > maxPairs) {
    const hubs = [...groups].sort((a, b) => b.members.length - a.members.length).slice(0, HUBS_NAMED);
    throw new ProjectionTooLargeError({
      keep: options.keep,
      pairs: totalPairs,
      limit: maxPairs,
      hubs: hubs.map((h) => ({ id: nodeId(keys[h.via]!), members: h.members.length })),
    });
  }

  // Pairs are accumulated by integer key (a·n + b over node indices) and the
  // edges added once at the end, which is far faster than per-pair graph look-ups.
  const pairs = new Map<number, { weight: number; via: number[] }>();
  for (const { via: v, members } of groups) {
    const increment = weighting === 'newman' ? 1 / (members.length - 1) : 1;
    for (let i = 0; i < members.length; i++) {
      const base = members[i]! * n;
      for (let j = i + 1; j < members.length; j++) {
        const key = base + members[j]!;
        const pair = pairs.get(key);
        if (pair) {
          pair.weight += increment;
          pair.via.push(v);
        } else {
          pairs.set(key, { weight: increment, via: [v] });
        }
      }
    }
  }
  for (const [key, { weight, via: shared }] of [...pairs].sort((x, y) => x[0] - y[0])) {
    const a = keys[Math.floor(key / n)]!;
    const b = keys[key % n]!;
    result.addEdge(a, b, {
      weight,
      relations: [relation],
      years: [],
      evidence: [],
      lines: [],
      // `via` holds graph keys (the UI looks them up); outputs show nodeId(key).
      extra: dictFrom([
        ['via', shared.map((v) => keys[v]!)],
        ['shared', [String(shared.length)]],
      ]),
    });
  }
  return { graph: result, skipped };
}

function allTypesBut(graph: AtlasGraph, keep: string): string[] {
  const types = new Set<string>();
  graph.forEachNode((_id, attributes) => {
    if (attributes.type !== keep) types.add(attributes.type);
  });
  return [...types];
}
