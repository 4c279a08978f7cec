/**
 * A YAML file as a small tree of records, lists and texts, each with its
 * line, read with the `yaml` package as forgivingly as it allows: the
 * failsafe schema (every scalar is the text written, so `until: 2022-07-31`,
 * `softwareVersion: 1.10` and `name: 2048` stay what the file says), duplicate
 * keys kept (`uniqueKeys: false`) and reported, the parser's errors and
 * warnings turned into issues with their line while the part it could read is
 * kept, a second document in the file reported and left out. The tree is
 * walked from the parser's nodes rather than `toJS()`, which would lose the
 * lines and turn non-text keys into strings with a process warning.
 */
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml';
import { type RegistryIssue, registryIssue } from './issues';

/** A text value (an empty or null value is ''). */
export interface YamlText {
  kind: 'text';
  text: string;
  line: number;
}
/** A list. */
export interface YamlList {
  kind: 'list';
  items: YamlValue[];
  line: number;
}
/** A mapping, its entries in file order, repeated keys kept. */
export interface YamlRecord {
  kind: 'record';
  entries: YamlEntry[];
  line: number;
}
/** One key and its value. */
export interface YamlEntry {
  key: string;
  line: number;
  value: YamlValue;
}
export type YamlValue = YamlText | YamlList | YamlRecord;

/** What {@link readYamlTree} read: the first document's root (undefined when empty) and the issues. */
export interface YamlTree {
  root: YamlValue | undefined;
  issues: RegistryIssue[];
}

/** Most nodes walked in one file (aliases may repeat a subtree; this bounds a "billion laughs" file). */
const MAX_NODES = 500_000;
/** Deepest nesting walked. */
const MAX_DEPTH = 64;
/** Scalars the failsafe schema leaves as text but YAML means as null. */
const NULL_TEXT = new Set(['~', 'null', 'Null', 'NULL']);

/** Reads `text` (the file `file`) into a tree; never throws on bad YAML. */
export function readYamlTree(text: string, file: string): YamlTree {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: true, lineCounter: lines, schema: 'failsafe' });
  const issues: RegistryIssue[] = [];
  const docs: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
  if (docs.length > 1)
    issues.push(
      registryIssue(
        'yaml-error',
        file,
        docs[1]!.range[0] ? lines.linePos(docs[1]!.range[0]).line : undefined,
        'a second YAML document (after ---) was left out',
      ),
    );
  const doc = docs[0];
  if (!doc) return { root: undefined, issues };
  for (const [problems, code] of [
    [doc.errors, 'yaml-error'],
    [doc.warnings, 'yaml-warning'],
  ] as const)
    for (const problem of problems) {
      const line = problem.linePos?.[0]?.line;
      const first = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      issues.push(registryIssue(code, file, line, `${first}${code === 'yaml-error' ? ' (what could be read was kept)' : ''}`));
    }
  const lineOf = (node: { range?: readonly number[] | null } | null | undefined): number => (node?.range ? lines.linePos(node.range[0]!).line : 1);
  let walked = 0;
  let cut = false;

  const walk = (node: unknown, depth: number, line: number): YamlValue => {
    if (++walked > MAX_NODES || depth > MAX_DEPTH) {
      cut = true;
      return { kind: 'text', text: '', line };
    }
    if (isAlias(node)) return walk(node.resolve(doc), depth + 1, lineOf(node));
    if (isMap(node)) {
      const entries: YamlEntry[] = [];
      for (const pair of node.items) {
        const keyLine = lineOf(pair.key as Node | null);
        const key = walk(pair.key, depth + 1, keyLine);
        if (key.kind !== 'text') continue;
        entries.push({ key: key.text, line: keyLine, value: walk(pair.value, depth + 1, keyLine) });
      }
      reportDuplicates(entries, file, issues);
      return { kind: 'record', entries, line: lineOf(node) };
    }
    if (isSeq(node)) return { kind: 'list', items: node.items.map((item) => walk(item, depth + 1, lineOf(item as Node | null))), line: lineOf(node) };
    if (isScalar(node)) {
      const raw = typeof node.value === 'string' ? node.value : node.value == null ? '' : String(node.source ?? node.value);
      return { kind: 'text', text: NULL_TEXT.has(raw) ? '' : raw, line: lineOf(node) };
    }
    return { kind: 'text', text: '', line };
  };
  const root = doc.contents ? walk(doc.contents, 0, lineOf(doc.contents)) : undefined;
  if (cut)
    issues.push(
      registryIssue(
        'yaml-error',
        file,
        undefined,
        `the file nests deeper than ${MAX_DEPTH} levels or repeats more than ${MAX_NODES} values through aliases; the rest was left out`,
      ),
    );
  return { root, issues };
}

/** One `duplicate-key` warning per repeated key of a mapping, naming both lines. */
function reportDuplicates(entries: readonly YamlEntry[], file: string, issues: RegistryIssue[]): void {
  const first = new Map<string, YamlEntry>();
  for (const entry of entries) {
    const earlier = first.get(entry.key);
    if (!earlier) {
      first.set(entry.key, entry);
      continue;
    }
    const lists = earlier.value.kind === 'list' && entry.value.kind === 'list';
    issues.push(
      registryIssue(
        'duplicate-key',
        file,
        entry.line,
        `key '${entry.key}' appears again (first at line ${earlier.line}); ${lists ? 'both lists were read' : 'the later value was used'}`,
      ),
    );
  }
}
