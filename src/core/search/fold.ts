/**
 * Text folding, the one definition the app uses wherever it compares or
 * spells out text: the search box, the node table's filter and file names.
 * "München", "MUNCHEN" and "munchen" all fold to "munchen", so a user can
 * type a name without its accents or case.
 *
 * Unicode canonical decomposition (NFD, UAX #15) splits a letter from its
 * combining marks, which are then dropped (\p{M}); letters that do not
 * decompose (ß, ø, æ, œ, ł, đ, ı, þ) are spelled out by hand, as in the
 * Unicode Collation Algorithm's primary-strength equivalences (UTS #10).
 */

/** Letters without a canonical decomposition, and their plain spelling (after lower-casing). */
const SPELLED: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  þ: 'th',
};
const SPELLED_RE = /[ßẞøæœłđðıþ]/g;

/**
 * Folds `s` for matching: decomposed (NFD), combining marks removed,
 * lower-cased, ß → ss (and ø, æ, œ, ł, đ, ð, ı, þ spelled out), runs of
 * whitespace collapsed to one space, ends trimmed.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(SPELLED_RE, (c) => SPELLED[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `s` as a file-name fragment: folded ({@link foldText}), every run of
 * characters other than a–z and 0–9 replaced by one dash, at most
 * `maxLength` characters, no dash at either end; empty when nothing is left
 * (e.g. `Größte Städte` → `grosste-stadte`).
 */
export function fileSlug(s: string, maxLength = Infinity): string {
  return foldText(s)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}
