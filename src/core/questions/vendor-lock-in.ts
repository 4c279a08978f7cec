/**
 * Question: which cities depend on a single vendor? Cities whose vendor
 * concentration (Herfindahl–Hirschman index of the firms' shares of their
 * firm links, see graph/indicators.ts) is at least a threshold, most
 * concentrated first, each with every firm holding its top share.
 */
import type { NodeIndicators } from '../graph/indicators';
import type { ReadGraph } from '../graph/types';
import { byLabel, named, type NamedNode } from './types';

/** Defaults of {@link vendorLockIn}: HHI ≥ 0.5, the level at which one vendor holds at least half in effect (two equal vendors). */
export const VENDOR_LOCK_IN_DEFAULTS = { threshold: 0.5 } as const;

export interface LockedCity extends NamedNode {
  vendorHhi: number;
  topFirmShare: number;
  /** Distinct firms linked to the city directly or through its projects. */
  firms: number;
  /** Every firm holding the top share (more than one on a tie). */
  topFirms: NamedNode[];
}

/** Cities with vendor HHI ≥ `threshold`, by HHI (highest first) then name. */
export function vendorLockIn(graph: ReadGraph, indicators: ReadonlyMap<string, NodeIndicators>, options: { threshold?: number } = {}): LockedCity[] {
  const threshold = options.threshold ?? VENDOR_LOCK_IN_DEFAULTS.threshold;
  const out: LockedCity[] = [];
  for (const [key, ind] of indicators) {
    if (ind.type !== 'city' || ind.vendorHhi === undefined || ind.vendorHhi < threshold || !graph.hasNode(key)) continue;
    const tops = ind.topFirms ?? (ind.topFirm !== undefined ? [ind.topFirm] : []);
    out.push({
      ...named(graph, key),
      vendorHhi: ind.vendorHhi,
      topFirmShare: ind.topFirmShare ?? 0,
      firms: ind.firms,
      topFirms: tops.map((f) => named(graph, f)),
    });
  }
  return out.sort((a, b) => b.vendorHhi - a.vendorHhi || byLabel(a, b));
}
