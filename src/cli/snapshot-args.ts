/**
 * Flags of `atlas snapshot`: the figure's own flags (`--svg`, `--view`,
 * `--color`, `--size`, `--layout`, `--width`, `--height`, `--title`…) are
 * taken out of argv here; everything else (`--nodes`, `--seed`, column
 * mappings, algorithm parameters) is left to the `analyze` parser, so the two
 * commands read the data the same way.
 */
import { SNAPSHOT_LAYOUTS, type SnapshotLayout } from '../core/export/scene-snapshot';
import type { ColorBy } from '../core/style';

export interface SnapshotFlags {
  svg?: string;
  gexf?: string;
  json?: string;
  view: string;
  colorBy: ColorBy;
  sizeBy: string;
  edgeColorBy: 'plain' | 'relation';
  layout: SnapshotLayout;
  width: number;
  height: number;
  labels: number;
  title?: string;
  caption?: string;
}

/** Figure flags with their value names and help lines, in `--help` order. */
export const SNAPSHOT_FLAGS: { flag: string; value: string; help: string }[] = [
  { flag: 'svg', value: 'FILE', help: 'write the figure as SVG to FILE' },
  { flag: 'gexf', value: 'FILE', help: 'also write the same view with its layout positions, colours and sizes as GEXF' },
  { flag: 'json', value: 'FILE', help: "also write the same view as the app's JSON (graph, measures, positions, provenance)" },
  { flag: 'view', value: 'network|city|firm|project', help: 'the whole network (default) or a one-mode projection' },
  { flag: 'color', value: 'type|community|ATTRIBUTE', help: 'node colour (default type)' },
  { flag: 'size', value: 'MEASURE|uniform', help: 'node size: degree (default), pagerank, betweenness, …' },
  { flag: 'edge-color', value: 'plain|relation', help: 'link colour (default plain)' },
  { flag: 'layout', value: SNAPSHOT_LAYOUTS.join('|'), help: 'force (default: community start + seeded ForceAtlas2, as the app), by type, or geographic' },
  { flag: 'width', value: 'PX', help: 'width of the map area (default 1200; the legend adds 220)' },
  { flag: 'height', value: 'PX', help: 'height of the map area (default 800)' },
  { flag: 'labels', value: 'N', help: 'label the N largest nodes (default 15)' },
  { flag: 'title', value: 'TEXT', help: 'title above the figure' },
  { flag: 'caption', value: 'TEXT', help: 'caption line (default: data files, seed and version)' },
];

const NAMES = new Set(SNAPSHOT_FLAGS.map((f) => f.flag));

/** Splits argv into the figure's flags and the rest (for the analyze parser). */
export function splitSnapshotArgs(argv: readonly string[]): { flags: SnapshotFlags; rest: string[] } {
  const raw = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(arg);
    if (!m || !NAMES.has(m[1]!)) {
      rest.push(arg);
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined || (m[2] === undefined && value.startsWith('--'))) throw new Error(`--${m[1]} needs a value`);
    raw.set(m[1]!, value);
  }
  const get = (k: string) => raw.get(k);
  const int = (k: string, fallback: number, min: number) => {
    const v = get(k);
    if (v === undefined) return fallback;
    const x = Number(v);
    if (!Number.isInteger(x) || x < min) throw new Error(`--${k} expects a whole number of at least ${min}, got '${v}'`);
    return x;
  };
  const layout = get('layout') ?? 'force';
  if (!(SNAPSHOT_LAYOUTS as readonly string[]).includes(layout)) throw new Error(`--layout must be one of ${SNAPSHOT_LAYOUTS.join(', ')}, got '${layout}'`);
  const edgeColor = get('edge-color') ?? 'plain';
  if (edgeColor !== 'plain' && edgeColor !== 'relation') throw new Error(`--edge-color must be plain or relation, got '${edgeColor}'`);
  const color = get('color') ?? 'type';
  const colorBy: ColorBy = color === 'type' || color === 'community' ? { kind: color } : { kind: 'attribute', attribute: color };
  const flags: SnapshotFlags = {
    view: (get('view') ?? 'network').trim().toLowerCase(),
    colorBy,
    sizeBy: get('size') ?? 'degree',
    edgeColorBy: edgeColor,
    layout: layout as SnapshotLayout,
    width: int('width', 1200, 100),
    height: int('height', 800, 100),
    labels: int('labels', 15, 0),
  };
  for (const k of ['svg', 'gexf', 'json', 'title', 'caption'] as const) {
    const v = get(k);
    if (v !== undefined) flags[k] = v;
  }
  return { flags, rest };
}

/** The figure flags again, normalised, for the command recorded in the provenance. */
export function snapshotFlagWords(f: SnapshotFlags): string[] {
  const color = f.colorBy.kind === 'attribute' ? f.colorBy.attribute! : f.colorBy.kind;
  const words = ['--view', f.view, '--layout', f.layout, '--color', color, '--size', f.sizeBy, '--edge-color', f.edgeColorBy];
  words.push('--width', String(f.width), '--height', String(f.height), '--labels', String(f.labels));
  if (f.title) words.push('--title', f.title);
  if (f.caption) words.push('--caption', f.caption);
  return words;
}
