/**
 * Building issues with uniform messages: every message starts with the file,
 * line and column ("edges.csv line 14, column 'weight': …") so it can be read
 * on its own, in a terminal or a panel.
 */
import type { IssueCode } from './codes';
import type { Issue, Severity } from './types';

/** Longest value shown in full inside a message. */
const SHOWN_LENGTH = 60;

/** Where an issue is: file, optional line and column (header as written). */
export interface Place {
  file: string;
  line?: number;
  column?: string;
}

/** `value` quoted for a message, cut to 60 characters with its length said. */
export function quote(value: string): string {
  if (value.length <= SHOWN_LENGTH) return `'${value}'`;
  return `'${value.slice(0, SHOWN_LENGTH)}…' (${value.length.toLocaleString('en-US')} characters)`;
}

/** "edges.csv line 14, column 'weight'" — the prefix of every message. */
export function describePlace({ file, line, column }: Place): string {
  let text = file;
  if (line !== undefined) text += ` line ${line}`;
  if (column !== undefined) text += `${line !== undefined ? ',' : ''} column '${column}'`;
  return text;
}

/** Builds an issue whose message is the place followed by `text`. */
export function makeIssue(
  severity: Severity,
  code: IssueCode,
  place: Place,
  text: string,
): Issue {
  const issue: Issue = {
    severity,
    file: place.file,
    code,
    message: `${describePlace(place)}: ${text}`,
  };
  if (place.line !== undefined) issue.line = place.line;
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
