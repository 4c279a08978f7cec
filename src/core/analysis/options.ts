/**
 * Options of a whole analysis run (what `analyze` computes and with which
 * parameters), kept in one place with their defaults and validation, in the
 * way sigma keeps its settings: an interface, `ANALYSIS_DEFAULTS`, and
 * `resolveAnalysisOptions`. The CLI builds its flags from these and from the
 * algorithm descriptors; the UI its forms.
 */
import type { DefaultTypes } from '../csv/read-edges';
import type { ColumnMapping, EdgeField, NodeField } from '../csv/types';
import { ParameterError } from '../errors';
import type { ProjectionWeighting } from '../graph/projection';
import type { ParameterValues } from '../metrics/descriptor';

export type BetweennessMode = 'auto' | 'exact' | 'sampled';

/** Community detection methods, each the id of its algorithm descriptor (communities/). */
export const COMMUNITY_METHODS = ['louvain', 'leiden'] as const;
export type CommunityMethod = (typeof COMMUNITY_METHODS)[number];

export interface ProjectionRequest {
  /** Node type kept: `city`, `firm`, `project`, or any other type in the data. */
  keep: string;
  /** Types shared; default per type (see `DEFAULT_VIA`). */
  via?: string[];
  weighting?: ProjectionWeighting;
  /** Leave out via nodes with more members than this (hubs that would tie everything to everything). */
  maxViaMembers?: number;
}

export interface AnalysisOptions {
  /** Seed given to every random process (Louvain, sampled betweenness). */
  seed: number;
  /** `auto`: exact betweenness and closeness up to `exactBetweennessMaxNodes` nodes, sampled (Brandes–Pich, Eppstein–Wang) above; `exact`/`sampled` force one for both. */
  betweenness: BetweennessMode;
  exactBetweennessMaxNodes: number;
  /** `louvain` (Blondel et al. 2008) or `leiden` (Traag et al. 2019: every community connected); its parameters are under `algorithms[method]`. */
  communities: CommunityMethod;
  /** Parameters per algorithm id, over each descriptor's defaults. */
  algorithms: Record<string, Partial<ParameterValues>>;
  projection?: ProjectionRequest;
  edgeMapping?: ColumnMapping<EdgeField>;
  nodeMapping?: ColumnMapping<NodeField>;
  /** Types for the source and target columns of an edges CSV where its rows give none (see `readEdges`). */
  defaultTypes?: DefaultTypes;
  /**
   * Columns of the nodes file read as measures besides those named like a
   * measure (`pagerank`, `community`…): the CLI's `--measure-columns`; a
   * `# measure-columns:` note in the file adds to them (analysis/file-measures.ts).
   */
  measureColumns?: string[];
  /**
   * Node count above which a measure the nodes file gives is not computed
   * again; default `FILE_MEASURES_RECOMPUTE_MAX_NODES` (10,000).
   */
  fileMeasuresMaxNodes?: number;
}

export const ANALYSIS_DEFAULTS: Readonly<AnalysisOptions> = Object.freeze({
  seed: 42,
  betweenness: 'auto',
  exactBetweennessMaxNodes: 10_000,
  communities: 'louvain',
  algorithms: {},
});

export const BETWEENNESS_MODES: readonly BetweennessMode[] = ['auto', 'exact', 'sampled'];

/** Merges `given` over the defaults and checks it; throws a {@link ParameterError} whose message starts with `analysis:`. */
export function resolveAnalysisOptions(given: Partial<AnalysisOptions> = {}): AnalysisOptions {
  const options: AnalysisOptions = { ...ANALYSIS_DEFAULTS, algorithms: {}, ...given };
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff)
    throw new ParameterError(`analysis: seed must be a whole number from 0 to 4294967295, got ${options.seed}`);
  if (!BETWEENNESS_MODES.includes(options.betweenness))
    throw new ParameterError(`analysis: betweenness must be one of ${BETWEENNESS_MODES.join(', ')}, got '${options.betweenness}'`);
  if (!(COMMUNITY_METHODS as readonly string[]).includes(options.communities))
    throw new ParameterError(`analysis: communities must be one of ${COMMUNITY_METHODS.join(', ')}, got '${options.communities}'`);
  if (!(options.exactBetweennessMaxNodes >= 0)) throw new ParameterError('analysis: exactBetweennessMaxNodes must be a non-negative number');
  if (options.fileMeasuresMaxNodes !== undefined && !(options.fileMeasuresMaxNodes >= 0))
    throw new ParameterError(`analysis: fileMeasuresMaxNodes must be a non-negative number, got ${options.fileMeasuresMaxNodes}`);
  for (const name of options.measureColumns ?? [])
    if (typeof name !== 'string' || name.trim() === '') throw new ParameterError(`analysis: measureColumns must be column names, got ${JSON.stringify(name)}`);
  for (const [end, type] of Object.entries(options.defaultTypes ?? {}))
    if (type !== undefined && typeof type !== 'string') throw new ParameterError(`analysis: defaultTypes.${end} must be a type name, got ${String(type)}`);
  if (options.projection) {
    const w = options.projection.weighting;
    if (w !== undefined && w !== 'count' && w !== 'newman') throw new ParameterError(`analysis: projection weighting must be 'count' or 'newman', got '${w}'`);
    const m = options.projection.maxViaMembers;
    if (m !== undefined && !(Number.isInteger(m) && m >= 2)) throw new ParameterError(`analysis: maxViaMembers must be a whole number of at least 2, got ${m}`);
  }
  return options;
}
