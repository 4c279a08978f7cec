/**
 * Community detection: Louvain, Leiden and the modularity of a partition.
 */
export { modularity } from './modularity';
export { louvain, LOUVAIN_DEFAULTS } from './louvain';
export { leiden } from './leiden';
export { louvainDescriptor } from './louvain-descriptor';
