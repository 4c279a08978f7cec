/**
 * URL parameters → share state. Whatever cannot be read is ignored and
 * reported as a plain-language notice ("ignored 'view=tree': no such view"),
 * never thrown: a half-broken link still opens on what it got right.
 * Parameter names are looked up in Sets, node ids become graph keys
 * (`nodeKey`), and values are quoted in notices at most 60 characters long.
 * The view settings (view, colour, size, link colour, layout, label density
 * and size, star threshold) are read by
 * core/view-settings' `parseViewSetting`, whose problem is the notice.
 */
import { COMMUNITY_METHODS } from '../analysis/options';
import { COMMUNITY_METHOD_PARAM, parseCommunityMethod } from '../communities/methods';
import { nodeKey } from '../graph/node-key';
import { QUESTIONS } from '../questions';
import { dataAddressProblem } from './data-address';
import { decodeFilters, FILTER_PARAMS } from './filters-codec';
import { parseNumber, unescapeItem } from './list-codec';
import { listed, shown } from './notices';
import { parseViewSetting, VIEW_SETTING_PARAMS, type ViewSettings } from '../view-settings';
import { SHARE_PARAMS, type ShareState } from './share-state';

export interface DecodedState {
  /** The parameters that were read; absent ones are left to the app's defaults. */
  state: Partial<ShareState>;
  /** One sentence per ignored parameter. */
  notices: string[];
}

export interface DecodeOptions {
  /** Other parameters the page reads itself (e.g. embed options): neither decoded nor reported. */
  known?: readonly string[];
}

/** Reads the share state from `params`; see {@link DecodedState}. */
export function decodeState(params: URLSearchParams, options: DecodeOptions = {}): DecodedState {
  const state: Partial<ShareState> = {};
  const notices: string[] = [];
  const reject = (name: string, value: string, why: string) => notices.push(`ignored '${name}=${shown(value)}': ${why}`);
  const read = (name: string, parse: (value: string) => string | null): void => {
    const value = params.get(name);
    if (value === null) return;
    const problem = parse(value);
    if (problem) reject(name, value, problem);
  };
  /** Reads a view setting's parameter into the share state's field `into`. */
  const setting = <F extends keyof typeof VIEW_SETTING_PARAMS, K extends keyof ShareState>(field: F, into: K): void =>
    read(VIEW_SETTING_PARAMS[field], (v) => {
      const parsed = parseViewSetting(field, v);
      if (!parsed.ok) return parsed.problem.message;
      (state as Record<K, ViewSettings[F]>)[into] = parsed.value;
      return null;
    });

  const known = new Set<string>([...SHARE_PARAMS, ...(options.known ?? [])]);
  const unknown = new Set<string>();
  const repeated = new Map<string, string[]>();
  params.forEach((value, name) => {
    if (!known.has(name)) unknown.add(name);
    else repeated.set(name, [...(repeated.get(name) ?? []), value]);
  });
  if (unknown.size === 1) notices.push(`ignored ${listed([...unknown])}: not a parameter of the atlas`);
  else if (unknown.size > 1) notices.push(`ignored ${listed([...unknown])}: not parameters of the atlas`);
  for (const [name, values] of repeated) {
    if (values.length > 1) reject(name, values.at(-1)!, `'${name}' is given ${values.length} times; the first one is used`);
  }

  read('edges', (v) => {
    const problem = dataAddressProblem(v);
    if (problem === null) state.edges = v;
    return problem;
  });
  read('nodes', (v) => {
    const problem = dataAddressProblem(v);
    if (problem === null) state.nodes = v;
    return problem;
  });
  read('aliases', (v) => {
    const problem = dataAddressProblem(v);
    if (problem === null) state.aliases = v;
    return problem;
  });
  for (const name of ['nodes', 'aliases'] as const) {
    const value = state[name];
    if (value === undefined || state.edges) continue;
    reject(
      name,
      value,
      params.has('edges') ? 'the edges address was ignored' : `a${name === 'aliases' ? 'n aliases' : ' nodes'} file needs an edges file (edges=…)`,
    );
    delete state[name];
  }
  setting('view', 'view');
  read('maxvia', (v) => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isInteger(n) || n < 1) return 'not a whole number of members ≥ 1';
    state.maxvia = n;
    return null;
  });
  if (state.maxvia !== undefined && state.maxvia !== null && (state.view ?? 'network') === 'network') {
    reject('maxvia', String(state.maxvia), 'hubs are left out of projections only, not of the network');
    delete state.maxvia;
  }
  read(COMMUNITY_METHOD_PARAM, (v) => {
    const method = parseCommunityMethod(v);
    if (!method) return `no such community method (${COMMUNITY_METHODS.join(', ')})`;
    state.communities = method;
    return null;
  });
  read('question', (v) => {
    const question = QUESTIONS.find((q) => q.id === v);
    if (!question) return `no such question (${QUESTIONS.map((q) => q.id).join(', ')})`;
    state.question = question.id;
    return null;
  });
  if (FILTER_PARAMS.some((p) => params.has(p))) {
    const filters = decodeFilters(params, reject);
    if (filters) state.filters = filters;
  }
  setting('color', 'color');
  setting('size', 'size');
  setting('linkColor', 'edgecolor');
  read('selected', (v) => {
    if (v === '') return 'no node named';
    state.selected = nodeKey(v);
    return null;
  });
  read('focus', (v) => {
    const cut = v.lastIndexOf(':');
    const [node, hops] = cut > 0 ? [v.slice(0, cut), v.slice(cut + 1)] : [v, '1'];
    if (!node || (hops !== '1' && hops !== '2')) return 'expected node:1 or node:2';
    state.focus = { node: nodeKey(node), hops: hops === '2' ? 2 : 1 };
    return null;
  });
  read('path', (v) => {
    const parts = v.split('~');
    if (parts.length !== 2 || !parts[0] || !parts[1]) return 'expected from~to';
    state.path = { from: nodeKey(unescapeItem(parts[0])), to: nodeKey(unescapeItem(parts[1])) };
    return null;
  });
  setting('layout', 'layout');
  setting('labelDensity', 'labeldensity');
  setting('labelSize', 'labelsize');
  setting('stars', 'stars');
  read('camera', (v) => {
    const [x, y, ratio] = v.split(',').map((p) => parseNumber(p));
    if (v.split(',').length !== 3 || x == null || y == null || ratio == null || ratio <= 0) return 'expected x,y,ratio (ratio above 0)';
    state.camera = { x, y, ratio };
    return null;
  });
  return { state, notices };
}
