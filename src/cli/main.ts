/**
 * Process entry of the CLI: `npm run atlas -- analyze <edges.csv> …`. Installs
 * the guards (one line and exit 1 on an unexpected error, a quiet exit on a
 * closed pipe) and sets the exit code of `main` (atlas.ts), which does the work.
 */
import { main } from './atlas';
import { guarded, installGuards } from './guard';

installGuards('atlas');
process.exitCode = guarded('atlas', () => main(process.argv.slice(2)));
