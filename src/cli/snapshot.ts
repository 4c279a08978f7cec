/**
 * `atlas snapshot <edges.csv> … --svg out.svg`: the figure the app shows
 * first, made in Node — the same analysis, the same deterministic layout
 * (community start positions, then a fixed number of seeded ForceAtlas2
 * iterations), the same colours, sizes and shapes — drawn by the page's
 * own scene function (core/export's `snapshotFigure` → `buildScene`) from
 * the same view settings (core/view-settings) — written as SVG with its
 * provenance and the command that re-makes it. The layout is written into
 * the view's graph (`x`/`y`, the positions' one owner), which the SVG, GEXF
 * and JSON all read. The same files, flags and seed
 * give byte-identical output (no clock is read unless SOURCE_DATE_EPOCH is set).
 */
import { figureList } from '../core/style/figures';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { analyze } from '../core/analysis/analyze';
import { resolveAnalysisOptions } from '../core/analysis/options';
import { buildReport } from '../core/analysis/report';
import { exportGexfChunks } from '../core/export/gexf';
import { exportJsonChunks } from '../core/export/json';
import { buildProvenance, provenanceToCliArgs } from '../core/export/provenance';
import { snapshotFigure, snapshotView } from '../core/export/scene-snapshot';
import { sceneToSvg } from '../core/export/svg';
import { firstLayoutIterations } from '../core/layout';
import { nodeColors, nodeSizes } from '../core/style';
import { AtlasError } from '../core/errors';
import { flatPositions, formatViewSetting, validateViewSettings } from '../core/view-settings';
import { APP_VERSION } from '../core/version';
import { UsageError } from './errors';
import { formatFlagSections } from './flags';
import { reportUnexpected } from './guard';
import { processIo, type CliIo } from './io';
import { readAnalysisInput } from './analysis-input';
import { writeChunks } from './exports';
import { parseSnapshotArguments, snapshotFlagSections, snapshotFlagWords } from './snapshot-args';

/** The text of `snapshot --help`. */
export function snapshotHelp(): string {
  return [
    'Usage: npm run atlas -- snapshot <edges.csv> [--nodes <nodes.csv>] --svg out.svg [options]',
    '',
    'Draws the network as the app first shows it and writes it as SVG (and optionally GEXF/JSON with the',
    'same positions). The analysis flags of analyze (--seed, column mappings, algorithm parameters) apply too.',
    ...formatFlagSections(snapshotFlagSections()),
  ].join('\n');
}

const shellQuote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

function worldTopology(): Topology {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
}

/** Runs `snapshot` with argv after the command name, writing to `io`; returns the exit code. */
export function runSnapshot(argv: readonly string[], io: CliIo = processIo): number {
  let parsed: ReturnType<typeof parseSnapshotArguments>;
  try {
    parsed = parseSnapshotArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`atlas snapshot: ${error.message}\nRun 'npm run atlas -- snapshot --help' for the flags.\n`);
    return 1;
  }
  const { flags, args } = parsed;
  if (args.help) {
    io.out(snapshotHelp() + '\n');
    return 0;
  }
  if (!args.edges || !(flags.svg || flags.gexf || flags.json)) {
    io.err('atlas snapshot: give the edges file and an output: npm run atlas -- snapshot <edges.csv> --svg out.svg\n');
    return 1;
  }
  try {
    const { settings } = flags;
    // flags.settings were read by core/view-settings; the size is checked against the measures below.
    const given = args.options.projection;
    if (settings.view !== 'network' && given && given.keep !== settings.view)
      throw new UsageError(`snapshot: --view ${settings.view} and --project ${given.keep} disagree`);
    const options = resolveAnalysisOptions({ ...args.options, ...(settings.view !== 'network' ? { projection: given ?? { keep: settings.view } } : {}) });
    const input = readAnalysisInput(args, args.edges);
    const analysis = analyze(input, options);
    const seed = options.seed;

    const epoch = process.env['SOURCE_DATE_EPOCH'];
    const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : null;
    const files = analysis.files.map((f) => f.name);
    const caption =
      flags.caption ?? `Data: ${files.join(', ')}${when ? ` · ${when.toISOString().slice(0, 10)}` : ''} · seed ${seed} · Partnership Atlas ${APP_VERSION}`;
    // The measures are known once the view is analysed: the size is checked before anything is drawn.
    const view = snapshotView(analysis, settings.view);
    // Every numeric figure of the view (measures, indicators, numeric columns) can size or colour it, as on the page.
    const figures = figureList(view.graph, { keys: view.analysis.keys, values: view.analysis.measures, indicators: analysis.indicators });
    for (const problem of validateViewSettings(settings, { figures: () => new Set(figures.byId.keys()) })) {
      if (problem.code === 'missing-measure')
        throw new UsageError(
          `snapshot: --size ${settings.size} is not a measure; use one of ${Object.keys(view.analysis.measures).join(', ')}, an indicator (ind:…) or uniform`,
        );
      if (problem.code === 'missing-figure') throw new UsageError(`snapshot: --color figure:${problem.value} is not a numeric figure of this view`);
    }
    const figure = snapshotFigure(analysis, settings, {
      seed,
      width: flags.width,
      height: flags.height,
      caption,
      ...(flags.title ? { title: flags.title } : {}),
      ...(settings.layout === 'geo' ? { world: worldTopology() } : {}),
    });
    const { graph, measures } = figure;

    const provenance = buildProvenance({
      report: buildReport(analysis),
      view: settings.view,
      layout: { kind: settings.layout, seed, ...(settings.layout === 'force' ? { iterations: firstLayoutIterations(graph) } : {}) },
      style: { colorBy: settings.color.kind === 'attribute' ? settings.color.attribute : formatViewSetting('color', settings.color), sizeBy: settings.size },
      ...(when ? { now: when } : {}),
    });
    const command = [
      'snapshot',
      args.edges,
      ...(args.nodes ? ['--nodes', args.nodes] : []),
      ...(args.aliases ? ['--aliases', args.aliases] : []),
      ...provenanceToCliArgs(provenance),
      ...snapshotFlagWords(flags),
    ];
    if (flags.svg) command.push('--svg', flags.svg);
    // Without SOURCE_DATE_EPOCH the time is left out, so runs compare byte for byte.
    const record = { ...provenance, createdAt: when ? provenance.createdAt : undefined, reproduce: `npm run atlas -- ${command.map(shellQuote).join(' ')}` };

    if (flags.svg) writeFileSync(flags.svg, sceneToSvg(figure.scene, { provenance: record }));
    const common = { measures, positions: flatPositions(graph, measures.keys), provenance };
    // GEXF and JSON are written chunk by chunk as they come (exports.ts), never as one string.
    if (flags.gexf)
      writeChunks(
        flags.gexf,
        exportGexfChunks(graph, { ...common, colors: nodeColors(graph, measures, settings.color), sizes: nodeSizes(graph, measures, settings.size) }),
      );
    if (flags.json) writeChunks(flags.json, [...exportJsonChunks(graph, common), '\n']);
    if (!args.quiet) for (const out of [flags.svg, flags.gexf, flags.json]) if (out) io.out(`Wrote ${out}\n`);
    return 0;
  } catch (error) {
    if (error instanceof AtlasError) io.err(`atlas: ${error.message}\n`);
    else reportUnexpected('atlas snapshot', error, io.err);
    return 1;
  }
}
