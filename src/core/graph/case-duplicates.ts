/**
 * Ids that differ only by letter case (`Comune di Roma`, `comune di roma`)
 * are kept as two nodes, as written, and each later one is reported as a
 * `possible-duplicate` warning naming the file and line where it first
 * appears.
 */
import type { IssueLog, NodeRow } from '../csv/types';

/**
 * Ids of printable ASCII characters (and tabs) only: lower-cased without ICU (`toLowerCase` gives
 * the same letters as the root locale for them, in a tenth of the time: at
 * 100k nodes the locale's lower-casing took 0.1 s of the build).
 */
const ASCII = /^[\t -~]*$/;

/** Ids equal but for letter case are kept apart, and reported as possible duplicates. */
export function reportCaseDuplicates(
  ids: Iterable<string>,
  issues: IssueLog,
  /** Where an id is first named in the edges file, if it is. */
  mentionOf: (id: string) => { line: number; column: string } | undefined,
  edgesFile: string,
  nodesFile: string | undefined,
  nodeRows: Map<string, NodeRow>,
): void {
  const byFolded = new Map<string, string[]>();
  for (const id of ids) {
    const folded = ASCII.test(id) ? id.toLowerCase() : id.toLocaleLowerCase('und');
    const list = byFolded.get(folded);
    if (list) list.push(id);
    else byFolded.set(folded, [id]);
  }
  for (const ids of byFolded.values()) {
    if (ids.length < 2) continue;
    for (const id of ids.slice(1)) {
      const inEdges = mentionOf(id);
      const file = inEdges !== undefined || !nodesFile ? edgesFile : nodesFile;
      const line = inEdges?.line ?? nodeRows.get(id)?.line;
      issues.add({
        severity: 'warning',
        file,
        ...(line !== undefined ? { line } : {}),
        column: inEdges?.column ?? 'id',
        code: 'possible-duplicate',
        message: `${file}${line !== undefined ? ` line ${line}` : ''}: '${id}' differs from '${ids[0]}' only by letter case; kept as separate nodes — if they are the same, write them alike.`,
      });
    }
  }
}
