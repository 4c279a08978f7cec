/**
 * Registry files given to the page — publiccode.yml files, DPG nominee JSON,
 * or folders of them dropped on it — converted to the atlas's edges and
 * nodes CSV by the same core code as `atlas import` (core/registries), file
 * by file in slices of about 40 ms (ui/pacing.ts), so the page keeps
 * answering while a folder of hundreds of files is read. The loader then
 * loads the result like any pair of CSV files.
 */
import type { InputFile } from '../../core/analysis/analyze';
import { decodeBytes } from '../../core/csv';
import { FatalInputError } from '../../core/csv/types';
import { browserLimitMessage } from '../../core/input/browser-limits';
import {
  formatImportSummary,
  newRegistryTable,
  REGISTRY_EXTENSIONS,
  REGISTRY_FILES,
  type RegistryKind,
  type RegistryTable,
  readRegistryFile,
  registryOfFile,
} from '../../core/registries';
import { registryIssue } from '../../core/registries/issues';
import { createPacing } from '../pacing';
import { InputError, sha256Hex } from './load-input';

/** Extensions that make a drop a table or graph load rather than a registry import. */
const TABLE_EXTENSIONS = ['.csv', '.tsv', '.txt', '.gexf', '.graphml', '.xml'];

const extensionOf = (name: string): string => /\.[^./]+$/.exec(name.toLowerCase())?.[0] ?? '';

/**
 * The files of a drop, folders walked at any depth (Chromium, Firefox and
 * Safari give folders through `webkitGetAsEntry`); a file inside a folder is
 * named by its path in the drop (`repos/pat/publiccode.yml`). The entries are
 * taken at once, as a drop's data is only readable during the event.
 */
export function droppedFiles(data: DataTransfer | null | undefined): Promise<File[]> {
  if (!data) return Promise.resolve([]);
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  if (!entries.some((e) => e?.isDirectory)) return Promise.resolve([...data.files]);
  return Promise.all(entries.map((e) => (e ? walk(e) : Promise.resolve([])))).then((lists) => lists.flat());
}

async function walk(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [new File([file], entry.fullPath.replace(/^\//, ''), { type: file.type, lastModified: file.lastModified })];
  }
  if (!entry.isDirectory || entry.name.startsWith('.') || entry.name === 'node_modules') return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries gives a folder's entries in batches until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lists = [];
  for (const child of children) lists.push(await walk(child));
  return lists.flat();
}

/**
 * The registry a set of files is for, by extension: `.yml`/`.yaml` files are
 * publiccode.yml files, `.json` ones DPG nominees; undefined when a table or
 * graph file is among them, or no registry file is (they load as before).
 */
export function registryKindOf(files: readonly File[]): RegistryKind | undefined {
  const extensions = files.map((f) => extensionOf(f.name));
  if (extensions.some((x) => TABLE_EXTENSIONS.includes(x))) return undefined;
  if (extensions.some((x) => REGISTRY_EXTENSIONS.publiccode.includes(x))) return 'publiccode';
  if (extensions.some((x) => REGISTRY_EXTENSIONS.dpg.includes(x))) return 'dpg';
  return undefined;
}

/** What {@link importRegistryFiles} made: the CSV input, the summary lines and the table (with its issues). */
export interface RegistryImport {
  input: { edges: InputFile; nodes: InputFile };
  lines: string[];
  table: RegistryTable;
}

/**
 * Reads `files` as registry files of `kind` in paced slices, calling
 * `progress` with the fraction done. Files of other extensions are named in
 * one warning; a file that cannot be decoded is an error of its own. Returns
 * undefined for DPG when no file is nominee JSON (the drop then loads as
 * before, with its usual message).
 *
 * @throws InputError when the files together pass the browser's limits.
 */
export async function importRegistryFiles(
  kind: RegistryKind,
  files: readonly File[],
  progress: (fraction: number) => void,
): Promise<RegistryImport | undefined> {
  const limit = browserLimitMessage(files.map((f) => ({ name: f.name, bytes: f.size })));
  if (limit) throw new InputError(limit);
  const table = newRegistryTable(kind);
  const extensions = REGISTRY_EXTENSIONS[kind];
  const read = files.filter((f) => extensions.includes(extensionOf(f.name)));
  const skipped = files.filter((f) => !extensions.includes(extensionOf(f.name)));
  if (skipped.length > 0)
    table.issues.push(
      registryIssue(
        'skipped-file',
        'the drop',
        undefined,
        `${skipped.length} file${skipped.length === 1 ? ' is' : 's are'} not ${extensions.join(' or ')}: ${skipped
          .map((f) => f.name)
          .slice(0, 5)
          .join(', ')}${skipped.length > 5 ? '…' : ''}`,
      ),
    );
  const pacing = createPacing();
  let registryFiles = 0;
  for (const [i, file] of read.entries()) {
    let text: string;
    try {
      text = decodeBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (error) {
      if (!(error instanceof FatalInputError)) throw error;
      table.issues.push(registryIssue('unreadable-file', file.name, undefined, error.message));
      table.countFile(false);
      continue;
    }
    if (kind === 'publiccode' || registryOfFile(file.name, text)) registryFiles++;
    readRegistryFile(kind, { path: file.name, evidence: file.name, text }, table);
    if (pacing.shouldPause()) {
      progress((i + 1) / read.length);
      await pacing.pause();
    }
  }
  if (registryFiles === 0) return undefined;
  const edgesText = table.edgesCsv();
  const nodesText = table.nodesCsv();
  const hash = (text: string) => sha256Hex(new TextEncoder().encode(text));
  const [edgesHash, nodesHash] = await Promise.all([hash(edgesText), hash(nodesText)]);
  return {
    input: {
      edges: { name: `${kind}-edges.csv`, text: edgesText, sha256: edgesHash },
      nodes: { name: `${kind}-nodes.csv`, text: nodesText, sha256: nodesHash },
    },
    lines: formatImportSummary(table.summary()),
    table,
  };
}

/** "12 publiccode.yml files" for the header. */
export function registryTitle(kind: RegistryKind, count: number): string {
  return `${count.toLocaleString('en-US')} ${REGISTRY_FILES[kind]} file${count === 1 ? '' : 's'}`;
}
