/**
 * Building issues with uniform messages: every message starts with the file,
 * line and column ("edges.csv line 14, column 'weight': …") so it can be read
 * on its own, in a terminal or a panel.
 */
import type { IssueCode } from './codes';
import { capMessage, count, shortName } from './limits';
import type { Issue, Severity } from './types';

/** Longest value shown in full inside a message. */
const SHOWN_LENGTH = 60;

/** Where an issue is: file, optional line (and last line) and column (header as written). */
export interface Place {
  file: string;
  line?: number;
  /** Last line of a record that spans several lines. */
  endLine?: number;
  column?: string;
}

/**
 * `value` quoted for a message, cut to 60 characters with its length said;
 * line breaks are shown as `\n` and `\r` so a message stays one line.
 */
export function quote(value: string): string {
  const shown = (text: string): string => text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  if (value.length <= SHOWN_LENGTH) return `'${shown(value)}'`;
  return `'${shown(value.slice(0, SHOWN_LENGTH))}…' (${count(value.length)} characters)`;
}

/**
 * "edges.csv line 14, column 'weight'" (or "lines 14–19") — the prefix of
 * every message; a column name is cut to 60 characters.
 */
export function describePlace({ file, line, endLine, column }: Place): string {
  let text = file;
  if (line !== undefined) {
    text += endLine !== undefined && endLine > line ? ` lines ${line}–${endLine}` : ` line ${line}`;
  }
  if (column !== undefined) text += `${line !== undefined ? ',' : ''} column '${shortName(column)}'`;
  return text;
}

/**
 * The first names of a list of `total` ("'a', 'b', 'c'"), and "… and 9,990
 * more" when `names` holds only the first of them: a message never lists
 * thousands of columns.
 */
export function listNames(names: readonly string[], total: number, separator = ', '): string {
  const shown = names.join(separator);
  return total > names.length ? `${shown} and ${count(total - names.length)} more` : shown;
}

/** Builds an issue whose message is the place followed by `text`. */
export function makeIssue(severity: Severity, code: IssueCode, place: Place, text: string): Issue {
  const issue: Issue = {
    severity,
    file: place.file,
    code,
    message: capMessage(`${describePlace(place)}: ${text}`),
  };
  if (place.line !== undefined) issue.line = place.line;
  if (place.endLine !== undefined && place.line !== undefined && place.endLine > place.line) issue.endLine = place.endLine;
  if (place.column !== undefined) issue.column = place.column;
  return issue;
}

/** Shorthand for a warning (the row is kept). */
export function warning(code: IssueCode, place: Place, text: string): Issue {
  return makeIssue('warning', code, place, text);
}

/** Shorthand for an error (the row is dropped). */
export function error(code: IssueCode, place: Place, text: string): Issue {
  return makeIssue('error', code, place, text);
}
