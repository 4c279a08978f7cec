/**
 * The Possible duplicates panel's decisions and what they produce, pure so
 * they are tested in Node: a pair is merged, kept apart ("Not the same") or
 * undecided; the merged pairs become aliases with one canonical per group
 * (core aliasesFromPairs: the id with the most links, then the longer
 * label), written after the rows of an aliases file loaded with the data so
 * one file carries every merge. Decisions are display state (a Map keyed by
 * the pair's graph keys, never by an id as an object key); the graph changes
 * only when the user applies them and the worker reads the data again.
 */
import type { InputFile } from '../../../core/analysis/analyze';
import { toCsv } from '../../../core/export/csv';
import type { ReadGraph } from '../../../core/graph/types';
import { readAliases } from '../../../core/resolve/aliases';
import type { DuplicatePair } from '../../../core/resolve/find-duplicates';
import type { PairEvidence } from '../../../core/resolve/pair-evidence';
import { aliasesFromPairs, type SuggestedAlias } from '../../../core/resolve/suggestions-csv';
import { APP_VERSION } from '../../../core/version';
import { getOwn } from '../../../core/util/dict';
import type { ReportSummary } from '../../../workers/protocol';

/** What the user said of a pair. */
export type Decision = 'merge' | 'distinct';

/** A pair's identity: its two graph keys joined by NUL (a Map key, never an object key). */
export const pairId = (p: Pick<PairEvidence, 'a' | 'b'>): string => `${p.a.key}\u0000${p.b.key}`;

/** The merged pairs as aliases, grouped so each alias has one canonical (`graph` gives links and labels: the network the pairs were found in). */
export function acceptedAliases(pairs: readonly PairEvidence[], decisions: ReadonlyMap<string, Decision>, graph: ReadGraph): SuggestedAlias[] {
  const merged: DuplicatePair[] = pairs
    .filter((p) => decisions.get(pairId(p)) === 'merge' && graph.hasNode(p.a.key) && graph.hasNode(p.b.key))
    .map((p) => ({ a: p.a.id, b: p.b.id, keys: [p.a.key, p.b.key], score: p.score, name: p.name, reasons: p.reasons, against: p.against }));
  return aliasesFromPairs(merged, graph);
}

/**
 * The aliases file to apply and download: the rows of the aliases file
 * loaded with the data (when there is one) then the accepted pairs. Marked
 * as ours on its first line, so the CSV reader takes its cells back exactly.
 */
export function combinedAliasesCsv(loaded: InputFile | undefined, accepted: readonly SuggestedAlias[]): string {
  const rows: (string | number)[][] = [];
  if (loaded) for (const [alias, entry] of readAliases(loaded.text, loaded.name).entries) rows.push([alias, entry.canonical, '']);
  for (const a of accepted) rows.push([a.alias, a.canonical, Number(a.score.toFixed(3))]);
  const comments = [
    `Partnership Atlas ${APP_VERSION} duplicates: aliases (alias,canonical) for analyze --aliases`,
    ...(loaded ? [`the first ${rows.length - accepted.length} rows are from ${loaded.name}; the rest were merged in the Possible duplicates panel`] : []),
  ];
  return toCsv(['alias', 'canonical', 'score'], rows, comments);
}

/** "3 ids merged by aliases.csv", from a report's issues (alias-merged), or '' when the load merged none. */
export function mergedNote(report: Pick<ReportSummary, 'issues' | 'input'>): string {
  const n = getOwn<{ count: number }>(report.issues.byCode, 'alias-merged')?.count ?? 0;
  if (n === 0) return '';
  const file = report.input.files.find((f) => f.role === 'aliases')?.name ?? 'the aliases file';
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'id' : 'ids'} merged by ${file}.`;
}
