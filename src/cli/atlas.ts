/**
 * The `atlas` command line as a function: `main(argv, io)` reads the flags,
 * runs `analyze` (reads the files, hashes them, runs the same core as the
 * app, prints a summary, writes the JSON report and exports) or hands over to
 * `snapshot`, `duplicates`, `import` or `adoption`, and returns the exit code: 1 with the reason on unusable input
 * or bad flags, 0 otherwise; warnings go to stderr. It writes only through
 * `io` and sets no process state, so tests run it in-process; main.ts is the
 * process entry around it.
 */
import { analyze } from '../core/analysis/analyze';
import { resolveAnalysisOptions } from '../core/analysis/options';
import { buildReport } from '../core/analysis/report';
import { formatSummary } from '../core/analysis/summary';
import { helpText, parseCliArguments, type CliArguments } from './args';
import { UsageError } from './errors';
import { writeAnalysisExports, writeChunks } from './exports';
import { reportJsonChunks } from './report-json';
import { readAnalysisInput } from './analysis-input';
import { runAdoption } from './adoption';
import { runDuplicates } from './duplicates';
import { reportError } from './guard';
import { runImport } from './import';
import { processIo, type CliIo } from './io';
import { runSnapshot } from './snapshot';

/** How many warnings are printed one by one before they are only counted. */
const PRINTED_ISSUES = 20;

/** Runs the CLI with argv (without `node` and the script) and returns its exit code. */
export function main(argv: readonly string[], io: CliIo = processIo): number {
  if (argv[0] === 'snapshot') return runSnapshot(argv.slice(1), io);
  if (argv[0] === 'duplicates') return runDuplicates(argv.slice(1), io);
  if (argv[0] === 'import') return runImport(argv.slice(1), io);
  if (argv[0] === 'adoption') return runAdoption(argv.slice(1), io);
  let args: CliArguments;
  try {
    args = parseCliArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`atlas: ${error.message}\nRun 'npm run atlas -- --help' for the flags.\n`);
    return 1;
  }
  if (args.help || args.command === undefined) {
    io.out(helpText() + '\n');
    return args.help ? 0 : 1;
  }
  if (args.command !== 'analyze') {
    io.err(`atlas: unknown command '${args.command}'; the commands are 'analyze', 'snapshot', 'duplicates', 'import' and 'adoption'.\n`);
    return 1;
  }
  if (!args.edges) {
    io.err('atlas: give the edges file: npm run atlas -- analyze <edges.csv>\n');
    return 1;
  }
  try {
    runAnalyze(args, args.edges, io);
    return 0;
  } catch (error) {
    reportError('atlas', error, io.err);
    return 1;
  }
}

/** `analyze`: reads, analyses, prints and writes what the flags ask for; throws on unusable input. */
function runAnalyze(args: CliArguments, edges: string, io: CliIo): void {
  const options = resolveAnalysisOptions(args.options);
  const analysis = analyze(readAnalysisInput(args, edges), options);
  const report = buildReport(analysis);
  if (!args.quiet) {
    for (const f of analysis.files) for (const line of f.mappingReport) io.err(`${f.name}: ${line}\n`);
    const detailed = report.issues.detailed;
    detailed.slice(0, PRINTED_ISSUES).forEach((i) => io.err(`${i.severity}: ${i.message}\n`));
    if (report.issues.total > PRINTED_ISSUES)
      io.err(`… and ${report.issues.total - PRINTED_ISSUES} more issues${args.out ? ` (all counted in ${args.out})` : ' (use --out to keep them)'}\n`);
    io.out(formatSummary(report, { top: args.top }) + '\n');
  }
  if (args.out) {
    writeChunks(args.out, reportJsonChunks(report));
    if (!args.quiet) io.out(`\nWrote ${args.out}\n`);
  }
  for (const path of writeAnalysisExports(analysis, report, args.exports ?? {})) if (!args.quiet) io.out(`Wrote ${path}\n`);
}
