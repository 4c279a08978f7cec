/**
 * Turning what the user gives into analysis input: local files (bytes →
 * text with the core's binary check, plus their SHA-256; files too large for
 * the browser refused before they are read), addresses fetched
 * by the browser (with plain messages for network, CORS, HTTP status and
 * "web page instead of CSV" failures), and the guess which of the dropped
 * files is the nodes file and which an aliases file (`alias,canonical`),
 * made with the core's own column detection and aliases reader.
 */
import type { InputFile } from '../../core/analysis/analyze';
import { decodeBytes, detectColumns, EDGE_FIELDS, NODE_FIELDS, previewTable } from '../../core/csv';
import { assertLooksLikeCsv } from '../../core/csv/sniff';
import { FatalInputError } from '../../core/csv/types';
import { toCsv } from '../../core/export/csv';
import { detectGraphFormat } from '../../core/import';
import { readAliases } from '../../core/resolve/aliases';
import { shown } from '../../core/url-state';
import { BROWSER_MAX_BYTES, browserLimitMessage, countLines, type SizedFile } from '../../core/input/browser-limits';

/** A load that could not start: the message is shown to the user as is. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Hex SHA-256 of `bytes` (Web Crypto). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function fromBytes(bytes: Uint8Array, name: string): Promise<InputFile> {
  try {
    return { name, text: decodeBytes(bytes, name), sha256: await sha256Hex(bytes) };
  } catch (e) {
    throw e instanceof FatalInputError ? new InputError(e.message) : e;
  }
}

/** Refuses, before decoding, files that together exceed what the browser holds (core/input/browser-limits). */
function assertFits(files: readonly SizedFile[]): void {
  const message = browserLimitMessage(files);
  if (message) throw new InputError(message);
}

/**
 * Reads local files as text (UTF-8, or UTF-16/32 with a BOM); a binary file
 * is refused with the core's message, and files too large for the browser
 * are refused from their size before being read, or from their line count.
 */
export async function readLocalFiles(files: readonly File[]): Promise<InputFile[]> {
  assertFits(files.map((f) => ({ name: f.name, bytes: f.size })));
  const bytes = await Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())));
  assertFits(files.map((f, i) => ({ name: f.name, bytes: f.size, lines: countLines(bytes[i]!) })));
  return Promise.all(files.map((f, i) => fromBytes(bytes[i]!, f.name)));
}

/**
 * The body of `response`, read in chunks so a body past the browser's limit
 * is cancelled as soon as it is (Content-Length may be absent or wrong).
 */
async function readBody(response: Response, name: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > 0) assertFits([{ name, bytes: declared }]);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > BROWSER_MAX_BYTES) {
      void reader.cancel();
      assertFits([{ name, bytes: BROWSER_MAX_BYTES + 1, partial: true }]);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** File name for a fetched address: its last path segment, else `<role>.csv`. */
export function nameFromUrl(url: string, role: string): string {
  if (/^\s*(data|blob):/i.test(url)) return `${role}.csv`;
  try {
    const last = decodeURIComponent(new URL(url, location.href).pathname.split('/').pop() ?? '');
    return last || `${role}.csv`;
  } catch {
    return `${role}.csv`;
  }
}

/**
 * Fetches a CSV with the browser. Refuses, with a message naming the role
 * (`edges`, `nodes`) and the address: a failed request (network or CORS), a
 * non-2xx status, and an answer that is a web page or JSON.
 */
export async function fetchCsv(url: string, role: 'edges' | 'nodes' | 'aliases'): Promise<InputFile> {
  const where = shown(url, 120);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    throw new InputError(
      `Could not fetch the ${role} URL ${where}: the network failed or the server does not allow cross-origin requests (CORS). ` +
        'The server must allow cross-origin requests (Access-Control-Allow-Origin); or download the file and open it with "Open data".',
    );
  }
  if (!response.ok) {
    throw new InputError(`The ${role} URL ${where} answered ${response.status} ${response.statusText || 'error'}.`);
  }
  const name = nameFromUrl(url, role);
  const webPage = `The ${role} URL ${where} returned a web page, not a CSV. Link to the raw file (e.g. GitHub's "Raw" button).`;
  const type = response.headers.get('content-type') ?? '';
  if (/text\/html|application\/xhtml/i.test(type)) throw new InputError(webPage);
  const bytes = await readBody(response, name);
  assertFits([{ name, bytes: bytes.byteLength, lines: countLines(bytes) }]);
  const file = await fromBytes(bytes, name);
  try {
    assertLooksLikeCsv(file.text, name, 'a CSV file');
  } catch (e) {
    if (e instanceof FatalInputError && e.code === 'not-csv')
      throw new InputError(e.kind === 'html' ? webPage : e.kind === 'json' ? `The ${role} URL ${where} returned JSON, not a CSV.` : e.message);
    // Other fatal problems (empty file…) are reported by the worker with the file's name.
  }
  return file;
}

/** The trimmed header row of a CSV text, or [] when it has none (one data row is previewed too: with none, a file opening with comment lines gave no header). */
export function headersOf(text: string): string[] {
  return previewTable(text, 1).headers;
}

function fits(headers: string[], fields: typeof EDGE_FIELDS | typeof NODE_FIELDS): boolean {
  try {
    detectColumns(headers, fields, 'file');
    return true;
  } catch (e) {
    if (e instanceof FatalInputError && e.code === 'missing-column') return false;
    throw e;
  }
}

/** True when the header reads as a nodes file (an id column) and not as an edges file (no source/target). */
export function looksLikeNodes(text: string): boolean {
  const headers = headersOf(text);
  return !fits(headers, EDGE_FIELDS) && fits(headers, NODE_FIELDS);
}

/**
 * True when the header reads as an aliases file (`alias,canonical`, or the
 * other names core/resolve/aliases.ts accepts): the header alone, with one
 * made-up row, is given to the aliases reader, so the names are defined once.
 */
export function looksLikeAliases(text: string): boolean {
  const headers = headersOf(text);
  if (headers.length < 2 || fits(headers, EDGE_FIELDS)) return false;
  try {
    readAliases(toCsv(headers, [headers.map((_, i) => `x${i}`)]), 'header');
    return true;
  } catch (e) {
    if (e instanceof FatalInputError) return false;
    throw e;
  }
}

/** The read files by role: an aliases file is told by its header; of the other two, the one that reads only as a nodes file is the nodes file. */
export function assignRoles(files: InputFile[]): { edges: InputFile; nodes?: InputFile; aliases?: InputFile } {
  const aliases = files.filter((f) => looksLikeAliases(f.text));
  if (aliases.length > 1) throw new InputError(`Give one aliases file, not ${aliases.length} (${aliases.map((f) => f.name).join(', ')}).`);
  const data = files.filter((f) => !aliases.includes(f));
  if (data.length > 2)
    throw new InputError(
      `Give an edges file and, optionally, a nodes file and an aliases file (a header naming alias and canonical), not ${files.length} files: ${data.length} read as data files.`,
    );
  const roles = dataRoles(data);
  return aliases[0] ? { ...roles, aliases: aliases[0] } : roles;
}

function dataRoles(files: InputFile[]): { edges: InputFile; nodes?: InputFile } {
  const [a, b] = files;
  if (!a) throw new InputError('Choose an edges CSV file.');
  if (!b) return { edges: a };
  // A graph file holds the links: it is the edges file, whichever was dropped first.
  if (isGraphFile(b.text) && !isGraphFile(a.text)) return { edges: b, nodes: a };
  if (isGraphFile(a.text)) return { edges: a, nodes: b };
  if (looksLikeNodes(a.text) && !looksLikeNodes(b.text)) return { edges: b, nodes: a };
  return { edges: a, nodes: b };
}

/** True when `text` is a GEXF or GraphML file (told by its root element). */
function isGraphFile(text: string): boolean {
  const { format } = detectGraphFormat(text);
  return format === 'gexf' || format === 'graphml';
}
