/**
 * `atlas snapshot <edges.csv> … --svg out.svg`: the figure the app shows
 * first, made in Node — the same analysis, the same deterministic layout
 * (community start positions, then a fixed number of seeded ForceAtlas2
 * iterations), the same colours, sizes and shapes — written as SVG with its
 * provenance and the command that re-makes it. The same files, flags and seed
 * give byte-identical output (no clock is read unless SOURCE_DATE_EPOCH is set).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { analyze } from '../core/analysis/analyze';
import { resolveAnalysisOptions } from '../core/analysis/options';
import { buildReport } from '../core/analysis/report';
import { FatalInputError } from '../core/csv/types';
import { exportGexf } from '../core/export/gexf';
import { exportJson } from '../core/export/json';
import { buildProvenance, provenanceToCliArgs } from '../core/export/provenance';
import { snapshotPositions, snapshotView } from '../core/export/scene-snapshot';
import { buildScene } from '../core/export/scene';
import { sceneToSvg } from '../core/export/svg';
import { layoutIterations } from '../core/layout';
import { nodeColors, nodeSizes, UNIFORM_SIZE } from '../core/style';
import { APP_VERSION } from '../core/version';
import { parseCliArguments } from './args';
import { reportUnexpected } from './guard';
import { readInput } from './read-input';
import { SNAPSHOT_FLAGS, snapshotFlagWords, splitSnapshotArgs } from './snapshot-args';

/** The text of `snapshot --help`. */
export function snapshotHelp(): string {
  const lines = [
    'Usage: npm run atlas -- snapshot <edges.csv> [--nodes <nodes.csv>] --svg out.svg [options]',
    '',
    'Draws the network as the app first shows it and writes it as SVG (and optionally GEXF/JSON with the',
    'same positions). Every analyze flag (--seed, column mappings, algorithm parameters) applies too.',
    '',
    'Figure:',
  ];
  for (const f of SNAPSHOT_FLAGS) lines.push(`  --${f.flag} ${f.value}`.padEnd(46) + ` ${f.help}`);
  return lines.join('\n');
}

const shellQuote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

function worldTopology(): Topology {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
}

/** Runs `snapshot` with argv after the command name; returns the exit code. */
export function runSnapshot(argv: string[]): number {
  let split;
  let args;
  try {
    split = splitSnapshotArgs(argv);
    args = parseCliArguments(['snapshot', ...split.rest]);
  } catch (error) {
    process.stderr.write(`atlas snapshot: ${(error as Error).message}\nRun 'npm run atlas -- snapshot --help' for the flags.\n`);
    return 1;
  }
  const { flags } = split;
  if (args.help) {
    process.stdout.write(snapshotHelp() + '\n');
    return 0;
  }
  if (!args.edges || !(flags.svg || flags.gexf || flags.json)) {
    process.stderr.write('atlas snapshot: give the edges file and an output: npm run atlas -- snapshot <edges.csv> --svg out.svg\n');
    return 1;
  }
  try {
    const given = args.options.projection;
    if (flags.view !== 'network' && given && given.keep !== flags.view)
      throw new Error(`snapshot: --view ${flags.view} and --project ${given.keep} disagree`);
    const options = resolveAnalysisOptions({ ...args.options, ...(flags.view !== 'network' ? { projection: given ?? { keep: flags.view } } : {}) });
    const input = { edges: readInput(args.edges), ...(args.nodes ? { nodes: readInput(args.nodes) } : {}) };
    const analysis = analyze(input, options);
    const view = snapshotView(analysis, flags.view);
    const measures = { keys: view.analysis.keys, values: view.analysis.measures };
    if (flags.sizeBy !== UNIFORM_SIZE && !measures.values[flags.sizeBy])
      throw new Error(`snapshot: --size ${flags.sizeBy} is not a measure; use one of ${Object.keys(measures.values).join(', ')} or uniform`);
    const seed = options.seed;
    const { positions, basemap } = snapshotPositions(view.graph, view.analysis, flags.layout, seed, flags.layout === 'geo' ? worldTopology() : undefined);

    const epoch = process.env['SOURCE_DATE_EPOCH'];
    const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : null;
    const colorName = flags.colorBy.kind === 'attribute' ? flags.colorBy.attribute! : flags.colorBy.kind;
    const provenance = buildProvenance({
      report: buildReport(analysis),
      view: flags.view,
      layout: { kind: flags.layout, seed, ...(flags.layout === 'force' ? { iterations: layoutIterations(view.graph) } : {}) },
      style: { colorBy: colorName, sizeBy: flags.sizeBy },
      ...(when ? { now: when } : {}),
    });
    const files = analysis.files.map((f) => f.name);
    const command = ['snapshot', args.edges, ...(args.nodes ? ['--nodes', args.nodes] : []), ...provenanceToCliArgs(provenance), ...snapshotFlagWords(flags)];
    if (flags.svg) command.push('--svg', flags.svg);
    // Without SOURCE_DATE_EPOCH the time is left out, so runs compare byte for byte.
    const record = { ...provenance, createdAt: when ? provenance.createdAt : undefined, reproduce: `npm run atlas -- ${command.map(shellQuote).join(' ')}` };
    const caption = flags.caption ?? `Data: ${files.join(', ')}${when ? ` · ${when.toISOString().slice(0, 10)}` : ''} · seed ${seed} · Partnership Atlas ${APP_VERSION}`;

    if (flags.svg) {
      const scene = buildScene({
        graph: view.graph,
        measures,
        positions,
        colorBy: flags.colorBy,
        sizeBy: flags.sizeBy,
        edgeColorBy: flags.edgeColorBy,
        width: flags.width,
        height: flags.height,
        labelCount: flags.labels,
        caption,
        ...(basemap ? { basemap } : {}),
        ...(flags.title ? { title: flags.title } : {}),
      });
      writeFileSync(flags.svg, sceneToSvg(scene, { provenance: record }));
    }
    const flat = new Float64Array(2 * measures.keys.length);
    measures.keys.forEach((k, i) => {
      const p = positions.get(k);
      flat[2 * i] = p?.x ?? NaN;
      flat[2 * i + 1] = p?.y ?? NaN;
    });
    const common = { measures, positions: flat, provenance };
    if (flags.gexf)
      writeFileSync(flags.gexf, exportGexf(view.graph, { ...common, colors: nodeColors(view.graph, measures, flags.colorBy), sizes: nodeSizes(view.graph, measures, flags.sizeBy) }));
    if (flags.json) writeFileSync(flags.json, JSON.stringify(exportJson(view.graph, common), null, 1) + '\n');
    if (!args.quiet) for (const out of [flags.svg, flags.gexf, flags.json]) if (out) process.stdout.write(`Wrote ${out}\n`);
    return 0;
  } catch (error) {
    if (error instanceof FatalInputError || (error instanceof Error && /^[a-z/-]+: /.test(error.message))) {
      process.stderr.write(`atlas: ${(error as Error).message}\n`);
      return 1;
    }
    reportUnexpected('atlas snapshot', error);
    return 1;
  }
}
