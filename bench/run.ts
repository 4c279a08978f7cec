/**
 * `npm run bench [-- --sizes 1k,10k --runs 3 --no-peers --no-browser --browser-only --quick --out FILE --merge]`:
 * writes the seeded datasets, then for each dataset runs rounds of our core,
 * igraph and networkx ALTERNATING (ours, igraph, networkx, ours, …) so the
 * noise of this shared machine hits every runner alike, prints one table per
 * dataset with the ratios ours/peer, times the page's filters and search at
 * 100k nodes (`interaction.ts`, skipped with `--quick`), runs the browser part when
 * `bench/browser/index.ts` is there, and writes `bench/results/latest.json`.
 * `--merge` keeps the other datasets of an existing results file (to rerun
 * one dataset after an interrupted run); each dataset records when it ran.
 * `--browser-only` runs just the browser part (on `--sizes`, default
 * municipal, 50k — the pan comparison — and 100k) and, with `--merge`, keeps
 * the core datasets measured before.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sizeNodes, syntheticPath, writeSynthetic } from './generate';
import { bundleCoreChild, peerVersions, PEERS, runOursRound, runPeerRound, type DatasetFiles, type Peer } from './processes';
import { LIMITS, type RoundResult } from './stages';
import { formatDataset, summarise, type DatasetSummary } from './table';
import { coreTargets, formatTargets } from './targets';
import { formatInteraction, runInteractionBench, type InteractionRow } from './interaction';
import { formatLoad, loadTracker, type LoadRecord } from './load-average';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = `${ROOT}bench/data`;
const RESULTS = `${ROOT}bench/results/latest.json`;
const DEFAULT_SIZES = ['1k', '10k', '50k', '100k', 'municipal'];
/** Rounds per dataset by default: fewer on the big graphs (one round of 50k takes a quarter of an hour). */
const DEFAULT_ROUNDS: Record<string, number> = { '1k': 5, '10k': 3, '50k': 1, '100k': 1, municipal: 3 };
/** networkx rounds on graphs of 50k nodes and more (its stages take minutes there). */
const NETWORKX_BIG_ROUNDS = 1;
/** Seconds a networkx stage may take before it is skipped. */
const NETWORKX_BUDGET_S = 120;

const log = (line: string) => process.stderr.write(`${line}\n`);

function datasetFiles(size: string): DatasetFiles {
  if (size === 'municipal') return { dataset: size, edges: `${ROOT}data/municipal-edges.csv`, nodes: `${ROOT}data/municipal-nodes.csv` };
  return { dataset: size, edges: syntheticPath(DATA_DIR, size) };
}

/** Runs ours and every available peer on one dataset, alternating round by round. */
function benchDataset(size: string, runs: number | undefined, peers: readonly Peer[], child: string): DatasetSummary {
  const files = datasetFiles(size);
  const rounds = runs ?? DEFAULT_ROUNDS[size] ?? 3;
  const big = size !== 'municipal' && sizeNodes(size) >= 50_000;
  const results: Record<string, RoundResult[]> = { ours: [] };
  const failures: Record<string, string> = {};
  for (const p of peers) results[p] = [];
  // The machine's load before and during each runner's rounds (issue 14): a figure measured under load is flagged.
  const loads = new Map(['ours', ...peers].map((name) => [name, loadTracker(name, size)]));
  for (let r = 0; r < rounds; r++) {
    const round = (name: string, run: () => RoundResult) => {
      log(`bench: ${size} round ${r + 1}/${rounds}: ${name}`);
      try {
        results[name]!.push(loads.get(name)!.round(run));
      } catch (error) {
        failures[name] = (error as Error).message;
        log((error as Error).message);
      }
    };
    round('ours', () => runOursRound(files, child));
    for (const p of peers) if (!(p === 'networkx' && big && r >= NETWORKX_BIG_ROUNDS)) round(p, () => runPeerRound(p, files, NETWORKX_BUDGET_S));
  }
  const runners: DatasetSummary['runners'] = {};
  for (const [name, list] of Object.entries(results)) runners[name] = list.length ? summarise(list) : { missing: failures[name] ?? 'failed' };
  const first = Object.values(results).find((list) => list.length)?.[0];
  const load = [...loads.values()].map((t) => t.record());
  for (const l of load) if (l.warning) log(`bench: ⚠ ${l.warning}`);
  return { dataset: size, nodes: first?.nodes ?? 0, edges: first?.edges ?? 0, runners, load };
}

/** The browser part, when bench/browser/index.ts exists; its result or why it was skipped. */
async function browserPart(sizes: string[], runs: number): Promise<{ result?: unknown; text?: string; skipped?: string }> {
  const entry = `${ROOT}bench/browser/index.ts`;
  if (!existsSync(entry)) return { skipped: 'bench/browser/index.ts is not there' };
  type BrowserModule = {
    runBrowserBench(options: { sizes: string[]; dataDir: string; runs: number; log?: (line: string) => void }): Promise<unknown>;
    formatBrowserBench?: (result: never) => string;
  };
  const module = (await import(entry)) as BrowserModule;
  const result = await module.runBrowserBench({ sizes: ['default', ...sizes], dataDir: DATA_DIR, runs, log });
  return { result, text: module.formatBrowserBench ? module.formatBrowserBench(result as never) : JSON.stringify(result, null, 1) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      'no-peers': { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: RESULTS },
      merge: { type: 'boolean', default: false },
      'browser-only': { type: 'boolean', default: false },
    },
  });
  const browserOnly = values['browser-only'];
  if (browserOnly && values['no-browser']) throw new Error('bench: --browser-only and --no-browser exclude each other');
  if (browserOnly) values.sizes ??= 'municipal,50k,100k';
  const sizes = (values.sizes ?? (values.quick ? '1k,10k' : DEFAULT_SIZES.join(',')))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const runs = values.runs !== undefined ? Number(values.runs) : values.quick ? 1 : undefined;
  if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1)) throw new Error(`bench: --runs must be a whole number ≥ 1, got '${values.runs}'`);
  // The source state measured (src/ may hold uncommitted changes: then '-dirty').
  const git = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() || 'unknown';
  const synthetic = sizes.filter((s) => s !== 'municipal');
  synthetic.forEach(sizeNodes); // fails early on an unknown size
  log(`bench: writing ${synthetic.join(', ')} into bench/data/`);
  writeSynthetic(DATA_DIR, synthetic);

  const versions = values['no-peers'] ? undefined : peerVersions();
  const peers = versions ? PEERS.filter((p) => versions[p].version) : [];
  for (const p of PEERS) if (versions?.[p].missing) log(`bench: ${p} skipped: ${versions[p].missing}`);

  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: process.platform };
  type Measured = DatasetSummary & { measuredAt?: string; git?: string };
  const previous: Measured[] =
    values.merge && existsSync(values.out) ? (JSON.parse(readFileSync(values.out, 'utf8')) as { datasets: Measured[] }).datasets : [];
  const datasets: Measured[] = browserOnly ? previous : previous.filter((d) => !sizes.includes(d.dataset));
  const order = (d: Measured) => [...DEFAULT_SIZES, ...sizes].indexOf(d.dataset);
  let browser: Awaited<ReturnType<typeof browserPart>> = { skipped: values['no-browser'] ? '--no-browser' : 'not run yet' };
  let interactionLoad: LoadRecord | undefined;
  let interaction: InteractionRow[] | { skipped: string } = { skipped: browserOnly ? '--browser-only' : values.quick ? '--quick' : 'not run yet' };
  /** Written after every dataset, so a run that dies later keeps what it measured. */
  const save = () => {
    datasets.sort((a, b) => order(a) - order(b));
    const targets = coreTargets(datasets);
    const doc = {
      generatedAt: new Date().toISOString(),
      git,
      machine,
      peers: versions ?? 'skipped (--no-peers)',
      limits: LIMITS,
      sizes: datasets.map((d) => d.dataset),
      datasets,
      targets,
      interaction,
      ...(interactionLoad ? { interactionLoad } : {}),
      browser: browser.result ?? { skipped: browser.skipped },
    };
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, `${JSON.stringify(doc, null, 1)}\n`);
  };
  const child = browserOnly ? '' : await bundleCoreChild();
  for (const size of browserOnly ? [] : sizes) {
    const d = benchDataset(size, runs, peers, child);
    for (const p of PEERS) if (versions?.[p].missing) d.runners[p] = { missing: versions[p].missing! };
    datasets.push({ ...d, measuredAt: new Date().toISOString(), git });
    process.stdout.write(`${formatDataset(d, values['no-peers'] ? [] : PEERS)}\n\n`);
    save();
  }

  if (!browserOnly && !values.quick) {
    log('bench: filters and search at 100k nodes');
    const tracker = loadTracker('interaction', '100k');
    interaction = tracker.round(() => runInteractionBench({ runs: runs ?? 3 }));
    interactionLoad = tracker.record();
    process.stdout.write(`${formatInteraction(interaction)}\n${formatLoad([interactionLoad])}\n\n`);
    save();
  }

  if (!values['no-browser']) {
    try {
      browser = await browserPart(sizes, runs ?? 1);
    } catch (error) {
      browser = { skipped: `failed: ${(error as Error).message}` };
    }
  }
  const targets = coreTargets(datasets);
  if (targets.length) process.stdout.write(`${formatTargets(targets)}\n\n`);
  process.stdout.write(browser.text ? `${browser.text}\n` : `Browser part skipped: ${browser.skipped}\n`);
  save();
  log(`bench: wrote ${values.out}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
