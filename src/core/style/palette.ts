/**
 * Colour-blind-safe palettes of the map, and the functions that give each
 * node type or category its colour. Mappings always use an explicit domain
 * (never d3's `scaleOrdinal`, which grows its domain on lookup so colours would
 * depend on the order of lookups).
 *
 * - Node types: Okabe & Ito (2008), "Color Universal Design (CUD): how to make
 *   figures and presentations that are friendly to colorblind people",
 *   https://jfly.uni-koeln.de/color/ — eight colours distinguishable under the
 *   common colour-vision deficiencies.
 * - Categories (communities, attribute values, relations): Paul Tol (2021),
 *   "Colour Schemes", SRON/EPS/TN/09-002, https://personal.sron.nl/~pault/ —
 *   the 9 colours of the "muted" scheme, then blue from "bright", orange from
 *   "vibrant" and pear from "light" (chosen as the three farthest, in CIELAB,
 *   from the muted colours both in normal vision and under deuteranopia).
 */
import { UNKNOWN_TYPE } from '../graph/types';

/** Fixed colours of the three known types (Okabe–Ito blue, orange, bluish green). */
export const TYPE_COLORS: ReadonlyMap<string, string> = new Map([
  ['city', '#0072B2'],
  ['project', '#E69F00'],
  ['firm', '#009E73'],
]);

/** Okabe–Ito colours given to other types, in the sorted order of those types. */
export const EXTRA_TYPE_COLORS: readonly string[] = ['#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#000000'];

/** Colour of the `unknown` type. */
export const UNKNOWN_TYPE_COLOR = '#999999';

/** Twelve categorical colours (Tol muted ×9, bright blue, vibrant orange, light pear). */
export const CATEGORY_PALETTE: readonly string[] = [
  '#CC6677', // muted rose
  '#332288', // muted indigo
  '#DDCC77', // muted sand
  '#117733', // muted green
  '#88CCEE', // muted cyan
  '#882255', // muted wine
  '#44AA99', // muted teal
  '#999933', // muted olive
  '#AA4499', // muted purple
  '#4477AA', // bright blue
  '#EE7733', // vibrant orange
  '#BBCC33', // light pear
];

/** Colour of categories beyond the palette (Tol's bright grey). */
export const OTHER_COLOR = '#BBBBBB';

/**
 * Colour by type for every type of `allTypes`: city, project and firm get
 * their fixed colours; the other types, sorted, get {@link EXTRA_TYPE_COLORS}
 * in turn, those beyond it {@link OTHER_COLOR}; `unknown` gets {@link UNKNOWN_TYPE_COLOR}.
 */
export function typeColors(allTypes: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const others: string[] = [];
  for (const type of new Set(allTypes)) {
    const known = TYPE_COLORS.get(type);
    if (known) out.set(type, known);
    else if (type === UNKNOWN_TYPE) out.set(type, UNKNOWN_TYPE_COLOR);
    else others.push(type);
  }
  others.sort();
  others.forEach((type, i) => out.set(type, EXTRA_TYPE_COLORS[i] ?? OTHER_COLOR));
  return out;
}

/**
 * Colour of one type. Pass every type of the graph as `allTypes` so other
 * types get the colour the map gives them; without it only city, project and
 * firm have their own colour and every other type is grey.
 */
export function typeColor(type: string, allTypes: Iterable<string> = []): string {
  const known = TYPE_COLORS.get(type);
  if (known) return known;
  return typeColors(allTypes).get(type) ?? UNKNOWN_TYPE_COLOR;
}

/**
 * Colour per category, for categories given largest first: the i-th gets
 * `palette[i]`, those beyond the palette {@link OTHER_COLOR}. The domain is
 * exactly the list given, so a lookup never adds a colour.
 */
export function categoricalColors<K extends string | number>(
  categoriesSortedBySize: readonly K[],
  palette: readonly string[] = CATEGORY_PALETTE,
): Map<K, string> {
  const out = new Map<K, string>();
  for (const key of categoriesSortedBySize) if (!out.has(key)) out.set(key, palette[out.size] ?? OTHER_COLOR);
  return out;
}
