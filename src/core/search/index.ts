/** Accent- and case-insensitive search over node labels and ids. */
export { foldText } from './fold';
export { createSearchIndex, matchScore } from './search';
export type { SearchEntry, SearchHit, SearchIndex } from './search';
