import { describe, expect, it } from 'vitest';
import { BROWSER_MAX_BYTES, BROWSER_MAX_ROWS, browserLimitMessage, countLines } from '../../../src/core/input/browser-limits';

describe('browser limits', () => {
  it('browserLimitMessage(files) is null for files that fit', () => {
    expect(browserLimitMessage([{ name: 'e.csv', bytes: 42_456_282, lines: 500_001 }])).toBeNull();
    expect(browserLimitMessage([{ name: 'e.csv', bytes: BROWSER_MAX_BYTES }])).toBeNull();
  });

  it('browserLimitMessage(files) refuses 315 MB by size, naming the file, the limits and the CLI command', () => {
    const message = browserLimitMessage([
      { name: 'huge.csv', bytes: 315 * 1024 * 1024 },
      { name: 'n.csv', bytes: 1000 },
    ]);
    expect(message).toBe(
      'huge.csv (315 MB) and n.csv (1 KB): 315 MB is more than the browser version can hold (50 MB or 550,000 rows, edges and nodes together), ' +
        'so nothing was loaded. For data this large use the command-line tool, which has no such limit (npm run atlas -- analyze huge.csv --nodes n.csv --out report.json).',
    );
  });

  it('browserLimitMessage(files) refuses a million short rows by their count, edges and nodes together', () => {
    const message = browserLimitMessage([
      { name: 'e.csv', bytes: 1_000, lines: 10 },
      { name: 'nodes.csv', bytes: 9_000_000, lines: 1_000_001 },
    ]);
    expect(message).toMatch(/^e\.csv \(1 KB, 10 lines\) and nodes\.csv \(8\.6 MB, 1,000,001 lines\): 1,000,011 rows is more than the browser version can hold/);
    expect(browserLimitMessage([{ name: 'e.csv', bytes: 100, lines: BROWSER_MAX_ROWS }])).toBeNull();
    expect(browserLimitMessage([{ name: 'e.csv', bytes: 100, lines: BROWSER_MAX_ROWS + 1 }])).not.toBeNull();
  });

  it('browserLimitMessage(files) says "over" for a body whose reading stopped at the limit', () => {
    expect(browserLimitMessage([{ name: 'huge.csv', bytes: BROWSER_MAX_BYTES + 1, partial: true }])).toMatch(
      /^huge\.csv \(over 50 MB\): over 50 MB is more than/,
    );
  });

  it('countLines(bytes) counts LF, CRLF as one, and lone CR when there is no LF', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(countLines(enc('a,b\nc,d\n'))).toBe(2);
    expect(countLines(enc('a,b\r\nc,d\r\ne,f'))).toBe(2);
    expect(countLines(enc('a,b\rc,d\re,f\r'))).toBe(3);
    expect(countLines(enc(''))).toBe(0);
    expect(countLines(enc('a,b\n'.repeat(600_000)))).toBe(600_000);
  });
});
