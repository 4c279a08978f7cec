/**
 * publiccode.yml files (publiccodeyml/publiccode.yml, versions 0.2–0.5) as
 * links of the atlas. The mapping:
 * - the project: `name` (trimmed), its address `url`, its kind from
 *   `softwareType`;
 * - each top-level `usedBy` entry (type `city`) —uses→ the project; a
 *   `usedBy` written under another key (indented under `description`, a
 *   frequent slip) is read too, with a `misplaced-key` warning;
 * - each `maintenance.contractors[].name` (type `firm`) —maintains→ the
 *   project, keeping `until` (its own column) and `website` (the firm's url);
 * - the project —based_on→ each `isBasedOn` value (a text or a list);
 * - `legal.mainCopyrightOwner` (else the older `legal.repoOwner`) —develops→
 *   the project, its type guessed from its name (./org-kind.ts);
 * - each `fundedBy` entry (outside the specification, but written) —funds→
 *   the project, its type guessed likewise.
 * Every link's evidence is the file's path or address. Whatever the file
 * holds, the reader never throws: what YAML can read is read, the rest is a
 * warning with the line, and a file that gives nothing says why.
 */
import { registryIssue } from './issues';
import { asList, field, findNested, type LookupContext, listField, nameOf, reportFolded, textOf } from './lookup';
import { guessOrgKind, userKind } from './org-kind';
import { distinctId, type RegistryTable } from './table';
import { readYamlTree, type YamlRecord, type YamlValue } from './yaml-tree';

/** One file to import: its path (shown in messages), its evidence (path or address) and its text. */
export interface RegistrySource {
  path: string;
  evidence: string;
  text: string;
}

/** Reads one publiccode.yml file into `table`; never throws on what the file holds. */
export function readPubliccode(source: RegistrySource, table: RegistryTable): void {
  const { path: file, evidence } = source;
  const tree = readYamlTree(source.text, file);
  const ctx: LookupContext = { file, issues: table.issues, folded: 0 };
  table.issues.push(...tree.issues);
  const root = tree.root;
  if (root?.kind !== 'record') {
    table.issues.push(registryIssue('not-a-record', file, root?.line, 'no publiccode.yml keys were found (the file is empty, a list or a single value)'));
    table.countFile(false);
    return;
  }
  const nameValue = field(root, 'name', ctx);
  const project = nameOf(nameValue, ctx);
  if (!project) {
    const why = nameValue && nameValue.kind !== 'text' ? `'name' is a ${nameValue.kind}, not a text` : "it has no 'name'";
    table.issues.push(registryIssue('no-name', file, nameValue?.line ?? root.line, `${why}; nothing was read from this file`));
    table.countFile(false);
    return;
  }
  const softwareType = textOf(field(root, 'softwareType', ctx));
  const url = textOf(field(root, 'url', ctx));
  table.project(project, { ...(url ? { url } : {}), kind: softwareType ? `software (${softwareType})` : 'software' }, file, nameValue!.line);
  table.countFile(true);

  const add = (source: string, target: string, relation: string, line: number, note: string, until?: string): void => {
    if (source === target) {
      table.issues.push(registryIssue('self-link', file, line, `'${source}' names itself under ${note}; the link was left out`));
      return;
    }
    if (!table.link({ source, target, relation, evidence, note, ...(until ? { until } : {}) }))
      table.issues.push(registryIssue('repeated-entry', file, line, `'${source === project ? target : source}' is listed again under ${note}; kept once`));
  };

  for (const { value, path } of usedByLists(root, ctx))
    for (const item of value) {
      const user = entryName(item, path, ctx);
      if (!user) continue;
      const id = distinctId(table, user, project, 'city', file, item.line);
      table.claim(id, { type: 'city', stated: true, kind: userKind(user) }, file, item.line);
      add(id, project, 'uses', item.line, path);
    }

  const maintenance = field(root, 'maintenance', ctx);
  for (const item of listField(maintenance, 'contractors', ctx, 'maintenance.contractors')) {
    const firm = entryName(item, 'maintenance.contractors', ctx);
    if (!firm) continue;
    const until = textOf(field(item, 'until', ctx));
    const website = textOf(field(item, 'website', ctx));
    const id = distinctId(table, firm, project, 'firm', file, item.line);
    table.claim(id, { type: 'firm', stated: true, kind: 'contractor', ...(website ? { url: website } : {}) }, file, item.line);
    add(id, project, 'maintains', item.line, 'maintenance.contractors', until);
  }

  const basedOn = field(root, 'isBasedOn', ctx);
  // The specification allows a text or a list here.
  for (const item of basedOn?.kind === 'text' ? [basedOn] : basedOn ? asList(basedOn, 'isBasedOn', ctx) : []) {
    const upstream = entryName(item, 'isBasedOn', ctx);
    if (!upstream) continue;
    if (upstream !== project) table.claim(upstream, { type: 'project', stated: true, kind: 'software (isBasedOn)' }, file, item.line);
    add(project, upstream, 'based_on', item.line, 'isBasedOn');
  }

  // Not in the international specification, but written by some projects (CatalaLang/catala).
  for (const item of listField(root, 'fundedBy', ctx)) {
    const funder = entryName(item, 'fundedBy', ctx);
    if (!funder) continue;
    const guess = guessOrgKind(funder);
    const id = distinctId(table, funder, project, guess.type, file, item.line);
    table.claim(id, { ...guess, stated: false }, file, item.line);
    add(id, project, 'funds', item.line, 'fundedBy');
  }

  const legal = field(root, 'legal', ctx);
  const ownerKey = field(legal, 'mainCopyrightOwner', ctx) ? 'mainCopyrightOwner' : 'repoOwner';
  const ownerValue = field(legal, ownerKey, ctx);
  const owner = nameOf(ownerValue, ctx);
  if (owner) {
    const guess = guessOrgKind(owner);
    const id = distinctId(table, owner, project, guess.type, file, ownerValue!.line);
    table.claim(id, { ...guess, stated: false }, file, ownerValue!.line);
    add(id, project, 'develops', ownerValue!.line, `legal.${ownerKey}`);
  }
  reportFolded(ctx);
}

/** The top-level `usedBy` lists, then any written below another key (each with a `misplaced-key` warning). */
function usedByLists(root: YamlRecord, ctx: LookupContext): { value: YamlValue[]; path: string }[] {
  const lists = [{ value: listField(root, 'usedBy', ctx), path: 'usedBy' }];
  for (const { entry, path } of findNested(root, 'usedBy')) {
    ctx.issues.push(
      registryIssue('misplaced-key', ctx.file, entry.line, `'usedBy' is written under '${path}', not at the top level; read as the project's users`),
    );
    lists.push({ value: asList(entry.value, `${path}.${entry.key}`, ctx), path: `${path}.${entry.key}` });
  }
  return lists;
}

/** The name an entry of a list gives: a text, or a record's `name`; else an `unreadable-entry` warning. */
function entryName(item: YamlValue, path: string, ctx: LookupContext): string | undefined {
  const name = nameOf(item.kind === 'record' ? field(item, 'name', ctx) : item, ctx);
  if (!name)
    ctx.issues.push(
      registryIssue(
        'unreadable-entry',
        ctx.file,
        item.line,
        `an entry of '${path}' is ${item.kind === 'text' ? 'empty' : `a ${item.kind} without a name`}; left out`,
      ),
    );
  return name;
}
