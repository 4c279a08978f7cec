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

/**
 * Code units a {@link TextChunker} joins at once (four chunks): the joined
 * text is then larger than V8's largest young-generation object (128 KiB), so
 * it is allocated where the scavenger never copies it, and the chunks handed
 * out are slices of it. Chunks of their own (64 KiB of one-byte text) would
 * each be copied twice by the young-generation collector while a consumer
 * keeps them (the page's Blob parts, `exportGexf`'s string): at 50k nodes /
 * 250k links that was about a tenth of the GEXF export's time.
 */
const BATCH = 4 * CHUNK_SIZE;

/** Items a preparation pass handles between two pause points (an empty chunk). */
export const PAUSE_EVERY = 8192;

/**
 * Collects text and hands it out in chunks of exactly `size` code units (one
 * less when that would split a surrogate pair), the rest at the end.
 * Usage in a writer: `if (out.add(text)) yield* out.take();` … `yield* out.end();`.
 */
export class TextChunker {
  /** Text added since the last cut, joined only when cut (cheaper than a rope of `+=`). */
  private parts: string[] = [];
  private length = 0;
  /** Code units collected before a cut: {@link BATCH}, or the chunk size if larger. */
  private readonly batch: number;

  constructor(readonly size: number = CHUNK_SIZE) {
    if (!(size >= 2)) throw new RangeError(`export/chunks: a chunk size must be at least 2, got ${size}`);
    this.batch = Math.max(size, BATCH);
  }

  /** Appends `text`; true when chunks are ready to {@link take}. */
  add(text: string): boolean {
    this.parts.push(text);
    this.length += text.length;
    return this.length >= this.batch;
  }

  /** The full chunks collected so far, once a batch is collected. */
  *take(): Generator<string, void, undefined> {
    if (this.length >= this.batch) yield* this.cut();
  }

  /** The full chunks, then what is left (if anything). */
  *end(): Generator<string, void, undefined> {
    yield* this.cut();
    const rest = this.parts[0];
    this.parts = [];
    this.length = 0;
    if (rest) yield rest;
  }

  /**
   * Joins the parts, hands out every full chunk as a slice of the joined
   * text and keeps the rest (less than a chunk) as the only part. The rest is
   * cut from the last part when it lies within it, so a text holding
   * characters past U+00FF (a two-byte string in V8, such as the em dash of
   * the provenance) makes only its own batch two-byte, not, carried over,
   * every chunk after it.
   */
  private *cut(): Generator<string, void, undefined> {
    const parts = this.parts;
    const text = parts.join('');
    const lastPart = parts[parts.length - 1] ?? '';
    let at = 0;
    while (text.length - at >= this.size) {
      let end = at + this.size;
      const last = text.charCodeAt(end - 1);
      if (last >= 0xd800 && last <= 0xdbff) end--;
      yield text.slice(at, end);
      at = end;
    }
    const rest = text.length - at;
    this.parts = rest === 0 ? [] : [rest <= lastPart.length ? lastPart.slice(lastPart.length - rest) : text.slice(at)];
    this.length = rest;
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
