/**
 * `atlas import publiccode|dpg <files or folders…> --edges out.csv [--nodes
 * out.csv] [--base-url URL]`: reads publiccode.yml files or DPG nominee files
 * (folders searched for `.yml`/`.yaml` or `.json` files, in name order) with
 * the core's registry readers and writes the atlas's own CSV, so `analyze`,
 * `snapshot` and the app read the result as any table. Prints what was read
 * (files, projects, links by relation, node types) on stdout and every
 * warning, with its file and line, on stderr. Exit 1 on bad flags or when no
 * file gave a project; warnings alone never fail the command.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { FatalInputError } from '../core/csv/types';
import {
  formatImportSummary,
  isRegistryKind,
  newRegistryTable,
  REGISTRY_EXTENSIONS,
  REGISTRY_FILES,
  type RegistryKind,
  type RegistrySource,
  readRegistryFile,
} from '../core/registries';
import { registryIssue } from '../core/registries/issues';
import { UsageError } from './errors';
import { type FlagSection, formatFlagSections, parseFlags } from './flags';
import { reportError } from './guard';
import type { CliIo } from './io';
import { readInput } from './read-input';

const IMPORT_FLAGS: FlagSection[] = [
  {
    section: 'Import',
    flags: [
      { flag: 'edges', value: 'FILE', help: 'write the links here (the atlas edges CSV); required' },
      { flag: 'nodes', value: 'FILE', help: 'write the nodes (type, url, kind) here' },
      { flag: 'base-url', value: 'URL', help: "evidence = URL + the file's path inside the folder given (default: the path itself)" },
      { flag: 'quiet', help: 'print nothing but errors' },
      { flag: 'help', help: 'show this help' },
    ],
  },
];

/** How many warnings are printed one by one before they are only counted. */
const PRINTED_ISSUES = 30;
/** How many skipped file names a folder's warning lists. */
const LISTED_SKIPPED = 5;

/** The text of `import --help`. */
export function importHelp(): string {
  return [
    'Usage: npm run atlas -- import publiccode <files or folders…> --edges out-edges.csv [--nodes out-nodes.csv] [--base-url URL]',
    '       npm run atlas -- import dpg <files or folders…> --edges out-edges.csv [--nodes out-nodes.csv] [--base-url URL]',
    '',
    'Reads publiccode.yml files (usedBy → uses, maintenance.contractors → maintains, isBasedOn → based_on,',
    'legal.mainCopyrightOwner → develops) or Digital Public Goods nominee files (organizations → the nominee, with',
    "the registry's org_type as the relation) and writes the atlas's CSV. Folders are searched for .yml/.yaml",
    '(publiccode) or .json (dpg) files. See docs/registries.md.',
    ...formatFlagSections(IMPORT_FLAGS),
  ].join('\n');
}

/** Runs `import` with argv after the command name; returns the exit code. */
export function runImport(argv: readonly string[], io: CliIo): number {
  try {
    const flags = parseFlags(argv, IMPORT_FLAGS);
    if (flags.has('help')) {
      io.out(importHelp() + '\n');
      return 0;
    }
    const [kind, ...paths] = flags.positionals;
    if (kind === undefined || !isRegistryKind(kind))
      throw new UsageError(`import needs a registry first: 'publiccode' or 'dpg'${kind ? `, not '${kind}'` : ''}`);
    if (paths.length === 0) throw new UsageError(`import ${kind} needs files or folders to read`);
    const edges = flags.string('edges');
    if (!edges) throw new UsageError('import needs --edges FILE, where the links are written');
    return importFiles(kind, paths, { edges, nodes: flags.string('nodes'), baseUrl: flags.string('base-url'), quiet: flags.has('quiet') }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`atlas import: ${error.message}\nRun 'npm run atlas -- import --help' for the flags.\n`);
      return 1;
    }
    reportError('atlas import', error, io.err);
    return 1;
  }
}

interface ImportOptions {
  edges: string;
  nodes: string | undefined;
  baseUrl: string | undefined;
  quiet: boolean;
}

function importFiles(kind: RegistryKind, paths: readonly string[], options: ImportOptions, io: CliIo): number {
  const table = newRegistryTable(kind);
  for (const { path, inFolder } of listFiles(kind, paths, table.issues)) {
    const evidence = options.baseUrl ? options.baseUrl.replace(/\/?$/, '/') + toPosix(inFolder) : toPosix(path);
    let text: string;
    try {
      text = readInput(path).text;
    } catch (error) {
      if (!(error instanceof FatalInputError)) throw error;
      table.issues.push(registryIssue('unreadable-file', toPosix(path), undefined, error.message));
      table.countFile(false);
      continue;
    }
    readRegistryFile(kind, { path: toPosix(path), evidence, text } satisfies RegistrySource, table);
  }
  const summary = table.summary();
  if (!options.quiet) {
    table.issues.slice(0, PRINTED_ISSUES).forEach((i) => io.err(`${i.severity}: ${i.message}\n`));
    if (table.issues.length > PRINTED_ISSUES) io.err(`… and ${table.issues.length - PRINTED_ISSUES} more warnings\n`);
    io.out(
      `Imported ${REGISTRY_FILES[kind]} files:\n${formatImportSummary(summary)
        .map((l) => `  ${l}\n`)
        .join('')}`,
    );
  }
  if (summary.projects === 0) {
    io.err(`atlas import: no file gave a project, so nothing was written\n`);
    return 1;
  }
  writeFileSync(options.edges, table.edgesCsv());
  if (options.nodes) writeFileSync(options.nodes, table.nodesCsv());
  if (!options.quiet) for (const out of [options.edges, options.nodes]) if (out) io.out(`Wrote ${out}\n`);
  return 0;
}

/**
 * The files to read: each file named as given, each folder's files of the
 * registry's extensions at any depth (hidden folders and node_modules left
 * out), in name order; `inFolder` is the path inside the folder named (a
 * named file's own name). Skipped files are counted in one warning per folder.
 */
function listFiles(kind: RegistryKind, paths: readonly string[], issues: ReturnType<typeof newRegistryTable>['issues']): { path: string; inFolder: string }[] {
  const out: { path: string; inFolder: string }[] = [];
  const extensions = REGISTRY_EXTENSIONS[kind];
  for (const given of paths) {
    let folder = false;
    try {
      folder = statSync(given).isDirectory();
    } catch {
      // Missing: readInput says so, as an unreadable file.
    }
    if (!folder) {
      out.push({ path: given, inFolder: basename(given) });
      continue;
    }
    const skipped: string[] = [];
    const walk = (dir: string): void => {
      const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const path = join(dir, e.name);
        if (e.isDirectory()) {
          if (!e.name.startsWith('.') && e.name !== 'node_modules') walk(path);
        } else if (extensions.some((x) => e.name.toLowerCase().endsWith(x))) out.push({ path, inFolder: relative(given, path) });
        else skipped.push(relative(given, path));
      }
    };
    walk(given);
    if (skipped.length > 0) {
      const shown = skipped.slice(0, LISTED_SKIPPED).join(', ') + (skipped.length > LISTED_SKIPPED ? ` and ${skipped.length - LISTED_SKIPPED} more` : '');
      issues.push(
        registryIssue(
          'skipped-file',
          toPosix(given),
          undefined,
          `${skipped.length} file${skipped.length === 1 ? ' is' : 's are'} not ${extensions.join(' or ')} and ${skipped.length === 1 ? 'was' : 'were'} not read: ${shown}`,
        ),
      );
    }
  }
  return out;
}

const toPosix = (path: string): string => path.split(sep).join('/');
