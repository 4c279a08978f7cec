/**
 * LineCounter against a naive count of line breaks (LF, CRLF, lone CR) up to
 * each offset, on seeded random texts with and without CRs (the two paths:
 * `indexOf` over line feeds, and the loop over each character).
 */
import { describe, expect, test } from 'vitest';
import { countLineBreaks, LineCounter } from '../../../src/core/csv/line-counter';
import { createRng } from '../../../src/core/random';

/** A random text of `length` characters drawn from `alphabet`. */
function randomText(seed: number, length: number, alphabet: string): string {
  const rng = createRng(seed);
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(rng() * alphabet.length)];
  return text;
}

describe('LineCounter', () => {
  for (const [name, alphabet] of [
    ['LF only', 'ab,\n\n'],
    ['LF, CRLF and lone CR', 'ab,\n\r'],
  ] as const) {
    test(`lineAt(offset) equals 1 + the line breaks before offset (${name}), for growing, repeated and falling offsets`, () => {
      for (let seed = 1; seed <= 20; seed++) {
        const text = randomText(seed, 300, alphabet);
        const counter = new LineCounter(text);
        const rng = createRng(1000 + seed);
        const offsets = [0, 0, 5, 5, 17, 300, 400, 12, 0, 299];
        for (let i = 0; i < 40; i++) offsets.push(Math.floor(rng() * 320));
        for (const offset of offsets) {
          // A CR at offset − 1 followed by an LF is not yet a line break: the CRLF ends at the LF.
          const naive = 1 + countLineBreaks(text.slice(0, offset)) - (text[offset - 1] === '\r' && text[offset] === '\n' ? 1 : 0);
          expect(counter.lineAt(offset)).toBe(naive);
        }
      }
    });
  }
});
