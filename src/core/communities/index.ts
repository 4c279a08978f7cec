/**
 * Community detection: Louvain and the modularity of a partition.
 */
export { modularity, MODULARITY_DEFAULTS, type ModularityOptions } from './modularity';
export { louvain, louvainRun, LOUVAIN_DEFAULTS, type LouvainOptions, type LouvainResult } from './louvain';
export { aggregate, moveNodes, type LevelGraph } from './louvain-level';
export { renumberBySize } from './renumber';
export { louvainDescriptor } from './louvain-descriptor';
