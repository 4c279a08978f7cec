/**
 * Network measures over the CSR adjacency: pure functions returning
 * Float64Arrays aligned with `graph.nodes()`, and their descriptors.
 */
import { betweennessDescriptor } from './betweenness';
import { sampledBetweennessDescriptor } from './betweenness-sampled';
import { closenessDescriptor } from './closeness';
import { sampledClosenessDescriptor } from './closeness-sampled';
import { clusteringDescriptor } from './clustering';
import { componentsDescriptor } from './components';
import { degreeDescriptor } from './degree';
import type { AlgorithmDescriptor } from './descriptor';
import { eigenvectorDescriptor } from './eigenvector';
import { kcoreDescriptor } from './kcore';
import { pagerankDescriptor } from './pagerank';

export { buildCsr, csrDegree, type Csr } from './csr';
export * from './descriptor';
export { degree, weightedDegree, degreeDescriptor } from './degree';
export { betweenness, accumulateDependencies, betweennessDescriptor, BETWEENNESS_DEFAULTS, type BetweennessOptions } from './betweenness';
export {
  sampledBetweenness,
  drawPivots,
  sampledBetweennessDescriptor,
  SAMPLED_BETWEENNESS_DEFAULTS,
  type SampledBetweennessOptions,
} from './betweenness-sampled';
export { closeness, closenessDescriptor, CLOSENESS_DEFAULTS, type ClosenessOptions } from './closeness';
export { sampledCloseness, sampledClosenessDescriptor, SAMPLED_CLOSENESS_DEFAULTS, type SampledClosenessOptions } from './closeness-sampled';
export {
  eigenvector,
  eigenvectorDescriptor,
  EIGENVECTOR_DEFAULTS,
  POWER_ITERATION_DEFAULTS,
  type PowerIterationOptions,
  type IterativeResult,
} from './eigenvector';
export { pagerank, pagerankDescriptor, PAGERANK_DEFAULTS, type PagerankOptions } from './pagerank';
export { clustering, clusteringDescriptor } from './clustering';
export { coreNumber, kcoreDescriptor } from './kcore';
export { connectedComponents, componentLabels, componentsDescriptor } from './components';
export { PATH_WEIGHTINGS, DEFAULT_PATH_WEIGHTING, type PathWeighting } from './path-weights';

/** Descriptors of the centrality and structure measures, in menu order. */
export const centralityDescriptors: readonly AlgorithmDescriptor[] = [
  degreeDescriptor,
  betweennessDescriptor,
  sampledBetweennessDescriptor,
  closenessDescriptor,
  sampledClosenessDescriptor,
  eigenvectorDescriptor,
  pagerankDescriptor,
  clusteringDescriptor,
  kcoreDescriptor,
  componentsDescriptor,
];
