/**
 * Adoption over time: for each project, how many distinct cities had adopted
 * it by each year. One definition, shared by the app's adoption chart and
 * `atlas adoption`:
 *
 * - a city **adopts** a project when a link between them carries one of
 *   {@link ADOPTION_RELATIONS} (`uses`, `adopts`, `deploys`, `implements`,
 *   `installs`, `runs`); when no link of the whole graph carries any of them
 *   (a file without relations, or with other words), every city–project link
 *   counts;
 * - its **adoption year** is the first year of any dated row between that city
 *   and that project (a merged link keeps every row's year, `funds 2016` next
 *   to an undated `uses` dates the adoption to 2016);
 * - an adopter without any dated row is **undated**: counted apart, never
 *   dropped.
 *
 * The curve is the cumulative count of distinct adopters by year (the
 * empirical adoption curve of diffusion studies: Rogers, *Diffusion of
 * Innovations*, 5th ed., 2003, ch. 7; Griliches, "Hybrid corn", Econometrica
 * 25, 1957). Each project is also split by its cities' `country` attribute
 * (cities without one go to {@link UNKNOWN_COUNTRY}). Keys are `Map`s: a
 * project or country called `constructor` or `__proto__` is data.
 */
import { nodeId } from '../graph/node-key';
import type { ReadGraph } from '../graph/types';

/** Relations that mean a city adopted a project (relations are read lower-case). */
export const ADOPTION_RELATIONS: readonly string[] = ['uses', 'adopts', 'deploys', 'implements', 'installs', 'runs'];

/** The country bucket of adopting cities whose node has no `country`. */
export const UNKNOWN_COUNTRY = 'unknown country';

/** Adopters that one year added, and the running total. */
export interface AdoptionPoint {
  year: number;
  added: number;
  cumulative: number;
}

/** The adoption curve of one project (or one country of a project). */
export interface AdoptionSeries {
  /** The project's node id, or the country's name. */
  id: string;
  label: string;
  /** Distinct adopting cities, dated and undated. */
  adopters: number;
  /** Adopting cities without any dated link to the project. */
  undated: number;
  /** One point per year that added adopters, ascending. */
  points: AdoptionPoint[];
}

/** A project's curve and the same split by its cities' countries (most adopters first, the unknown bucket last). */
export interface ProjectAdoption extends AdoptionSeries {
  countries: AdoptionSeries[];
}

/** What {@link computeAdoption} found. */
export interface AdoptionResult {
  /** Projects with at least one adopter, most adopters first (then by label, then id). */
  projects: ProjectAdoption[];
  /** The relations counted as adoption, or `'all'` when the graph has none of {@link ADOPTION_RELATIONS}. */
  relations: readonly string[] | 'all';
  /** First and last adoption year over every project, or null when no adoption is dated. */
  years: { first: number; last: number } | null;
  /** Link counts behind the honest empty state: links looked at, those dated, adoption links, adoption links dated. */
  links: { total: number; dated: number; adoption: number; adoptionDated: number };
}

/** Which nodes and edges to read (default: all of the graph). */
export interface AdoptionOptions {
  nodes?: ReadonlySet<string>;
  edges?: ReadonlySet<string>;
}

/** Whether any edge of `graph` carries an adoption relation (else every city–project link counts). */
export function adoptionRelationsOf(graph: ReadGraph): readonly string[] | 'all' {
  const wanted = new Set(ADOPTION_RELATIONS);
  const found = graph.findEdge((_e, a) => a.relations.some((r) => wanted.has(r)));
  return found === undefined ? 'all' : ADOPTION_RELATIONS;
}

/** Per project, per adopting city: its adoption year (NaN when undated). */
type Adopters = Map<string, Map<string, number>>;

/**
 * Computes the adoption curves of the projects in `options.nodes` (default
 * all) from the links in `options.edges` (default all) whose both ends are
 * shown.
 */
export function computeAdoption(graph: ReadGraph, options: AdoptionOptions = {}): AdoptionResult {
  const relations = adoptionRelationsOf(graph);
  const wanted = relations === 'all' ? null : new Set(relations);
  const shownNode = (key: string) => !options.nodes || options.nodes.has(key);
  const adopters: Adopters = new Map();
  const links = { total: 0, dated: 0, adoption: 0, adoptionDated: 0 };
  graph.forEachEdge((edge, a, source, target, sa, ta) => {
    if (options.edges && !options.edges.has(edge)) return;
    if (!shownNode(source) || !shownNode(target)) return;
    links.total++;
    const dated = a.years.length > 0;
    if (dated) links.dated++;
    const pair = sa.type === 'city' && ta.type === 'project' ? [source, target] : ta.type === 'city' && sa.type === 'project' ? [target, source] : null;
    if (!pair || (wanted && !a.relations.some((r) => wanted.has(r)))) return;
    links.adoption++;
    if (dated) links.adoptionDated++;
    const [city, project] = pair as [string, string];
    let cities = adopters.get(project);
    if (!cities) adopters.set(project, (cities = new Map()));
    // A link's years are ascending, so its first year is its first dated row.
    cities.set(city, earlier(cities.get(city), dated ? a.years[0]! : NaN));
  });

  let first = Infinity;
  let last = -Infinity;
  const projects: ProjectAdoption[] = [];
  for (const [project, cities] of adopters) {
    const byCountry = new Map<string, number[]>();
    for (const [city, year] of cities) {
      const country = graph.getNodeAttribute(city, 'country')?.trim() || UNKNOWN_COUNTRY;
      let years = byCountry.get(country);
      if (!years) byCountry.set(country, (years = []));
      years.push(year);
      if (!Number.isNaN(year)) {
        first = Math.min(first, year);
        last = Math.max(last, year);
      }
    }
    const countries = [...byCountry].map(([country, years]) => curve(country, country, years));
    countries.sort((x, y) => Number(x.id === UNKNOWN_COUNTRY) - Number(y.id === UNKNOWN_COUNTRY) || y.adopters - x.adopters || compare(x.id, y.id));
    const id = nodeId(project);
    const label = graph.getNodeAttribute(project, 'label') || id;
    projects.push({ ...curve(id, label, [...cities.values()]), countries });
  }
  projects.sort((x, y) => y.adopters - x.adopters || compare(x.label, y.label) || compare(x.id, y.id));
  return { projects, relations, years: Number.isFinite(first) ? { first, last } : null, links };
}

/** The cumulative curve of adoption years (NaN = undated). */
function curve(id: string, label: string, years: readonly number[]): AdoptionSeries {
  const added = new Map<number, number>();
  let undated = 0;
  for (const year of years) {
    if (Number.isNaN(year)) undated++;
    else added.set(year, (added.get(year) ?? 0) + 1);
  }
  let cumulative = 0;
  const points = [...added].sort((a, b) => a[0] - b[0]).map(([year, n]) => ({ year, added: n, cumulative: (cumulative += n) }));
  return { id, label, adopters: years.length, undated, points };
}

/** The earlier of two adoption years, NaN (undated) being later than any year; `undefined` = none yet. */
function earlier(before: number | undefined, year: number): number {
  if (before === undefined || Number.isNaN(before)) return year;
  return Number.isNaN(year) ? before : Math.min(before, year);
}

/** Code-unit order: stable whatever the locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
