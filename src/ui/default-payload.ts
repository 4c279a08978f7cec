/**
 * The embedded default dataset's analysis, computed at build time by the same
 * core code the worker runs (vite.config.ts, `virtual:default-analysis`).
 */
import defaultJson, { options as defaultOptions } from 'virtual:default-analysis';
import type { AnalysisOptions } from '../core/analysis/options';
import type { AnalysisPayload } from '../workers/protocol';
import { payloadFromJson, reviveGraphPayload } from '../workers/payload-json';

/** The precomputed payload when `options` are the ones it was computed with, else null (the worker computes). */
export function precomputedDefault(options: AnalysisOptions): AnalysisPayload | null {
  if (JSON.stringify(options) !== defaultOptions) return null;
  const payload = payloadFromJson<AnalysisPayload>(defaultJson);
  // Dated now, as the worker would date it: the analysis is seeded, so computing it now gives these very values.
  return { ...payload, report: { ...payload.report, generatedAt: new Date().toISOString() }, network: reviveGraphPayload(payload.network) };
}
