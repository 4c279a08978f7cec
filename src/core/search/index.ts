/** Accent- and case-insensitive search over node labels and ids. */
export { fileSlug, foldText } from './fold';
export { createSearchIndex, matchScore, SCORE } from './search';
export type { SearchEntry, SearchHit, SearchIndex } from './search';
