/**
 * Checks view settings, in sigma's `validateSettings` manner: every field
 * against its list or form, and — when the data is given — the colour
 * attribute and the size measure against what the loaded view has. Returns
 * every problem found, typed and in plain words; it never throws and never
 * changes the settings (a share link drops what is listed with a notice, the
 * CLI stops with a usage error). Names are looked up in Sets, so a column or
 * measure called `constructor` or `__proto__` is an ordinary name.
 */
import { formatViewSetting, parseViewSetting, type ViewSettingField, type ViewSettingProblem } from './codec';
import { UNIFORM_SIZE, type ViewSettings } from './settings';

/** What the loaded view offers; each set is asked for only when a setting needs it. */
export interface ViewSettingsData {
  /** Attributes that can colour nodes (categorical, 2 to 40 values). */
  attributes?(): ReadonlySet<string>;
  /** Measures that can size nodes. */
  measures?(): ReadonlySet<string>;
  /** Numeric figures (measures, `ind:`, `attr:` ids) that can colour and size nodes; when given, sizes are checked against it instead of `measures`. */
  figures?(): ReadonlySet<string>;
}

const FIELDS: readonly ViewSettingField[] = ['view', 'layout', 'color', 'size', 'linkColor', 'labels', 'labelDensity', 'labelSize', 'stars'];

/** Problems of `settings` (empty when it can be used as it is); see the file header. */
export function validateViewSettings(settings: ViewSettings, data: ViewSettingsData = {}): ViewSettingProblem[] {
  const problems: ViewSettingProblem[] = [];
  for (const field of FIELDS) {
    const value = settings[field];
    // A value made in code (an embed option, a parsed file) is checked by writing it and reading it back.
    let text: string;
    try {
      text = formatViewSetting(field, value);
    } catch {
      text = String(value);
    }
    const parsed = parseViewSetting(field, text);
    if (!parsed.ok) problems.push(parsed.problem);
  }
  const { color, size } = settings;
  if (color.kind === 'attribute' && data.attributes && !data.attributes().has(color.attribute))
    problems.push({ field: 'color', code: 'missing-attribute', value: color.attribute, message: 'no such attribute with 2 to 40 values' });
  if (color.kind === 'figure' && data.figures && !data.figures().has(color.figure))
    problems.push({ field: 'color', code: 'missing-figure', value: color.figure, message: 'no such numeric figure in this view' });
  const sizes = data.figures ?? data.measures;
  if (size !== UNIFORM_SIZE && sizes && !sizes().has(size)) problems.push({ field: 'size', code: 'missing-measure', value: size, message: 'no such measure' });
  return problems;
}
