/**
 * The CLI's last line of defence: whatever goes wrong, the user gets one
 * clear line and exit code 1, never a stack trace, and a closed output pipe
 * (`atlas analyze … | head`) ends the run quietly with exit 0.
 * `ATLAS_DEBUG=1` prints the stack of an unexpected error for a bug report.
 */
import { AtlasError } from '../core/errors';
import { processIo } from './io';

/** True for the error a write to a closed pipe raises (`| head`). */
function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

/** One line for an error no part of the CLI expected. */
export function describeUnexpected(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const short = message.length > 500 ? `${message.slice(0, 500)}…` : message;
  if (error instanceof RangeError && /string length|array length|allocation/i.test(short)) {
    return `the input is too large to process in memory (${short}); split the file or raise the limits`;
  }
  return `internal error: ${short}. This is a bug: please report it with the command you ran (ATLAS_DEBUG=1 shows where it happened)`;
}

/** Writes the unexpected error as one line to `err` (default stderr; its stack only with ATLAS_DEBUG=1). */
export function reportUnexpected(prefix: string, error: unknown, err: (text: string) => void = processIo.err): void {
  try {
    err(`${prefix}: ${describeUnexpected(error)}\n`);
    if (process.env['ATLAS_DEBUG'] && error instanceof Error && error.stack) err(`${error.stack}\n`);
  } catch {
    // stderr itself is gone: nothing left to tell.
  }
}

/**
 * Writes a failed command's error: an {@link AtlasError} (a file that cannot
 * be used, a bad parameter, a usage error) as `prefix: message`, anything
 * else as an unexpected error. Decided by class, never by the message.
 */
export function reportError(prefix: string, error: unknown, err: (text: string) => void = processIo.err): void {
  if (error instanceof AtlasError) err(`${prefix}: ${error.message}\n`);
  else reportUnexpected(prefix, error, err);
}

/**
 * Installs the process-wide handlers: EPIPE on stdout/stderr ends the run
 * quietly; any uncaught exception or rejection is reported as one line.
 */
export function installGuards(prefix: string): void {
  const quietOnPipe = (error: unknown) => {
    if (isBrokenPipe(error)) process.exit(process.exitCode ?? 0);
    reportUnexpected(prefix, error);
    process.exit(1);
  };
  process.stdout.on('error', quietOnPipe);
  process.stderr.on('error', (error) => process.exit(isBrokenPipe(error) ? (process.exitCode ?? 0) : 1));
  process.on('uncaughtException', quietOnPipe);
  process.on('unhandledRejection', quietOnPipe);
}

/** Runs the CLI body; an unexpected throw becomes one line and exit code 1. */
export function guarded(prefix: string, body: () => number): number {
  try {
    return body();
  } catch (error) {
    if (isBrokenPipe(error)) return process.exitCode === undefined ? 0 : Number(process.exitCode);
    reportUnexpected(prefix, error);
    return 1;
  }
}
