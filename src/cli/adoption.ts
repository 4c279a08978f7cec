/**
 * `atlas adoption <edges.csv> [--nodes nodes.csv] [--by country] [--out
 * adoption.csv]`: reads the data as `analyze` does (column mappings and
 * `--aliases` too), builds the graph and computes the adoption curves of
 * core/time/adoption.ts — the numbers the app's adoption chart draws. Prints
 * how many links are dated and each project's curve; writes the table
 * (project, [country,] year, new, cumulative, undated) on request.
 */
import { writeFileSync } from 'node:fs';
import { readInputRows } from '../core/analysis/read-input';
import { buildGraph } from '../core/graph/build';
import { computeAdoption, type AdoptionResult } from '../core/time/adoption';
import { adoptionCsv, adoptionRelationsText } from '../core/time/adoption-table';
import { readAnalysisInput } from './analysis-input';
import { aliasesFlag, analysisFlagSections, readAnalysisFlags, snapshotInputFlags } from './args';
import { UsageError } from './errors';
import { flagNumber, formatFlagSections, parseFlags, type FlagSection } from './flags';
import { reportError } from './guard';
import { processIo, type CliIo } from './io';

/** Projects printed by default. */
const PRINTED = 10;

function adoptionFlagSections(): FlagSection[] {
  const [nodes, ...switches] = snapshotInputFlags();
  return [
    {
      section: 'Input and output',
      flags: [
        nodes!,
        aliasesFlag(),
        { flag: 'out', value: 'FILE', help: 'write the table as CSV: project,[country,]year,new,cumulative,undated' },
        { flag: 'by', value: 'country', help: 'split each project by its cities’ country (cities without one: "unknown country")' },
        { flag: 'top', value: 'N', help: `projects printed (default ${PRINTED})` },
        ...switches,
      ],
    },
    ...analysisFlagSections().filter((s) => s.section.startsWith('Columns')),
  ];
}

/** The text of `adoption --help`. */
function adoptionHelp(): string {
  return [
    'Usage: npm run atlas -- adoption <edges.csv> [--nodes <nodes.csv>] [--by country] [--out adoption.csv]',
    '',
    'Counts, for each project, the distinct cities that adopted it by year: a city adopts a project',
    'when a link between them says uses, adopts, deploys, implements, installs or runs (every',
    'city–project link when no link does), in the first year of any dated row of that pair. Adopters',
    'without a dated row are counted as undated, never dropped. Same numbers as the app’s adoption chart.',
    ...formatFlagSections(adoptionFlagSections()),
  ].join('\n');
}

/** Runs `adoption` with argv after the command name, writing to `io`; returns the exit code. */
export function runAdoption(argv: readonly string[], io: CliIo = processIo): number {
  let read: ReturnType<typeof parseFlags>;
  let args: ReturnType<typeof readAnalysisFlags>;
  let top = PRINTED;
  let byCountry = false;
  try {
    read = parseFlags(['adoption', ...argv], adoptionFlagSections());
    args = readAnalysisFlags(read);
    const by = read.string('by');
    if (by !== undefined && by !== 'country') throw new UsageError(`--by must be country, got '${by}'`);
    byCountry = by === 'country';
    const n = read.string('top');
    if (n !== undefined) top = flagNumber('top', n, true);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`atlas adoption: ${error.message}\nRun 'npm run atlas -- adoption --help' for the flags.\n`);
    return 1;
  }
  if (args.help) {
    io.out(adoptionHelp() + '\n');
    return 0;
  }
  if (!args.edges) {
    io.err('atlas adoption: give the edges file: npm run atlas -- adoption <edges.csv> [--nodes nodes.csv]\n');
    return 1;
  }
  try {
    const rows = readInputRows(readAnalysisInput(args, args.edges), args.options);
    const { graph } = buildGraph({
      edges: { file: rows.edges.file, rows: rows.edges.rows },
      ...(rows.nodes ? { nodes: { file: rows.nodes.file, rows: rows.nodes.rows } } : {}),
    });
    const result = computeAdoption(graph);
    const out = read.string('out');
    if (out) writeFileSync(out, adoptionCsv(result, byCountry, [`adoption = ${adoptionRelationsText(result)}; ${datedText(result)}`]));
    if (!args.quiet) {
      io.out(`${datedText(result)}\nAdoption: ${adoptionRelationsText(result)}.\n`);
      for (const p of result.projects.slice(0, top)) io.out(`${p.label}: ${curveText(p)}\n`);
      if (result.projects.length > top) io.out(`… and ${n(result.projects.length - top)} more projects${out ? ` in ${out}` : ' (use --out to keep them)'}\n`);
      if (out) io.out(`Wrote ${out}\n`);
    }
    return 0;
  } catch (error) {
    reportError('atlas adoption', error, io.err);
    return 1;
  }
}

const n = (x: number) => x.toLocaleString('en');

/** "4 of 6,125 adoption links have a year (24 of 6,996 links)". */
function datedText(result: AdoptionResult): string {
  const { links } = result;
  return `${n(links.adoptionDated)} of ${n(links.adoption)} adoption links have a year (${n(links.dated)} of ${n(links.total)} links); ${n(result.projects.length)} projects adopted`;
}

/** "76 cities: 2016 +1, 2021 +1, 2024 +1 = 3 dated; 73 undated". */
function curveText(p: AdoptionResult['projects'][number]): string {
  const dated = p.points.at(-1)?.cumulative ?? 0;
  const years = p.points.map((pt) => `${pt.year} +${n(pt.added)}`).join(', ');
  return `${n(p.adopters)} ${p.adopters === 1 ? 'city' : 'cities'}: ${years ? `${years} = ${n(dated)} dated` : 'none dated'}${p.undated ? `; ${n(p.undated)} undated` : ''}`;
}
