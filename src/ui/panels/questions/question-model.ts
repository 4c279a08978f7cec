/**
 * What the Questions panel shows for one question, as plain data (no DOM, so
 * it is tested in Node): the view settings and filters the question sets on
 * the map, whether it works in the view shown, a one-line count and the
 * ranked rows of its core function (core/questions), each naming the node a
 * click selects; for Reach, the cumulative adoption of the dated projects.
 * The panel (questions-panel.ts) only renders this and writes `settings` to
 * the store.
 */
import { communityMethodName, type CommunityRunSummary } from '../../../core/communities/methods';
import { DEFAULT_FILTERS, type FilterState } from '../../../core/filter';
import type { NodeIndicators } from '../../../core/graph/indicators';
import type { ReadGraph } from '../../../core/graph/types';
import { brokers, coalitions, QUESTIONS, reach, singlePointsOfFailure, vendorLockIn, type QuestionDescriptor, type QuestionId } from '../../../core/questions';
import { SINGLE_POINTS_DEFAULTS } from '../../../core/questions/single-points-of-failure';
import { VENDOR_LOCK_IN_DEFAULTS } from '../../../core/questions/vendor-lock-in';
import { figureList } from '../../../core/style/figures';
import { formatNumber } from '../../../core/style/format';
import { VIEWS, type ColorMode, type SizeMode, type ViewId } from '../../../core/view-settings';

/** The user timing the Questions panel marks each time it makes a question's input (the view's indicators as a Map among it). */
export const QUESTION_INPUT_MARK = 'atlas:question-input';

/** What a question reads: the view shown, and the whole network with its indicators. */
export interface QuestionInput {
  view: ViewId;
  /** The graph of the view shown, its node keys and measures (aligned with `keys`). */
  shown: { graph: ReadGraph; keys: readonly string[]; measures: Readonly<Record<string, Float64Array>> };
  /** The whole network (Reach reads its city links in the project view too). */
  network: ReadGraph;
  /** Co-production indicators of the network's nodes, by graph key. */
  indicators: ReadonlyMap<string, NodeIndicators>;
  /** How the view's communities were found (the Coalitions summary names the method); absent when unknown. */
  communities?: CommunityRunSummary | null;
}

/** What choosing a question writes to the store: the encoding and the filters, never graph data. */
export interface QuestionSettings {
  colorBy: ColorMode;
  sizeBy: SizeMode;
  filters: FilterState;
}

/** One ranked row: `key` is the node a click selects (a coalition's leader), `community` a coalition's number. */
export interface QuestionRow {
  key: string;
  label: string;
  /** The figure it is ranked by, as words ("HHI 1.00", "98 cities"). */
  value: string;
  detail: string;
  community?: number;
}

/** A project's cumulative adopting cities by year. */
export interface AdoptionSeries {
  key: string;
  label: string;
  points: { year: number; cities: number }[];
}

export interface QuestionView {
  question: QuestionDescriptor;
  /** Whether the question works in the view shown; when not, `elsewhere` says where it does. */
  works: boolean;
  elsewhere: string;
  settings: QuestionSettings;
  /** "54 cities with vendor HHI ≥ 0.5 (of 112 cities with a vendor)". */
  summary: string;
  rows: QuestionRow[];
  /** Reach with dated links: the most adopted dated projects (at most {@link ADOPTION_SERIES}). */
  adoption: AdoptionSeries[];
}

/** Rows shown before "Show all". */
export const FIRST_ROWS = 50;
/** Projects drawn in Reach's adoption chart. */
export const ADOPTION_SERIES = 5;

const count = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;
const percent = (x: number) => `${Math.round(x * 100)}%`;
/** At most `max` names, then "+N more". */
const names = (list: readonly string[], max = 3) =>
  list.length <= max ? list.join(', ') : `${list.slice(0, max).join(', ')} +${formatNumber(list.length - max)} more`;

/** The descriptor of question `id`. */
export function questionById(id: QuestionId): QuestionDescriptor {
  return QUESTIONS.find((q) => q.id === id)!;
}

/** The views' names as the view switch shows them ("Network or Firm–firm"). */
export function viewNames(views: readonly ViewId[]): string {
  const label = (v: ViewId) => VIEWS.find((x) => x.id === v)!.label;
  const labels = views.map(label);
  return labels.length < 2 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

/**
 * The colour, size and filters question `id` sets in `view`: a figure the
 * view lacks (data without firms has no brokerage) falls back to degree.
 * Filters are reset so every listed node is on the map.
 */
export function questionSettings(id: QuestionId, input: QuestionInput): QuestionSettings {
  const { view, shown } = input;
  const figures = figureList(shown.graph, { keys: shown.keys, values: shown.measures, indicators: input.indicators });
  const figure = (wanted: string, fallback = 'degree') => (figures.byId.has(wanted) ? wanted : fallback);
  const type: ColorMode = { kind: 'type' };
  const community: ColorMode = shown.measures['community'] ? { kind: 'community' } : type;
  const base = { filters: DEFAULT_FILTERS };
  switch (id) {
    case 'vendor-lock-in': {
      const hhi = figure('ind:vendorHhi', '');
      return { ...base, colorBy: hhi ? { kind: 'figure', figure: hhi } : type, sizeBy: 'degree' };
    }
    case 'brokers':
      return { ...base, colorBy: community, sizeBy: view === 'network' ? figure('ind:brokerage', figure('effectiveSize')) : figure('effectiveSize') };
    case 'reach':
      return { ...base, colorBy: view === 'network' ? type : community, sizeBy: figure('ind:adoptingCities') };
    case 'coalitions':
      return { ...base, colorBy: community, sizeBy: 'degree' };
    case 'single-points-of-failure': {
      // Projects coloured by how many nodes maintain them (1 = the darkest: one firm holds it up), sized by the cities they serve.
      const maintainers = figure('ind:maintainers', '');
      return { ...base, colorBy: maintainers ? { kind: 'figure', figure: maintainers } : type, sizeBy: figure('ind:adoptingCities') };
    }
  }
}

function lockInRows(input: QuestionInput): Pick<QuestionView, 'rows' | 'summary'> {
  const cities = vendorLockIn(input.network, input.indicators);
  let withVendor = 0;
  for (const ind of input.indicators.values()) if (ind.type === 'city' && ind.vendorHhi !== undefined) withVendor++;
  const threshold = VENDOR_LOCK_IN_DEFAULTS.threshold;
  return {
    summary: `${count(cities.length, 'city', 'cities')} with vendor HHI ≥ ${threshold} (of ${count(withVendor, 'city', 'cities')} with a vendor)`,
    rows: cities.map((c) => {
      const tops = c.topFirms.map((f) => f.label);
      const share = tops.length > 1 ? `${percent(c.topFirmShare)} each` : percent(c.topFirmShare);
      return {
        key: c.key,
        label: c.label,
        value: `HHI ${formatNumber(c.vendorHhi)}`,
        detail: `${tops.length > 1 ? 'top vendors' : 'top vendor'}: ${names(tops)} (${share}) · ${count(c.firms, 'firm')}`,
      };
    }),
  };
}

function brokerRows(input: QuestionInput): Pick<QuestionView, 'rows' | 'summary'> {
  const inNetwork = input.view === 'network';
  // In a projection the indicators (counted on the network) do not apply: brokerage is counted on the view's graph.
  const list = brokers(input.shown.graph, inNetwork ? input.indicators : new Map(), { keys: input.shown.keys, values: input.shown.measures });
  const active = list.filter((b) => b.brokerage > 0).length;
  return {
    summary: `${count(active, 'firm or intermediary', 'firms and intermediaries')} with brokerage above 0 (of ${formatNumber(list.length)})`,
    rows: list.map((b) => {
      const constraint = Number.isNaN(b.constraint) ? '' : ` · constraint ${formatNumber(b.constraint)}`;
      const bridged = b.coalitions.length > 1 ? `bridges ${count(b.coalitions.length, 'coalition')}: ${names(b.coalitions.map((c) => c.name))}` : '';
      const within = b.coalitions.length === 1 ? `within ${b.coalitions[0]!.name}` : '';
      return { key: b.key, label: b.label, value: `brokerage ${formatNumber(b.brokerage)}`, detail: `${bridged || within || b.type}${constraint}` };
    }),
  };
}

function reachRows(input: QuestionInput): Pick<QuestionView, 'rows' | 'summary' | 'adoption'> {
  const { projects, dated } = reach(input.network, input.indicators);
  const used = projects.filter((p) => p.adoptingCities > 0);
  const datedProjects = used.filter((p) => p.adoption.length > 0);
  return {
    summary: `${count(used.length, 'project')} used by at least one city${dated ? `; ${formatNumber(datedProjects.length)} with dated adoption` : ''}`,
    rows: used.map((p) => ({
      key: p.key,
      label: p.label,
      value: count(p.adoptingCities, 'city', 'cities'),
      detail: `${count(p.countries, 'country', 'countries')} · ${count(p.firmsInvolved, 'firm')}${p.adoption.length > 0 ? ` · ${p.adoption.at(-1)!.cities} dated from ${p.adoption[0]!.year}` : ''}`,
    })),
    adoption: datedProjects.slice(0, ADOPTION_SERIES).map((p) => ({ key: p.key, label: p.label, points: p.adoption })),
  };
}

function coalitionRows(input: QuestionInput): Pick<QuestionView, 'rows' | 'summary'> {
  const list = coalitions(input.shown.graph, { keys: input.shown.keys, values: input.shown.measures });
  return {
    summary: list.length
      ? `${count(list.length, 'coalition')} (${coalitionSource(input.communities)}), largest first`
      : 'Communities were not computed for this view.',
    rows: list.map((c) => ({
      key: c.leader.key,
      label: c.name,
      value: count(c.size, 'node'),
      detail: c.byType.map((t) => `${formatNumber(t.count)} ${t.count === 1 ? t.type : plural(t.type)}`).join(', '),
      community: c.id,
    })),
  };
}

/** "Leiden communities, modularity 0.432", or "communities" when the method is not known. */
function coalitionSource(run: CommunityRunSummary | null | undefined): string {
  return run ? `${communityMethodName(run.method)} communities, modularity ${run.modularity.toFixed(3)}` : 'communities';
}

/** "city" → "cities", "firm" → "firms" (type names are data: only a trailing consonant + y changes). */
function plural(type: string): string {
  return /[^aeiou]y$/.test(type) ? `${type.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(type) ? `${type}es` : `${type}s`;
}

function singlePointRows(input: QuestionInput): Pick<QuestionView, 'rows' | 'summary'> {
  const list = singlePointsOfFailure(input.network);
  const atRisk = new Set(list.flatMap((p) => p.cities.map((c) => c.key)));
  return {
    summary: `${count(list.length, 'project')} used by ${SINGLE_POINTS_DEFAULTS.minCities} cities or more rest on one firm; ${count(atRisk.size, 'city', 'cities')} at risk`,
    rows: list.map((p) => ({
      key: p.key,
      label: p.label,
      value: count(p.cities.length, 'city', 'cities'),
      detail: `only ${p.maintainer.label} maintains it · ${names(p.cities.map((c) => c.label))}`,
    })),
  };
}

/** Everything the panel shows for question `id` on `input`. */
export function questionView(id: QuestionId, input: QuestionInput): QuestionView {
  const question = questionById(id);
  const works = question.views.includes(input.view);
  const elsewhere = works
    ? ''
    : `${question.title} is answered in the ${viewNames(question.views)} view; the ${viewNames([input.view])} view does not hold the links it counts.`;
  const settings = questionSettings(id, input);
  const empty = { rows: [] as QuestionRow[], summary: '', adoption: [] as AdoptionSeries[] };
  if (!works) return { question, works, elsewhere, settings, ...empty };
  const answer =
    id === 'vendor-lock-in'
      ? lockInRows(input)
      : id === 'brokers'
        ? brokerRows(input)
        : id === 'reach'
          ? reachRows(input)
          : id === 'coalitions'
            ? coalitionRows(input)
            : singlePointRows(input);
  return { question, works, elsewhere, settings, ...empty, ...answer };
}
