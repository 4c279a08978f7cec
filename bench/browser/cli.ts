/**
 * Runs the browser benchmark alone and prints its table:
 *
 *   npx tsx bench/browser/cli.ts --sizes default,municipal [--data-dir bench/data]
 *       [--runs 1] [--pan 50k] [--pan-ms 3000] [--profile none|municipal,…] [--json out.json]
 *       [--fallback-data DIR] [--interactions municipal|none]
 *
 * `--fallback-data DIR` writes stand-in CSVs (fallback-data.ts) for the
 * generated sizes missing in DIR and reads from there: for trying this part
 * before bench/generate.ts has written bench/data.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeFallbackData } from './fallback-data';
import { formatBrowserBench, runBrowserBench } from './index';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'default,municipal' },
      'data-dir': { type: 'string', default: 'bench/data' },
      runs: { type: 'string', default: '1' },
      pan: { type: 'string', default: '50k' },
      'pan-ms': { type: 'string', default: '3000' },
      json: { type: 'string' },
      profile: { type: 'string' },
      'fallback-data': { type: 'string' },
      interactions: { type: 'string', default: 'municipal' },
    },
  });
  const sizes = values.sizes
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  let dataDir = values['data-dir'];
  if (values['fallback-data']) {
    dataDir = values['fallback-data'];
    const written = writeFallbackData(sizes, dataDir);
    if (written.length) process.stderr.write(`bench/browser: wrote stand-in data for ${written.join(', ')} into ${dataDir}\n`);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench/browser: --runs must be a positive integer, got '${values.runs}'`);
  const profile = values.profile === undefined ? {} : { profile: values.profile === 'none' ? [] : values.profile.split(',') };
  const interactions = values.interactions === 'none' ? [] : values.interactions.split(',');
  const result = await runBrowserBench({ sizes, dataDir, runs, pan: values.pan, panMs: Number(values['pan-ms']), interactions, ...profile });
  process.stdout.write(`${formatBrowserBench(result)}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
