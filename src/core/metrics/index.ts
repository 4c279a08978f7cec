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
export { betweenness, accumulateDependencies, betweennessDescriptor, type BetweennessOptions } from './betweenness';
export {
  sampledBetweenness,
  drawPivots,
  sampledBetweennessDescriptor,
  type SampledBetweennessOptions,
} from './betweenness-sampled';
export { closeness, closenessDescriptor, type ClosenessOptions } from './closeness';
export { sampledCloseness, sampledClosenessDescriptor, type SampledClosenessOptions } from './closeness-sampled';
export { eigenvector, eigenvectorDescriptor, type PowerIterationOptions, type IterativeResult } from './eigenvector';
export { pagerank, pagerankDescriptor, type PagerankOptions } from './pagerank';
export { clustering, clusteringDescriptor } from './clustering';
export { coreNumber, kcoreDescriptor } from './kcore';
export { connectedComponents, componentLabels, componentsDescriptor } from './components';
export { PATH_WEIGHTINGS, type PathWeighting } from './path-weights';

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
