/**
 * Test helpers for the CSV readers: fixture loading, a compact view of an
 * issue log, and catching the fatal error a call throws.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { FatalInputError } from '../../../src/core/csv';
import type { IssueLog } from '../../../src/core/csv';

/** Text of `test/fixtures/csv/<name>`. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');
}

/** Bytes of `test/fixtures/csv/<name>`. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)));
}

/** Each detailed issue as "line column severity code". */
export function summary(log: IssueLog): string[] {
  return log.detailed.map((i) => `${i.line} ${i.column} ${i.severity} ${i.code}`);
}

/** The FatalInputError `run` throws (fails the test when it throws nothing or something else). */
export function fatal(run: () => unknown): FatalInputError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(FatalInputError);
    return e as FatalInputError;
  }
  throw new Error('expected a FatalInputError, nothing was thrown');
}
