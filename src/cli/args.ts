/**
 * Command-line flags of `atlas analyze`, generated from the same descriptors
 * the UI reads: each algorithm parameter becomes `--<algorithm>-<parameter>`
 * (e.g. `--pagerank-damping 0.9`), next to a few common flags (`--seed`,
 * `--resolution`, `--project`…) and the column-mapping flags. The sections
 * that say how data is read and analysed are shared with `snapshot`
 * (snapshot-args.ts); both go through the one parser of flags.ts.
 */
import { SUMMARY_DEFAULTS } from '../core/analysis/summary';
import { FILE_MEASURES_RECOMPUTE_MAX_NODES, splitNames } from '../core/analysis/file-measures';
import { ANALYSIS_DEFAULTS, BETWEENNESS_MODES, COMMUNITY_METHODS, type AnalysisOptions } from '../core/analysis/options';
import type { ColumnMapping, EdgeField, NodeField } from '../core/csv/types';
import { GEXF_DEFAULTS, GEXF_VERSIONS, type GexfVersion } from '../core/export/gexf';
import type { AlgorithmDescriptor, ParameterValue } from '../core/metrics/descriptor';
import { ALGORITHMS } from '../core/metrics/registry';
import { UsageError } from './errors';
import { flagNumber, formatFlagSections, parseFlags, type FlagHelp, type FlagSection, type ParsedFlags } from './flags';

/** Column-mapping flags: flag → logical field of the edges or nodes file. */
export const EDGE_COLUMN_FLAGS: Record<string, EdgeField> = {
  source: 'source',
  target: 'target',
  'source-type': 'source_type',
  'target-type': 'target_type',
  relation: 'relation',
  weight: 'weight',
  year: 'year',
  evidence: 'evidence',
};
export const NODE_COLUMN_FLAGS: Record<string, NodeField> = {
  id: 'id',
  label: 'label',
  type: 'type',
  country: 'country',
  lat: 'lat',
  lon: 'lon',
  url: 'url',
  kind: 'kind',
};

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The flag of an algorithm parameter, e.g. `louvain-resolution`. */
export function parameterFlag(algorithm: AlgorithmDescriptor, parameterId: string): string {
  return `${algorithm.id}-${kebab(parameterId)}`;
}

/** The nodes file, read by both commands. */
const NODES_FLAG: FlagHelp = { flag: 'nodes', value: 'FILE', help: 'nodes CSV (id, label, type, country, lat, lon, url, kind, …)' };
/** The aliases file's flag, with the help line of the command that reads it. */
export function aliasesFlag(help = 'merge ids while reading: a CSV alias,canonical (see docs/duplicates.md)'): FlagHelp {
  return { flag: 'aliases', value: 'FILE', help };
}
/** Switches of both commands. */
const QUIET_FLAG: FlagHelp = { flag: 'quiet', help: 'print no summary and no warnings (errors still go to stderr)' };
const HELP_FLAG: FlagHelp = { flag: 'help', help: 'show this help' };

/**
 * The sections that say how the data is read and analysed — analysis
 * options, column mappings, one section per algorithm with parameters —
 * shared by `analyze` and `snapshot` (read by {@link readAnalysisFlags}).
 */
export function analysisFlagSections(): FlagSection[] {
  return [
    {
      section: 'Analysis',
      flags: [
        { flag: 'seed', value: 'N', help: `seed of every random process (default ${ANALYSIS_DEFAULTS.seed})` },
        {
          flag: 'communities',
          value: COMMUNITY_METHODS.join('|'),
          help: `community detection: louvain, or leiden (every community connected); default ${ANALYSIS_DEFAULTS.communities}`,
        },
        { flag: 'resolution', value: 'R', help: 'resolution of the community method (same as --louvain-resolution or --leiden-resolution)' },
        {
          flag: 'betweenness',
          value: BETWEENNESS_MODES.join('|'),
          help: `exact Brandes, sampled Brandes–Pich, or auto: exact up to --exact-betweenness-max-nodes (default ${ANALYSIS_DEFAULTS.exactBetweennessMaxNodes}) and 2e8 traversal steps (leaves not counted); also switches closeness`,
        },
        { flag: 'exact-betweenness-max-nodes', value: 'N', help: 'size limit of exact betweenness in auto mode' },
        {
          flag: 'measure-columns',
          value: 'COL[,COL]',
          help: `nodes-file columns read as measures (besides pagerank, community… by name); not recomputed above ${FILE_MEASURES_RECOMPUTE_MAX_NODES.toLocaleString('en-GB')} nodes (docs/precomputed-measures.md)`,
        },
        {
          flag: 'file-measures-max-nodes',
          value: 'N',
          help: `size up to which a measure the nodes file gives is computed too, to compare (default ${FILE_MEASURES_RECOMPUTE_MAX_NODES})`,
        },
        { flag: 'project', value: 'city|firm|project|TYPE', help: 'also compute the one-mode projection onto this node type, with its own measures' },
        { flag: 'via', value: 'TYPE[,TYPE]', help: 'types shared in the projection (default: city→project, firm→project, project→city)' },
        { flag: 'max-via-members', value: 'N', help: 'leave out shared nodes with more than N members (a platform used by thousands of cities)' },
        { flag: 'weighting', value: 'count|newman', help: "projection weights: shared neighbours, or Newman's 1/(k−1) collaboration weight" },
      ],
    },
    {
      section: 'Columns of the edges file (when the header does not auto-map)',
      flags: Object.entries(EDGE_COLUMN_FLAGS).map(([flag, field]) => ({ flag, value: 'COL', help: `column holding ${field}` })),
    },
    {
      section: 'Columns of the nodes file',
      flags: Object.entries(NODE_COLUMN_FLAGS).map(([flag, field]) => ({ flag: `node-${flag}`, value: 'COL', help: `column holding ${field}` })),
    },
    ...ALGORITHMS.filter((a) => a.parameters.length > 0).map((a) => ({
      section: `${a.label} (${a.id})`,
      flags: a.parameters.map((p) => ({
        flag: parameterFlag(a, p.id),
        value: p.type === 'enum' ? p.options.join('|') : p.type === 'boolean' ? 'true|false' : p.type === 'integer' ? 'N' : 'X',
        help: `${p.description} (default ${String(p.default)}${'min' in p && p.min !== undefined ? `, ${p.min}–${p.max ?? '∞'}` : ''})`,
      })),
    })),
  ];
}

/** Every flag of `analyze` with its help line, in the order `--help` prints them. */
export function flagHelp(): FlagSection[] {
  return [
    {
      section: 'Input and output',
      flags: [
        NODES_FLAG,
        aliasesFlag(),
        { flag: 'out', value: 'FILE', help: 'write the full result as JSON to FILE' },
        { flag: 'gexf', value: 'FILE', help: 'write the network as GEXF 1.3 (laid out, coloured by type, sized by degree, every measure) for Gephi' },
        {
          flag: 'gexf-version',
          value: 'V',
          help: `GEXF version: ${GEXF_VERSIONS.map((v) => `${v.id} (${v.readers})`).join('; ')}; default ${GEXF_DEFAULTS.version}`,
        },
        { flag: 'graphml', value: 'FILE', help: 'write the network as GraphML with every attribute and measure' },
        { flag: 'nodes-csv', value: 'FILE', help: 'write one row per node with every measure and indicator as CSV' },
        { flag: 'edges-csv', value: 'FILE', help: 'write one row per edge (weight, relations, years, evidence) as CSV' },
        { flag: 'top', value: 'N', help: `nodes per type in the printed top lists (default ${SUMMARY_DEFAULTS.top})` },
        QUIET_FLAG,
        HELP_FLAG,
      ],
    },
    ...analysisFlagSections(),
  ];
}

/** The input flags of `snapshot`: the nodes file and the two switches (its figure flags are in snapshot-args.ts). */
export function snapshotInputFlags(): FlagHelp[] {
  return [NODES_FLAG, aliasesFlag(), QUIET_FLAG, HELP_FLAG];
}

/** The text of `--help`. */
export function helpText(): string {
  return [
    'Usage: npm run atlas -- analyze <edges.csv> [--nodes <nodes.csv>] [--out report.json] [options]',
    '       npm run atlas -- snapshot <edges.csv> --svg out.svg   (snapshot --help for its flags)',
    '       npm run atlas -- duplicates <edges.csv> [--nodes <nodes.csv>] [--out pairs.csv]   (duplicates --help)',
    '       npm run atlas -- import publiccode|dpg <files or folders…> --edges out.csv   (import --help)',
    '       npm run atlas -- adoption <edges.csv> [--nodes <nodes.csv>] [--by country] [--out adoption.csv]   (adoption --help)',
    '',
    'Reads a CSV edge list of cities, projects and firms, validates it, computes centralities,',
    'communities, an optional one-mode projection and co-production indicators, prints a summary',
    'and writes the full result as JSON. Exits 1 when a file cannot be used, 0 otherwise.',
    ...formatFlagSections(flagHelp()),
  ].join('\n');
}

export interface CliArguments {
  command: string | undefined;
  edges: string | undefined;
  nodes?: string;
  /** The aliases file (`--aliases`). */
  aliases?: string;
  out?: string;
  /** Export files asked for with --gexf, --graphml, --nodes-csv, --edges-csv. */
  exports?: { gexf?: string; graphml?: string; nodesCsv?: string; edgesCsv?: string; gexfVersion?: GexfVersion };
  top: number;
  quiet: boolean;
  help: boolean;
  options: AnalysisOptions;
}

/** What both commands read from their flags: the files, the analysis options and the two switches. */
export type AnalysisArguments = Omit<CliArguments, 'out' | 'exports' | 'top'>;

/**
 * Reads the data flags of {@link analysisFlagSections} (and `--nodes`,
 * `--quiet`, `--help`, the positionals `<command> <edges.csv>`) from one
 * parse. Throws a {@link UsageError} naming the flag.
 */
export function readAnalysisFlags(read: ParsedFlags): AnalysisArguments {
  const str = read.string;
  const options: AnalysisOptions = { ...ANALYSIS_DEFAULTS, algorithms: {} };
  const seed = str('seed');
  if (seed !== undefined) options.seed = flagNumber('seed', seed, true);
  const mode = str('betweenness');
  if (mode !== undefined) {
    if (!(BETWEENNESS_MODES as readonly string[]).includes(mode))
      throw new UsageError(`--betweenness must be one of ${BETWEENNESS_MODES.join(', ')}, got '${mode}'`);
    options.betweenness = mode as AnalysisOptions['betweenness'];
  }
  const communities = str('communities');
  if (communities !== undefined) {
    if (!(COMMUNITY_METHODS as readonly string[]).includes(communities))
      throw new UsageError(`--communities must be one of ${COMMUNITY_METHODS.join(', ')}, got '${communities}'`);
    options.communities = communities as AnalysisOptions['communities'];
  }
  const maxNodes = str('exact-betweenness-max-nodes');
  if (maxNodes !== undefined) options.exactBetweennessMaxNodes = flagNumber('exact-betweenness-max-nodes', maxNodes, true);
  const measureColumns = str('measure-columns');
  if (measureColumns !== undefined) {
    const names = splitNames(measureColumns);
    if (names.length === 0) throw new UsageError(`--measure-columns expects column names separated by commas, got '${measureColumns}'`);
    options.measureColumns = names;
  }
  const fileMax = str('file-measures-max-nodes');
  if (fileMax !== undefined) options.fileMeasuresMaxNodes = flagNumber('file-measures-max-nodes', fileMax, true);

  for (const a of ALGORITHMS) {
    for (const p of a.parameters) {
      const flag = parameterFlag(a, p.id);
      const raw = str(flag);
      if (raw === undefined) continue;
      (options.algorithms[a.id] ??= {})[p.id] = toParameter(flag, p.type, raw);
    }
  }
  const resolution = str('resolution');
  if (resolution !== undefined) (options.algorithms[options.communities] ??= {})['resolution'] = flagNumber('resolution', resolution, false);

  const project = str('project');
  if (project !== undefined) {
    const via = str('via');
    const weighting = str('weighting');
    const maxVia = str('max-via-members');
    if (weighting !== undefined && weighting !== 'count' && weighting !== 'newman')
      throw new UsageError(`--weighting must be count or newman, got '${weighting}'`);
    options.projection = {
      keep: project.trim().toLowerCase(),
      ...(via
        ? {
            via: via
              .split(',')
              .map((v) => v.trim().toLowerCase())
              .filter(Boolean),
          }
        : {}),
      ...(weighting ? { weighting } : {}),
      ...(maxVia !== undefined ? { maxViaMembers: flagNumber('max-via-members', maxVia, true) } : {}),
    };
  } else if (str('via') !== undefined || str('weighting') !== undefined || str('max-via-members') !== undefined) {
    throw new UsageError('--via, --weighting and --max-via-members go with --project');
  }

  const edgeMapping: ColumnMapping<EdgeField> = {};
  for (const [flag, field] of Object.entries(EDGE_COLUMN_FLAGS)) {
    const col = str(flag);
    if (col !== undefined) edgeMapping[field] = col;
  }
  if (Object.keys(edgeMapping).length) options.edgeMapping = edgeMapping;
  const nodeMapping: ColumnMapping<NodeField> = {};
  for (const [flag, field] of Object.entries(NODE_COLUMN_FLAGS)) {
    const col = str(`node-${flag}`);
    if (col !== undefined) nodeMapping[field] = col;
  }
  if (Object.keys(nodeMapping).length) options.nodeMapping = nodeMapping;

  const { positionals } = read;
  if (positionals.length > 2) throw new UsageError(`unexpected argument '${positionals[2]}': give one edges file, and the nodes file with --nodes`);
  const nodes = str('nodes');
  const aliases = str('aliases');
  if (options.measureColumns && !nodes) throw new UsageError('--measure-columns goes with --nodes FILE (the columns are in the nodes file)');
  return {
    command: positionals[0],
    edges: positionals[1],
    ...(nodes ? { nodes } : {}),
    ...(aliases ? { aliases } : {}),
    quiet: read.has('quiet'),
    help: read.has('help'),
    options,
  };
}

/** Parses the argv of `analyze` (without `node` and the script) in one pass; throws a {@link UsageError} whose message is printed as is. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  const read = parseFlags(argv, flagHelp());
  const str = read.string;
  const args = readAnalysisFlags(read);
  const top = str('top');
  const gexfVersion = str('gexf-version');
  if (gexfVersion !== undefined && !GEXF_VERSIONS.some((v) => v.id === gexfVersion))
    throw new UsageError(`--gexf-version must be one of ${GEXF_VERSIONS.map((v) => v.id).join(', ')}, got '${gexfVersion}'`);
  if (gexfVersion !== undefined && str('gexf') === undefined) throw new UsageError('--gexf-version goes with --gexf FILE');
  const exports: NonNullable<CliArguments['exports']> = {};
  for (const [flag, key] of [
    ['gexf', 'gexf'],
    ['graphml', 'graphml'],
    ['nodes-csv', 'nodesCsv'],
    ['edges-csv', 'edgesCsv'],
  ] as const) {
    const path = str(flag);
    if (path) exports[key] = path;
  }
  if (gexfVersion !== undefined) exports.gexfVersion = gexfVersion as GexfVersion;
  const out = str('out');
  return { ...args, ...(out ? { out } : {}), exports, top: top === undefined ? SUMMARY_DEFAULTS.top : flagNumber('top', top, true) };
}

function toParameter(flag: string, type: string, raw: string): ParameterValue {
  if (type === 'boolean') {
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    throw new UsageError(`--${flag} expects true or false, got '${raw}'`);
  }
  if (type === 'number' || type === 'integer') return flagNumber(flag, raw, type === 'integer');
  return raw;
}
