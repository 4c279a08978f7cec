/**
 * Flags of `atlas snapshot`: its table is the nodes file and the switches,
 * the figure's own flags (`--svg`, `--view`, `--color`, `--size`, `--layout`,
 * `--width`, `--height`, `--title`…) and the same analysis sections as
 * `analyze` (`--seed`, column mappings, algorithm parameters), so the two
 * commands read the data the same way. One parse reads them all. The view
 * settings (`--view`, `--layout`, `--color`, `--size`, `--edge-color`,
 * `--labels`, `--label-density`, `--label-size`, `--stars`) are read by
 * core/view-settings, as share links read them.
 */
import {
  DEFAULT_VIEW_SETTINGS as D,
  DISPLAY_SETTING_TEXT as T,
  formatViewSetting,
  LABEL_DENSITY_IDS,
  LAYOUT_KINDS,
  LINK_COLOR_IDS,
  parseViewSetting,
  VIEW_IDS,
  VIEW_SETTING_FLAGS,
} from '../core/view-settings';
import type { ViewSettingField, ViewSettings } from '../core/view-settings';
import { analysisFlagSections, readAnalysisFlags, snapshotInputFlags, type AnalysisArguments } from './args';
import { UsageError } from './errors';
import { parseFlags, type FlagHelp, type FlagSection, type ParsedFlags } from './flags';

export interface SnapshotFlags {
  svg?: string;
  gexf?: string;
  json?: string;
  /** The view settings the flags give, over {@link DEFAULT_VIEW_SETTINGS}. */
  settings: ViewSettings;
  width: number;
  height: number;
  title?: string;
  caption?: string;
}

const FIGURE_SIZE = { width: 1200, height: 800, min: 100 };

/** Figure flags with their value names and help lines, in `--help` order. */
export const SNAPSHOT_FLAGS: (FlagHelp & { value: string })[] = [
  { flag: 'svg', value: 'FILE', help: 'write the figure as SVG to FILE' },
  { flag: 'gexf', value: 'FILE', help: 'also write the same view with its layout positions, colours and sizes as GEXF' },
  { flag: 'json', value: 'FILE', help: "also write the same view as the app's JSON (graph, measures, positions, provenance)" },
  { flag: VIEW_SETTING_FLAGS.view, value: VIEW_IDS.join('|'), help: 'the whole network (default) or a one-mode projection' },
  { flag: VIEW_SETTING_FLAGS.color, value: 'type|community|ATTRIBUTE', help: 'node colour (default type; attr:ATTRIBUTE as in share links works too)' },
  { flag: VIEW_SETTING_FLAGS.size, value: 'MEASURE|uniform', help: 'node size: degree (default), pagerank, betweenness, …' },
  { flag: VIEW_SETTING_FLAGS.linkColor, value: LINK_COLOR_IDS.join('|'), help: 'link colour (default plain)' },
  {
    flag: VIEW_SETTING_FLAGS.layout,
    value: LAYOUT_KINDS.join('|'),
    help: 'force (default: community start + seeded ForceAtlas2, as the app), by type, or geographic',
  },
  { flag: 'width', value: 'PX', help: `width of the map area (default ${FIGURE_SIZE.width}; the legend adds 220)` },
  { flag: 'height', value: 'PX', help: `height of the map area (default ${FIGURE_SIZE.height})` },
  { flag: VIEW_SETTING_FLAGS.labels, value: 'N', help: `label the N largest nodes (default ${D.labels.count})` },
  { flag: VIEW_SETTING_FLAGS.labelDensity, value: LABEL_DENSITY_IDS.join('|'), help: `${T.labelDensity.help} (default ${D.labelDensity})` },
  { flag: VIEW_SETTING_FLAGS.labelSize, value: 'PX', help: `${T.labelSize.help} (default ${D.labelSize})` },
  { flag: VIEW_SETTING_FLAGS.stars, value: 'N', help: `${T.stars.help} (default ${D.stars})` },
  { flag: 'title', value: 'TEXT', help: 'title above the figure' },
  { flag: 'caption', value: 'TEXT', help: 'caption line (default: data files, seed and version)' },
];

/** Every flag of `snapshot`, in `--help` order. */
export function snapshotFlagSections(): FlagSection[] {
  return [{ section: 'Input', flags: snapshotInputFlags() }, { section: 'Figure', flags: SNAPSHOT_FLAGS }, ...analysisFlagSections()];
}

/** The view-setting fields the figure flags set. */
const SETTING_FIELDS: readonly ViewSettingField[] = ['view', 'layout', 'color', 'size', 'linkColor', 'labels', 'labelDensity', 'labelSize', 'stars'];

/** "one of a, b, c" — or "a or b" for two. */
const choices = (list: readonly string[]) => (list.length === 2 ? `${list[0]} or ${list[1]}` : `one of ${list.join(', ')}`);

/** Reads one view-setting flag with core/view-settings; a {@link UsageError} naming the flag otherwise. */
function readSetting<F extends ViewSettingField>(field: F, raw: string): ViewSettings[F] {
  const text = field === 'view' ? raw.trim().toLowerCase() : raw;
  const parsed = parseViewSetting(field, text, { bareAttribute: true });
  if (parsed.ok) return parsed.value;
  const { problem } = parsed;
  const flag = `--${VIEW_SETTING_FLAGS[field]}`;
  throw new UsageError(problem.allowed ? `${flag} must be ${choices(problem.allowed)}, got '${raw}'` : `${flag}: ${problem.message}, got '${raw}'`);
}

/**
 * Parses the argv of `snapshot` (after the command name) in one pass: the
 * figure's flags and view settings, and the same data and analysis arguments
 * as `analyze`. Throws a {@link UsageError} whose message is printed as is.
 */
export function parseSnapshotArguments(argv: readonly string[]): { flags: SnapshotFlags; args: AnalysisArguments } {
  return readSnapshotFlags(parseFlags(['snapshot', ...argv], snapshotFlagSections()));
}

function readSnapshotFlags(read: ParsedFlags): { flags: SnapshotFlags; args: AnalysisArguments } {
  const args = readAnalysisFlags(read);
  const settings: ViewSettings = { ...D };
  for (const field of SETTING_FIELDS) {
    const raw = read.string(VIEW_SETTING_FLAGS[field]);
    if (raw !== undefined) (settings as Record<ViewSettingField, unknown>)[field] = readSetting(field, raw);
  }
  const int = (flag: 'width' | 'height', fallback: number) => {
    const v = read.string(flag);
    if (v === undefined) return fallback;
    const x = Number(v);
    if (v.trim() === '' || !Number.isInteger(x) || x < FIGURE_SIZE.min)
      throw new UsageError(`--${flag} expects a whole number of at least ${FIGURE_SIZE.min}, got '${v}'`);
    return x;
  };
  const flags: SnapshotFlags = {
    settings,
    width: int('width', FIGURE_SIZE.width),
    height: int('height', FIGURE_SIZE.height),
  };
  for (const k of ['svg', 'gexf', 'json', 'title', 'caption'] as const) {
    const v = read.string(k);
    if (v !== undefined) flags[k] = v;
  }
  return { flags, args };
}

/** The figure flags again, normalised, for the command recorded in the provenance. */
export function snapshotFlagWords(f: SnapshotFlags): string[] {
  const word = (field: ViewSettingField) => [`--${VIEW_SETTING_FLAGS[field]}`, formatViewSetting(field, f.settings[field])];
  const words = (['view', 'layout', 'color', 'size', 'linkColor'] as const).flatMap(word);
  words.push('--width', String(f.width), '--height', String(f.height), ...word('labels'));
  // The label and star flags only when they differ from the defaults, so the provenance of a plain figure stays as it was.
  for (const field of ['labelDensity', 'labelSize', 'stars'] as const) if (f.settings[field] !== D[field]) words.push(...word(field));
  if (f.title) words.push('--title', f.title);
  if (f.caption) words.push('--caption', f.caption);
  return words;
}
