/**
 * The community methods as users meet them: their names and short
 * citations, the text a share link carries (`communities=leiden`), and
 * which method a view's analysis actually ran, read from its parameters
 * (never assumed), so every label, legend and provenance line names it:
 * "Leiden (Traag et al. 2019), seed 42, modularity 0.432".
 *
 * The method itself is an analysis option (`AnalysisOptions.communities`,
 * with its default, in core/analysis/options.ts), not a view setting: it
 * changes the data (each node's `community` measure, the modularity, the
 * questions built on them), which the worker computes. The app re-runs only
 * this step when it changes (see {@link runCommunityMethod}).
 */
import { COMMUNITY_METHODS, type CommunityMethod } from '../analysis/options';
import type { ParameterValues } from '../metrics/descriptor';

/** Name and short citation of each method (the descriptors hold the full references). */
export const COMMUNITY_METHOD_TEXT: Readonly<Record<CommunityMethod, { name: string; citation: string }>> = Object.freeze({
  louvain: { name: 'Louvain', citation: 'Blondel et al. 2008' },
  leiden: { name: 'Leiden', citation: 'Traag et al. 2019' },
});

/** The share-link parameter and CLI flag (without `--`) of the method. */
export const COMMUNITY_METHOD_PARAM = 'communities';

/** Reads a method's text (`louvain`, `leiden`); null for anything else. */
export function parseCommunityMethod(text: string): CommunityMethod | null {
  return (COMMUNITY_METHODS as readonly string[]).includes(text) ? (text as CommunityMethod) : null;
}

/** What one community detection run was: the method, its seed and resolution, and what it found. */
export interface CommunityRunSummary {
  method: CommunityMethod;
  seed: number;
  resolution: number;
  communities: number;
  modularity: number;
}

/**
 * The community run of an analysed graph, from its resolved parameters by
 * algorithm id (`GraphAnalysis.params`, a view's `params`) and its figures
 * (`GraphStats`); null when no community method ran.
 */
export function communityRunOf(
  params: Readonly<Record<string, ParameterValues>>,
  stats: { communities: number; modularity: number },
): CommunityRunSummary | null {
  const method = COMMUNITY_METHODS.find((m) => Object.hasOwn(params, m));
  if (!method) return null;
  const p = params[method]!;
  return { method, seed: Number(p['seed']), resolution: Number(p['resolution']), communities: stats.communities, modularity: stats.modularity };
}

/** The method's name, e.g. "Leiden". */
export function communityMethodName(method: CommunityMethod): string {
  return COMMUNITY_METHOD_TEXT[method].name;
}

/** "Leiden (Traag et al. 2019), seed 42, modularity 0.432" (and the resolution when it is not 1). */
export function describeCommunityRun(run: CommunityRunSummary): string {
  const { name, citation } = COMMUNITY_METHOD_TEXT[run.method];
  const resolution = run.resolution === 1 || !Number.isFinite(run.resolution) ? '' : `, resolution ${run.resolution}`;
  return `${name} (${citation}), seed ${run.seed}${resolution}, modularity ${run.modularity.toFixed(3)}`;
}
