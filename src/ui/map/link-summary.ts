/**
 * What one link of the map means, as plain data for its tooltip and its
 * details: the two ends (key, label, type), the relations in words, the
 * years, the summed weight, the evidence (URLs told from citations: only
 * http(s) addresses become links) and the lines of the edges file it was
 * merged from — or, in a projection, the shared nodes that make it. DOM-free:
 * every string here is the user's and is written into the page as text.
 */
import { nodeLabel } from '../../core/graph/node-label';
import type { ReadGraph } from '../../core/graph/types';
import { getOwn } from '../../core/util/dict';
import { formatNumber, formatYears, relationWords } from '../panels/details/text';

export interface LinkEnd {
  /** Graph key (what selecting it takes). */
  key: string;
  label: string;
  type: string;
}

export interface LinkSummary {
  edge: string;
  ends: [LinkEnd, LinkEnd];
  /** Relations in words ("provides services for"), in the file's order. */
  relations: string[];
  years: number[];
  weight: number;
  evidence: { text: string; url: string | null }[];
  /** 1-based lines of the edges file. */
  lines: number[];
  /** In a projection: the shared nodes (key and label) that make the link. */
  via: LinkEnd[];
}

/** The http(s) address `text` stands for, else null (citations, `javascript:` and the like stay text). */
export function httpUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The summary of `edge` in `graph`; `names` resolves shared nodes of a projection (they are in the network, not the projected graph). */
export function linkSummary(graph: ReadGraph, edge: string, names: ReadGraph = graph): LinkSummary {
  const attrs = graph.getEdgeAttributes(edge);
  const end = (key: string): LinkEnd => ({ key, label: nodeLabel(graph, key), type: graph.getNodeAttribute(key, 'type') });
  const [source, target] = graph.extremities(edge);
  return {
    edge,
    ends: [end(source), end(target)],
    relations: attrs.relations.map(relationWords),
    years: attrs.years,
    weight: attrs.weight,
    evidence: attrs.evidence.map((text) => ({ text, url: httpUrl(text) })),
    lines: attrs.lines,
    via: (getOwn(attrs.extra, 'via') ?? []).map((key) => ({
      key,
      label: nodeLabel(names, key),
      type: names.hasNode(key) ? names.getNodeAttribute(key, 'type') : '',
    })),
  };
}

/**
 * An address as it reads in a narrow space: host and path without the scheme,
 * the middle of a long path elided ("github.com/decidim/…/barcelona.yml").
 */
export function shortUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  const parts = bare.split('/');
  return parts.length > 4 ? `${parts.slice(0, 2).join('/')}/…/${parts.at(-1)}` : bare;
}

/** "uses · 2016–2021 · weight 3": the link's relations, years and weight in one line. */
export function linkFacts(link: LinkSummary): string {
  const parts = [link.relations.length > 0 ? link.relations.join(', ') : 'linked'];
  const years = formatYears(link.years);
  if (years) parts.push(years);
  parts.push(`weight ${formatNumber(link.weight)}`);
  return parts.join(' · ');
}

/** Lines of the edges file as "line 12", "lines 12, 40" or "lines 12, 40, 41 and 5 more" (past `max`). */
export function linesText(lines: readonly number[], max = 10): string {
  if (lines.length === 0) return '';
  const shown = lines.slice(0, max).map((n) => n.toLocaleString('en-GB'));
  const more = lines.length > max ? ` and ${(lines.length - max).toLocaleString('en-GB')} more` : '';
  return `${lines.length === 1 ? 'line' : 'lines'} ${shown.join(', ')}${more}`;
}
