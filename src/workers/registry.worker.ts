/**
 * The registry-import worker: reads publiccode.yml or DPG nominee files with
 * the core's readers (core/registries) and posts back the atlas's edges and
 * nodes CSV and what was read. A worker because one large file (GlobaLeaks'
 * publiccode.yml lists over 5,000 users) takes the YAML parser longer than
 * the page may block; one import per worker, terminated when done.
 */
import { formatImportSummary, type ImportSummary, newRegistryTable, type RegistryKind, readRegistryFile } from '../core/registries';
import { type RegistryIssue, registryIssue } from '../core/registries/issues';

/** One import: the files' texts (or why a file could not be decoded) and the files of other extensions. */
export interface RegistryRequest {
  kind: RegistryKind;
  files: ({ name: string; text: string } | { name: string; unreadable: string })[];
  skipped: string[];
}

/** Progress by file, then the result (or an unexpected failure). */
export type RegistryResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; edges: string; nodes: string; lines: string[]; summary: ImportSummary; issues: RegistryIssue[] }
  | { type: 'failed'; message: string };

/** How many skipped names the warning lists. */
const LISTED = 5;

function post(message: RegistryResponse): void {
  postMessage(message);
}

addEventListener('message', (event: MessageEvent<RegistryRequest>) => {
  try {
    const { kind, files, skipped } = event.data;
    const table = newRegistryTable(kind);
    if (skipped.length > 0)
      table.issues.push(
        registryIssue(
          'skipped-file',
          'the files given',
          undefined,
          `${skipped.length} file${skipped.length === 1 ? ' is' : 's are'} of another kind and ${skipped.length === 1 ? 'was' : 'were'} not read: ${skipped.slice(0, LISTED).join(', ')}${skipped.length > LISTED ? ` and ${skipped.length - LISTED} more` : ''}`,
        ),
      );
    let lastPost = 0;
    files.forEach((file, i) => {
      if ('unreadable' in file) {
        table.issues.push(registryIssue('unreadable-file', file.name, undefined, file.unreadable));
        table.countFile(false);
      } else readRegistryFile(kind, { path: file.name, evidence: file.name, text: file.text }, table);
      if (performance.now() - lastPost > 50) {
        lastPost = performance.now();
        post({ type: 'progress', fraction: (i + 1) / files.length });
      }
    });
    const summary = table.summary();
    post({ type: 'done', edges: table.edgesCsv(), nodes: table.nodesCsv(), lines: formatImportSummary(summary), summary, issues: table.issues });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
