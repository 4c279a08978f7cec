/**
 * What an import gathers across files, and the atlas's own CSV it writes: one
 * node per name with a single type for the whole import, one row per stated
 * link, the issues, and a summary of what was read.
 *
 * A node's type comes from what the registry states (a publiccode.yml
 * `usedBy` entry is a `city`, a contractor a `firm`, the software a
 * `project`) or, where it states no type (a copyright owner, a DPG
 * organisation), from a guess by name (./org-kind.ts). A statement beats a
 * guess; two statements that disagree keep the first, with a `type-conflict`
 * warning, so every row names the node with the same type and the graph
 * build has nothing to reconcile. Names are keys of `Map`s only, so
 * `constructor` or `__proto__` are ordinary names.
 */
import { toCsv } from '../export/csv';
import { APP_VERSION } from '../version';
import { type RegistryIssue, registryIssue } from './issues';

/** The node types an import writes. */
export type RegistryNodeType = 'city' | 'firm' | 'project';

/** What one file says or suggests about a node. */
export interface NodeClaim {
  type: RegistryNodeType;
  /** True when the registry states the type; false for a guess from the name. */
  stated: boolean;
  kind?: string;
  url?: string;
}

/** One link as the file states it. */
export interface RegistryLink {
  source: string;
  target: string;
  relation: string;
  /** Where the link is stated: the file's path or address. */
  evidence: string;
  /** The date a contract ends (publiccode.yml `until`), as written. */
  until?: string;
  /** The key the link was read from (`usedBy`, `maintenance.contractors`…), and anything else worth keeping. */
  note: string;
}

interface NodeEntry extends NodeClaim {
  file: string;
  line: number | undefined;
}

/** Counts of what an import read. */
export interface ImportSummary {
  /** Files given (after expanding folders). */
  files: number;
  /** Files that gave at least one project. */
  filesRead: number;
  projects: number;
  links: number;
  /** Links by relation, in order of first appearance. */
  byRelation: Map<string, number>;
  /** Nodes by type. */
  byType: Map<RegistryNodeType, number>;
  warnings: number;
  errors: number;
}

const EDGE_HEADER = ['source', 'source_type', 'target', 'target_type', 'relation', 'evidence', 'until', 'source_kind', 'target_kind', 'note'];
const NODE_HEADER = ['id', 'type', 'url', 'kind'];

/** The nodes, links and issues of one import, filled file by file. */
export class RegistryTable {
  readonly issues: RegistryIssue[] = [];
  private readonly nodes = new Map<string, NodeEntry>();
  private readonly links: RegistryLink[] = [];
  private readonly linkKeys = new Set<string>();
  private readonly projects = new Set<string>();
  private files = 0;
  private filesRead = 0;

  /** @param registry what the files are, for the CSV's comment line ("publiccode.yml", "DPG nominee"). */
  constructor(readonly registry: string) {}

  /** Counts one file given; `gaveProject` when it gave a project. */
  countFile(gaveProject: boolean): void {
    this.files++;
    if (gaveProject) this.filesRead++;
  }

  /** Records the project `id` (a statement) from `file`. */
  project(id: string, claim: Omit<NodeClaim, 'type' | 'stated'>, file: string, line?: number): void {
    this.projects.add(id);
    this.claim(id, { ...claim, type: 'project', stated: true }, file, line);
  }

  /** Records what `file` (at `line`) says about node `id`; a stated type beats a guessed one. */
  claim(id: string, claim: NodeClaim, file: string, line?: number): void {
    const known = this.nodes.get(id);
    if (!known) {
      this.nodes.set(id, { ...claim, file, line });
      return;
    }
    if (known.type !== claim.type && claim.stated && !known.stated) {
      Object.assign(known, { type: claim.type, stated: true, kind: claim.kind ?? known.kind, file, line });
    } else if (known.type !== claim.type && claim.stated) {
      const where = known.line === undefined ? known.file : `${known.file} line ${known.line}`;
      this.issues.push(registryIssue('type-conflict', file, line, `'${id}' is a ${claim.type} here but a ${known.type} in ${where}; kept as ${known.type}`));
    } else if (known.type === claim.type && claim.stated && !known.stated) {
      known.stated = true;
      if (claim.kind) known.kind = claim.kind;
    }
    if (claim.url && !known.url) known.url = claim.url;
    if (claim.kind && !known.kind) known.kind = claim.kind;
  }

  /** Adds a link; false (and nothing added) when the same file already stated it. */
  link(link: RegistryLink): boolean {
    const key = JSON.stringify([link.source, link.target, link.relation, link.evidence]);
    if (this.linkKeys.has(key)) return false;
    this.linkKeys.add(key);
    this.links.push(link);
    return true;
  }

  /** What was read, for the CLI and the loader. */
  summary(): ImportSummary {
    const byRelation = new Map<string, number>();
    for (const l of this.links) byRelation.set(l.relation, (byRelation.get(l.relation) ?? 0) + 1);
    const byType = new Map<RegistryNodeType, number>();
    for (const n of this.nodes.values()) byType.set(n.type, (byType.get(n.type) ?? 0) + 1);
    const errors = this.issues.filter((i) => i.severity === 'error').length;
    return {
      files: this.files,
      filesRead: this.filesRead,
      projects: this.projects.size,
      links: this.links.length,
      byRelation,
      byType,
      warnings: this.issues.length - errors,
      errors,
    };
  }

  /** The edges file: our provenance comment, then one row per link with both ends' final types and kinds. */
  edgesCsv(): string {
    const rows = this.links.map((l) => {
      const s = this.nodes.get(l.source);
      const t = this.nodes.get(l.target);
      return [l.source, s?.type, l.target, t?.type, l.relation, l.evidence, l.until, s?.kind, t?.kind, l.note];
    });
    return toCsv(EDGE_HEADER, rows, [this.comment()]);
  }

  /** The nodes file: every node linked or named as a project, with its type, address and kind. */
  nodesCsv(): string {
    const rows = [...this.nodes].map(([id, n]) => [id, n.type, n.url, n.kind]);
    return toCsv(NODE_HEADER, rows, [this.comment()]);
  }

  private comment(): string {
    return `Partnership Atlas ${APP_VERSION}, imported from ${this.files.toLocaleString('en-US')} ${this.registry} file${this.files === 1 ? '' : 's'}`;
  }
}

/**
 * The id of an organisation or user named `name` in the file of `project`:
 * the name itself, or — when it is the project's own name — the name with its
 * type in brackets ("Consul [firm]", the municipal dataset's convention), with
 * a `same-name` warning, so the organisation and its link are kept.
 */
export function distinctId(table: RegistryTable, name: string, project: string, type: RegistryNodeType, file: string, line: number): string {
  if (name !== project) return name;
  const id = `${name} [${type}]`;
  table.issues.push(registryIssue('same-name', file, line, `'${name}' has the project's own name; written as '${id}'`));
  return id;
}

/** The summary as short lines ("12 files read, 12 projects, 340 links: 300 uses, …"). */
export function formatImportSummary(s: ImportSummary): string[] {
  const n = (x: number) => x.toLocaleString('en-US');
  const relations = [...s.byRelation].map(([r, c]) => `${n(c)} ${r}`).join(', ');
  const types = [...s.byType].map(([t, c]) => `${n(c)} ${t}`).join(', ');
  return [
    `${n(s.files)} file${s.files === 1 ? '' : 's'} (${n(s.filesRead)} with a project), ${n(s.projects)} project${s.projects === 1 ? '' : 's'}`,
    `${n(s.links)} link${s.links === 1 ? '' : 's'}${relations ? `: ${relations}` : ''}`,
    `nodes: ${types || 'none'}`,
    `${n(s.warnings)} warning${s.warnings === 1 ? '' : 's'}, ${n(s.errors)} file${s.errors === 1 ? '' : 's'} with nothing read`,
  ];
}
