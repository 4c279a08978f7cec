/**
 * A decoded link checked against the data it is applied to: node types,
 * relations and communities in the filters, the measure of a range filter
 * or of the node size, the colour attribute and the nodes selected,
 * focused or joined by a path. What the data lacks is dropped with a
 * notice, and a list filter that names only missing values is switched off
 * rather than applied: a link never blanks the map by naming things the
 * data does not have. Every look-up goes through a Set or the data's own
 * test (never `obj[name]`), so names such as `constructor` or `__proto__`
 * are ordinary names here.
 */
import { nodeId } from '../graph/node-key';
import { encodeColor, validateViewSettings, type ViewSettingProblem } from '../view-settings';
import { listed, shown } from './notices';
import { DEFAULT_SHARE_STATE, type ShareState } from './share-state';

/** What the view on screen has; each set is asked for only when the link needs it. */
export interface ShareData {
  /** Node types present. */
  types(): ReadonlySet<string>;
  /** Relations on the edges, with `(none)` when an edge has none. */
  relations(): ReadonlySet<string>;
  /** Community ids present (empty when communities were not computed). */
  communities(): ReadonlySet<number>;
  /** Measures that can size nodes or bound a range filter. */
  measures(): ReadonlySet<string>;
  /** Every numeric figure of the view (measures, `ind:` and `attr:` ids; core/style/figures.ts); when given, it replaces `measures` for sizes and ranges and checks a `figure:` colour. */
  figures?(): ReadonlySet<string>;
  /** Attributes that can colour nodes. */
  attributes(): ReadonlySet<string>;
  /** Whether the graph has the node with this graph key. */
  hasNode(key: string): boolean;
}

/** The values of `wanted` that `present` has; a notice for the others. */
function keepPresent<T extends string | number>(param: string, what: string, wanted: readonly T[], present: ReadonlySet<T>, notices: string[]): T[] | null {
  const kept = wanted.filter((v) => present.has(v));
  const missing = wanted.filter((v) => !present.has(v)).map(String);
  if (missing.length === 0) return [...wanted];
  const has = [...present].map(String).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const plural = missing.length === 1 ? what : `${what}s`;
  const known = has.length > 0 ? ` (it has ${listed(has, 5, false)})` : '';
  const off = kept.length === 0 ? `; the ${param} filter is off` : '';
  notices.push(`ignored ${listed(missing)} in '${param}': no such ${plural} in this view${known}${off}`);
  return kept.length > 0 ? kept : null;
}

/**
 * Returns `want` with every name that `data` lacks replaced by its default,
 * and one notice per dropped name (see the file header).
 */
export function checkNames(want: ShareState, data: ShareData): { state: ShareState; notices: string[] } {
  const notices: string[] = [];
  const d = DEFAULT_SHARE_STATE;
  let filters = want.filters;
  if (filters.types && filters.types.length > 0) {
    const types = keepPresent('types', 'node type', filters.types, data.types(), notices);
    if (types?.length !== filters.types.length) filters = { ...filters, types };
  }
  if (filters.relations && filters.relations.length > 0) {
    const relations = keepPresent('rel', 'relation', filters.relations, data.relations(), notices);
    if (relations?.length !== filters.relations.length) filters = { ...filters, relations };
  }
  if (filters.communities && filters.communities.length > 0) {
    const communities = keepPresent('comm', 'community', filters.communities, data.communities(), notices);
    if (communities?.length !== filters.communities.length) filters = { ...filters, communities };
  }
  const figures = data.figures ?? data.measures;
  const range = filters.measureRange;
  if (range && !figures().has(range.measure)) {
    notices.push(`ignored 'range=${shown(range.measure)}:…': no such measure`);
    filters = { ...filters, measureRange: null };
  }

  // Colour attribute and size measure: the view settings' own check against the data.
  let color = want.color;
  let size = want.size;
  const settings = {
    view: want.view,
    layout: want.layout,
    color,
    size,
    linkColor: want.edgecolor,
    labels: { count: 0 },
    labelDensity: want.labeldensity,
    labelSize: want.labelsize,
    stars: want.stars,
  };
  const problems = validateViewSettings(settings, { attributes: data.attributes, measures: data.measures, ...(data.figures ? { figures: data.figures } : {}) });
  const missing = (code: ViewSettingProblem['code']) => problems.find((p) => p.code === code);
  const attribute = missing('missing-attribute') ?? missing('missing-figure');
  if (attribute) {
    notices.push(`ignored 'color=${shown(encodeColor(color))}': ${attribute.message}`);
    color = d.color;
  }
  const measure = missing('missing-measure');
  if (measure) {
    notices.push(`ignored 'size=${shown(size)}': ${measure.message}`);
    size = d.size;
  }

  const missingNode = (param: string, key: string, value = nodeId(key)): boolean => {
    if (data.hasNode(key)) return false;
    notices.push(`ignored '${param}=${shown(value)}': no node '${shown(nodeId(key))}' in this view`);
    return true;
  };
  const selected = want.selected !== null && missingNode('selected', want.selected) ? null : want.selected;
  const focus = want.focus && missingNode('focus', want.focus.node) ? null : want.focus;
  let path = want.path;
  if (path) {
    const written = `${nodeId(path.from)}~${nodeId(path.to)}`;
    const fromMissing = missingNode('path', path.from, written);
    if (fromMissing || missingNode('path', path.to, written)) path = null;
  }
  return { state: { ...want, filters, color, size, selected, focus, path }, notices };
}
