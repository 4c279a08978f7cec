/**
 * The evidence of a suggested pair side by side, as the app's Possible
 * duplicates panel shows it: each node's id, label, type, kind, country,
 * coordinates, URL, number of links and its best-linked neighbours (what
 * each is linked to decides most pairs), with the neighbours the two share
 * and the distance between them (great-circle, d3-geo). Read from the graph
 * the pairs were found in, so it travels from the worker as plain data.
 */
import { geoDistance } from 'd3-geo';
import type { ReadGraph } from '../graph/types';
import type { Evidence } from './compare';
import type { DuplicatePair } from './find-duplicates';

/** One node of a pair, as shown. */
export interface PairSide {
  id: string;
  key: string;
  label: string;
  type: string;
  kind?: string;
  country?: string;
  lat?: number;
  lon?: number;
  url?: string;
  links: number;
  /** Labels of its {@link NEIGHBOURS_SHOWN} best-linked neighbours (most links first, then by label). */
  neighbours: string[];
  /** How many neighbours it has in all. */
  neighbourCount: number;
}

/** Neighbours named per side. */
export const NEIGHBOURS_SHOWN = 3;

/** A suggested pair with what the panel shows of it. */
export interface PairEvidence {
  a: PairSide;
  b: PairSide;
  score: number;
  /** Name similarity alone. */
  name: number;
  reasons: Evidence[];
  against: Evidence[];
  /** Neighbours linked to both. */
  shared: number;
  /** Kilometres between the two, when both have coordinates. */
  distanceKm?: number;
}

/** Mean Earth radius in km (IUGG), to turn d3-geo's radians into kilometres. */
const EARTH_KM = 6371.0088;

function side(graph: ReadGraph, key: string, id: string): PairSide {
  const a = graph.getNodeAttributes(key);
  const all = graph.neighbors(key).map((n) => ({ degree: graph.degree(n), label: graph.getNodeAttribute(n, 'label') || n }));
  all.sort((x, y) => y.degree - x.degree || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  return {
    id,
    key,
    label: a.label || id,
    type: a.type,
    ...(a.kind ? { kind: a.kind } : {}),
    ...(a.country ? { country: a.country } : {}),
    ...(a.lat !== undefined && a.lon !== undefined ? { lat: a.lat, lon: a.lon } : {}),
    ...(a.url ? { url: a.url } : {}),
    links: graph.degree(key),
    neighbours: all.slice(0, NEIGHBOURS_SHOWN).map((n) => n.label),
    neighbourCount: all.length,
  };
}

/** The side-by-side evidence of `pair`, found in `graph`. */
export function pairEvidence(graph: ReadGraph, pair: DuplicatePair): PairEvidence {
  const [ka, kb] = pair.keys;
  const a = side(graph, ka, pair.a);
  const b = side(graph, kb, pair.b);
  const [few, many] = graph.degree(ka) <= graph.degree(kb) ? [ka, kb] : [kb, ka];
  const shared = graph.filterNeighbors(few, (n) => n !== many && graph.areNeighbors(n, many)).length;
  const distanceKm =
    a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined
      ? geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_KM
      : undefined;
  return {
    a,
    b,
    score: pair.score,
    name: pair.name,
    reasons: pair.reasons,
    against: pair.against,
    shared,
    ...(distanceKm !== undefined ? { distanceKm } : {}),
  };
}
