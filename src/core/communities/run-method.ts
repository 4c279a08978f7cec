/**
 * Runs the community step of the analysis alone, exactly as `analyzeGraph`
 * runs it (the method of the options, the run's seed, the same number of
 * runs for the graph's size, the method's parameters under
 * `options.algorithms[method]`), so switching between Louvain (Blondel et
 * al. 2008) and Leiden (Traag, Waltman & van Eck 2019) re-computes the
 * communities without the other measures.
 */
import { louvainRuns } from '../analysis/analyze-graph';
import { COMMUNITY_METHODS, type AnalysisOptions, type CommunityMethod } from '../analysis/options';
import type { AtlasGraph } from '../graph/types';
import { resolveParameters, type ParameterValues } from '../metrics/descriptor';
import { getAlgorithm } from '../metrics/registry';

/** The result of one community step, shaped as `analyzeGraph` records it. */
export interface CommunityStep {
  method: CommunityMethod;
  /** Per node in graph order (0 = the largest community). */
  community: Float64Array;
  /** The method's resolved parameters (`GraphAnalysis.params[method]`). */
  params: ParameterValues;
  /** Its figures (`GraphAnalysis.stats[method]`: modularity, communities, runs, seed, resolution). */
  stats: Record<string, number | string | boolean>;
  /** Its notes, prefixed by the method's label as `analyzeGraph` prefixes them. */
  notes: string[];
}

/** Finds the communities of `graph` with `options.communities`; `onProgress` gets the fraction done. */
export function runCommunityMethod(graph: AtlasGraph, options: AnalysisOptions, onProgress?: (fraction: number) => void): CommunityStep {
  const method = options.communities;
  const descriptor = getAlgorithm(method);
  const given: Partial<ParameterValues> = { ...options.algorithms[method] };
  if (given['seed'] === undefined) given['seed'] = options.seed;
  if (given['runs'] === undefined) given['runs'] = louvainRuns(graph);
  const params = resolveParameters(descriptor, given);
  const out = descriptor.run(graph, params, onProgress ? { onProgress } : {});
  const community = out.values['community'];
  if (!community) throw new Error(`communities/${method}: the method returned no community per node`);
  return { method, community, params, stats: out.stats, notes: out.notes.map((note) => `${descriptor.label}: ${note}`) };
}

/** What a graph's analysis holds that the community step changes. */
export interface CommunityFields {
  measures: Record<string, Float64Array>;
  params: Record<string, ParameterValues>;
  stats: { communities: number; modularity: number };
  notes: string[];
}

/** `stats` without a `community` read from the nodes file (analysis/file-measures.ts): the method's communities replace it. */
function withoutFileCommunity<S extends CommunityFields['stats']>(stats: S): S {
  const { fromFile, ...rest } = stats as S & { fromFile?: readonly { id: string }[] };
  if (!fromFile) return stats;
  const kept = fromFile.filter((m) => m.id !== 'community');
  return (kept.length > 0 ? { ...rest, fromFile: kept } : rest) as S;
}

/** The labels that prefix the notes of each community method (`Communities (Louvain): …`). */
function isCommunityNote(note: string): boolean {
  return COMMUNITY_METHODS.some((m) => note.startsWith(`${getAlgorithm(m).label}: `));
}

/**
 * `analysed` (a view's data, a payload) with `step`'s communities in place of
 * the ones it had: the `community` measure, the method's parameters (the
 * other method's are dropped, so the parameters name the method run), the
 * count and modularity, and the notes. A new object; the rest is shared.
 */
export function withCommunityStep<T extends CommunityFields>(analysed: T, step: CommunityStep): T {
  const params: Record<string, ParameterValues> = {};
  for (const [id, p] of Object.entries(analysed.params)) if (!(COMMUNITY_METHODS as readonly string[]).includes(id)) params[id] = p;
  params[step.method] = step.params;
  return {
    ...analysed,
    measures: { ...analysed.measures, community: step.community },
    params,
    stats: withoutFileCommunity({ ...analysed.stats, communities: Number(step.stats['communities'] ?? 0), modularity: Number(step.stats['modularity'] ?? 0) }),
    notes: [...analysed.notes.filter((n) => !isCommunityNote(n) && !n.startsWith('Community: from ')), ...step.notes],
  };
}
