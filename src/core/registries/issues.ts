/**
 * What a registry import says about the files it read: warnings (something
 * was read differently from what the file says, or not at all) and errors (a
 * whole file gave nothing), each with the file, the line when known, a stable
 * code and a message that starts with the place ("pat.yml line 14: …"), so
 * it reads on its own in a terminal or a panel — the CSV reader's habit
 * (csv/issue.ts), with codes of its own since a registry file is not a table.
 */
/** Every code an import emits, with its severity and a one-line description. */
export const REGISTRY_ISSUE_CODES = {
  'yaml-error': { severity: 'warning', description: 'The YAML parser could not read part of the file; what it could read was kept.' },
  'yaml-warning': { severity: 'warning', description: 'The YAML parser read the file but noted something unusual.' },
  'json-error': { severity: 'warning', description: 'The file is not valid JSON; what a forgiving parser could read was kept.' },
  'not-a-record': { severity: 'error', description: 'The file holds no key–value record (an empty file, a list or a single value).' },
  'no-name': { severity: 'error', description: "The record has no 'name', so there is no project to link to; the file gave no links." },
  'duplicate-key': { severity: 'warning', description: 'A key appears twice in one mapping; lists were joined, otherwise the later value was used.' },
  'misplaced-key': {
    severity: 'warning',
    description: 'A key was found at another place than the specification says (usedBy under description); it was read anyway.',
  },
  'key-case': { severity: 'warning', description: "A key was read in another letter case than the specification's ('usedby' for 'usedBy')." },
  'not-a-list': { severity: 'warning', description: 'A value the specification makes a list was a single value; it was read as a list of one.' },
  'unreadable-entry': { severity: 'warning', description: 'An entry of a list is empty or not a name; it was left out.' },
  'repeated-entry': { severity: 'warning', description: 'The same link is stated twice in one file; it was kept once.' },
  'spaces-folded': { severity: 'warning', description: 'Names held runs of white space, read as one space.' },
  'self-link': { severity: 'warning', description: 'A link joins the project to itself (isBasedOn names the project); it was left out.' },
  'same-name': {
    severity: 'warning',
    description: "An organisation has the project's own name (Consul owns Consul); it was written as 'Consul [firm]' so both nodes and the link are kept.",
  },
  'type-conflict': { severity: 'warning', description: 'One name is stated as two node types (a user and a contractor); the first statement was kept.' },
  'no-role': { severity: 'warning', description: "An organisation of a DPG nominee has no 'org_type'; its link was read as 'organisation'." },
  'unreadable-file': { severity: 'error', description: 'A file could not be read (missing, a folder, binary); nothing was read from it.' },
  'skipped-file': { severity: 'warning', description: 'A file in a folder was not read: its extension is not one the import reads.' },
} as const satisfies Record<string, { severity: RegistrySeverity; description: string }>;

/** How bad an issue is: an `error` means the file gave nothing. */
export type RegistrySeverity = 'error' | 'warning';

/** One of the codes in {@link REGISTRY_ISSUE_CODES}. */
export type RegistryIssueCode = keyof typeof REGISTRY_ISSUE_CODES;

/** One problem found in one file. */
export interface RegistryIssue {
  severity: RegistrySeverity;
  code: RegistryIssueCode;
  file: string;
  line?: number;
  message: string;
}

/** An issue of `code` at `file` (and `line`), its severity the code's own; the message starts with the place. */
export function registryIssue(code: RegistryIssueCode, file: string, line: number | undefined, text: string): RegistryIssue {
  const place = line === undefined ? file : `${file} line ${line}`;
  const issue: RegistryIssue = { severity: REGISTRY_ISSUE_CODES[code].severity, code, file, message: `${place}: ${text}` };
  if (line !== undefined) issue.line = line;
  return issue;
}
