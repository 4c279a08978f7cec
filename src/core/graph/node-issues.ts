/**
 * What the graph builder knows about each node while it reads the rows, and
 * the warnings about nodes it gives once every row is read: an id no file
 * types (`type-missing`), a nodes-file row no link names (kept as an isolate,
 * `node-without-edges`) and an id the nodes file lacks
 * (`node-not-in-nodes-file`) — each naming the file, line and column.
 */
import type { IssueLog, NodeRow } from '../csv/types';
import { UNKNOWN_TYPE } from './types';
import type { AtlasNodeAttributes } from './types';

/** Where a node's type came from. */
interface TypeOrigin {
  type: string;
  file: string;
  line: number;
}

/** A node while the graph is built. */
export interface NodeEntry {
  /** The id as first read (owned rows share this string). */
  id: string;
  /** Its graphology key, `nodeKey(id)`. */
  key: string;
  /** Its place in the graph's node order. */
  index: number;
  attributes: AtlasNodeAttributes;
  /** Line and end of its first mention in the edges file; none for a nodes-file isolate. */
  mention?: { line: number; column: 'source' | 'target' };
  /** Its type: the nodes file's, else the first the edges file gives. */
  typed?: TypeOrigin;
}

/** A `type-missing` warning for each node of the edges file that no file types, in order of first mention. */
export function reportTypeMissing(nodes: Iterable<NodeEntry>, issues: IssueLog, edgesFile: string): void {
  for (const { id, mention, typed } of nodes) {
    if (!mention || typed) continue;
    issues.add({
      severity: 'warning',
      file: edgesFile,
      line: mention.line,
      column: `${mention.column}_type`,
      code: 'type-missing',
      message: `${edgesFile} line ${mention.line}: no file gives a type for '${id}'; it is shown as '${UNKNOWN_TYPE}'.`,
    });
  }
}

/**
 * `node-without-edges` for each nodes-file row no link names (`ensure` adds
 * it as an isolate), then `node-not-in-nodes-file` for each id of the edges
 * file the nodes file lacks.
 */
export function reportNodesFileGaps(
  nodesFile: string,
  edgesFile: string,
  nodeRows: ReadonlyMap<string, NodeRow>,
  nodes: ReadonlyMap<string, NodeEntry>,
  issues: IssueLog,
  ensure: (id: string) => void,
): void {
  for (const row of nodeRows.values()) {
    if (nodes.has(row.id)) continue;
    ensure(row.id);
    issues.add({
      severity: 'warning',
      file: nodesFile,
      line: row.line,
      column: 'id',
      code: 'node-without-edges',
      message: `${nodesFile} line ${row.line}, column 'id': '${row.id}' appears in no edge of ${edgesFile}; kept as an isolated node.`,
    });
  }
  for (const { id, mention, typed } of nodes.values()) {
    if (!mention || nodeRows.has(id)) continue;
    issues.add({
      severity: 'warning',
      file: edgesFile,
      line: mention.line,
      column: mention.column,
      code: 'node-not-in-nodes-file',
      message: `${edgesFile} line ${mention.line}: '${id}' is not in ${nodesFile}; it was added with ${typed ? `type '${typed.type}' from the edges file` : 'no type'}.`,
    });
  }
}
