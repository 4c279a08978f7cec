/**
 * Digital Public Goods registry nominee files (DPGAlliance/
 * publicgoods-candidates, `nominees/*.json`) as links of the atlas: each
 * entry of `organizations` —its `org_type` (the registry's own role: owner,
 * maintainer, funder, implementer…)→ the nominee, whose id is its `name`, its
 * address `website` (else `repositoryURL`), its kind the nominee's `type`s
 * and `stage`. The registry gives no type for an organisation, so it is
 * guessed from the name (./org-kind.ts): ministries and agencies are `city`
 * (the atlas's public-administration type), everything else `firm`.
 *
 * The JSON is read with the YAML reader (JSON is YAML 1.2), so a file with a
 * stray comma or an unescaped tab still gives what it can, with lines in the
 * warnings; `JSON.parse` only tells whether the file was valid JSON.
 */
import { registryIssue } from './issues';
import { field, type LookupContext, listField, nameOf, reportFolded, textOf } from './lookup';
import { guessOrgKind } from './org-kind';
import type { RegistrySource } from './publiccode';
import { distinctId, type RegistryTable } from './table';
import { readYamlTree } from './yaml-tree';

/** The relation of an organisation whose file gives no `org_type`. */
export const NO_ROLE = 'organisation';

/** Reads one nominee file into `table`; never throws on what the file holds. */
export function readDpgNominee(source: RegistrySource, table: RegistryTable): void {
  const { path: file, evidence } = source;
  const ctx: LookupContext = { file, issues: table.issues, folded: 0 };
  try {
    JSON.parse(source.text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    table.issues.push(registryIssue('json-error', file, undefined, `not valid JSON (${why}); read as far as a forgiving parser could`));
  }
  const tree = readYamlTree(source.text, file);
  table.issues.push(...tree.issues);
  const root = tree.root;
  if (root?.kind !== 'record') {
    table.issues.push(registryIssue('not-a-record', file, root?.line, 'no nominee record was found (the file is empty, a list or a single value)'));
    table.countFile(false);
    return;
  }
  const nameValue = field(root, 'name', ctx);
  const project = nameOf(nameValue, ctx);
  if (!project) {
    table.issues.push(registryIssue('no-name', file, nameValue?.line ?? root.line, "the nominee has no 'name'; nothing was read from this file"));
    table.countFile(false);
    return;
  }
  const url = textOf(field(root, 'website', ctx)) ?? textOf(field(root, 'repositoryURL', ctx));
  const types = listField(root, 'type', ctx)
    .map((t) => textOf(t))
    .filter((t): t is string => t !== undefined);
  const stage = textOf(field(root, 'stage', ctx));
  const kind = `${types.join(', ') || 'project'} (DPG registry${stage ? `, ${stage}` : ''})`;
  table.project(project, { kind, ...(url ? { url } : {}) }, file, nameValue!.line);
  table.countFile(true);

  for (const item of listField(root, 'organizations', ctx)) {
    const org = nameOf(field(item, 'name', ctx), ctx);
    if (!org) {
      table.issues.push(registryIssue('unreadable-entry', file, item.line, "an entry of 'organizations' has no name; left out"));
      continue;
    }
    const role = textOf(field(item, 'org_type', ctx))?.toLowerCase();
    if (!role) table.issues.push(registryIssue('no-role', file, item.line, `'${org}' has no org_type; linked as '${NO_ROLE}'`));
    const relation = role ?? NO_ROLE;
    const website = textOf(field(item, 'website', ctx));
    const guess = guessOrgKind(org);
    const id = distinctId(table, org, project, guess.type, file, item.line);
    table.claim(id, { ...guess, stated: false, ...(website ? { url: website } : {}) }, file, item.line);
    if (!table.link({ source: id, target: project, relation, evidence, note: `organizations (${relation})` }))
      table.issues.push(registryIssue('repeated-entry', file, item.line, `'${org}' is listed again as ${relation}; kept once`));
  }
  reportFolded(ctx);
}
