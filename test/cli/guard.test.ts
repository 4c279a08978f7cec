import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { describeUnexpected } from '../../src/cli/guard';

const root = new URL('../../', import.meta.url).pathname;

describe('CLI guard', () => {
  it('describeUnexpected(error) is one line naming the error, without a stack', () => {
    const error = new TypeError('list.includes is not a function');
    const text = describeUnexpected(error);
    expect(text).toBe(
      'internal error: TypeError: list.includes is not a function. This is a bug: please report it with the command you ran (ATLAS_DEBUG=1 shows where it happened)',
    );
    expect(text).not.toContain('\n');
  });

  it('describeUnexpected(RangeError: Invalid string length) says the input is too large', () => {
    expect(describeUnexpected(new RangeError('Invalid string length'))).toMatch(/^the input is too large to process in memory/);
  });

  it('describeUnexpected truncates a huge message', () => {
    expect(describeUnexpected(new Error('x'.repeat(100_000))).length).toBeLessThan(700);
  });

  it('atlas analyze … | head -1 ends quietly with exit 0 when the pipe closes', () => {
    // 500 KB of summary: head exits after the first line, so later writes hit a closed pipe.
    const command =
      `"${process.execPath}" --import tsx src/cli/main.ts analyze data/municipal-edges.csv --nodes data/municipal-nodes.csv --top 5000 2>/tmp/atlas-epipe.err | head -1; ` +
      'echo "exit=$PIPESTATUS"; cat /tmp/atlas-epipe.err'; // $PIPESTATUS: the exit code of the first command of the pipe
    const r = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toContain('Partnership Atlas');
    expect(r.stdout).toContain('exit=0');
    expect(r.stdout).not.toMatch(/EPIPE|Error| {4}at /);
  });
});
