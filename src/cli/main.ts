/**
 * Node entry of the CLI: `npm run atlas -- analyze <edges.csv> …`. Reads the
 * files, hashes them, runs the same core as the app, prints a summary and
 * writes the JSON report. Exits 1 with the reason on unusable input or bad
 * flags, 0 otherwise; warnings go to stderr.
 */
import { writeFileSync } from 'node:fs';
import { analyze } from '../core/analysis/analyze';
import { resolveAnalysisOptions } from '../core/analysis/options';
import { buildReport } from '../core/analysis/report';
import { formatSummary } from '../core/analysis/summary';
import { FatalInputError } from '../core/csv/types';
import { helpText, parseCliArguments } from './args';
import { writeAnalysisExports } from './exports';
import { guarded, installGuards, reportUnexpected } from './guard';
import { readInput } from './read-input';
import { runSnapshot } from './snapshot';

/** How many warnings are printed one by one before they are only counted. */
const PRINTED_ISSUES = 20;

/** Runs the CLI and returns its exit code. */
export function main(argv: string[]): number {
  if (argv[0] === 'snapshot') return runSnapshot(argv.slice(1));
  let args;
  try {
    args = parseCliArguments(argv);
  } catch (error) {
    process.stderr.write(`atlas: ${(error as Error).message}\nRun 'npm run atlas -- --help' for the flags.\n`);
    return 1;
  }
  if (args.help || args.command === undefined) {
    process.stdout.write(helpText() + '\n');
    return args.help ? 0 : 1;
  }
  if (args.command !== 'analyze') {
    process.stderr.write(`atlas: unknown command '${args.command}'; the commands are 'analyze' and 'snapshot'.\n`);
    return 1;
  }
  if (!args.edges) {
    process.stderr.write("atlas: give the edges file: npm run atlas -- analyze <edges.csv>\n");
    return 1;
  }
  try {
    const options = resolveAnalysisOptions(args.options);
    const input = { edges: readInput(args.edges), ...(args.nodes ? { nodes: readInput(args.nodes) } : {}) };
    const analysis = analyze(input, options);
    const report = buildReport(analysis);
    if (!args.quiet) {
      for (const f of analysis.files) for (const line of f.mappingReport) process.stderr.write(`${f.name}: ${line}\n`);
      const detailed = report.issues.detailed;
      detailed.slice(0, PRINTED_ISSUES).forEach((i) => process.stderr.write(`${i.severity}: ${i.message}\n`));
      if (report.issues.total > PRINTED_ISSUES)
        process.stderr.write(`… and ${report.issues.total - PRINTED_ISSUES} more issues${args.out ? ` (all counted in ${args.out})` : ' (use --out to keep them)'}\n`);
      process.stdout.write(formatSummary(report, { top: args.top }) + '\n');
    }
    if (args.out) {
      writeFileSync(args.out, JSON.stringify(report, null, 1) + '\n');
      if (!args.quiet) process.stdout.write(`\nWrote ${args.out}\n`);
    }
    for (const path of writeAnalysisExports(analysis, report, args.exports ?? {})) if (!args.quiet) process.stdout.write(`Wrote ${path}\n`);
    return 0;
  } catch (error) {
    if (error instanceof FatalInputError) {
      process.stderr.write(`atlas: ${error.message}\n`);
      return 1;
    }
    if (error instanceof Error && /^(analysis|registry|projection|[a-z-]+): /.test(error.message)) {
      process.stderr.write(`atlas: ${error.message}\n`);
      return 1;
    }
    reportUnexpected('atlas', error);
    return 1;
  }
}

installGuards('atlas');
process.exitCode = guarded('atlas', () => main(process.argv.slice(2)));
