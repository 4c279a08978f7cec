/**
 * Where the CLI writes: its standard output and standard error, injectable so
 * tests run a command in-process and read what it printed.
 */

/** The two output streams of a command, as writers of text. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** The process's own stdout and stderr. */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};
