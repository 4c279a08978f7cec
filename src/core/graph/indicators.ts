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

/**
 * Computes indicators for every city, project and firm (other types get none).
 * `firmBrokerage` maps a firm id to its brokerage (normalised betweenness among firms).
 */
export function computeIndicators(
  graph: AtlasGraph,
  firmBrokerage?: ReadonlyMap<string, number>,
): Map<string, NodeIndicators> {
  const out = new Map<string, NodeIndicators>();
  // Node indices and neighbours by type as index arrays, gathered in one pass
  // over the edges. The counting below is then integer work over typed arrays:
  // on the municipal dataset a big project (GlobaLeaks: ~5,200 cities and
  // hundreds of firms) is read once per city that uses it, without Maps,
  // Sets or sorting in the inner loops.
  const keys = graph.nodes();
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const types = keys.map((k) => graph.getNodeAttribute(k, 'type'));
  const byType = new Map<string, number[]>();
  const none: number[] = [];
  const push = (from: number, to: number) => {
    const key = `${from} ${types[to]}`;
    const list = byType.get(key);
    if (list) list.push(to);
    else byType.set(key, [to]);
  };
  graph.forEachEdge((_e, _a, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    push(s, t);
    push(t, s);
  });
  const neighboursOfType = (i: number, type: string): number[] => byType.get(`${i} ${type}`) ?? none;

  const links = new Float64Array(keys.length); // firm-mediated links of the current city, by firm
  const stamp = new Int32Array(keys.length).fill(-1); // "already counted for node i" marks
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
      touched.length = 0;
      const add = (firm: number) => {
        if (links[firm] === 0) touched.push(firm);
        links[firm]!++;
      };
      direct.forEach(add);
      for (const project of projects) neighboursOfType(project, 'firm').forEach(add);
      let total = 0;
      for (const f of touched) total += links[f]!;
      const city: CityIndicators = { type: 'city', projectsUsed: projects.length, firms: touched.length, firmLinks: total };
      if (total > 0) {
        let top = -1;
        let hhi = 0;
        for (const f of touched) {
          const n = links[f]!;
          hhi += (n / total) ** 2;
          // Ties for the top firm go to the smallest id, so the output is stable.
          if (top < 0 || n > links[top]! || (n === links[top]! && keys[f]! < keys[top]!)) top = f;
        }
        city.topFirm = keys[top]!;
        city.topFirmShare = links[top]! / total;
        city.vendorHhi = hhi;
      }
      for (const f of touched) links[f] = 0;
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
        const reach = (c: number) => {
          if (stamp[c] !== i) {
            stamp[c] = i;
            reached++;
          }
        };
        direct.forEach(reach);
        for (const p of projects) neighboursOfType(p, 'city').forEach(reach);
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
