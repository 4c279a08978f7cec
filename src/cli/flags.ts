/**
 * The one flag parser of the CLI. Each command describes its flags as data —
 * sections of `{ flag, value?, help }`, a flag with a value name taking a
 * string, one without being a switch — and the same table gives both its
 * `--help` text and its single call to Node's `util.parseArgs`. `analyze`
 * and `snapshot` build their tables from the same sections (args.ts,
 * snapshot-args.ts), so a data flag reads the same way in both.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

/** One flag: its name without `--`, its value name (absent for a switch) and its help line. */
export interface FlagHelp {
  flag: string;
  value?: string;
  help: string;
}

/** A titled group of flags, as `--help` prints them. */
export interface FlagSection {
  section: string;
  flags: FlagHelp[];
}

/** What one parse read: string values and switches by flag name, and the positional arguments. */
export interface ParsedFlags {
  /** The value of a flag that takes one, when given. */
  string(flag: string): string | undefined;
  /** Whether a switch was given. */
  has(flag: string): boolean;
  positionals: string[];
  /** Every flag given with its value, in argv order (a switch's value is undefined). */
  given: { flag: string; value: string | undefined }[];
}

/** Error codes of `util.parseArgs` for a bad command line (unknown flag, missing value…). */
const PARSE_ARGS_CODES = new Set(['ERR_PARSE_ARGS_UNKNOWN_OPTION', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL']);

/**
 * Parses `argv` against the flags of `sections` (strict: an unknown flag or
 * a missing value is refused). Throws a {@link UsageError} with Node's
 * message for those.
 */
export function parseFlags(argv: readonly string[], sections: readonly FlagSection[]): ParsedFlags {
  const options: ParseArgsConfig['options'] = {};
  for (const { flags } of sections) for (const f of flags) options[f.flag] = { type: f.value ? 'string' : 'boolean' };
  const config = { args: [...argv], options, allowPositionals: true, strict: true, tokens: true } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code !== undefined && PARSE_ARGS_CODES.has(code)) throw new UsageError((error as Error).message);
    throw error;
  }
  const { values, positionals, tokens } = parsed;
  return {
    string: (flag) => (typeof values[flag] === 'string' ? (values[flag] as string) : undefined),
    has: (flag) => values[flag] === true,
    positionals,
    given: tokens.flatMap((t) => (t.kind === 'option' ? [{ flag: t.name, value: t.value }] : [])),
  };
}

/** The flag lines of `--help`: `  --flag VALUE` padded to a column, then the help. */
export function formatFlagSections(sections: readonly FlagSection[]): string[] {
  const lines: string[] = [];
  for (const { section, flags } of sections) {
    lines.push('', `${section}:`);
    for (const f of flags) lines.push(`  --${f.flag}${f.value ? ` ${f.value}` : ''}`.padEnd(46) + ` ${f.help}`);
  }
  return lines;
}

/** `raw` as a number (a whole one with `integer`); a {@link UsageError} naming `--flag` otherwise. */
export function flagNumber(flag: string, raw: string, integer: boolean): number {
  const x = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(x) || (integer && !Number.isInteger(x)))
    throw new UsageError(`--${flag} expects ${integer ? 'a whole number' : 'a number'}, got '${raw}'`);
  return x;
}
