/**
 * Turning bytes into text, and telling text from binary data: UTF-8 decoding
 * that never throws, BOM removal, and a binary sniff (NUL bytes, or many
 * control / replacement characters) that refuses files such as spreadsheets
 * saved as .xlsx or images given by mistake.
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
interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
type Utf8DecoderClass = new (label: string, options: { fatal: boolean }) => Utf8Decoder;
const TextDecoderClass = (globalThis as unknown as { TextDecoder: Utf8DecoderClass }).TextDecoder;

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
 * Decodes a file's bytes as UTF-8 (invalid sequences become U+FFFD, never an
 * exception) and strips a BOM.
 *
 * @throws FatalInputError `not-text` when the bytes look like binary data.
 */
export function decodeBytes(bytes: Uint8Array, file: string): string {
  const text = stripBom(new TextDecoderClass('utf-8', { fatal: false }).decode(bytes));
  if (looksBinary(text)) {
    throw new FatalInputError(
      file,
      'not-text',
      `${file} is not a text file (it holds binary data); expected a CSV file saved as UTF-8 text`,
    );
  }
  return text;
}
