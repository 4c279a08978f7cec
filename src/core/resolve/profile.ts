/**
 * What the matcher knows of each node: its name taken apart, its type, the
 * body its name or `kind` says it is, its countries (given, or implied by an
 * administrative prefix such as "Comune di" → IT), its coordinates and the
 * site of its URL — read once from the graph (neighbours are looked up only
 * for the pairs compared).
 */
import type { ReadGraph } from '../graph/types';
import { nodeId } from '../graph/node-key';
import { type NameParts, nameParts } from './name-parts';
import { type BodyClass, bodyOfKind } from './vocabulary';

/** One node as the matcher sees it. */
export interface NodeProfile {
  key: string;
  id: string;
  label: string;
  type: string;
  parts: NameParts;
  /** From the name's affix or legal form first, else from `kind`. */
  body?: BodyClass;
  /** The node's own country, else the countries its name implies; empty when unknown. */
  countries: readonly string[];
  /** True when `countries` is the node's own `country`, not implied by its name. */
  countryGiven: boolean;
  lat?: number;
  lon?: number;
  /** The node's web site: host without `www.` (with the owner and repository on code hosts), lower case. */
  site?: string;
}

/** A trailing ` [city]` / ` [firm]` that catalogues add to tell apart one name used with two types. */
const TYPE_SUFFIX = /\s+\[[^\]]+\]$/;

/** Hosts of many projects: the site is the host with the owner and repository. */
const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sourceforge.net', 'developers.italia.it']);

/**
 * The site of a URL (no scheme needed): its host, lower case and without
 * `www.`, followed on code hosts by the first two path segments
 * (`github.com/decidim/decidim`), since two projects on GitHub are not one.
 */
export function urlSite(url: string | undefined): string | undefined {
  const m =
    url?.trim().match(/^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/:?#\s]+)(?::\d+)?([^?#\s]*)/i) ??
    url?.trim().match(/^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?([^?#\s]*)/i);
  if (!m) return undefined;
  const host = m[1]!.toLowerCase().replace(/^www\./, '');
  if (!CODE_HOSTS.has(host)) return host;
  const path = m[2]!.toLowerCase().split('/').filter(Boolean).slice(0, 2);
  return [host, ...path].join('/');
}

/** The profile of every node of `graph`, in the graph's order. */
export function nodeProfiles(graph: ReadGraph): NodeProfile[] {
  const out: NodeProfile[] = [];
  graph.forEachNode((key, a) => {
    const id = nodeId(key);
    const label = (a.label && a.label !== id ? a.label : id).replace(TYPE_SUFFIX, '');
    const parts = nameParts(label);
    const body = parts.body ?? bodyOfKind(a.kind);
    const country = a.country?.trim().toUpperCase();
    const site = urlSite(a.url);
    out.push({
      key,
      id,
      label,
      type: a.type,
      parts,
      ...(body ? { body } : {}),
      countries: country ? [country] : (parts.countries ?? []),
      countryGiven: Boolean(country),
      ...(a.lat !== undefined && a.lon !== undefined ? { lat: a.lat, lon: a.lon } : {}),
      ...(site ? { site } : {}),
    });
  });
  return out;
}
