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
 *   `brokerage`: its betweenness in the firm–firm projection, supplied by the
 *   caller (see `analyze`), normalised to [0, 1].
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
 * `firmBrokerage` maps a firm id to its normalised betweenness in the firm–firm projection.
 */
export function computeIndicators(
  graph: AtlasGraph,
  firmBrokerage?: ReadonlyMap<string, number>,
): Map<string, NodeIndicators> {
  const out = new Map<string, NodeIndicators>();
  const neighboursOfType = (id: string, type: string) =>
    graph.filterNeighbors(id, (_n, a) => a.type === type);

  graph.forEachNode((id, attributes) => {
    if (attributes.type === 'city') {
      const projects = neighboursOfType(id, 'project');
      const links = new Map<string, number>();
      for (const firm of neighboursOfType(id, 'firm')) links.set(firm, 1);
      for (const project of projects) {
        for (const firm of neighboursOfType(project, 'firm')) links.set(firm, (links.get(firm) ?? 0) + 1);
      }
      const total = [...links.values()].reduce((a, b) => a + b, 0);
      const city: CityIndicators = { type: 'city', projectsUsed: projects.length, firms: links.size, firmLinks: total };
      if (total > 0) {
        let top: string | undefined;
        let topLinks = -1;
        let hhi = 0;
        // Ties for the top firm go to the smallest id, so the output is stable.
        for (const firm of [...links.keys()].sort()) {
          const n = links.get(firm)!;
          hhi += (n / total) ** 2;
          if (n > topLinks) {
            top = firm;
            topLinks = n;
          }
        }
        city.topFirm = top!;
        city.topFirmShare = topLinks / total;
        city.vendorHhi = hhi;
      }
      out.set(id, city);
    } else if (attributes.type === 'project') {
      const cities = neighboursOfType(id, 'city');
      const countries = new Set<string>();
      for (const c of cities) {
        const country = graph.getNodeAttribute(c, 'country');
        if (country) countries.add(country);
      }
      out.set(id, {
        type: 'project',
        adoptingCities: cities.length,
        firmsInvolved: neighboursOfType(id, 'firm').length,
        countries: countries.size,
        countryList: [...countries].sort(),
      });
    } else if (attributes.type === 'firm') {
      const projects = neighboursOfType(id, 'project');
      const cities = new Set(neighboursOfType(id, 'city'));
      for (const p of projects) for (const c of neighboursOfType(p, 'city')) cities.add(c);
      const firm: FirmIndicators = { type: 'firm', citiesReached: cities.size, projectsReached: projects.length };
      const brokerage = firmBrokerage?.get(id);
      if (brokerage !== undefined) firm.brokerage = brokerage;
      out.set(id, firm);
    }
  });
  return out;
}
