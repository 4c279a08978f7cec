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
 *   `topFirmShare` = max s_f (the share held by its top firm, `topFirm`) and
 *   `vendorHhi` = Σ s_f² (Herfindahl–Hirschman index, 1 = a single vendor,
 *   1/N = N equal vendors). Both are absent when the city has no firm link.
 * Project
 * - `adoptingCities`, `firmsInvolved`: distinct city and firm neighbours;
 *   `countries`: distinct countries among its cities (from the `country`
 *   attribute; cities without one are not counted).
 * Firm
 * - `citiesReached`: distinct cities linked directly or through one of its
 *   projects; `projectsReached`: distinct project neighbours;
 *   `brokerage`: the share of shortest paths between pairs of other firms
 *   that pass through it (subset betweenness, Brandes 2008), supplied by the
 *   caller (see `firmBrokerage` in analysis/analyze.ts), in [0, 1].
 */
import type { AtlasGraph } from './types';

export interface CityIndicators {
  type: 'city';
  projectsUsed: number;
  firms: number;
  firmLinks: number;
  topFirm?: string;
  topFirmShare?: number;
  vendorHhi?: number;
}

export interface ProjectIndicators {
  type: 'project';
  adoptingCities: number;
  firmsInvolved: number;
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

/** Neighbour groups of the adjacency below; every other type is group 3. */
const GROUPS: Record<string, number> = { city: 0, project: 1, firm: 2 };

/**
 * Computes indicators for every city, project and firm (other types get none).
 * `firmBrokerage` maps a firm id to its brokerage (normalised betweenness among firms).
 */
export function computeIndicators(
  graph: AtlasGraph,
  firmBrokerage?: ReadonlyMap<string, number>,
): Map<string, NodeIndicators> {
  const out = new Map<string, NodeIndicators>();
  // Neighbours grouped by type (city, project, firm, other) in one flat
  // Int32Array, CSR-style: node i's neighbours of group g are
  // adjacency[start[4i + g] .. start[4i + g + 1]). Built with two passes over
  // the edges and no per-node allocation: the counting below is then integer
  // work over typed arrays (100k nodes / 500k links: 4.3 s with string-keyed
  // Maps of arrays, well under a second this way).
  const keys = graph.nodes();
  const n = keys.length;
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const types = keys.map((k) => graph.getNodeAttribute(k, 'type'));
  const group = Uint8Array.from(types, (t) => (Object.hasOwn(GROUPS, t) ? GROUPS[t]! : 3));
  const start = new Int32Array(4 * n + 1);
  const ends: number[] = [];
  graph.forEachEdge((_e, _a, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    ends.push(s, t);
    start[4 * s + group[t]! + 1]!++;
    start[4 * t + group[s]! + 1]!++;
  });
  for (let k = 1; k <= 4 * n; k++) start[k]! += start[k - 1]!;
  const adjacency = new Int32Array(ends.length);
  const cursor = start.slice(0, 4 * n);
  for (let k = 0; k < ends.length; k += 2) {
    const s = ends[k]!;
    const t = ends[k + 1]!;
    adjacency[cursor[4 * s + group[t]!]!++] = t;
    adjacency[cursor[4 * t + group[s]!]!++] = s;
  }
  const neighboursOfType = (i: number, type: 'city' | 'project' | 'firm'): Int32Array => {
    const g = GROUPS[type]!;
    return adjacency.subarray(start[4 * i + g]!, start[4 * i + g + 1]!);
  };

  const links = new Float64Array(n); // firm-mediated links of the current city, by firm
  const stamp = new Int32Array(n).fill(-1); // "already counted for node i" marks
  const touched: number[] = [];
  // Most cities use a single project and no firm directly, and most firms work
  // on a single project with no city directly: their figures depend on that
  // project only, so they are computed once per project (a 5,000-city project
  // would otherwise be re-read by each of its cities and each of its firms).
  const cityViaProject = new Map<number, CityIndicators>();
  const firmReachViaProject = new Map<number, number>();

  keys.forEach((id, i) => {
    const type = types[i];
    if (type === 'city') {
      const projects = neighboursOfType(i, 'project');
      const direct = neighboursOfType(i, 'firm');
      const only = projects.length === 1 && direct.length === 0 ? projects[0]! : -1;
      const cached = only >= 0 ? cityViaProject.get(only) : undefined;
      if (cached) {
        out.set(id, { ...cached });
        return;
      }
      // Each firm-mediated link adds 1 to its firm: the total is the number of increments.
      touched.length = 0;
      let total = 0;
      for (let k = -1; k < projects.length; k++) {
        const firms = k < 0 ? direct : neighboursOfType(projects[k]!, 'firm');
        total += firms.length;
        for (let j = 0; j < firms.length; j++) {
          const firm = firms[j]!;
          if (links[firm] === 0) touched.push(firm);
          links[firm]!++;
        }
      }
      const city: CityIndicators = { type: 'city', projectsUsed: projects.length, firms: touched.length, firmLinks: total };
      let top = -1;
      let topLinks = 0;
      let hhi = 0;
      for (const f of touched) {
        const count = links[f]!;
        links[f] = 0;
        hhi += (count / total) ** 2;
        // Ties for the top firm go to the smallest id, so the output is stable.
        if (top < 0 || count > topLinks || (count === topLinks && keys[f]! < keys[top]!)) {
          top = f;
          topLinks = count;
        }
      }
      if (total > 0) {
        city.topFirm = keys[top]!;
        city.topFirmShare = topLinks / total;
        city.vendorHhi = hhi;
      }
      if (only >= 0) cityViaProject.set(only, city);
      out.set(id, { ...city });
    } else if (type === 'project') {
      const cities = neighboursOfType(i, 'city');
      const countries = new Set<string>();
      for (const c of cities) {
        const country = graph.getNodeAttribute(keys[c]!, 'country');
        if (country) countries.add(country);
      }
      out.set(id, {
        type: 'project',
        adoptingCities: cities.length,
        firmsInvolved: neighboursOfType(i, 'firm').length,
        countries: countries.size,
        countryList: [...countries].sort(),
      });
    } else if (type === 'firm') {
      const projects = neighboursOfType(i, 'project');
      const direct = neighboursOfType(i, 'city');
      const only = projects.length === 1 && direct.length === 0 ? projects[0]! : -1;
      let reached = only >= 0 ? (firmReachViaProject.get(only) ?? -1) : -1;
      if (reached < 0) {
        reached = 0;
        for (let k = -1; k < projects.length; k++) {
          const cities = k < 0 ? direct : neighboursOfType(projects[k]!, 'city');
          for (let j = 0; j < cities.length; j++) {
            const c = cities[j]!;
            if (stamp[c] !== i) {
              stamp[c] = i;
              reached++;
            }
          }
        }
        if (only >= 0) firmReachViaProject.set(only, reached);
      }
      const firm: FirmIndicators = { type: 'firm', citiesReached: reached, projectsReached: projects.length };
      const brokerage = firmBrokerage?.get(id);
      if (brokerage !== undefined) firm.brokerage = brokerage;
      out.set(id, firm);
    }
  });
  return out;
}
