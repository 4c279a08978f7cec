/**
 * Types shared by the CSV readers, the validator and the graph builder: the
 * rows a user's file turns into, the issues found on the way, and the column
 * mapping that says which header means what.
 */
import { AtlasError } from '../errors';
import { dictFrom } from '../util/dict';
import type { Dict } from '../util/dict';

/** `error` drops the row (or the file when fatal); `warning` keeps it. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in the user's input. `line` is 1-based as an editor shows
 * it (the header is line 1); `column` is the header name (or the field role
 * when no header applies); both are absent only when the issue is about the
 * whole file.
 */
export interface Issue {
  severity: Severity;
  /** File name as the user gave it, e.g. `edges.csv`. */
  file: string;
  line?: number;
  /** Last line, when the issue is about a record spanning several lines. */
  endLine?: number;
  column?: string;
  /** Stable machine code, e.g. `weight-not-positive`. */
  code: string;
  /** Plain-language message that names the file, line and column. */
  message: string;
}

/** Logical fields of an edges file. */
export type EdgeField = 'source' | 'target' | 'source_type' | 'target_type' | 'relation' | 'weight' | 'year' | 'evidence';

/** Logical fields of a nodes file. */
export type NodeField = 'id' | 'label' | 'type' | 'country' | 'lat' | 'lon' | 'url' | 'kind';

/** Which header (as written in the file) holds which logical field. */
export type ColumnMapping<F extends string> = Partial<Record<F, string>>;

/** One valid row of an edges file. */
export interface EdgeRow {
  /** 1-based line where the record starts. */
  line: number;
  source: string;
  target: string;
  sourceType?: string;
  targetType?: string;
  relation?: string;
  /** Positive; 1 when the file has no weight column or the cell is empty. */
  weight: number;
  year?: number;
  evidence?: string;
  /**
   * Every other column, by header name; empty cells are omitted. Keys are
   * user strings: a prototype-free record (read with `getOwn`).
   */
  attributes: Dict<string>;
}

/** One valid row of a nodes file. */
export interface NodeRow {
  line: number;
  id: string;
  label?: string;
  type?: string;
  country?: string;
  lat?: number;
  lon?: number;
  url?: string;
  kind?: string;
  /** Every other column, by header name (a prototype-free record, read with `getOwn`). */
  attributes: Dict<string>;
}

/** What a reader returns for a usable file. */
export interface ParseResult<R, F extends string> {
  file: string;
  rows: R[];
  /** Data records read (not counting the header), valid or not. */
  recordCount: number;
  /** Final mapping used: logical field → header. */
  mapping: ColumnMapping<F>;
  /** Human-readable account of the auto-detection, one line per field. */
  mappingReport: string[];
  /** Detected delimiter. */
  delimiter: string;
  issues: IssueLog;
}

/** Longest message an issue or a fatal error carries; longer ones are cut with "…". */
export const MAX_MESSAGE_LENGTH = 4_000;

/** `message` cut to {@link MAX_MESSAGE_LENGTH} characters, ending with "…" when cut. */
export function capMessage(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

/** How many issues are kept in full detail; the rest are only counted. */
export const MAX_DETAILED_ISSUES = 1000;

/**
 * Collects issues: every one is counted by code and severity, the first
 * {@link MAX_DETAILED_ISSUES} are kept in detail.
 */
export class IssueLog {
  readonly detailed: Issue[] = [];
  readonly countsByCode = new Map<string, { severity: Severity; count: number }>();
  total = 0;
  errors = 0;
  warnings = 0;

  constructor(readonly limit: number = MAX_DETAILED_ISSUES) {}

  add(issue: Issue): void {
    this.total++;
    if (issue.severity === 'error') this.errors++;
    else this.warnings++;
    const entry = this.countsByCode.get(issue.code);
    if (entry) entry.count++;
    else this.countsByCode.set(issue.code, { severity: issue.severity, count: 1 });
    if (this.detailed.length < this.limit) this.detailed.push(issue);
  }

  /** Appends every issue of `other` (its counts included, beyond its detail limit). */
  merge(other: IssueLog): void {
    for (const issue of other.detailed) this.add(issue);
    // Counts for issues `other` kept only as counts.
    for (const [code, { severity, count }] of other.countsByCode) {
      const kept = other.detailed.filter((i) => i.code === code).length;
      const rest = count - kept;
      if (rest <= 0) continue;
      this.total += rest;
      if (severity === 'error') this.errors += rest;
      else this.warnings += rest;
      const entry = this.countsByCode.get(code);
      if (entry) entry.count += rest;
      else this.countsByCode.set(code, { severity, count: rest });
    }
  }

  /** True when more issues were counted than kept in detail. */
  get truncated(): boolean {
    return this.total > this.detailed.length;
  }

  /** Plain object for JSON output. */
  toJSON(): {
    total: number;
    errors: number;
    warnings: number;
    truncated: boolean;
    byCode: Dict<{ severity: Severity; count: number }>;
    detailed: Issue[];
  } {
    return {
      total: this.total,
      errors: this.errors,
      warnings: this.warnings,
      truncated: this.truncated,
      byCode: dictFrom(this.countsByCode),
      detailed: this.detailed,
    };
  }
}

/** What a `not-csv` file is instead of a table: a web page (`html`) or `json`. */
export type NotCsvKind = 'html' | 'json';

/**
 * Thrown when a file cannot be used at all (empty, not a CSV, no source or
 * target column…). `code` is one of the fatal codes of `ISSUE_CODES`; callers
 * decide by it (and by `kind` for `not-csv`), never by the message. The
 * message says why and what was expected (cut to {@link MAX_MESSAGE_LENGTH}
 * characters).
 */
export class FatalInputError extends AtlasError {
  /** For `not-csv` only: what the file holds instead of a table. */
  readonly kind: NotCsvKind | undefined;

  constructor(
    readonly file: string,
    readonly code: string,
    message: string,
    kind?: NotCsvKind,
  ) {
    super(capMessage(message));
    this.name = 'FatalInputError';
    this.kind = kind;
  }
}
