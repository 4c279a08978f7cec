/**
 * Imports from the field's registries — publiccode.yml files and Digital
 * Public Goods nominee files — into the atlas's own edges and nodes CSV, so
 * measures, map and exports work on them as on any table. The CLI
 * (`atlas import`) and the page's loader both call {@link importRegistry},
 * or read file by file with {@link readRegistryFile} to keep the page
 * answering between files.
 */
import { readDpgNominee } from './dpg';
import { type RegistrySource, readPubliccode } from './publiccode';
import { RegistryTable } from './table';

export type { RegistrySource } from './publiccode';
export { formatImportSummary, type ImportSummary, RegistryTable } from './table';

/** The registries an import reads. */
export type RegistryKind = 'publiccode' | 'dpg';

/** What each registry's files are called, for messages and the CSV's comment line. */
export const REGISTRY_FILES: Readonly<Record<RegistryKind, string>> = { publiccode: 'publiccode.yml', dpg: 'DPG nominee' };

/** The extensions read from a folder, per registry. */
export const REGISTRY_EXTENSIONS: Readonly<Record<RegistryKind, readonly string[]>> = { publiccode: ['.yml', '.yaml'], dpg: ['.json'] };

/** True when `kind` names a registry. */
export function isRegistryKind(kind: string): kind is RegistryKind {
  return kind === 'publiccode' || kind === 'dpg';
}

/** An empty table for an import of `kind`. */
export function newRegistryTable(kind: RegistryKind): RegistryTable {
  return new RegistryTable(REGISTRY_FILES[kind]);
}

/** Reads one file of `kind` into `table`. */
export function readRegistryFile(kind: RegistryKind, source: RegistrySource, table: RegistryTable): void {
  if (kind === 'publiccode') readPubliccode(source, table);
  else readDpgNominee(source, table);
}

/** Reads every file of `kind` into one table. */
export function importRegistry(kind: RegistryKind, sources: Iterable<RegistrySource>): RegistryTable {
  const table = newRegistryTable(kind);
  for (const source of sources) readRegistryFile(kind, source, table);
  return table;
}

/**
 * Which registry a file belongs to, from its name and first characters: a
 * `.yml`/`.yaml` file is a publiccode.yml file, a `.json` file whose text
 * names `organizations` or `SDGs` is a DPG nominee; anything else undefined.
 */
export function registryOfFile(name: string, text: string): RegistryKind | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) return 'publiccode';
  if (lower.endsWith('.json') && /^\s*[{[]/.test(text) && /"(organizations|SDGs)"\s*:/.test(text.slice(0, 200_000))) return 'dpg';
  return undefined;
}
