/**
 * How much data the browser version takes, measured on this project's
 * benchmark machine (2 cores, Chromium with software WebGL): the synthetic
 * 100k-node / 500k-link file (42 MB) loads in 36–65 s and stays usable; a
 * 54 MB file froze the page for 46 s after loading, 1 million isolated nodes
 * froze it for 50 s, and a 315 MB file crashed the tab (6 GB). Past these
 * limits the page refuses the files before reading them, says so plainly,
 * points to the command-line tool (which has no such limit) and keeps the
 * map it shows. Pure: the page checks sizes and line counts it measured.
 */

/** The most bytes the edges and nodes files may hold together. */
export const BROWSER_MAX_BYTES = 50 * 1024 * 1024;

/** The most lines (rows) the edges and nodes files may hold together. */
export const BROWSER_MAX_ROWS = 550_000;

/** One file as far as the limits care: its name, bytes and (when counted) lines. */
export interface SizedFile {
  name: string;
  bytes: number;
  /** Line breaks counted in the file; unknown before it is read. */
  lines?: number;
  /** True when reading stopped part way: `bytes` is then a lower bound. */
  partial?: boolean;
}

const mb = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`
    : `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
const count = (n: number): string => n.toLocaleString('en-US');

/**
 * The message refusing `files` when together they exceed what the browser
 * holds, or null when they fit. Names each file with its size, states both
 * limits and gives the CLI command for the same files.
 */
export function browserLimitMessage(files: readonly SizedFile[]): string | null {
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  const lines = files.every((f) => f.lines !== undefined) ? files.reduce((sum, f) => sum + f.lines!, 0) : undefined;
  const tooBig = bytes > BROWSER_MAX_BYTES;
  const tooLong = lines !== undefined && lines > BROWSER_MAX_ROWS;
  if (!tooBig && !tooLong) return null;
  const described = files
    .map((f) => `${f.name} (${f.partial ? 'over ' : ''}${mb(f.bytes)}${f.lines !== undefined ? `, ${count(f.lines)} lines` : ''})`)
    .join(' and ');
  const what = tooBig ? `${files.some((f) => f.partial) ? 'over ' : ''}${mb(bytes)}` : `${count(lines!)} rows`;
  const [edges, nodes] = files;
  const command = `npm run atlas -- analyze ${edges?.name ?? 'edges.csv'}${nodes ? ` --nodes ${nodes.name}` : ''} --out report.json`;
  return (
    `${described}: ${what} is more than the browser version can hold (${mb(BROWSER_MAX_BYTES)} or ${count(BROWSER_MAX_ROWS)} rows, ` +
    `edges and nodes together), so nothing was loaded. For data this large use the command-line tool, which has no such limit (${command}).`
  );
}

/** Line breaks (LF, or lone CR) in `bytes`: a fast count for the row limit. */
export function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  if (lines === 0) for (let i = bytes.indexOf(13); i !== -1; i = bytes.indexOf(13, i + 1)) lines++;
  return lines;
}
