/**
 * The options of an embedded map, kept together in the manner of sigma's
 * settings: one interface, its defaults, and the resolver that reads them
 * from an embed address (`search=1&details=1&legend=0`). Width and height
 * only size the <iframe> of the snippet.
 */
import { toQuery } from '../../core/url-state';

export interface EmbedOptions {
  /** Size of the <iframe> in CSS pixels. */
  width: number;
  height: number;
  /** Show the search box. */
  search: boolean;
  /** Show the details panel of the selected node. */
  details: boolean;
  /** Show the legend over the map. */
  legend: boolean;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = Object.freeze({ width: 800, height: 500, search: false, details: false, legend: true });

/** The address parameters the embed page reads itself (not share state). */
export const EMBED_PARAMS = ['search', 'details', 'legend'] as const;

const flag = (value: string | null, fallback: boolean) => (value === null ? fallback : value === '1' || value === 'true');

/** Reads the panel options of an embed address over the defaults. */
export function resolveEmbedOptions(params: URLSearchParams): Pick<EmbedOptions, 'search' | 'details' | 'legend'> {
  const d = DEFAULT_EMBED_OPTIONS;
  return { search: flag(params.get('search'), d.search), details: flag(params.get('details'), d.details), legend: flag(params.get('legend'), d.legend) };
}

/** Clamps a size to 200–4000 px (a typo in the dialog must not make a 0 px frame). */
export function clampSize(value: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(4000, Math.max(200, Math.round(value))) : fallback;
}

/** The embed page's address for a state (query string) and options, relative to `base`. */
export function embedUrl(base: string, state: string, options: EmbedOptions): string {
  const params = new URLSearchParams(state);
  const d = DEFAULT_EMBED_OPTIONS;
  for (const key of EMBED_PARAMS) if (options[key] !== d[key]) params.set(key, options[key] ? '1' : '0');
  const query = toQuery(params);
  return new URL(`embed.html${query ? `?${query}` : ''}`, base).href;
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <iframe> snippet to paste into a page. */
export function embedSnippet(url: string, options: EmbedOptions, title: string): string {
  const w = clampSize(options.width, DEFAULT_EMBED_OPTIONS.width);
  const h = clampSize(options.height, DEFAULT_EMBED_OPTIONS.height);
  return `<iframe src="${attr(url)}" width="${w}" height="${h}" title="${attr(title)}" style="border:1px solid #dde1e8" loading="lazy"></iframe>`;
}
