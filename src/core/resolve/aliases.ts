/**
 * The aliases file: a CSV whose header names the columns `alias` and
 * `canonical` (other columns, such as a note or the score `duplicates`
 * gave, are ignored), one row per id to merge into another. Read with the
 * CSV readers' own table opener (encoding, delimiter, quotes, comments),
 * then checked as a whole: an alias given two canonicals is an error, a
 * chain a → b → c resolves to c, a cycle is an error. Every error names the
 * file, the line and the column, and is fatal: a wrong merge would change
 * every measure, so a doubtful file is refused rather than half applied.
 */
import type { FieldSpec } from '../csv/columns';
import { quote } from '../csv/issue';
import { openTable, type TableKind } from '../csv/read-table';
import { FatalInputError, type IssueLog } from '../csv/types';

/** The columns of an aliases file. */
type AliasField = 'alias' | 'canonical';

const ALIAS_FIELDS: readonly FieldSpec<AliasField>[] = [
  { field: 'alias', names: ['alias', 'alias_id', 'variant', 'duplicate'], flag: 'alias', absent: '' },
  { field: 'canonical', names: ['canonical', 'canonical_id', 'merge_into', 'canonical_name'], flag: 'canonical', absent: '' },
];

const ALIASES: TableKind<AliasField> = {
  fields: ALIAS_FIELDS,
  expected: 'a CSV with one row per alias under alias,canonical',
  rowsExpected: 'one row per alias under alias,canonical',
};

/** Error codes of an aliases file (all fatal). */
export type AliasErrorCode = 'aliases-header' | 'aliases-empty' | 'aliases-conflict' | 'aliases-cycle' | 'aliases-unreadable';

/**
 * An aliases file that cannot be applied. `code` says why (decide on it,
 * not on the message); `line` and `column` say where, when one place does.
 */
export class AliasFileError extends FatalInputError {
  constructor(
    file: string,
    code: AliasErrorCode,
    message: string,
    readonly line?: number,
    readonly column?: string,
  ) {
    super(file, code, message);
    this.name = 'AliasFileError';
  }
}

/** One row of the file as read. */
export interface AliasEntry {
  alias: string;
  /** The canonical as written on this row. */
  canonical: string;
  line: number;
}

/** A read aliases file: every alias with its final canonical (chains followed). */
export interface AliasTable {
  file: string;
  /** alias → final canonical (never itself an alias). */
  canonicalOf: Map<string, string>;
  /** The row that named each alias. */
  entries: Map<string, AliasEntry>;
  /** Data records in the file, and the delimiter read. */
  records: number;
  delimiter: string;
  /** The headers read as `alias` and `canonical`, as written. */
  columns: { alias: string; canonical: string };
  /** Warnings about the file that left it usable (a row with extra fields…). */
  issues: IssueLog;
}

/**
 * Reads the text of an aliases file named `file`.
 *
 * @throws AliasFileError (a `FatalInputError`) on a missing header column, an
 * empty cell, an alias with two canonicals or a cycle; the CSV readers'
 * `FatalInputError` when the file is not a usable table at all.
 */
export function readAliases(text: string, file: string): AliasTable {
  let table: ReturnType<typeof openTable<AliasField>>;
  try {
    table = openTable(text, file, ALIASES);
  } catch (e) {
    if (e instanceof FatalInputError && (e.code === 'missing-column' || e.code === 'one-column'))
      throw new AliasFileError(file, 'aliases-header', `${file} line 1: the header must name the columns alias and canonical (${e.message})`, 1);
    throw e;
  }
  const firstError = table.issues.detailed.find((i) => i.severity === 'error');
  if (firstError) throw new AliasFileError(file, 'aliases-unreadable', firstError.message, firstError.line, firstError.column);

  const aliasColumn = table.headers[table.detection.index.alias!]!;
  const canonicalColumn = table.headers[table.detection.index.canonical!]!;
  const entries = new Map<string, AliasEntry>();
  for (const record of table.records) {
    const alias = record.fields[table.detection.index.alias!]!.trim();
    const canonical = record.fields[table.detection.index.canonical!]!.trim();
    if (!alias && !canonical) continue;
    if (!alias || !canonical) {
      const column = alias ? canonicalColumn : aliasColumn;
      throw new AliasFileError(
        file,
        'aliases-empty',
        `${file} line ${record.line}, column '${column}': the cell is empty; every row needs an alias and a canonical`,
        record.line,
        column,
      );
    }
    if (alias === canonical) continue;
    const known = entries.get(alias);
    if (known && known.canonical !== canonical) {
      throw new AliasFileError(
        file,
        'aliases-conflict',
        `${file} line ${record.line}, column '${canonicalColumn}': ${quote(alias)} is merged into ${quote(canonical)} here but into ${quote(known.canonical)} on line ${known.line}; an alias has one canonical`,
        record.line,
        canonicalColumn,
      );
    }
    if (!known) entries.set(alias, { alias, canonical, line: record.line });
  }

  const canonicalOf = new Map<string, string>();
  for (const entry of entries.values()) {
    const path: AliasEntry[] = [entry];
    let target = entry.canonical;
    for (let next = entries.get(target); next; next = entries.get(target)) {
      if (next === entry || path.includes(next)) {
        const cycle = [...path, next].map((e) => `${quote(e.alias)} (line ${e.line})`).join(' → ');
        throw new AliasFileError(
          file,
          'aliases-cycle',
          `${file} line ${entry.line}, column '${canonicalColumn}': the aliases form a cycle, ${cycle}; one of them must be the canonical`,
          entry.line,
          canonicalColumn,
        );
      }
      path.push(next);
      target = next.canonical;
    }
    canonicalOf.set(entry.alias, target);
  }
  return {
    file,
    canonicalOf,
    entries,
    records: table.recordCount,
    delimiter: table.delimiter,
    columns: { alias: aliasColumn, canonical: canonicalColumn },
    issues: table.issues,
  };
}
