/**
 * Provenance of an export: which app and version made it, when, from which
 * input files (names, SHA-256, rows), with which analysis parameters, view,
 * filters, layout and style. Every export carries it — as `#` comment lines
 * in CSV, `<meta>` in GEXF, graph-level data in GraphML, a field in JSON — so
 * a figure or table can be traced back and reproduced (see
 * `provenanceToCliArgs`).
 */
import type { FileMeasure } from '../analysis/file-measures';
import { communityRunOf, describeCommunityRun, type CommunityRunSummary } from '../communities/methods';
import type { ParameterValues } from '../metrics/descriptor';
import type { FilterState } from '../filter';
import { describeFilters, isDefaultFilters } from '../filter';
import { APP_VERSION } from '../version';
import { provenanceToCliArgs } from './provenance-cli';

export { provenanceToCliArgs };

/** One input file of the analysis. */
export interface ProvenanceInput {
  name: string;
  /** `edges`, `nodes` or `aliases`, when known (used to rebuild the CLI command). */
  role?: string;
  sha256?: string;
  /** Data records in the file (valid or not). */
  records: number;
  /** Records kept as rows. */
  rows: number;
  url?: string;
}

export interface Provenance {
  app: { name: 'Partnership Atlas'; version: string };
  /** ISO 8601 time the export was made. */
  createdAt: string;
  inputs: ProvenanceInput[];
  issues: { total: number; errors: number; warnings: number };
  params: {
    seed: number;
    betweenness: string;
    /** Only when it differs from the default (10,000). */
    exactBetweennessMaxNodes?: number;
    /** Every parameter of every algorithm run, by algorithm id. */
    algorithms: Record<string, Record<string, unknown>>;
    /** The projection the view shows (`{ keep, via, weighting, maxViaMembers? }`), if any. */
    projection?: unknown;
    /** Nodes-file columns named as measures (`--measure-columns`), when any were. */
    measureColumns?: string[];
  };
  /** How the communities of the view were found: "Leiden (Traag et al. 2019), seed 42, modularity 0.432" (core/communities/methods.ts). */
  communities?: string;
  /** Measures taken from the nodes file instead of computed (analysis/file-measures.ts), when any were. */
  fileMeasures?: Pick<FileMeasure, 'id' | 'file' | 'given' | 'missing' | 'computed'>[];
  /** `network`, or the projection shown (`city`, `firm`, `project`…). */
  view: string;
  /** {@link describeFilters} lines; [] = nothing filtered out. */
  filters: string[];
  /** The filter state itself, when not the default, so an app can restore it. */
  filterState?: unknown;
  layout: ProvenanceLayout;
  style?: { colorBy: string; sizeBy: string };
}

/** The layout of an export, as it was run. */
export interface ProvenanceLayout {
  kind: string;
  seed: number;
  /** ForceAtlas2 iterations run on the graph, or on its largest component when components were laid out apart. */
  iterations?: number;
  /** When several components were laid out apart (core/layout/first-layout.ts), each on its share of the budget: how many, and the fewest and most iterations one ran. */
  components?: { count: number; fewest: number; most: number };
}

/** What {@link buildProvenance} needs of a report: the CLI's `Report` and the page's `ReportSummary` both fit. */
export interface ProvenanceReport {
  version: string;
  input: { files: readonly { role?: string; name: string; records: number; rows: number }[]; sha256: Readonly<Record<string, string>> };
  issues: { total: number; errors: number; warnings: number };
  params: Readonly<Record<string, unknown>>;
  /** The network's figures: which measures came from the nodes file, and the communities found. */
  stats?: { fromFile?: readonly FileMeasure[]; communities?: number; modularity?: number };
}

export interface ProvenanceSource {
  report: ProvenanceReport;
  view: string;
  filters?: Partial<FilterState>;
  /** `iterations`: one number for the whole graph, or the first layout's per component, largest first (`firstLayoutIterations`). */
  layout: { kind: string; seed: number; iterations?: number | readonly number[] };
  style?: { colorBy: string; sizeBy: string };
  /** The projection shown, when the view is one (overrides the report's `params.projection`). */
  projection?: unknown;
  /** The community run of the view shown (a projection has its own); default: the report's network's. */
  communities?: CommunityRunSummary | null;
  /** Default: now. Injectable so tests are deterministic. */
  now?: Date;
  /** Where each input came from, by file name (data loaded from URLs). */
  urls?: Readonly<Record<string, string>>;
}

const DEFAULT_EXACT_MAX = 10_000;

/** Gathers the provenance of an export from the report of its analysis and the page's display state. */
export function buildProvenance(source: ProvenanceSource): Provenance {
  const { report, filters } = source;
  const params = report.params;
  const exactMax = params['exactBetweennessMaxNodes'];
  const projection = source.projection ?? params['projection'];
  const measureColumns = params['measureColumns'];
  const { communities: count = 0, modularity = 0 } = report.stats ?? {};
  const communities =
    source.communities !== undefined
      ? source.communities
      : communityRunOf((params['algorithms'] ?? {}) as Record<string, ParameterValues>, { communities: count, modularity });
  const fromFile = report.stats?.fromFile ?? [];
  return {
    app: { name: 'Partnership Atlas', version: report.version || APP_VERSION },
    createdAt: (source.now ?? new Date()).toISOString(),
    inputs: report.input.files.map((f) => ({
      name: f.name,
      ...(f.role ? { role: f.role } : {}),
      ...(report.input.sha256[f.name] ? { sha256: report.input.sha256[f.name]! } : {}),
      records: f.records,
      rows: f.rows,
      ...(source.urls?.[f.name] ? { url: source.urls[f.name]! } : {}),
    })),
    issues: { total: report.issues.total, errors: report.issues.errors, warnings: report.issues.warnings },
    params: {
      seed: Number(params['seed']),
      betweenness: String(params['betweenness'] ?? 'auto'),
      ...(typeof exactMax === 'number' && exactMax !== DEFAULT_EXACT_MAX ? { exactBetweennessMaxNodes: exactMax } : {}),
      algorithms: plainCopy((params['algorithms'] ?? {}) as Record<string, Record<string, unknown>>),
      ...(projection ? { projection: plainCopy(projection) } : {}),
      ...(Array.isArray(measureColumns) && measureColumns.length > 0 ? { measureColumns: measureColumns.map(String) } : {}),
    },
    ...(communities ? { communities: describeCommunityRun(communities) } : {}),
    ...(fromFile.length > 0 ? { fileMeasures: fromFile.map(({ id, file, given, missing, computed }) => ({ id, file, given, missing, computed })) } : {}),
    view: source.view,
    filters: filters ? describeFilters(filters) : [],
    ...(filters && !isDefaultFilters(filters) ? { filterState: plainCopy(filters) } : {}),
    layout: layoutRun(source.layout),
    ...(source.style ? { style: { ...source.style } } : {}),
  };
}

/** The layout as run: per-component iterations become the largest's, with the spread when there were several. */
function layoutRun({ kind, seed, iterations }: ProvenanceSource['layout']): ProvenanceLayout {
  if (iterations === undefined) return { kind, seed };
  if (typeof iterations === 'number') return { kind, seed, iterations };
  const run: ProvenanceLayout = { kind, seed, iterations: iterations[0] ?? 0 };
  if (iterations.length > 1) run.components = { count: iterations.length, fewest: Math.min(...iterations), most: Math.max(...iterations) };
  return run;
}

/** The layout line's tail: ", 212 iterations" or ", 212 iterations on the largest of 37 components laid out apart (212–500 each)". */
function iterationsText({ iterations, components }: ProvenanceLayout): string {
  if (iterations === undefined) return '';
  const unit = iterations === 1 ? 'iteration' : 'iterations';
  if (!components) return `, ${iterations} ${unit}`;
  const spread = components.fewest === components.most ? `${components.most}` : `${components.fewest}–${components.most}`;
  return `, ${iterations} ${unit} on the largest of ${components.count} components laid out apart (${spread} each)`;
}

/** A deep copy of plain data (JSON values). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** One line of text: line breaks and other control characters become spaces. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this function's purpose
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ');

/**
 * Provenance as short human-readable lines, for figure captions, CSV header
 * comments, SVG `<metadata>` and the GEXF description. Each line is a single
 * line of text.
 */
export function provenanceLines(p: Provenance): string[] {
  const inputs = p.inputs.map(
    (f) => `${f.name} (${f.rows} of ${f.records} rows used${f.sha256 ? `, sha256 ${f.sha256}` : ''}${f.url ? `, from ${f.url}` : ''})`,
  );
  const lines = [
    `${p.app.name} ${p.app.version}, exported ${p.createdAt}`,
    `Input: ${inputs.join('; ') || 'none'}`,
    `Issues: ${p.issues.total} (${p.issues.errors} errors — rows dropped, ${p.issues.warnings} warnings — rows kept)`,
    `View: ${p.view === 'network' ? 'the whole network' : `${p.view} projection`}`,
    `Filters: ${p.filters.length ? p.filters.join('; ') : 'none'}`,
    `Analysis: seed ${p.params.seed}, betweenness ${p.params.betweenness}`,
    ...(p.communities ? [`Communities: ${p.communities}`] : []),
    ...(p.fileMeasures ? [`Measures from file: ${p.fileMeasures.map(fileMeasureText).join('; ')}`] : []),
    `Layout: ${p.layout.kind}, seed ${p.layout.seed}${iterationsText(p.layout)}`,
  ];
  if (p.style) lines.push(`Style: colour by ${p.style.colorBy}, size by ${p.style.sizeBy}`);
  lines.push(`Reproduce: ${provenanceCommand(p)}`);
  return lines.map(oneLine);
}

/** "pagerank (nodes.csv, 980 of 1,000 nodes, not recomputed)": one measure of the `Measures from file` line. */
function fileMeasureText(m: NonNullable<Provenance['fileMeasures']>[number]): string {
  const nodes = `${m.given.toLocaleString('en-GB')} of ${(m.given + m.missing).toLocaleString('en-GB')} nodes`;
  const computed = m.computed === 'skipped' ? ', not recomputed' : m.computed === 'compared' ? ', recomputed only to compare' : '';
  return `${m.id} (${m.file}, ${nodes}${computed})`;
}

/** The whole CLI command that reproduces the measures, quoted for a POSIX shell. */
export function provenanceCommand(p: Provenance): string {
  const edges = p.inputs.find((f) => f.role === 'edges') ?? p.inputs[0];
  const nodes = p.inputs.find((f) => f.role === 'nodes');
  const aliases = p.inputs.find((f) => f.role === 'aliases');
  const words = [
    'analyze',
    edges?.name ?? 'edges.csv',
    ...(nodes ? ['--nodes', nodes.name] : []),
    ...(aliases ? ['--aliases', aliases.name] : []),
    ...provenanceToCliArgs(p),
  ];
  return `npm run atlas -- ${words.map(shellQuote).join(' ')}`;
}

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
