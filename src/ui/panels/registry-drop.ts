/**
 * Registry files given to the page — publiccode.yml files, DPG nominee JSON,
 * or folders of them dropped on it — converted to the atlas's edges and
 * nodes CSV by the same core code as `atlas import` (core/registries), in a
 * worker of their own, so the page keeps answering while a folder of hundreds
 * of files — or one file of thousands of users — is read. The loader then
 * loads the result like any pair of CSV files.
 */
import type { InputFile } from '../../core/analysis/analyze';
import { decodeBytes } from '../../core/csv';
import { toCsv } from '../../core/export/csv';
import { FatalInputError } from '../../core/csv/types';
import { browserLimitMessage } from '../../core/input/browser-limits';
import { type ImportSummary, REGISTRY_EXTENSIONS, REGISTRY_FILES, type RegistryKind, registryOfFile } from '../../core/registries';
import type { RegistryIssue } from '../../core/registries/issues';
import type { RegistryRequest, RegistryResponse } from '../../workers/registry.worker';
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

/** What {@link importRegistryFiles} made: the CSV input, the summary (and its lines) and the issues (also as a CSV file, when there are some). */
export interface RegistryImport {
  input: { edges: InputFile; nodes: InputFile };
  lines: string[];
  summary: ImportSummary;
  issues: RegistryIssue[];
  issuesFile?: { name: string; text: string };
}

/**
 * The import's issues as `<kind>-import-issues.csv` (severity, file, line,
 * code, message): the banner names only the first, and the Issues tab lists
 * those of reading the CSV the import wrote, so this file is where every one
 * of them can be read.
 */
export function registryIssuesFile(kind: RegistryKind, issues: readonly RegistryIssue[]): { name: string; text: string } {
  return {
    name: `${kind}-import-issues.csv`,
    text: toCsv(
      ['severity', 'file', 'line', 'code', 'message'],
      issues.map((i) => [i.severity, i.file, i.line ?? '', i.code, i.message]),
    ),
  };
}

/**
 * Reads `files` as registry files of `kind`: decoded here (a file that is
 * binary becomes an error of its own), converted in a worker of its own
 * (workers/registry.worker.ts) — one large file would block the page — with
 * `progress` called with the fraction of files done. Files of other
 * extensions are named in one warning. Returns undefined for DPG when no file
 * is nominee JSON (the drop then loads as before, with its usual message).
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
  const extensions = REGISTRY_EXTENSIONS[kind];
  const request: RegistryRequest = { kind, files: [], skipped: [] };
  let registryFiles = 0;
  for (const file of files) {
    if (!extensions.includes(extensionOf(file.name))) {
      request.skipped.push(file.name);
      continue;
    }
    try {
      const text = decodeBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      if (kind === 'publiccode' || registryOfFile(file.name, text)) registryFiles++;
      request.files.push({ name: file.name, text });
    } catch (error) {
      if (!(error instanceof FatalInputError)) throw error;
      request.files.push({ name: file.name, unreadable: error.message });
    }
  }
  if (registryFiles === 0) return undefined;
  const result = await convertInWorker(request, progress);
  const hash = (text: string) => sha256Hex(new TextEncoder().encode(text));
  const [edgesHash, nodesHash] = await Promise.all([hash(result.edges), hash(result.nodes)]);
  return {
    input: {
      edges: { name: `${kind}-edges.csv`, text: result.edges, sha256: edgesHash },
      nodes: { name: `${kind}-nodes.csv`, text: result.nodes, sha256: nodesHash },
    },
    lines: result.lines,
    summary: result.summary,
    issues: result.issues,
    ...(result.issues.length ? { issuesFile: registryIssuesFile(kind, result.issues) } : {}),
  };
}

/** Runs one import in a new worker, terminated when it answers. */
function convertInWorker(request: RegistryRequest, progress: (fraction: number) => void): Promise<Extract<RegistryResponse, { type: 'done' }>> {
  const worker = new Worker(new URL('../../workers/registry.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<RegistryResponse>) => {
      const answer = event.data;
      if (answer.type === 'progress') return progress(answer.fraction);
      worker.terminate();
      if (answer.type === 'done') resolve(answer);
      else reject(new Error(answer.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the registry import worker failed'));
    });
    worker.postMessage(request);
  });
}

/** "12 publiccode.yml files" for the header. */
export function registryTitle(kind: RegistryKind, count: number): string {
  return `${count.toLocaleString('en-US')} ${REGISTRY_FILES[kind]} file${count === 1 ? '' : 's'}`;
}
