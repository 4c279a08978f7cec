/**
 * The text form of each view setting, read and written the same way by a
 * share link (`view=city&color=attr:country&layout=geo`), the CLI's flags
 * (`--view city --color attr:country --layout geo`) and the page's menus
 * (whose option values are these texts). Reading never throws: it gives the
 * value or a typed problem in plain words, which a link turns into a notice
 * and the CLI into a usage error. `attr:<column>` (a category) and
 * `figure:<id>` (a numeric figure: `figure:degree`, `figure:ind:vendorHhi`,
 * `figure:attr:<column>`) are the one colour codec.
 */
import {
  LABEL_DENSITY_IDS,
  LABEL_SIZE_RANGE,
  LAYOUT_KINDS,
  LINK_COLOR_IDS,
  STARS_OFF,
  STARS_RANGE,
  VIEW_IDS,
  type ColorMode,
  type LabelDensity,
  type LayoutKind,
  type LinkColor,
  type SizeMode,
  type ViewId,
  type ViewSettings,
} from './settings';

/** A field of {@link ViewSettings}. */
export type ViewSettingField = keyof ViewSettings;

/** Why a text is not a value of its field. */
export type ViewSettingProblemCode =
  | 'unknown-view'
  | 'unknown-layout'
  | 'bad-color'
  | 'bad-size'
  | 'unknown-link-color'
  | 'bad-label-count'
  | 'unknown-label-density'
  | 'bad-label-size'
  | 'bad-stars'
  | 'missing-attribute'
  | 'missing-figure'
  | 'missing-measure';

/** A value that cannot be used, with the reason in plain words (no field or flag name: callers add theirs). */
export interface ViewSettingProblem {
  field: ViewSettingField;
  code: ViewSettingProblemCode;
  /** The text or name given, as it was written. */
  value: string;
  /** The values the field takes, when they are a fixed list. */
  allowed?: readonly string[];
  /** e.g. "no such layout (force, type-columns, type-rings, geo)". */
  message: string;
}

/** The result of reading one field's text. */
export type ParsedViewSetting<F extends ViewSettingField> = { ok: true; value: ViewSettings[F] } | { ok: false; problem: ViewSettingProblem };

/** The share-link parameter of each field that a link carries (a figure's label count is not in links). */
export const VIEW_SETTING_PARAMS = {
  view: 'view',
  color: 'color',
  size: 'size',
  linkColor: 'edgecolor',
  layout: 'layout',
  labelDensity: 'labeldensity',
  labelSize: 'labelsize',
  stars: 'stars',
} as const satisfies Partial<Record<ViewSettingField, string>>;

/** The CLI flag of each field (without `--`). */
export const VIEW_SETTING_FLAGS = {
  view: 'view',
  layout: 'layout',
  color: 'color',
  size: 'size',
  linkColor: 'edge-color',
  labels: 'labels',
  labelDensity: 'label-density',
  labelSize: 'label-size',
  stars: 'stars',
} as const satisfies Record<ViewSettingField, string>;

const ATTR = 'attr:';
const FIGURE = 'figure:';

/** `type`, `community`, `attr:<column>` or `figure:<id>`. */
export function encodeColor(color: ColorMode): string {
  if (color.kind === 'attribute') return `${ATTR}${color.attribute}`;
  if (color.kind === 'figure') return `${FIGURE}${color.figure}`;
  return color.kind;
}

/**
 * Reads `type`, `community`, `attr:<column>` or `figure:<id>` (the id as
 * {@link isSizeName} takes it); null otherwise. With `bareAttribute`, any
 * other non-empty text is a column name (the CLI's `--color country`).
 */
export function decodeColor(text: string, options: { bareAttribute?: boolean } = {}): ColorMode | null {
  if (text === 'type' || text === 'community') return { kind: text };
  if (text.startsWith(ATTR) && text.length > ATTR.length) return { kind: 'attribute', attribute: text.slice(ATTR.length) };
  if (text.startsWith(FIGURE)) {
    const figure = text.slice(FIGURE.length);
    return isSizeName(figure) ? { kind: 'figure', figure } : null;
  }
  if (options.bareAttribute && text !== '' && !text.startsWith(ATTR)) return { kind: 'attribute', attribute: text };
  return null;
}

/**
 * Whether `text` can name a figure: a measure (letters, digits, `_`, `-`),
 * `ind:<name>` or `attr:<column>` (any non-empty column name).
 */
export function isSizeName(text: string): boolean {
  if (text.startsWith(ATTR)) return text.length > ATTR.length;
  if (text.startsWith('ind:')) return /^[\w-]+$/.test(text.slice(4));
  return /^[\w-]+$/.test(text);
}

const problem = (field: ViewSettingField, code: ViewSettingProblemCode, value: string, message: string, allowed?: readonly string[]) => ({
  ok: false as const,
  problem: { field, code, value, message, ...(allowed ? { allowed } : {}) },
});

function oneOf<T extends string>(list: readonly T[], text: string): T | null {
  return (list as readonly string[]).includes(text) ? (text as T) : null;
}

/**
 * Reads the text of one field: `view`, `layout`, `linkColor` from their
 * lists, `color` by {@link decodeColor}, `size` as a measure name (whether
 * the data has it is {@link validateViewSettings}' job), `labels` as a whole
 * number of labels, `labelDensity` from its list, `labelSize` as whole pixels
 * in {@link LABEL_SIZE_RANGE}, `stars` as 0 (off) or a whole number ≥ 2.
 */
export function parseViewSetting<F extends ViewSettingField>(field: F, text: string, options: { bareAttribute?: boolean } = {}): ParsedViewSetting<F> {
  const ok = (value: unknown) => ({ ok: true as const, value: value as ViewSettings[F] });
  switch (field) {
    case 'view': {
      const view = oneOf<ViewId>(VIEW_IDS, text);
      return view ? ok(view) : problem(field, 'unknown-view', text, `no such view (${VIEW_IDS.join(', ')})`, VIEW_IDS);
    }
    case 'layout': {
      const layout = oneOf<LayoutKind>(LAYOUT_KINDS, text);
      return layout ? ok(layout) : problem(field, 'unknown-layout', text, `no such layout (${LAYOUT_KINDS.join(', ')})`, LAYOUT_KINDS);
    }
    case 'linkColor': {
      const link = oneOf<LinkColor>(LINK_COLOR_IDS, text);
      return link ? ok(link) : problem(field, 'unknown-link-color', text, `expected ${LINK_COLOR_IDS.join(' or ')}`, LINK_COLOR_IDS);
    }
    case 'color': {
      const color = decodeColor(text, options);
      return color ? ok(color) : problem(field, 'bad-color', text, 'expected type, community, attr:<column> or figure:<figure>');
    }
    case 'size':
      return isSizeName(text) ? ok(text as SizeMode) : problem(field, 'bad-size', text, 'not a measure or figure name');
    case 'labels': {
      const count = wholeNumber(text);
      return Number.isSafeInteger(count) ? ok({ count }) : problem(field, 'bad-label-count', text, 'expected a whole number of 0 or more');
    }
    case 'labelDensity': {
      const density = oneOf<LabelDensity>(LABEL_DENSITY_IDS, text);
      return density ? ok(density) : problem(field, 'unknown-label-density', text, `expected ${LABEL_DENSITY_IDS.join(', ')}`, LABEL_DENSITY_IDS);
    }
    case 'labelSize': {
      const { min, max } = LABEL_SIZE_RANGE;
      const px = wholeNumber(text);
      return px >= min && px <= max ? ok(px) : problem(field, 'bad-label-size', text, `expected a whole number of pixels from ${min} to ${max}`);
    }
    case 'stars': {
      const n = wholeNumber(text);
      return Number.isSafeInteger(n) && (n === STARS_OFF || n >= STARS_RANGE.min)
        ? ok(n)
        : problem(field, 'bad-stars', text, `expected a whole number of ${STARS_RANGE.min} or more, or ${STARS_OFF} (off)`);
    }
  }
  return problem(field, 'bad-size', text, 'not a view setting');
}

/** The text of one field's value, as {@link parseViewSetting} reads it back. */
export function formatViewSetting<F extends ViewSettingField>(field: F, value: ViewSettings[F]): string {
  if (field === 'color') return encodeColor(value as ColorMode);
  if (field === 'labels') return String((value as ViewSettings['labels']).count);
  if (field === 'labelSize' || field === 'stars') return String(value as number);
  return value as string;
}

/** Digits only (spaces around allowed) as a number; NaN otherwise (no sign, no decimals, no exponent). */
function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
}
