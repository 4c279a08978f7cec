/**
 * Precomputed measures from the nodes file ("file measures"): a column whose
 * header is a measure id of the registry (`pagerank`, `betweenness`,
 * `community`…) or is named in `measureColumns` (the CLI's
 * `--measure-columns`, or a `# measure-columns: a,b` note at the top of the
 * nodes file) is read as a measure, for graphs whose measures were computed
 * elsewhere (Spark GraphFrames, Neo4j GDS; docs/precomputed-measures.md).
 * Numbers are read as given; a cell that is not a number is a warning with its
 * file, line and column and counts as missing, like an empty cell or a node
 * without a row. Category measures (`community`) take any label and are
 * renumbered by size, 0 = largest, as the app's own communities are.
 */
import type { IssueCodeInfo } from '../csv/codes';
import { IssueLog, type Issue, type NodeRow } from '../csv/types';
import { FatalInputError } from '../csv/types';
import { nodeKey } from '../graph/node-key';
import type { NodeAttributesSource } from '../graph/columns';
import { allOutputs } from '../metrics/registry';
import { dict, getOwn, setOwn, type Dict } from '../util/dict';

/**
 * Graphs above this many nodes do not recompute a measure the nodes file
 * gives: the file's values stand alone. It is the node limit of exact
 * betweenness and closeness (`ANALYSIS_DEFAULTS.exactBetweennessMaxNodes`),
 * above which the app's own path measures would only be estimates.
 */
export const FILE_MEASURES_RECOMPUTE_MAX_NODES = 10_000;

/** Measures the links alone define (the degree filter and the isolates rely on them): always computed, never read from a file. */
export const LINK_MEASURES: readonly string[] = ['degree', 'weightedDegree', 'component'];

/** Issue code of a measure cell that is not a number (a warning: the node's value is missing). */
export const MEASURE_NOT_A_NUMBER = 'measure-not-a-number';

/** The issue codes of file measures, each with its description, as the CSV readers' codes are (csv/codes.ts). */
export const FILE_MEASURE_ISSUE_CODES = {
  [MEASURE_NOT_A_NUMBER]: { severity: 'warning', description: "A cell of a measure column of the nodes file is not a number; the node's value is missing." },
  'measure-column': {
    severity: 'fatal',
    description:
      'A column named as a measure column has no value in any row or no nodes file was given, or it is a measure the links define (degree, weightedDegree, component).',
  },
} as const satisfies Record<string, IssueCodeInfo>;

/** Where one measure of the nodes file came from and how much of the graph it covers. */
export interface FileMeasure {
  /** The measure's key in `measures`: the column's header. */
  id: string;
  /** `number`, or `category` for a registry category (`community`). */
  kind: 'number' | 'category';
  file: string;
  /** Nodes of the graph with a value. */
  given: number;
  /** Nodes without one: no row in the file, an empty cell or a cell that is not a number. */
  missing: number;
  /** Cells that were not numbers (counted in `missing`, each a warning). */
  invalid: number;
  /**
   * What happened to the app's own measure of that id: `skipped` above
   * {@link FILE_MEASURES_RECOMPUTE_MAX_NODES}, `compared` below (the
   * agreement is a note), `none` for a column that is no registry measure.
   */
  computed: 'skipped' | 'compared' | 'none';
  /** Distinct categories (category measures). */
  categories?: number;
  /** Modularity of the file's partition (category measures), each node without a label alone. */
  modularity?: number;
}

/** The measures read from a nodes file, aligned with `graph.nodes()`. */
export interface FileMeasures {
  values: Map<string, Float64Array>;
  sources: FileMeasure[];
  issues: IssueLog;
}

/** The column names of a `# measure-columns: a, b` note among the comment lines that open `text` (empty when none). */
export function measureColumnsNote(text: string): string[] {
  const names: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const comment = /^"?#(.*?)"?$/.exec(line.trim());
    if (!comment) break;
    const note = /^\s*measure-columns\s*:(.*)$/i.exec(comment[1]!);
    if (note) names.push(...splitNames(note[1]!));
  }
  return names;
}

/** `a, b,,c` → `['a', 'b', 'c']`. */
export function splitNames(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Reads the measure columns of the nodes rows for the nodes of `graph`, and
 * removes those columns from the nodes' `extra` attributes (a measure is
 * shown and exported once, as a measure). Throws a `FatalInputError`
 * (`measure-column`) when a named column has no value in any row, or names
 * a measure the links define.
 */
export function readFileMeasures(graph: NodeAttributesSource, nodes: { file: string; rows: readonly NodeRow[] }, named: readonly string[]): FileMeasures {
  const { file, rows } = nodes;
  const kinds = new Map(allOutputs().map((o) => [o.id, o.kind]));
  const present = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.attributes)) present.add(key);
  for (const name of named) {
    if (LINK_MEASURES.includes(name))
      throw new FatalInputError(
        file,
        'measure-column',
        `${file}: '${name}' is computed from the links and cannot be read from the file; rename the column (e.g. '${name}_full')`,
      );
    if (!present.has(name)) {
      const shown = [...present].slice(0, 20).map((c) => `'${c}'`);
      throw new FatalInputError(
        file,
        'measure-column',
        `${file}: no row has a value in a column '${name}' named as a measure column; other columns with values: ${shown.join(', ') || 'none'}`,
      );
    }
  }
  const candidates = [...present].filter((c) => named.includes(c) || (kinds.has(c) && !LINK_MEASURES.includes(c)));
  const issues = new IssueLog();
  const keys = graph.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const values = new Map<string, Float64Array>();
  const sources: FileMeasure[] = [];
  const columns: string[] = [];
  for (const column of candidates) {
    const kind = kinds.get(column) === 'category' ? 'category' : 'number';
    const warnings: Issue[] = [];
    const read = kind === 'category' ? readCategories(rows, column, index) : readNumbers(rows, column, index, file, warnings);
    let given = 0;
    for (const v of read.values) if (!Number.isNaN(v)) given++;
    if (!named.includes(column) && read.invalid > given) {
      // A column merely named like a measure ("core": yes/no) that mostly holds text stays what it was: an attribute.
      issues.add({
        severity: 'warning',
        file,
        column,
        code: MEASURE_NOT_A_NUMBER,
        message: `${file}, column '${column}': ${read.invalid.toLocaleString('en-GB')} of ${(read.invalid + given).toLocaleString('en-GB')} values are not numbers; kept as an attribute, not read as the measure '${column}' (name it in --measure-columns or a '# measure-columns:' note to read its numbers)`,
      });
      continue;
    }
    for (const warning of warnings) issues.add(warning);
    columns.push(column);
    values.set(column, read.values);
    sources.push({
      id: column,
      kind,
      file,
      given,
      missing: keys.length - given,
      invalid: read.invalid,
      computed: kinds.has(column) ? 'compared' : 'none',
      ...(kind === 'category' ? { categories: read.categories } : {}),
    });
  }
  graph.forEachNode((_key, attributes) => {
    const extra: Dict<string> | undefined = attributes.extra;
    if (extra) for (const column of columns) if (Object.hasOwn(extra, column)) delete extra[column];
  });
  return { values, sources, issues };
}

interface ColumnRead {
  values: Float64Array;
  invalid: number;
  categories: number;
}

/** The numbers of `column`, NaN where missing; a cell that is not a finite number is a warning in `warnings`. */
function readNumbers(rows: readonly NodeRow[], column: string, index: Map<string, number>, file: string, warnings: Issue[]): ColumnRead {
  const values = new Float64Array(index.size).fill(Number.NaN);
  let invalid = 0;
  for (const row of rows) {
    const i = index.get(nodeKey(row.id));
    const cell = getOwn(row.attributes, column);
    if (i === undefined || cell === undefined || !Number.isNaN(values[i]!)) continue;
    const x = Number(cell);
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell) && Number.isFinite(x)) {
      values[i] = x;
      continue;
    }
    invalid++;
    const shown = cell.length > 60 ? `${cell.slice(0, 60)}…` : cell;
    warnings.push({
      severity: 'warning',
      file,
      line: row.line,
      column,
      code: MEASURE_NOT_A_NUMBER,
      message: `${file} line ${row.line}, column '${column}': '${shown}' is not a number; ${row.id}'s ${column} is missing`,
    });
  }
  return { values, invalid, categories: 0 };
}

/** The labels of `column` renumbered by size (0 = largest, ties in the order first met), NaN where missing. */
function readCategories(rows: readonly NodeRow[], column: string, index: Map<string, number>): ColumnRead {
  const labelOf = new Map<number, string>();
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const i = index.get(nodeKey(row.id));
    const cell = getOwn(row.attributes, column);
    if (i === undefined || cell === undefined || labelOf.has(i)) continue;
    labelOf.set(i, cell);
    sizes.set(cell, (sizes.get(cell) ?? 0) + 1);
  }
  const order = [...sizes.keys()].map((label, first) => ({ label, first, size: sizes.get(label)! }));
  order.sort((a, b) => b.size - a.size || a.first - b.first);
  const number = dict<number>();
  order.forEach(({ label }, rank) => setOwn(number, label, rank));
  const values = new Float64Array(index.size).fill(Number.NaN);
  for (const [i, label] of labelOf) values[i] = getOwn(number, label)!;
  return { values, invalid: 0, categories: order.length };
}
