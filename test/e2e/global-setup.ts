/**
 * Builds `dist/` once before the browser test files run (they are run one
 * after the other, each in its own worker): without this every file would
 * build the app again. A build failure stops the browser tests here, with
 * Vite's message.
 */
import { build } from 'vite';

export default async function setup(): Promise<void> {
  await build({ logLevel: 'warn', configFile: new URL('../../vite.config.ts', import.meta.url).pathname });
  process.env['ATLAS_DIST_BUILT'] = '1';
}
