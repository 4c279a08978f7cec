/**
 * The chunk helpers of the streamed exports: TextChunker cuts at the size and
 * never inside a surrogate pair; jsonChunks writes what JSON.stringify writes
 * for seeded random documents (lazy or not, with keys such as "12",
 * "__proto__" and "4294967295", undefined values, empty arrays and objects);
 * propertyOrder is the order of Object.keys.
 */
import { describe, expect, it } from 'vitest';
import { drainPaced, joinChunks, TextChunker } from '../../../src/core/export/chunks';
import { jsonChunks, LazyArray, LazyObject, materialise, propertyOrder } from '../../../src/core/export/json-chunks';
import { createRng } from '../../../src/core/random';

/** The chunks cut from the whole text at once: `size` code units, one less before a high surrogate, the rest at the end. */
const cutWhole = (size: number, text: string) => {
  const chunks: string[] = [];
  while (text.length >= size) {
    const last = text.charCodeAt(size - 1);
    const cut = last >= 0xd800 && last <= 0xdbff ? size - 1 : size;
    chunks.push(text.slice(0, cut));
    text = text.slice(cut);
  }
  if (text) chunks.push(text);
  return chunks;
};

const chunked = (size: number, pieces: readonly string[]) => {
  const out = new TextChunker(size);
  const chunks: string[] = [];
  for (const piece of pieces) if (out.add(piece)) chunks.push(...out.take());
  chunks.push(...out.end());
  return chunks;
};

describe('TextChunker', () => {
  it('hands out chunks of exactly the size, the rest at the end, whatever the pieces', () => {
    const chunks = chunked(4, ['ab', 'cdefghij', '', 'k']);
    expect(chunks).toEqual(['abcd', 'efgh', 'ijk']);
  });

  it('stops one short rather than cut a surrogate pair, and the text and the cuts are those of the whole text', () => {
    const rng = createRng(7);
    const alphabet = ['a', '😀', '𝄞', 'é', '\ud800', '\udc00'];
    for (let round = 0; round < 200; round++) {
      const pieces = Array.from({ length: 1 + Math.floor(rng() * 20) }, () =>
        Array.from({ length: Math.floor(rng() * 9) }, () => alphabet[Math.floor(rng() * alphabet.length)]).join(''),
      );
      const size = 2 + Math.floor(rng() * 6);
      const chunks = chunked(size, pieces);
      expect(chunks.join('')).toBe(pieces.join(''));
      // Cut where the whole text, cut at once, is cut, however it came in pieces.
      expect(chunks).toEqual(cutWhole(size, pieces.join('')));
      chunks.forEach((chunk, i) => {
        expect(chunk.length).toBeGreaterThan(0);
        expect(chunk.length).toBeLessThanOrEqual(size);
        const last = chunk.charCodeAt(chunk.length - 1);
        const next = chunks[i + 1]?.charCodeAt(0) ?? 0;
        expect(last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff, `${size} ${JSON.stringify(chunks)}`).toBe(false);
      });
    }
  });

  it('refuses a size below 2 (a pair could never be kept whole)', () => {
    expect(() => new TextChunker(1)).toThrow(RangeError);
  });

  it('joinChunks and drainPaced', () => {
    expect(joinChunks(['a', '', 'b'])).toBe('ab');
    const paced = (function* () {
      yield '';
      yield '';
      return 42;
    })();
    expect(drainPaced(paced)).toBe(42);
  });
});

/** A seeded random JSON-like value, and the same value with some arrays and objects lazy. */
function randomValue(rng: () => number, depth: number): { plain: unknown; lazy: unknown } {
  const keys = ['a', '12', '3', '__proto__', 'constructor', '4294967294', '4294967295', '007', '-1', 'é"\n\u2028', ''];
  const r = rng();
  if (depth > 3 || r < 0.35) {
    const leaves = [0, -0, 1.5, -1e21, NaN, Infinity, null, true, false, 'x', 'a"b\\c\n\u0001', '\ud800', undefined, [], {}];
    const v = leaves[Math.floor(rng() * leaves.length)];
    return { plain: v, lazy: v };
  }
  const lazy = rng() < 0.6;
  const length = Math.floor(rng() * 5);
  if (r < 0.65) {
    const items = Array.from({ length }, () => randomValue(rng, depth + 1));
    return { plain: items.map((i) => i.plain), lazy: lazy ? new LazyArray(() => items.map((i) => i.lazy)) : items.map((i) => i.plain) };
  }
  const entries: [string, { plain: unknown; lazy: unknown }][] = [];
  const used = new Set<string>();
  for (let i = 0; i < length; i++) {
    const key = keys[Math.floor(rng() * keys.length)]!;
    if (!used.has(key)) entries.push([key, randomValue(rng, depth + 1)]);
    used.add(key);
  }
  const plain: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(plain, k, { value: v.plain, enumerable: true, writable: true, configurable: true });
  const ordered = propertyOrder(entries.map(([k]) => k));
  const byKey = new Map(entries);
  return {
    plain,
    lazy: lazy ? new LazyObject(() => ordered.map((k) => [k, byKey.get(k)!.lazy] as const), rng() < 0.5) : plain,
  };
}

describe('jsonChunks', () => {
  it('writes JSON.stringify(value, null, indent) for 300 seeded random documents, lazy parts included', () => {
    const rng = createRng(11);
    for (let round = 0; round < 300; round++) {
      const { plain, lazy } = randomValue(rng, 0);
      const indent = round % 3;
      const expected = JSON.stringify(plain, null, indent) ?? '';
      expect(joinChunks(jsonChunks(lazy, indent)), expected).toBe(expected);
      expect(JSON.stringify(materialise(lazy), null, indent) ?? '').toBe(expected);
    }
  });

  it('writes a lazy array of 200,000 numbers in chunks no longer than CHUNK_SIZE', () => {
    const doc = new LazyObject(() => [['values', new LazyArray(() => Array.from({ length: 200_000 }, (_, i) => i / 7))]]);
    const chunks = [...jsonChunks(doc, 1)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(65536);
    expect(chunks.join('')).toBe(JSON.stringify({ values: Array.from({ length: 200_000 }, (_, i) => i / 7) }, null, 1));
  });
});

describe('propertyOrder', () => {
  it('is the order Object.keys lists keys added in this order', () => {
    const rng = createRng(5);
    const pool = ['0', '1', '10', '2', '01', '-0', '4294967294', '4294967295', '9007199254740993', 'b', 'a', '__proto__', '1.5', ' 1'];
    for (let round = 0; round < 200; round++) {
      const keys = [...new Set(Array.from({ length: Math.floor(rng() * 10) }, () => pool[Math.floor(rng() * pool.length)]!))];
      const o: Record<string, number> = Object.create(null);
      for (const k of keys) o[k] = 1;
      expect(propertyOrder(keys)).toEqual(Object.keys(o));
    }
  });
});
