/**
 * Share state → URL parameters. Only what differs from a fresh app is
 * written, in a fixed order, so equal states give equal links. The view
 * settings are written by core/view-settings' `formatViewSetting` (one
 * `attr:<column>` codec for links, the CLI and the page's menus).
 */
import { COMMUNITY_METHOD_PARAM } from '../communities/methods';
import { nodeId } from '../graph/node-key';
import { encodeFilters } from './filters-codec';
import { escapeItem } from './list-codec';
import { formatViewSetting, VIEW_SETTING_PARAMS as P } from '../view-settings';
import { DEFAULT_SHARE_STATE, roundCamera, type ShareState } from './share-state';

/**
 * The parameters of a share link for `state` (missing fields take the
 * defaults). Nodes are given by graph key and written as their ids
 * (`nodeId`), so a node called `constructor` reads `selected=constructor`.
 * Ids and names may hold any character: URLSearchParams percent-encodes
 * them, and separators inside pairs are escaped.
 */
export function encodeState(partial: Partial<ShareState>): URLSearchParams {
  const state: ShareState = { ...DEFAULT_SHARE_STATE, ...partial };
  const d = DEFAULT_SHARE_STATE;
  const params = new URLSearchParams();
  if (state.edges) params.set('edges', state.edges);
  if (state.edges && state.nodes) params.set('nodes', state.nodes);
  if (state.edges && state.aliases) params.set('aliases', state.aliases);
  if (state.view !== d.view) params.set(P.view, formatViewSetting('view', state.view));
  if (state.maxvia !== null && state.view !== 'network') params.set('maxvia', String(state.maxvia));
  if (state.communities !== d.communities) params.set(COMMUNITY_METHOD_PARAM, state.communities);
  if (state.question !== null) params.set('question', state.question);
  encodeFilters(state.filters, params);
  const color = formatViewSetting('color', state.color);
  if (color !== formatViewSetting('color', d.color)) params.set(P.color, color);
  if (state.size !== d.size) params.set(P.size, formatViewSetting('size', state.size));
  if (state.edgecolor !== d.edgecolor) params.set(P.linkColor, formatViewSetting('linkColor', state.edgecolor));
  if (state.selected !== null) params.set('selected', nodeId(state.selected));
  if (state.focus) params.set('focus', `${nodeId(state.focus.node)}:${state.focus.hops}`);
  if (state.path) params.set('path', `${escapeItem(nodeId(state.path.from))}~${escapeItem(nodeId(state.path.to))}`);
  if (state.layout !== d.layout) params.set(P.layout, formatViewSetting('layout', state.layout));
  if (state.labeldensity !== d.labeldensity) params.set(P.labelDensity, formatViewSetting('labelDensity', state.labeldensity));
  if (state.labelsize !== d.labelsize) params.set(P.labelSize, formatViewSetting('labelSize', state.labelsize));
  if (state.stars !== d.stars) params.set(P.stars, formatViewSetting('stars', state.stars));
  if (state.camera) {
    const c = roundCamera(state.camera);
    params.set('camera', `${c.x},${c.y},${c.ratio}`);
  }
  return params;
}

/**
 * The query string of `params` (no leading '?'), readable: ',', ':', '~'
 * and '/' stay as they are (all legal in a query). Separators inside values
 * were escaped before, so they read back the same.
 */
export function toQuery(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%7E/gi, '~').replace(/%2F/gi, '/');
}
