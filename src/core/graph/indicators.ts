/**
 * Co-production indicators: the questions this field asks of a partnership
 * network, computed per node from its typed neighbourhood.
 *
 * City
 * - `projectsUsed`: distinct project neighbours.
 * - `firms`: distinct firms linked to the city directly or through one of its
 *   projects.
 * - Vendor concentration over the city's firm-mediated links: a firm f holds
 *   links(f) = [f is linked to the city directly] + (number of the city's
 *   projects f is linked to). With shares s_f = links(f) / Σ links,
 *   `topFirmShare` = max s_f (the share held by its top firms: `topFirms`,
 *   every firm holding it, by key; `topFirm` the first of them) and
 *   `vendorHhi` = Σ s_f² (Herfindahl–Hirschman index, 1 = a single vendor,
 *   1/N = N equal vendors). Both are absent when the city has no firm link.
 * Project
 * - `adoptingCities`, `firmsInvolved`: distinct city and firm neighbours;
 *   `maintainers`: neighbours linked to it by a maintaining relation
 *   (`maintains`, `develops`): 1 with many cities is a single point of failure;
 *   `countries`: distinct countries among its cities (from the `country`
 *   attribute; cities without one are not counted).
 * Firm
 * - `citiesReached`: distinct cities linked directly or through one of its
 *   projects; `projectsReached`: distinct project neighbours;
 *   `brokerage`: the pairs of its neighbours that are not linked to each
 *   other (Gould & Fernandez 1989 total brokerage, undirected; see
 *   metrics/brokerage.ts), supplied by the caller (`firmBrokerage` in
 *   analysis/analyze.ts): 0 for a firm on a single project.
 *
 * Keys (and `topFirm`, `topFirms`) are graph keys; outputs show `nodeId(key)`.
 *
 * Cost. Counted naively, a city reads every firm of each of its projects and
 * a firm every city of each of its projects: the number of city–project–firm
 * paths, which around hubs is quadratic (a project used by 50,000 cities and
 * worked on by 500 firms alone makes 25 million). Here the "heavy" projects
 * of a node (more than {@link HEAVY_MIN} or √links firms, for a city;
 * cities, for a firm)
 * are summarised once per distinct set of them — distinct firms, total links,
 * Σ links², top firm; distinct cities — and each node reads only its light
 * projects and direct links, asking per firm (or city) met there how many of
 * the heavy projects it is on, from its own sorted project list. The work is
 * then the links of the light projects' members, plus one pass per distinct
 * heavy set (a handful on hub-heavy data): 50,000 cities on 3 hubs went
 * from 3.4 s to well under a second, the output unchanged (vendor HHI is now
 * Σ links² / total², exact in integers, where it summed squared shares: the
 * last bits may differ).
 */
import type { GraphColumns } from './columns';
import type { ReadGraph, AtlasNodeAttributes } from './types';

/** The graph the indicators read: graphology's, or the builder's columns (the same nodes and links, in the same order). */
export type IndicatorGraph = ReadGraph | GraphColumns;

/** What the indicators read of a graph: nodes in order, each link's ends in link order, and per node its maintaining links. */
interface IndicatorInput {
  keys: string[];
  attributes: AtlasNodeAttributes[];
  sources: Int32Array;
  targets: Int32Array;
  /** Links of node i (not to itself) whose relations include one of {@link MAINTAINING_RELATIONS}. */
  maintaining: Int32Array;
}

/** {@link IndicatorInput} of graphology's graph, or of the columns without making graphology's graph. */
function indicatorInput(graph: IndicatorGraph): IndicatorInput {
  const keys = graph.nodes();
  const n = keys.length;
  const maintaining = new Int32Array(n);
  const maintains = (relations: readonly string[]) => relations.some((r) => MAINTAINING_RELATIONS.has(r));
  if ('forEachLink' in graph) {
    const { source: sources, target: targets } = graph.linkEnds();
    graph.forEachLink((i, merged, relation) => {
      const s = sources[i]!;
      const t = targets[i]!;
      if (s !== t && (merged ? maintains(merged.relations) : relation !== undefined && MAINTAINING_RELATIONS.has(relation))) {
        maintaining[s]!++;
        maintaining[t]!++;
      }
    });
    return { keys, attributes: graph.nodeAttributes(), sources, targets, maintaining };
  }
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    sources[e] = s;
    targets[e++] = t;
    if (s !== t && maintains(attributes.relations)) {
      maintaining[s]!++;
      maintaining[t]!++;
    }
  });
  return { keys, attributes: keys.map((k) => graph.getNodeAttributes(k)), sources, targets, maintaining };
}

export interface CityIndicators {
  type: 'city';
  projectsUsed: number;
  firms: number;
  firmLinks: number;
  /** The first of `topFirms` by key (kept for readers of one firm). */
  topFirm?: string;
  /** Every firm holding the top share, sorted by key: more than one on a tie. */
  topFirms?: readonly string[];
  topFirmShare?: number;
  vendorHhi?: number;
}

export interface ProjectIndicators {
  type: 'project';
  adoptingCities: number;
  firmsInvolved: number;
  /** Neighbours that maintain or develop it ({@link MAINTAINING_RELATIONS}). */
  maintainers: number;
  countries: number;
  countryList: string[];
}

export interface FirmIndicators {
  type: 'firm';
  citiesReached: number;
  projectsReached: number;
  brokerage?: number;
}

export type NodeIndicators = CityIndicators | ProjectIndicators | FirmIndicators;

/** Relations by which a node keeps a project alive (a project's `maintainers`). */
export const MAINTAINING_RELATIONS: ReadonlySet<string> = new Set(['maintains', 'develops']);

/** Neighbour groups of the adjacency below; every other type is group 3. */
const GROUPS: ReadonlyMap<string, number> = new Map([
  ['city', 0],
  ['project', 1],
  ['firm', 2],
]);
const CITY = 0;
const PROJECT = 1;
const FIRM = 2;

/**
 * Projects with more members (firms for cities, cities for firms) than
 * `max(HEAVY_MIN, √links)` are "heavy": summarised once per set of them.
 * Light projects are read by each of their nodes, at most √links each, so
 * the light work is bounded by links^1.5 even when every project is just
 * under the bound, and is linear on real data (most projects are small); a
 * lower bound would make a hub plus a mid-sized project a set of its own.
 */
export const HEAVY_MIN = 32;

/** Whether `list[from .. to)`, sorted, holds `value` (binary search). */
function sortedHas(list: Int32Array, from: number, to: number, value: number): boolean {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]!;
    if (x === value) return true;
    if (x < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Computes indicators for every city, project and firm (other types get none).
 * `firmBrokerage` maps a firm key to its brokerage (open pairs of neighbours, Gould & Fernandez 1989).
 */
export function computeIndicators(graph: IndicatorGraph, firmBrokerage?: ReadonlyMap<string, number>): Map<string, NodeIndicators> {
  const out = new Map<string, NodeIndicators>();
  // Neighbours grouped by type (city, project, firm, other) in one flat
  // Int32Array, CSR-style: node i's neighbours of group g are
  // adjacency[start[4i + g] .. start[4i + g + 1]), sorted by index (for the
  // membership tests below). Built with two passes over the links and no
  // per-node allocation: the counting is integer work over typed arrays.
  const { keys, attributes, sources, targets, maintaining } = indicatorInput(graph);
  const n = keys.length;
  const links = sources.length;
  const group = Uint8Array.from(attributes, (a) => GROUPS.get(a.type) ?? 3);
  const start = new Int32Array(4 * n + 1);
  for (let e = 0; e < links; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    start[4 * s + group[t]! + 1]!++;
    start[4 * t + group[s]! + 1]!++;
  }
  for (let k = 1; k <= 4 * n; k++) start[k]! += start[k - 1]!;
  const adjacency = new Int32Array(2 * links);
  const cursor = start.slice(0, 4 * n);
  for (let e = 0; e < links; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    adjacency[cursor[4 * s + group[t]!]!++] = t;
    adjacency[cursor[4 * t + group[s]!]!++] = s;
  }
  for (let k = 0; k < 4 * n; k++) if (start[k + 1]! - start[k]! > 1) adjacency.subarray(start[k]!, start[k + 1]!).sort();
  // Node i's neighbours of group g are adjacency[from(i, g) .. to(i, g)):
  // plain offsets, as a subarray per look-up would allocate.
  const from = (i: number, g: number): number => start[4 * i + g]!;
  const to = (i: number, g: number): number => start[4 * i + g + 1]!;
  const size = (i: number, g: number): number => start[4 * i + g + 1]! - start[4 * i + g]!;

  const count = new Int32Array(n); // links per firm (or mark per city) while one node is counted
  const seen = new Int32Array(n); // seen[x] === epoch: x already met in the current count
  const marked = new Int32Array(n); // marked[p] === epoch: p is in the current heavy set
  let epoch = 0;
  const touched: number[] = [];
  const heavyBound = Math.max(HEAVY_MIN, Math.ceil(Math.sqrt(links)));

  // The current node's heavy and light projects (reused: one node at a time).
  const heavy: number[] = [];
  const light: number[] = [];
  /** Splits node i's projects into heavy (more than `heavyBound` members of group `g`) and light; marks the heavy ones with a new epoch, returned. */
  const split = (i: number, g: number): number => {
    heavy.length = 0;
    light.length = 0;
    const mark = ++epoch;
    for (let k = from(i, PROJECT), end = to(i, PROJECT); k < end; k++) {
      const p = adjacency[k]!;
      if (size(p, g) > heavyBound) {
        heavy.push(p);
        marked[p] = mark;
      } else light.push(p);
    }
    return mark;
  };
  /** Cache key of the current heavy set (its sorted indices). */
  const heavyId = (): string | number => (heavy.length === 1 ? heavy[0]! : heavy.join(','));
  /** How many of the heavy projects (marked with `mark`) node x is on: the cheaper of a scan of its projects and binary searches. */
  const heavyCount = (x: number, mark: number): number => {
    const a = from(x, PROJECT);
    const b = to(x, PROJECT);
    let k = 0;
    if (heavy.length * 8 < b - a) {
      for (const p of heavy) if (sortedHas(adjacency, a, b, p)) k++;
    } else for (let j = a; j < b; j++) if (marked[adjacency[j]!] === mark) k++;
    return k;
  };
  /** Smaller key first, for ties of the top firm (so the output is stable). */
  const better = (links: number, f: number, topLinks: number, top: number) => top < 0 || links > topLinks || (links === topLinks && keys[f]! < keys[top]!);

  /** Firm-link figures of a set of heavy projects, once per distinct set. */
  interface FirmLinks {
    firms: number;
    total: number;
    squares: number;
    top: number;
    topLinks: number;
    /** Every firm with `topLinks` links. */
    tops: number[];
    /**
     * `tops` as sorted keys, made once and shared (frozen) by every city whose
     * tie is exactly this set's: on the municipal catalogue 5,096 cities tie
     * between more than 100 firms (625 for one hub's cities), and a list per
     * city was 2.9 million strings, 112 MB for the worker's message to the
     * page (a structured clone keeps a shared array once).
     */
    topKeys?: readonly string[];
  }
  const firmLinksOf = new Map<string | number, FirmLinks>();
  const noFirmLinks: FirmLinks = { firms: 0, total: 0, squares: 0, top: -1, topLinks: 0, tops: [] };
  const heavyFirmLinks = (): FirmLinks => {
    if (heavy.length === 0) return noFirmLinks;
    const id = heavyId();
    let known = firmLinksOf.get(id);
    if (known) return known;
    touched.length = 0;
    let total = 0;
    for (const p of heavy) {
      total += size(p, FIRM);
      for (let k = from(p, FIRM), end = to(p, FIRM); k < end; k++) {
        const f = adjacency[k]!;
        if (count[f]!++ === 0) touched.push(f);
      }
    }
    known = { firms: touched.length, total, squares: 0, top: -1, topLinks: 0, tops: [] };
    for (const f of touched) {
      const links = count[f]!;
      known.squares += links * links;
      if (better(links, f, known.topLinks, known.top)) {
        known.top = f;
        known.topLinks = links;
      }
    }
    for (const f of touched) {
      if (count[f] === known.topLinks) known.tops.push(f);
      count[f] = 0;
    }
    firmLinksOf.set(id, known);
    return known;
  };
  /** Distinct cities of a set of heavy projects, once per distinct set. */
  const citiesOf = new Map<string | number, number>();
  const heavyCities = (): number => {
    if (heavy.length === 0) return 0;
    if (heavy.length === 1) return size(heavy[0]!, CITY);
    const id = heavyId();
    let known = citiesOf.get(id);
    if (known !== undefined) return known;
    const once = ++epoch;
    known = 0;
    for (const p of heavy)
      for (let k = from(p, CITY), end = to(p, CITY); k < end; k++) {
        const c = adjacency[k]!;
        if (seen[c] !== once) {
          seen[c] = once;
          known++;
        }
      }
    citiesOf.set(id, known);
    return known;
  };

  const city = (i: number): CityIndicators => {
    const mark = split(i, FIRM);
    const base = heavyFirmLinks();
    // Light sources: the direct firms and the light projects' firms, each link counted.
    touched.length = 0;
    let total = base.total;
    for (let s = -1; s < light.length; s++) {
      const source = s < 0 ? i : light[s]!;
      total += size(source, FIRM);
      for (let k = from(source, FIRM), end = to(source, FIRM); k < end; k++) {
        const f = adjacency[k]!;
        if (count[f]!++ === 0) touched.push(f);
      }
    }
    let firms = base.firms;
    let squares = base.squares;
    // The heavy set's top firm keeps its links unless touched (then it has more and competes below).
    let top = base.top;
    let topLinks = base.topLinks;
    for (const f of touched) {
      const extra = count[f]!;
      const inHeavy = heavy.length > 0 ? heavyCount(f, mark) : 0;
      const links = inHeavy + extra;
      count[f] = links; // read back below for the ties
      if (inHeavy === 0) firms++;
      squares += links * links - inHeavy * inHeavy;
      if (better(links, f, topLinks, top)) {
        top = f;
        topLinks = links;
      }
    }
    // Ties for the top: touched firms at the top, and the heavy set's own top
    // firms when no touched firm went past them (then none of them was touched).
    const tops: number[] = topLinks === base.topLinks ? [...base.tops] : [];
    for (const f of touched) {
      if (count[f] === topLinks) tops.push(f);
      count[f] = 0;
    }
    const result: CityIndicators = { type: 'city', projectsUsed: size(i, PROJECT), firms, firmLinks: total };
    if (total > 0) {
      result.topFirm = keys[top]!;
      // No touched firm joined the heavy set's tie: its shared list.
      const same = topLinks === base.topLinks && tops.length === base.tops.length && base !== noFirmLinks;
      result.topFirms = same ? (base.topKeys ??= Object.freeze(base.tops.map((f) => keys[f]!).sort())) : tops.map((f) => keys[f]!).sort();
      result.topFirmShare = topLinks / total;
      result.vendorHhi = squares / (total * total);
    }
    return result;
  };

  const firm = (i: number): FirmIndicators => {
    const mark = split(i, CITY);
    let reached = heavyCities();
    // Cities met through light projects or directly count when none of the heavy projects has them.
    for (let s = -1; s < light.length; s++) {
      const source = s < 0 ? i : light[s]!;
      for (let k = from(source, CITY), end = to(source, CITY); k < end; k++) {
        const c = adjacency[k]!;
        if (seen[c] === mark) continue;
        seen[c] = mark;
        if (heavy.length === 0 || heavyCount(c, mark) === 0) reached++;
      }
    }
    const result: FirmIndicators = { type: 'firm', citiesReached: reached, projectsReached: size(i, PROJECT) };
    const brokerage = firmBrokerage?.get(keys[i]!);
    if (brokerage !== undefined) result.brokerage = brokerage;
    return result;
  };

  const project = (i: number): ProjectIndicators => {
    const countries = new Set<string>();
    for (let k = from(i, CITY), end = to(i, CITY); k < end; k++) {
      const country = attributes[adjacency[k]!]!.country;
      if (country) countries.add(country);
    }
    return {
      type: 'project',
      adoptingCities: size(i, CITY),
      firmsInvolved: size(i, FIRM),
      maintainers: maintaining[i]!,
      countries: countries.size,
      countryList: [...countries].sort(),
    };
  };

  for (let i = 0; i < n; i++) {
    const g = group[i];
    if (g === CITY) out.set(keys[i]!, city(i));
    else if (g === PROJECT) out.set(keys[i]!, project(i));
    else if (g === FIRM) out.set(keys[i]!, firm(i));
  }
  return out;
}
