/**
 * Applying an aliases file to the rows read from the data files, before the
 * graph is built: every alias id in the edges and nodes becomes its
 * canonical, so the graph builder merges the links of the merged nodes as it
 * merges any repeated pair (weights summed; relations, years, evidence and
 * lines kept). A nodes-file row of an alias fills what the canonical's own
 * row leaves empty. Nothing is lost without a word: each merge, each link
 * between two names of one entity (it would be a self-loop, so it is
 * dropped), and each alias the data does not hold is an issue.
 */
import { quote } from '../csv/issue';
import type { EdgeField, EdgeRow, NodeField, NodeRow, ParseResult } from '../csv/types';
import { IssueLog } from '../csv/types';
import { dictCopy, getOwn, setOwn } from '../util/dict';
import type { AliasTable } from './aliases';
import type { RESOLVE_ISSUE_CODES } from './codes';

/** The rows of the data files, as the CSV readers return them. */
export interface AliasInputRows {
  edges: ParseResult<EdgeRow, EdgeField>;
  nodes?: ParseResult<NodeRow, NodeField>;
}

/** What applying the aliases did. */
export interface AppliedAliases {
  /** The rows with every alias replaced. */
  rows: AliasInputRows;
  /** canonical → the aliases merged into it that the data held, in file order. */
  merged: Map<string, string[]>;
  /** Aliases of the file that no row names. */
  unused: string[];
  issues: IssueLog;
}

type ResolveCode = keyof typeof RESOLVE_ISSUE_CODES;

/** Ids are named whole in these messages up to this length (names of public bodies run past the 60 characters of `quote`). */
const ID_SHOWN = 200;

/** `id` quoted whole when it is at most {@link ID_SHOWN} characters (line breaks shown as `\n`, `\r`), else cut as `quote` cuts. */
const quoteId = (id: string): string => (id.length <= ID_SHOWN ? `'${id.replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'` : quote(id));

const FILLED: readonly (keyof NodeRow & NodeField)[] = ['label', 'type', 'country', 'lat', 'lon', 'url', 'kind'];

/** Replaces every alias of `table` in `rows` by its canonical (see the file header). */
export function applyAliases(rows: AliasInputRows, table: AliasTable): AppliedAliases {
  const issues = new IssueLog();
  issues.merge(table.issues);
  const column = table.columns.alias;
  const add = (code: ResolveCode, line: number, text: string) =>
    issues.add({ severity: 'warning', file: table.file, line, column, code, message: `${table.file} line ${line}: ${text}` });
  const canonical = (id: string) => table.canonicalOf.get(id) ?? id;
  const seen = new Map<string, { links: number; rows: number }>();
  const note = (id: string, what: 'links' | 'rows') => {
    if (!table.canonicalOf.has(id)) return;
    const count = seen.get(id) ?? { links: 0, rows: 0 };
    count[what]++;
    seen.set(id, count);
  };

  const edgeRows: EdgeRow[] = [];
  for (const row of rows.edges.rows) {
    note(row.source, 'links');
    note(row.target, 'links');
    const source = canonical(row.source);
    const target = canonical(row.target);
    if (source === target) {
      const entry = table.entries.get(row.source) ?? table.entries.get(row.target)!;
      add(
        'alias-self-loop',
        entry.line,
        `${rows.edges.file} line ${row.line} links ${quoteId(row.source)} and ${quoteId(row.target)}, two names of ${quoteId(source)}; the link was dropped`,
      );
      continue;
    }
    edgeRows.push(source === row.source && target === row.target ? row : { ...row, source, target });
  }

  let nodes: AliasInputRows['nodes'];
  if (rows.nodes) {
    const own = new Map<string, NodeRow>();
    for (const row of rows.nodes.rows) if (!table.canonicalOf.has(row.id)) own.set(row.id, row);
    const out: NodeRow[] = [];
    const made = new Map<string, NodeRow>();
    for (const row of rows.nodes.rows) {
      note(row.id, 'rows');
      const id = canonical(row.id);
      if (id === row.id) {
        out.push(row);
        continue;
      }
      // The canonical's own row wins; an alias's row fills its empty fields (a canonical without a row of its own gets one, but not the alias's label).
      let target = own.get(id) ?? made.get(id);
      if (!target) {
        target = { line: row.line, id, attributes: dictCopy(row.attributes) };
        made.set(id, target);
        out.push(target);
      }
      for (const field of FILLED) {
        if (field === 'label' && target !== own.get(id)) continue;
        if (target[field] === undefined && row[field] !== undefined) (target as unknown as Record<string, unknown>)[field] = row[field];
      }
      for (const key of Object.keys(row.attributes))
        if (getOwn(target.attributes, key) === undefined) setOwn(target.attributes, key, getOwn(row.attributes, key)!);
    }
    nodes = { ...rows.nodes, rows: out };
  }

  const merged = new Map<string, string[]>();
  const unused: string[] = [];
  for (const [alias, entry] of table.entries) {
    const count = seen.get(alias);
    if (!count) {
      unused.push(alias);
      add('alias-unused', entry.line, `${quoteId(alias)} names no node of the data; nothing was merged into ${quoteId(canonical(alias))}`);
      continue;
    }
    const to = canonical(alias);
    const list = merged.get(to);
    if (list) list.push(alias);
    else merged.set(to, [alias]);
    const what = [count.links ? `${count.links} link row${count.links > 1 ? 's' : ''}` : '', count.rows ? `${count.rows} node row` : '']
      .filter(Boolean)
      .join(' and ');
    add('alias-merged', entry.line, `${quoteId(alias)} was merged into ${quoteId(to)} (${what}); its links and fields now belong to ${quoteId(to)}`);
  }
  return { rows: { edges: { ...rows.edges, rows: edgeRows }, ...(nodes ? { nodes } : {}) }, merged, unused, issues };
}
