/**
 * Plain-language wording for the details panel, free of the DOM so it can be
 * tested in Node: ordinals ("2nd", "11th", "21st"), plural type names
 * ("cities", "firms"), measure names inside a sentence, numbers, shares,
 * years and relation names.
 */
import { formatShare } from '../../../core/style/format';

/** English ordinal of a positive integer: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 102nd. */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/**
 * A node type named for `count` nodes: `city` → `cities` (a consonant then
 * `y` becomes `ies`), anything else takes `s`; a count of 1 stays singular.
 */
export function pluralType(type: string, count = 2): string {
  if (count === 1) return type;
  if (/[^aeiou]y$/i.test(type)) return `${type.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(type)) return `${type}es`;
  return `${type}s`;
}

/** First letter upper-cased: group headings ("Firms"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A measure label as it reads inside a sentence: "Betweenness" →
 * "betweenness", "Weighted degree" → "weighted degree", but names with
 * capitals inside their first word ("PageRank") keep them.
 */
export function measurePhrase(label: string): string {
  const first = label.split(/\s/)[0] ?? '';
  return /^[A-Z][^A-Z]*$/.test(first) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** A measure value: the app's one number format (core/style/format.ts). */
export { formatNumber } from '../../../core/style/format';

/** A share in [0, 1] as a percentage: 0.25 → "25%", 0.3333 → "33.3%". */
export function formatPercent(share: number): string {
  return formatShare(share);
}

/** Years of a link: "2016", "2016, 2018", or a span "2014–2021" past three years. */
export function formatYears(years: readonly number[]): string {
  if (years.length === 0) return '';
  if (years.length <= 3) return years.join(', ');
  return `${Math.min(...years)}–${Math.max(...years)}`;
}

/** A relation as words: `provides_services_for` → "provides services for". */
export function relationWords(relation: string): string {
  return relation.replace(/[_-]+/g, ' ').trim();
}

/** A list in prose: "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
