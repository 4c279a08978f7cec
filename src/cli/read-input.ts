/**
 * Reading an input file for the CLI: bytes from disk, their SHA-256 for the
 * provenance, and the text decoded by the core (UTF-8, UTF-16/32 with a BOM;
 * binary refused). Shared by `analyze` and `snapshot`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { InputFile } from '../core/analysis/analyze';
import { decodeBytes } from '../core/csv';
import { FatalInputError } from '../core/csv/types';

/**
 * Reads and decodes the file at `path`.
 *
 * @throws FatalInputError `unreadable` when the file cannot be read, or the
 * decoder's `not-text` when it holds binary data.
 */
export function readInput(path: string): InputFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'ERR_FS_FILE_TOO_LARGE'
            ? 'larger than 2 GiB, the most Node reads at once'
            : (code ?? String(error));
    throw new FatalInputError(basename(path), 'unreadable', `${path}: cannot read the file (${why})`);
  }
  const name = basename(path);
  return { name, text: decodeBytes(new Uint8Array(bytes), name), sha256: createHash('sha256').update(bytes).digest('hex') };
}
