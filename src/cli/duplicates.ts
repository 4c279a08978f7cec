/**
 * `atlas duplicates <edges.csv> [--nodes nodes.csv] [--out pairs.csv]
 * [--out-aliases aliases.csv] [--threshold X]`: reads the data as `analyze`
 * does (column mappings and `--aliases` too, so merges already made are not
 * suggested again), builds the graph, and lists the pairs of ids that may
 * name one entity (core/resolve), best first, with their evidence for and
 * against. Prints a summary and the first pairs; writes the pairs and, on
 * request, an aliases file of them for `analyze --aliases`.
 */
import { writeFileSync } from 'node:fs';
import { readInputRows } from '../core/analysis/read-input';
import { buildGraph } from '../core/graph/build';
import { DUPLICATE_DEFAULTS, findDuplicates } from '../core/resolve/find-duplicates';
import { aliasesCsv, aliasesFromPairs, duplicatePairsCsv } from '../core/resolve/suggestions-csv';
import { readAnalysisInput } from './analysis-input';
import { aliasesFlag, analysisFlagSections, readAnalysisFlags, snapshotInputFlags } from './args';
import { UsageError } from './errors';
import { flagNumber, formatFlagSections, parseFlags, type FlagSection } from './flags';
import { reportError } from './guard';
import { processIo, type CliIo } from './io';

/** Pairs printed by default. */
const PRINTED = 20;

function duplicatesFlagSections(): FlagSection[] {
  const [nodes, ...switches] = snapshotInputFlags();
  return [
    {
      section: 'Input and output',
      flags: [
        nodes!,
        aliasesFlag('merge these ids first: pairs already merged are not suggested again'),
        { flag: 'out', value: 'FILE', help: 'write the pairs as CSV: a,b,score,name_score,reasons,against,a_type,b_type,a_links,b_links' },
        { flag: 'out-aliases', value: 'FILE', help: 'write the pairs as an aliases file (alias,canonical,score) for analyze --aliases' },
        { flag: 'threshold', value: 'X', help: `list pairs scoring at least X, 0–1 (default ${DUPLICATE_DEFAULTS.threshold})` },
        { flag: 'top', value: 'N', help: `pairs printed (default ${PRINTED})` },
        ...switches,
      ],
    },
    ...analysisFlagSections().filter((s) => s.section.startsWith('Columns')),
  ];
}

/** The text of `duplicates --help`. */
function duplicatesHelp(): string {
  return [
    'Usage: npm run atlas -- duplicates <edges.csv> [--nodes <nodes.csv>] [--out pairs.csv] [--out-aliases aliases.csv] [--threshold X]',
    '',
    'Lists pairs of node ids that may name one entity ("Comune di Parma" and "Parma", "AgID" and',
    '"Agenzia per l\'Italia Digitale"), each with a score and the evidence for and against it. Check',
    'the pairs, keep the right ones in an aliases file and give it to analyze with --aliases.',
    ...formatFlagSections(duplicatesFlagSections()),
  ].join('\n');
}

/** Runs `duplicates` with argv after the command name, writing to `io`; returns the exit code. */
export function runDuplicates(argv: readonly string[], io: CliIo = processIo): number {
  let read: ReturnType<typeof parseFlags>;
  let threshold = DUPLICATE_DEFAULTS.threshold;
  let top = PRINTED;
  let args: ReturnType<typeof readAnalysisFlags>;
  try {
    read = parseFlags(['duplicates', ...argv], duplicatesFlagSections());
    args = readAnalysisFlags(read);
    const t = read.string('threshold');
    if (t !== undefined) threshold = flagNumber('threshold', t, false);
    if (threshold < 0 || threshold > 1) throw new UsageError(`--threshold must be between 0 and 1, got '${t}'`);
    const n = read.string('top');
    if (n !== undefined) top = flagNumber('top', n, true);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`atlas duplicates: ${error.message}\nRun 'npm run atlas -- duplicates --help' for the flags.\n`);
    return 1;
  }
  if (args.help) {
    io.out(duplicatesHelp() + '\n');
    return 0;
  }
  if (!args.edges) {
    io.err('atlas duplicates: give the edges file: npm run atlas -- duplicates <edges.csv> [--nodes nodes.csv]\n');
    return 1;
  }
  try {
    const started = performance.now();
    const rows = readInputRows(readAnalysisInput(args, args.edges), args.options);
    const { graph } = buildGraph({
      edges: { file: rows.edges.file, rows: rows.edges.rows },
      ...(rows.nodes ? { nodes: { file: rows.nodes.file, rows: rows.nodes.rows } } : {}),
    });
    const result = findDuplicates(graph, { threshold });
    const seconds = (performance.now() - started) / 1000;
    const out = read.string('out');
    const outAliases = read.string('out-aliases');
    const run = `threshold ${threshold}; ${result.pairs.length} pairs of ${result.nodes} nodes`;
    if (out) writeFileSync(out, duplicatePairsCsv(result.pairs, graph, [run]));
    const aliases = outAliases ? aliasesFromPairs(result.pairs, graph) : [];
    if (outAliases) writeFileSync(outAliases, aliasesCsv(aliases, [run]));
    if (!args.quiet) {
      const n = (x: number) => x.toLocaleString('en');
      io.out(
        `${n(result.nodes)} nodes; ${n(result.compared)} pairs compared after blocking (of ${n((result.nodes * (result.nodes - 1)) / 2)}); ` +
          `${n(result.pairs.length)} suggested at a score of ${threshold} or more (${seconds.toFixed(1)} s)\n`,
      );
      for (const p of result.pairs.slice(0, top)) {
        const against = p.against.length ? `  against: ${p.against.map((e) => e.code).join(', ')}` : '';
        io.out(`${p.score.toFixed(3)}  ${p.a}  ⇄  ${p.b}  (${p.reasons.map((e) => e.code).join(', ')})${against}\n`);
      }
      if (result.pairs.length > top) io.out(`… and ${n(result.pairs.length - top)} more${out ? ` in ${out}` : ' (use --out to keep them)'}\n`);
      if (out) io.out(`Wrote ${out}\n`);
      if (outAliases) io.out(`Wrote ${outAliases} (${n(aliases.length)} aliases; check them before analyze --aliases ${outAliases})\n`);
    }
    return 0;
  } catch (error) {
    reportError('atlas duplicates', error, io.err);
    return 1;
  }
}
