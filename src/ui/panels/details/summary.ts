/**
 * The top of the details panel for a selected node: its name, type and kind,
 * its attributes, each measure of the view with its rank among nodes of the
 * same type, its community and component, and the co-production indicators
 * of its type.
 */
import { windowMeasuresNote } from '../timeline-measures';
import type { NodeIndicators } from '../../../core/graph/indicators';
import { nodeId } from '../../../core/graph/node-key';
import { nodeLabel } from '../../../core/graph/node-label';
import { communityMethodName, communityRunOf } from '../../../core/communities/methods';
import { getOwn } from '../../../core/util/dict';
import { allOutputs } from '../../../core/metrics/registry';
import type { App } from '../../app';
import type { Dataset, ViewData } from '../../state/dataset';
import { viewTypeColor } from '../combobox';
import { FROM_FILE, fileMeasureHint, fileMeasureOf, ownFileMeasures } from '../measure-labels';
import { h, safeLink } from '../panel';
import { categorySizes, rankSentence, rankWithinType } from './ranks';
import { formatNumber, formatPercent, pluralType } from './text';

/** How many firms tied for a city's top share are named before "and N more". */
const TOP_FIRMS_SHOWN = 5;

const typesOf = new WeakMap<ViewData, string[]>();
/** Node types aligned with `view.keys`, computed once per view. */
function viewTypes(view: ViewData): string[] {
  let types = typesOf.get(view);
  if (!types) {
    types = view.keys.map((k) => view.graph.getNodeAttribute(k, 'type'));
    typesOf.set(view, types);
  }
  return types;
}

/** A definition list from [term, description] pairs; descriptions may be elements. */
function definitions(className: string, rows: [string, string | Node, string?][]): HTMLElement {
  const dl = h('dl', { className });
  for (const [term, value, hint] of rows) dl.append(h('dt', { text: term, ...(hint ? { attrs: { title: hint } } : {}) }), h('dd', {}, value));
  return dl;
}

function coordinates(lat: number, lon: number): string {
  const f = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(3)}° ${v >= 0 ? pos : neg}`;
  return `${f(lat, 'N', 'S')}, ${f(lon, 'E', 'W')}`;
}

/** Name, type, kind and the attributes the files gave (`node` is a graph key: the id shown is `nodeId(node)`). */
function header(view: ViewData, node: string): HTMLElement[] {
  const a = view.graph.getNodeAttributes(node);
  const id = nodeId(node);
  const out: HTMLElement[] = [h('h2', { text: a.label || id, className: 'details-title', attrs: { tabindex: '-1' } })];
  const dot = h('span', { className: 'type-dot', attrs: { 'aria-hidden': 'true', style: `background:${viewTypeColor(view, a.type)}` } });
  out.push(h('p', { className: 'details-type' }, dot, a.kind ? `${a.type} · ${a.kind}` : a.type));
  const rows: [string, string | Node][] = [];
  if (a.label && a.label !== id) rows.push(['Id', id]);
  if (a.country) rows.push(['Country', a.country]);
  if (a.url) rows.push(['Website', safeLink(a.url)]);
  if (a.lat !== undefined && a.lon !== undefined) rows.push(['Coordinates', coordinates(a.lat, a.lon)]);
  // Own entries only: columns are data, `constructor` or `__proto__` included.
  for (const [key, value] of Object.entries(a.extra ?? {})) {
    if (value === '') continue;
    rows.push([key.replace(/_/g, ' '), /^https?:\/\/\S+$/.test(value) ? safeLink(value) : value]);
  }
  if (rows.length > 0) out.push(definitions('details-attributes', rows));
  return out;
}

/** Each numeric measure of the view with the node's rank within its type: a name, a value and a sentence; "from file" on those the nodes file gave. */
function measures(view: ViewData, node: string, windowNote: string | null): HTMLElement[] {
  const i = view.index.get(node);
  if (i === undefined) return [];
  const types = viewTypes(view);
  const list = h('ul', { className: 'details-measures' });
  const outputs = [
    ...allOutputs(),
    ...ownFileMeasures(view).map((m) => ({ id: m.id, label: m.id, kind: m.kind, description: `Column ${m.id} of ${m.file}`, lowerFirst: false })),
  ];
  for (const output of outputs) {
    const values = getOwn(view.measures, output.id);
    if (!values || output.kind !== 'number') continue;
    const rank = rankWithinType(values, types, i, output.lowerFirst === true);
    const source = fileMeasureOf(view, output.id);
    list.append(
      h(
        'li',
        {},
        h('span', { className: 'details-measure-name', text: output.label, attrs: { title: output.description } }),
        h(
          'span',
          { className: 'details-value' },
          formatNumber(values[i]!),
          ...(source ? [h('span', { className: 'details-source', text: ` · ${FROM_FILE}`, attrs: { title: fileMeasureHint(source) } })] : []),
        ),
        ...(rank ? [h('span', { className: 'details-rank', text: rankSentence(rank, types[i]!, output.label) })] : []),
      ),
    );
  }
  return list.childElementCount > 0 ? [h('h3', { text: windowNote ? `Measures ${windowNote}` : 'Measures' }), list] : [];
}

/** The node's community and component: number, count, size. */
function place(view: ViewData, node: string): HTMLElement[] {
  const i = view.index.get(node);
  if (i === undefined) return [];
  const rows: [string, string][] = [];
  for (const [id, word] of [
    ['community', 'Community'],
    ['component', 'Component'],
  ] as const) {
    const values = getOwn(view.measures, id);
    if (!values || Number.isNaN(values[i]!)) continue;
    const sizes = categorySizes(values);
    const size = sizes.get(values[i]!) ?? 0;
    const largest = values[i] === 0 && sizes.size > 1 ? ' (the largest)' : '';
    const fromFile = fileMeasureOf(view, id) ? ` · ${FROM_FILE}` : '';
    rows.push([word, `#${values[i]} of ${sizes.size}${largest} · ${size.toLocaleString('en-GB')} ${size === 1 ? 'node' : 'nodes'}${fromFile}`]);
  }
  return rows.length > 0 ? [h('h3', { text: 'Place in the network' }), definitions('details-place', rows)] : [];
}

/** The co-production indicators of a city, project or firm. */
function indicators(app: App, dataset: Dataset, ind: NodeIndicators | undefined): HTMLElement[] {
  if (!ind) return [];
  const rows: [string, string | Node, string?][] = [];
  const labelOf = (key: string) => nodeLabel(dataset.network.graph, key);
  if (ind.type === 'city') {
    rows.push(['Projects used', formatNumber(ind.projectsUsed)], ['Firms', formatNumber(ind.firms), 'Firms linked directly or through one of its projects']);
    const topLinks = ind.topFirm !== undefined && ind.topFirmShare !== undefined ? Math.round(ind.topFirmShare * ind.firmLinks) : 0;
    if (topLinks === 1 && ind.firms > 1) {
      // The largest holding is one link, so every firm holds one: no firm leads.
      rows.push(['Top firm', `none: ${ind.firms} firms, one link each`]);
    } else if (ind.topFirm !== undefined && ind.topFirmShare !== undefined) {
      // A tie is a tie: every firm holding the top share is named, never one picked by name.
      const tops = ind.topFirms && ind.topFirms.length > 0 ? ind.topFirms : [ind.topFirm];
      const shown = tops.slice(0, TOP_FIRMS_SHOWN);
      const parts: (string | Node)[] = [];
      shown.forEach((key, j) => {
        const firm = h('button', { className: 'link-button', text: labelOf(key), attrs: { type: 'button' } });
        firm.addEventListener('click', () => app.select(key));
        parts.push(...(j > 0 ? [j === shown.length - 1 && tops.length === shown.length ? ' and ' : ', '] : []), firm);
      });
      if (tops.length > shown.length) parts.push(` and ${tops.length - shown.length} more`);
      const share = `${formatPercent(ind.topFirmShare)} of firm links${tops.length > 1 ? ' each (a tie)' : ''}`;
      rows.push([tops.length > 1 ? 'Top firms' : 'Top firm', h('span', {}, ...parts, ` · ${share}`)]);
    }
    if (ind.vendorHhi !== undefined)
      rows.push([
        'Vendor HHI',
        h(
          'span',
          {},
          h('span', { className: 'details-value', text: formatNumber(ind.vendorHhi) }),
          h('span', { className: 'details-rank', text: '1 = a single vendor; 1/N = N equal vendors' }),
        ),
        'Herfindahl–Hirschman index of the firms’ shares of its firm links',
      ]);
    else rows.push(['Vendors', 'no firm linked']);
  } else if (ind.type === 'project') {
    rows.push(['Adopting cities', formatNumber(ind.adoptingCities)], ['Firms involved', formatNumber(ind.firmsInvolved)]);
    rows.push(['Countries', ind.countries === 0 ? '0' : `${ind.countries}: ${ind.countryList.join(', ')}`]);
  } else {
    rows.push(['Cities reached', formatNumber(ind.citiesReached), 'Cities linked directly or through one of its projects']);
    rows.push(['Projects reached', formatNumber(ind.projectsReached)]);
    if (ind.brokerage !== undefined)
      rows.push([
        'Brokerage',
        h(
          'span',
          {},
          h('span', { className: 'details-value', text: formatNumber(ind.brokerage) }),
          h('span', { className: 'details-rank', text: 'pairs of its partners not linked to each other: holes it bridges' }),
        ),
      ]);
  }
  const note = windowMeasuresNote(dataset);
  return [h('h3', { text: note ? `Co-production ${note}` : 'Co-production' }), definitions('details-indicators', rows)];
}

/** Name, type, kind and attributes of `node`. */
export function renderHeader(view: ViewData, node: string): HTMLElement {
  return h('div', { className: 'details-header' }, ...header(view, node));
}

/** The node's co-production indicators and its place (community, component). */
export function renderPosition(app: App, dataset: Dataset, view: ViewData, node: string): HTMLElement {
  return h('div', { className: 'details-position' }, ...indicators(app, dataset, getOwn(dataset.indicators, node)), ...place(view, node));
}

/** Each measure of the view with the node's rank within its type, headed with the timeline's window when they are its (`dataset.window`). */
export function renderMeasures(dataset: Dataset, view: ViewData, node: string): HTMLElement {
  return h('div', { className: 'details-measures-box' }, ...measures(view, node, view === dataset.network ? windowMeasuresNote(dataset) : null));
}

/** "Leiden, " when the view's communities were found by a method (read from its parameters), else nothing. */
function methodOf(view: ViewData): string {
  const run = communityRunOf(view.params, view.stats);
  return run ? `${communityMethodName(run.method)}, ` : '';
}

/** Key figures of a view, shown when nothing is selected. */
export function renderKeyFigures(dataset: Dataset, view: ViewData): HTMLElement {
  const s = view.stats;
  const byType = Object.entries(s.nodesByType)
    .sort((a, b) => b[1] - a[1])
    .map(([type, n]) => `${n.toLocaleString('en-GB')} ${pluralType(type, n)}`)
    .join(', ');
  const rows: [string, string][] = [
    ['Data', dataset.source.title],
    ['Nodes', `${s.nodes.toLocaleString('en-GB')}${byType ? ` (${byType})` : ''}`],
    ['Links', s.edges.toLocaleString('en-GB')],
    ['Components', `${s.components.toLocaleString('en-GB')}; the largest has ${s.largestComponent.toLocaleString('en-GB')} nodes`],
    [
      'Communities',
      `${s.communities.toLocaleString('en-GB')} (${methodOf(view)}modularity ${formatNumber(s.modularity)})${fileMeasureOf(view, 'community') ? ` · ${FROM_FILE}` : ''}`,
    ],
  ];
  const note = view === dataset.network ? windowMeasuresNote(dataset) : null;
  return h('div', { className: 'details-figures' }, h('h3', { text: note ? `This network ${note}` : 'This network' }), definitions('details-attributes', rows));
}
