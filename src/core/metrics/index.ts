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
import { structuralHolesDescriptor } from './structural-holes';

export { buildCsr, type Csr } from './csr';
export * from './descriptor';
export { degree, weightedDegree, degreeDescriptor } from './degree';
export { betweenness, betweennessDescriptor, BETWEENNESS_DEFAULTS } from './betweenness';
export {
  sampledBetweenness,
  drawPivots,
  sampledBetweennessDescriptor,
  SAMPLED_BETWEENNESS_DEFAULTS,
} from './betweenness-sampled';
export { closeness, closenessDescriptor, CLOSENESS_DEFAULTS } from './closeness';
export { sampledCloseness, sampledClosenessDescriptor, SAMPLED_CLOSENESS_DEFAULTS } from './closeness-sampled';
export { eigenvector, eigenvectorDescriptor, EIGENVECTOR_DEFAULTS } from './eigenvector';
export { pagerank, pagerankDescriptor, PAGERANK_DEFAULTS } from './pagerank';
export { clustering, clusteringDescriptor } from './clustering';
export { coreNumber, kcoreDescriptor } from './kcore';
export { connectedComponents, componentLabels, componentsDescriptor } from './components';
export { structuralHoles, structuralHolesDescriptor, STRUCTURAL_HOLES_DEFAULTS } from './structural-holes';

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
  structuralHolesDescriptor,
  componentsDescriptor,
];
