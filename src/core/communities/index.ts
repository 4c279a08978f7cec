/**
 * Community detection: Louvain and the modularity of a partition.
 */
export { modularity } from './modularity';
export { louvain, LOUVAIN_DEFAULTS } from './louvain';
export { louvainDescriptor } from './louvain-descriptor';
