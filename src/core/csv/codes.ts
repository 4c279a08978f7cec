/**
 * The stable issue codes the CSV readers emit, each with a one-line
 * description. Codes never change once published: tools and tests key on them.
 * Fatal codes are carried by `FatalInputError`; the others by `Issue`.
 */
import type { Severity } from './types';

/** Description and usual severity of one issue code. */
export interface IssueCodeInfo {
  /** `fatal` means the whole file is refused (a `FatalInputError`). */
  severity: Severity | 'fatal';
  description: string;
}

/** Every code the CSV readers emit, code → severity and one-line description. */
export const ISSUE_CODES = {
  // Fatal: the file cannot be used at all.
  'empty-file': { severity: 'fatal', description: 'The file is empty or holds only whitespace.' },
  'not-text': {
    severity: 'fatal',
    description: 'The file holds binary data, not text (a NUL character anywhere, or mostly unreadable characters).',
  },
  'not-csv': { severity: 'fatal', description: 'The file is HTML, JSON or XML other than GEXF and GraphML, not a delimited table.' },
  'one-column': {
    severity: 'fatal',
    description: 'The header has one column: no comma, semicolon or tab separates the fields.',
  },
  'no-rows': { severity: 'fatal', description: 'The file has a header but no data rows.' },
  'missing-column': {
    severity: 'fatal',
    description: 'A required column (source, target or id) was not found and not mapped.',
  },
  'unknown-column': {
    severity: 'fatal',
    description: 'The column mapping names a header that the file does not have.',
  },
  'line-too-long': {
    severity: 'fatal',
    description: 'A line has more than 1,000,000 characters.',
  },
  'too-many-columns': {
    severity: 'fatal',
    description: 'The header has more than 1,000 columns.',
  },
  'field-too-long': {
    severity: 'fatal',
    description: 'A field has more than 1,000,000 characters, or a column name more than 1,000.',
  },
  'xml-malformed': { severity: 'fatal', description: 'A GEXF or GraphML file is not well-formed XML.' },
  'graph-unreadable': { severity: 'fatal', description: 'A GEXF or GraphML file is XML but not a graph the parser can read.' },
  // Errors: the row is dropped.
  'missing-source': { severity: 'error', description: 'The source cell is empty.' },
  'missing-target': { severity: 'error', description: 'The target cell is empty.' },
  'missing-id': { severity: 'error', description: 'The id cell of a node is empty.' },
  'self-loop': { severity: 'error', description: 'Source and target are the same node.' },
  'weight-not-number': { severity: 'error', description: 'The weight is not a finite number.' },
  'weight-not-positive': { severity: 'error', description: 'The weight is zero or negative.' },
  'empty-row': { severity: 'error', description: 'The line holds only delimiters, no values.' },
  'unbalanced-quote': {
    severity: 'error',
    description: 'A quote is never closed; the rest of the file was read as one field (fatal in the header).',
  },
  'merged-lines': {
    severity: 'error',
    description:
      'A stray quote joined several lines into one record (text after a closing quote, a line break in an id, type or relation, or a multi-line record of the wrong width); the record was dropped.',
  },
  'too-many-fields': {
    severity: 'error',
    description: 'The row has more than 1,000 fields; the row was dropped.',
  },
  // Warnings: the row is kept.
  'whitespace-trimmed': {
    severity: 'warning',
    description: 'An id had leading or trailing whitespace; it was trimmed.',
  },
  'field-count': {
    severity: 'warning',
    description: 'The row has more or fewer fields than the header; extra fields kept as extra_N.',
  },
  'malformed-quote': {
    severity: 'warning',
    description: 'Text follows the closing quote of a quoted field.',
  },
  'year-not-integer': {
    severity: 'warning',
    description: 'The year is not a whole number; kept as the attribute year_raw.',
  },
  'year-implausible': {
    severity: 'warning',
    description: 'The year is before 1900 or more than 5 years ahead; kept as year_raw.',
  },
  'coordinate-not-number': {
    severity: 'warning',
    description: 'lat or lon is not a number; kept as the attribute lat_raw / lon_raw.',
  },
  'coordinate-out-of-range': {
    severity: 'warning',
    description: 'lat is outside ±90 or lon outside ±180; kept as lat_raw / lon_raw.',
  },
  'field-very-long': {
    severity: 'warning',
    description: 'An id, type or relation over 1,000 characters, or any field over 100,000.',
  },
  'duplicate-node': {
    severity: 'warning',
    description: 'A node id appears twice; the rows were merged, conflicts listed.',
  },
  'duplicate-column': {
    severity: 'warning',
    description: 'Two headers have the same name; the later one is renamed name_2, name_3…',
  },
  'directed-graph': {
    severity: 'warning',
    description: 'A GEXF or GraphML file has directed links; they were read as undirected (one warning per file).',
  },
  'multi-edges': {
    severity: 'warning',
    description: 'A GEXF or GraphML file links a pair more than once; each pair became one link, weights summed (one warning per file).',
  },
  'no-node-types': {
    severity: 'warning',
    description: "No node of a GEXF or GraphML file has a type, category or kind attribute; every node is 'unknown'.",
  },
  'ambiguous-column': {
    severity: 'warning',
    description: "A bare 'type' column in an edges file was read as the relation.",
  },
} as const satisfies Record<string, IssueCodeInfo>;

/** One of the codes in {@link ISSUE_CODES}. */
export type IssueCode = keyof typeof ISSUE_CODES;
