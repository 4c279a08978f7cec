/**
 * Chunked text for the streamed exports (GEXF, GraphML, CSV, JSON). A writer
 * is a generator of strings: the page collects them as `Blob` parts, the CLI
 * writes each to a file as it comes, so no export ever holds its whole text
 * (V8 cannot hold a string past 2²⁹ characters, and a 500k-link GEXF is
 * hundreds of MB). Every chunk is at most {@link CHUNK_SIZE} UTF-16 code
 * units, and never ends between the two halves of a surrogate pair: a Blob
 * part or a file write encodes each string to UTF-8 alone, and a pair cut in
 * two would become two U+FFFD.
 *
 * Writers also yield the empty string at pause points of their preparation
 * passes (every {@link PAUSE_EVERY} items), so a consumer that paces itself
 * (the page: src/ui/export/data-export.ts) can hand the thread back there too;
 * concatenation and file writes ignore them.
 */

/** Upper bound of a chunk's length, in UTF-16 code units (at most 192 KiB of UTF-8). */
export const CHUNK_SIZE = 65536;

/** Items a preparation pass handles between two pause points (an empty chunk). */
export const PAUSE_EVERY = 8192;

/**
 * Collects text and hands it out in chunks of exactly `size` code units (one
 * less when that would split a surrogate pair), the rest at the end.
 * Usage in a writer: `if (out.add(text)) yield* out.take();` … `yield* out.end();`.
 */
export class TextChunker {
  /** Text added since the last chunk, joined only when a chunk is cut (cheaper than a rope of `+=`). */
  private parts: string[] = [];
  private length = 0;

  constructor(readonly size: number = CHUNK_SIZE) {
    if (!(size >= 2)) throw new RangeError(`export/chunks: a chunk size must be at least 2, got ${size}`);
  }

  /** Appends `text`; true when a full chunk is ready to {@link take}. */
  add(text: string): boolean {
    this.parts.push(text);
    this.length += text.length;
    return this.length >= this.size;
  }

  /**
   * The full chunks collected so far. Each is joined from the parts it
   * covers, and only the part it ends in is cut: a text that holds characters
   * past U+00FF (a two-byte string in V8) then makes only its own chunk
   * two-byte, not, through the rest carried over, every chunk after it.
   */
  *take(): Generator<string, void, undefined> {
    while (this.length >= this.size) {
      const parts = this.parts;
      // The part the chunk ends in: parts[k], `used` code units after the chunk's start.
      let k = 0;
      let used = 0;
      while (used + parts[k]!.length < this.size) used += parts[k++]!.length;
      const part = parts[k]!;
      let cut = this.size - used;
      const last = part.charCodeAt(cut - 1);
      if (last >= 0xd800 && last <= 0xdbff) cut--;
      const head = parts.slice(0, k);
      if (cut > 0) head.push(cut === part.length ? part : part.slice(0, cut));
      const rest = parts.slice(k + 1);
      if (cut < part.length) rest.unshift(part.slice(cut));
      this.parts = rest;
      this.length -= used + cut;
      yield head.join('');
    }
  }

  /** The full chunks, then what is left (if anything). */
  *end(): Generator<string, void, undefined> {
    yield* this.take();
    const rest = this.parts.join('');
    this.parts = [];
    this.length = 0;
    if (rest) yield rest;
  }
}

/** The chunks of a writer joined into one string (for small exports and tests). */
export function joinChunks(chunks: Iterable<string>): string {
  let out = '';
  for (const chunk of chunks) out += chunk;
  return out;
}

/** The result of a generator whose yields are only pause points (such as `exportItems`), run to its end. */
export function drainPaced<T>(paced: Generator<string, T, undefined>): T {
  for (;;) {
    const step = paced.next();
    if (step.done) return step.value;
  }
}
