/**
 * Question: how far has a platform spread? Projects by adopting cities (any
 * link between the city and the project), then by countries among them, with
 * the firms involved; and, where links carry years, how adoption grew: the
 * cumulative number of adopting cities by year, a city counting from the
 * first year on its link to the project.
 */
import type { NodeIndicators } from '../graph/indicators';
import type { ReadGraph } from '../graph/types';
import { byLabel, named, type NamedNode } from './types';

export interface ProjectReach extends NamedNode {
  adoptingCities: number;
  countries: number;
  countryList: string[];
  firmsInvolved: number;
  /** Cumulative adopting cities at the end of each year that added one, ascending; [] without dated links. */
  adoption: { year: number; cities: number }[];
  /** Adopting cities whose link has no year (not in `adoption`). */
  undated: number;
}

export interface Reach {
  /** Projects by adopting cities, then countries (most first), then name. */
  projects: ProjectReach[];
  /** Whether any city–project link has a year (so `adoption` means something). */
  dated: boolean;
}

/** Every project's reach, from the indicators and the years on its city links. */
export function reach(graph: ReadGraph, indicators: ReadonlyMap<string, NodeIndicators>): Reach {
  const projects: ProjectReach[] = [];
  let dated = false;
  for (const [key, ind] of indicators) {
    if (ind.type !== 'project' || !graph.hasNode(key)) continue;
    const firstYears = new Map<number, number>();
    let undated = 0;
    graph.forEachEdge(key, (_edge, attributes, source, target) => {
      const other = source === key ? target : source;
      if (other === key || graph.getNodeAttribute(other, 'type') !== 'city') return;
      const year = attributes.years[0];
      if (year === undefined) undated++;
      else firstYears.set(year, (firstYears.get(year) ?? 0) + 1);
    });
    if (firstYears.size > 0) dated = true;
    let running = 0;
    const adoption = [...firstYears].sort((a, b) => a[0] - b[0]).map(([year, added]) => ({ year, cities: (running += added) }));
    projects.push({
      ...named(graph, key),
      adoptingCities: ind.adoptingCities,
      countries: ind.countries,
      countryList: ind.countryList,
      firmsInvolved: ind.firmsInvolved,
      adoption,
      undated,
    });
  }
  projects.sort((a, b) => b.adoptingCities - a.adoptingCities || b.countries - a.countries || byLabel(a, b));
  return { projects, dated };
}
