/**
 * Search over node labels and ids for the map's search box: accent- and
 * case-insensitive (see fold.ts), ranked so that what the user most likely
 * meant comes first. Labels and ids are folded once when the index is built;
 * a query is one pass of `indexOf` over the folded strings, which takes a few
 * milliseconds on 100,000 nodes — simpler than, and as fast in practice as, a
 * trie or n-gram index at this size.
 *
 * Ranking: an exact label or id comes first ("barcelona" → the node labelled
 * or identified "Barcelona" before "Ajuntament de Barcelona"), then labels or
 * ids that start with the query, then a word that starts with it, then the
 * query anywhere. Within a score a label match beats an id-only match, then
 * the shorter label, then the label and id alphabetically.
 */
import { foldText } from './fold';

export interface SearchEntry {
  /** The node id as written (matched and shown). */
  id: string;
  label: string;
  type: string;
  /** The node's graph key, when it differs from the id (`nodeKey(id)`); hits carry it back. */
  key?: string;
}

export interface SearchHit extends SearchEntry {
  /** The graph key to select: the entry's `key`, else its id. */
  key: string;
  /** 4 exact, 3 label (or id) starts with the query, 2 a word starts with it, 1 it occurs inside. */
  score: number;
}

export interface SearchIndex {
  /** The best `limit` entries (default 10) matching `query`, best first; none for a blank query. */
  search(query: string, limit?: number): SearchHit[];
  /** Number of entries indexed. */
  readonly size: number;
}

export const SCORE = { exact: 4, prefix: 3, wordPrefix: 2, substring: 1 } as const;

/** How well `text` (folded) matches `q` (folded, non-empty): a {@link SCORE} or 0. */
export function matchScore(text: string, q: string): number {
  let at = text.indexOf(q);
  if (at < 0) return 0;
  if (at === 0) return text.length === q.length ? SCORE.exact : SCORE.prefix;
  while (at > 0) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1]!)) return SCORE.wordPrefix;
    at = text.indexOf(q, at + 1);
  }
  return SCORE.substring;
}

interface Row {
  entry: SearchEntry;
  label: string;
  id: string;
}

interface Scored {
  score: number;
  /** 1 when the score comes from the label, 0 when only the id matches that well. */
  byLabel: number;
  row: Row;
}

/** Better first: higher score, then a label match before an id-only one, then shorter label, then label and id alphabetically (folded). */
function compare(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    b.byLabel - a.byLabel ||
    a.row.label.length - b.row.label.length ||
    (a.row.label < b.row.label ? -1 : a.row.label > b.row.label ? 1 : 0) ||
    (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0)
  );
}

/**
 * Builds a search index over `entries`, matching the query on the folded
 * label and the folded id (the better of the two counts).
 */
export function createSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  const rows: Row[] = entries.map((entry) => {
    const label = foldText(entry.label);
    const id = foldText(entry.id);
    return { entry, label, id };
  });
  return {
    size: rows.length,
    search(query, limit = 10) {
      const q = foldText(query);
      if (!q || limit <= 0) return [];
      // Keep only the best `limit` in a small sorted array instead of sorting every match.
      const best: Scored[] = [];
      for (const row of rows) {
        const labelScore = matchScore(row.label, q);
        const idScore = row.id === row.label ? 0 : matchScore(row.id, q);
        const score = Math.max(labelScore, idScore);
        if (score === 0) continue;
        const hit = { score, byLabel: labelScore >= idScore ? 1 : 0, row };
        if (best.length === limit && compare(hit, best[limit - 1]!) >= 0) continue;
        let i = best.length;
        while (i > 0 && compare(hit, best[i - 1]!) < 0) i--;
        best.splice(i, 0, hit);
        if (best.length > limit) best.pop();
      }
      return best.map(({ score, row }) => ({ id: row.entry.id, key: row.entry.key ?? row.entry.id, label: row.entry.label, type: row.entry.type, score }));
    },
  };
}
