/**
 * Reading the keys a registry specification names out of a YAML or JSON tree
 * (./yaml-tree.ts) the way a forgiving reader would: the key as specified,
 * else in another letter case (with a warning); a repeated key's lists
 * joined, otherwise its later value; a single value where a list is expected
 * read as a list of one; names trimmed, with runs of white space folded.
 */
import { type RegistryIssue, registryIssue } from './issues';
import type { YamlEntry, YamlRecord, YamlValue } from './yaml-tree';

/** The file being read and where its issues go. */
export interface LookupContext {
  file: string;
  issues: RegistryIssue[];
  /** How many names had white space folded in this file (one warning per file, see {@link reportFolded}). */
  folded: number;
}

/** The entries of `record` for `key`: exact matches, else case-insensitive ones with a `key-case` warning. */
function entriesOf(record: YamlRecord, key: string, ctx: LookupContext): YamlEntry[] {
  const exact = record.entries.filter((e) => e.key === key);
  if (exact.length > 0) return exact;
  const lower = key.toLowerCase();
  const loose = record.entries.filter((e) => e.key.trim().toLowerCase() === lower);
  for (const e of loose) ctx.issues.push(registryIssue('key-case', ctx.file, e.line, `key '${e.key}' was read as '${key}'`));
  return loose;
}

/** The value of `key` in `value` when it is a record (the later one when repeated), else undefined. */
export function field(value: YamlValue | undefined, key: string, ctx: LookupContext): YamlValue | undefined {
  if (value?.kind !== 'record') return undefined;
  return entriesOf(value, key, ctx).at(-1)?.value;
}

/**
 * The items of the list at `key` (the items of every repeated `key` joined);
 * a text or a record there is read as a list of one, with a `not-a-list`
 * warning; an empty text is an empty list.
 */
export function listField(value: YamlValue | undefined, key: string, ctx: LookupContext, path = key): YamlValue[] {
  if (value?.kind !== 'record') return [];
  return entriesOf(value, key, ctx).flatMap((e) => asList(e.value, path, ctx));
}

/** `value` as a list (see {@link listField}). */
export function asList(value: YamlValue, path: string, ctx: LookupContext): YamlValue[] {
  if (value.kind === 'list') return value.items;
  if (value.kind === 'text' && value.text.trim() === '') return [];
  ctx.issues.push(registryIssue('not-a-list', ctx.file, value.line, `'${path}' should be a list; its single value was read as a list of one`));
  return [value];
}

/** The trimmed text of `value` with white-space runs folded (counted in `ctx.folded`), or undefined when empty or not a text. */
export function nameOf(value: YamlValue | undefined, ctx: LookupContext): string | undefined {
  if (value?.kind !== 'text') return undefined;
  const trimmed = value.text.trim();
  const name = trimmed.replace(/\s+/g, ' ');
  if (name !== trimmed) ctx.folded++;
  return name === '' ? undefined : name;
}

/** The trimmed text of `value`, or undefined when empty or not a text. */
export function textOf(value: YamlValue | undefined): string | undefined {
  if (value?.kind !== 'text') return undefined;
  const t = value.text.trim();
  return t === '' ? undefined : t;
}

/** One `spaces-folded` warning for the file when any name had its white space folded. */
export function reportFolded(ctx: LookupContext): void {
  if (ctx.folded > 0)
    ctx.issues.push(
      registryIssue(
        'spaces-folded',
        ctx.file,
        undefined,
        `${ctx.folded} name${ctx.folded === 1 ? '' : 's'} held line breaks, tabs or runs of spaces, read as one space`,
      ),
    );
}

/**
 * Every entry for `key` (any letter case) below the top level of `root`,
 * with its path (`description.it`): a key written at the wrong indentation.
 */
export function findNested(root: YamlRecord, key: string): { entry: YamlEntry; path: string }[] {
  const found: { entry: YamlEntry; path: string }[] = [];
  const lower = key.toLowerCase();
  const visit = (value: YamlValue, path: string, depth: number): void => {
    if (depth > 16) return;
    if (value.kind === 'list') value.items.forEach((item, i) => visit(item, `${path}[${i}]`, depth + 1));
    if (value.kind !== 'record') return;
    for (const e of value.entries) {
      if (e.key.trim().toLowerCase() === lower) found.push({ entry: e, path });
      else visit(e.value, `${path}.${e.key}`, depth + 1);
    }
  };
  for (const e of root.entries) if (e.key.trim().toLowerCase() !== lower) visit(e.value, e.key, 1);
  return found;
}
