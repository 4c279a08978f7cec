/**
 * The wording of share-link notices: a value is quoted at most 60 characters
 * long, a list names at most three values and counts the rest, and a banner
 * carries at most five notices. A link is user text of any length (a 400 KB
 * `selected=` is a valid address), and none of it may grow the page.
 */

/** Longest value quoted in a notice, "…" included. */
export const MAX_SHOWN = 60;
/** Values named in one notice before "and N more". */
export const MAX_LISTED = 3;
/** Notices in one banner before "N more were ignored". */
export const MAX_NOTICES = 5;

/** `value` cut to {@link MAX_SHOWN} characters with "…" (never inside a surrogate pair); line breaks become spaces. */
export function shown(value: string, max = MAX_SHOWN): string {
  const flat = value.length > max * 4 ? value.slice(0, max * 4) : value;
  const text = flat.replace(/[\r\n\t]+/g, ' ');
  if (text.length <= max && flat.length === value.length) return text;
  let cut = Math.min(text.length, max - 1);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/** `'a', 'b', 'c' and 4 more`: each value {@link shown} (and quoted unless `quote` is false), at most `max` of them. */
export function listed(values: readonly string[], max = MAX_LISTED, quote = true): string {
  const quoted = values.slice(0, max).map((v) => (quote ? `'${shown(v)}'` : shown(v)));
  const rest = values.length - quoted.length;
  if (rest > 0) return `${quoted.join(', ')} and ${rest} more`;
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** "Ignored 'size=bogus': no such measure. Ignored …": at most `max` notices, then how many more. */
export function noticeText(notices: readonly string[], max = MAX_NOTICES): string {
  const sentences = notices.slice(0, max).map((n) => `${n.charAt(0).toUpperCase()}${n.slice(1)}.`);
  const rest = notices.length - sentences.length;
  if (rest > 0) sentences.push(`${rest} more ${rest === 1 ? 'parameter was' : 'parameters were'} ignored.`);
  return sentences.join(' ');
}
