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
  private buffer = '';

  constructor(readonly size: number = CHUNK_SIZE) {
    if (!(size >= 2)) throw new RangeError(`export/chunks: a chunk size must be at least 2, got ${size}`);
  }

  /** Appends `text`; true when a full chunk is ready to {@link take}. */
  add(text: string): boolean {
    this.buffer += text;
    return this.buffer.length >= this.size;
  }

  /** The full chunks collected so far. */
  *take(): Generator<string, void, undefined> {
    while (this.buffer.length >= this.size) {
      let cut = this.size;
      const last = this.buffer.charCodeAt(cut - 1);
      if (last >= 0xd800 && last <= 0xdbff) cut--;
      yield this.buffer.slice(0, cut);
      this.buffer = this.buffer.slice(cut);
    }
  }

  /** The full chunks, then what is left (if anything). */
  *end(): Generator<string, void, undefined> {
    yield* this.take();
    if (this.buffer) yield this.buffer;
    this.buffer = '';
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
