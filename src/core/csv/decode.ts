/**
 * Turning bytes into text, and telling text from binary data: the encoding
 * read from a byte-order mark (UTF-8, UTF-16 LE/BE as Excel's "Unicode text"
 * writes, UTF-32 LE/BE), UTF-8 without one; decoding that never throws; and a
 * binary sniff (NUL bytes, or many control / replacement characters) that
 * refuses files such as spreadsheets saved as .xlsx or images given by
 * mistake.
 */
import { FatalInputError } from './types';

/** Share of suspicious characters above which a text counts as binary… */
const BINARY_SHARE = 0.1;
/** …provided there are at least this many (a short Latin-1 file is text). */
const BINARY_MIN_COUNT = 16;
/** How many characters the binary sniff looks at. */
const SNIFF_LENGTH = 65_536;

/**
 * The standard TextDecoder, typed locally: core compiles without the DOM lib
 * and without Node types, yet every runtime it targets has this global.
 */
interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}
type TextDecoderClass = new (label: string, options: { fatal: boolean }) => TextDecoderLike;
const TextDecoderClass = (globalThis as unknown as { TextDecoder: TextDecoderClass }).TextDecoder;

/** Encodings told by a byte-order mark, longest mark first (UTF-32 LE's begins with UTF-16 LE's). */
const BOMS = [
  { encoding: 'utf-32le', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32be', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
] as const;

/** An encoding {@link decodeBytes} reads. */
export type TextEncodingName = (typeof BOMS)[number]['encoding'];

/** The encoding `bytes` declare with a byte-order mark, or UTF-8 when they have none. */
export function sniffEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  for (const { encoding, bytes: mark } of BOMS) {
    if (bytes.length >= mark.length && mark.every((b, i) => bytes[i] === b)) {
      return { encoding, bomLength: mark.length };
    }
  }
  return { encoding: 'utf-8', bomLength: 0 };
}

/**
 * Decodes UTF-32 by hand: the Encoding Standard that `TextDecoder` follows
 * (in browsers and in Node) has no UTF-32, so `new TextDecoder('utf-32le')`
 * throws a RangeError. A code unit above U+10FFFF or in the surrogate range,
 * and trailing bytes short of four, become U+FFFD, as `TextDecoder` does
 * with invalid input.
 */
export function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.byteLength - (bytes.byteLength % 4);
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = 0; i < whole; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    // fromCodePoint takes its arguments on the stack: convert in slices.
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk.length = 0;
    }
  }
  if (whole < bytes.byteLength) chunk.push(0xfffd);
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** `bytes` (the mark removed) decoded as `encoding`; invalid sequences become U+FFFD. */
function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  return new TextDecoderClass(encoding, { fatal: false }).decode(bytes);
}

/** `text` without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * True when `text` looks like decoded binary data: it contains a NUL, or more
 * than 10% (and at least 16) of its first 64k characters are control
 * characters (other than tab, line feed, carriage return and form feed) or
 * U+FFFD replacement characters, as left by decoding binary data as UTF-8.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_LENGTH);
  let suspicious = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) {
      suspicious++;
    }
  }
  return suspicious >= BINARY_MIN_COUNT && suspicious / n > BINARY_SHARE;
}

/**
 * Decodes a file's bytes: UTF-16 or UTF-32 (either byte order) when a
 * byte-order mark says so, UTF-8 otherwise; the mark is removed and invalid
 * sequences become U+FFFD, never an exception.
 *
 * @throws FatalInputError `not-text` when the bytes look like binary data.
 */
export function decodeBytes(bytes: Uint8Array, file: string): string {
  const { encoding, bomLength } = sniffEncoding(bytes);
  const text = stripBom(decodeAs(bytes.subarray(bomLength), encoding));
  if (looksBinary(text)) {
    throw new FatalInputError(file, 'not-text', `${file} is not a text file (it holds binary data); expected a CSV file saved as UTF-8 text`);
  }
  return text;
}
