/** Filters of the map: which nodes and edges are shown. */
export { applyFilters, isDefaultFilters, describeFilters, DEFAULT_FILTERS, NO_RELATION } from './filter';
export type { FilterState, FilterResult } from './filter';
