/**
 * The one flag parser of `analyze` and `snapshot`: both tables built from the
 * same sections, one parse per command, bad flags refused with a UsageError
 * whose message names the flag, and errors printed by class.
 */
import { describe, expect, it } from 'vitest';
import { analysisFlagSections, flagHelp, helpText, parseCliArguments } from '../../src/cli/args';
import { UsageError } from '../../src/cli/errors';
import { reportError } from '../../src/cli/guard';
import { parseSnapshotArguments, snapshotFlagSections, snapshotFlagWords } from '../../src/cli/snapshot-args';
import { FatalInputError } from '../../src/core/csv/types';
import { ParameterError } from '../../src/core/errors';
import { atlas } from './run-atlas';

const names = (sections: { flags: { flag: string }[] }[]) => sections.flatMap((s) => s.flags.map((f) => f.flag));

/** The error `run` throws (fails the test when it throws nothing). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('CLI flag tables', () => {
  it('flagHelp() and snapshotFlagSections() both hold every analysis flag, and no flag twice', () => {
    const shared = names(analysisFlagSections());
    expect(shared).toEqual(expect.arrayContaining(['seed', 'project', 'source', 'node-id', 'louvain-resolution', 'pagerank-damping']));
    for (const table of [flagHelp(), snapshotFlagSections()]) {
      const all = names(table);
      expect(all).toEqual(expect.arrayContaining([...shared, 'nodes', 'quiet', 'help']));
      expect(new Set(all).size).toBe(all.length);
    }
    expect(names(snapshotFlagSections())).toEqual(
      expect.arrayContaining([
        'svg',
        'gexf',
        'json',
        'view',
        'color',
        'size',
        'edge-color',
        'layout',
        'width',
        'height',
        'labels',
        'label-density',
        'label-size',
        'stars',
        'title',
        'caption',
      ]),
    );
    expect(names(snapshotFlagSections())).not.toContain('out');
  });

  it('helpText() prints every flag of the analyze table', () => {
    const text = helpText();
    for (const flag of names(flagHelp())) expect(text).toContain(`--${flag}`);
  });
});

describe('parseCliArguments', () => {
  it('parseCliArguments(argv) refuses bad flags with a UsageError naming the flag', () => {
    const cases: [string[], string | RegExp][] = [
      [['analyze', 'e.csv', '--seed', 'abc'], "--seed expects a whole number, got 'abc'"],
      [['analyze', 'e.csv', '--betweenness', 'fast'], "--betweenness must be one of auto, exact, sampled, got 'fast'"],
      [['analyze', 'e.csv', '--louvain-weighted', 'yes'], "--louvain-weighted expects true or false, got 'yes'"],
      [['analyze', 'e.csv', '--via', 'project'], '--via, --weighting and --max-via-members go with --project'],
      [['analyze', 'e.csv', 'x.csv'], "unexpected argument 'x.csv': give one edges file, and the nodes file with --nodes"],
      [['analyze', 'e.csv', '--frobnicate'], /Unknown option '--frobnicate'/],
      [['analyze', 'e.csv', '--seed'], /'--seed <value>' argument missing/],
    ];
    for (const [argv, message] of cases) {
      const error = thrown(() => parseCliArguments(argv));
      expect(error, argv.join(' ')).toBeInstanceOf(UsageError);
      if (typeof message === 'string') expect((error as Error).message).toBe(message);
      else expect((error as Error).message).toMatch(message);
    }
  });
});

describe('parseSnapshotArguments', () => {
  const data = ['e.csv', '--nodes', 'n.csv', '--seed', '7', '--louvain-resolution', '1.5', '--source', 'From'];

  it('parseSnapshotArguments(argv) reads figure, view-setting and analysis flags in one pass', () => {
    const { flags, args } = parseSnapshotArguments([
      ...data,
      '--view',
      ' City',
      '--color',
      'country',
      '--layout',
      'geo',
      '--size',
      'pagerank',
      '--labels',
      '3',
      '--label-density',
      'dense',
      '--label-size',
      '16',
      '--stars',
      '0',
      '--svg',
      'o.svg',
      '--width',
      '640',
    ]);
    expect(flags.settings).toEqual({
      view: 'city',
      layout: 'geo',
      color: { kind: 'attribute', attribute: 'country' },
      size: 'pagerank',
      linkColor: 'plain',
      labels: { count: 3 },
      labelDensity: 'dense',
      labelSize: 16,
      stars: 0,
    });
    expect([flags.svg, flags.width, flags.height]).toEqual(['o.svg', 640, 800]);
    expect([args.command, args.edges, args.nodes]).toEqual(['snapshot', 'e.csv', 'n.csv']);
    expect(args.options).toMatchObject({ seed: 7, algorithms: { louvain: { resolution: 1.5 } }, edgeMapping: { source: 'From' } });
  });

  it('parseSnapshotArguments([]) gives the default view settings', () => {
    const { flags } = parseSnapshotArguments(['e.csv', '--svg', 'o.svg']);
    expect(flags.settings).toEqual({
      view: 'network',
      layout: 'force',
      color: { kind: 'type' },
      size: 'degree',
      linkColor: 'plain',
      labels: { count: 15 },
      labelDensity: 'normal',
      labelSize: 12,
      stars: 30,
    });
  });

  it('parseSnapshotArguments(argv) refuses bad values with a UsageError naming the flag', () => {
    const cases: [string[], string | RegExp][] = [
      [['--layout', 'spiral'], "--layout must be one of force, type-columns, type-rings, geo, got 'spiral'"],
      [['--edge-color', 'rainbow'], "--edge-color must be plain or relation, got 'rainbow'"],
      [['--view', 'woman'], "--view must be one of network, city, firm, project, got 'woman'"],
      [['--labels', 'many'], "--labels: expected a whole number of 0 or more, got 'many'"],
      [['--label-density', 'crowded'], "--label-density must be one of sparse, normal, dense, got 'crowded'"],
      [['--label-size', '30'], "--label-size: expected a whole number of pixels from 8 to 24, got '30'"],
      [['--label-size', '12.5'], "--label-size: expected a whole number of pixels from 8 to 24, got '12.5'"],
      [['--stars', '1'], "--stars: expected a whole number of 2 or more, or 0 (off), got '1'"],
      [['--stars=-3'], "--stars: expected a whole number of 2 or more, or 0 (off), got '-3'"],
      [['--width', '50'], "--width expects a whole number of at least 100, got '50'"],
      [['--seed', 'abc'], "--seed expects a whole number, got 'abc'"],
      [['--out', 'r.json'], /Unknown option '--out'/],
      [['--svg'], /'--svg <value>' argument missing/],
    ];
    for (const [flags, message] of cases) {
      const error = thrown(() => parseSnapshotArguments(['e.csv', ...flags]));
      expect(error, flags.join(' ')).toBeInstanceOf(UsageError);
      if (typeof message === 'string') expect((error as Error).message).toBe(message);
      else expect((error as Error).message).toMatch(message);
    }
  });

  it('snapshotFlagWords(flags), parsed again, gives the same figure flags', () => {
    const { flags } = parseSnapshotArguments([
      'e.csv',
      '--color',
      'attr:country',
      '--layout',
      'type-rings',
      '--edge-color',
      'relation',
      '--title',
      'T',
      '--labels',
      '0',
      '--label-size',
      '9',
      '--stars',
      '2',
    ]);
    const words = snapshotFlagWords(flags);
    expect(words).toEqual([
      '--view',
      'network',
      '--layout',
      'type-rings',
      '--color',
      'attr:country',
      '--size',
      'degree',
      '--edge-color',
      'relation',
      '--width',
      '1200',
      '--height',
      '800',
      '--labels',
      '0',
      '--label-size',
      '9',
      '--stars',
      '2',
      '--title',
      'T',
    ]);
    expect(parseSnapshotArguments(['e.csv', ...words]).flags).toEqual(flags);
  });
});

describe('atlas main(argv, io)', () => {
  it('atlas with no command prints the help and exits 1; --help exits 0; an unknown command exits 1', () => {
    const none = atlas();
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('Usage: npm run atlas -- analyze');
    expect(atlas('--help')).toMatchObject({ code: 0, stderr: '' });
    const unknown = atlas('frobnicate', 'e.csv');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe("atlas: unknown command 'frobnicate'; the commands are 'analyze', 'snapshot', 'duplicates', 'import' and 'adoption'.\n");
    expect(atlas('analyze').stderr).toBe('atlas: give the edges file: npm run atlas -- analyze <edges.csv>\n');
  });

  it('reportError prints user errors by class as one line, and anything else as an internal error', () => {
    const lines: string[] = [];
    const err = (text: string) => void lines.push(text);
    reportError('atlas', new FatalInputError('e.csv', 'empty-file', 'e.csv is empty'), err);
    reportError('atlas', new ParameterError("pagerank: parameter 'damping' must be at most 1, got 2"), err);
    reportError('atlas', new UsageError('--seed expects a whole number'), err);
    // A plain Error is a bug even when its message looks like a module's.
    reportError('atlas', new Error('analysis: looks like a user error'), err);
    expect(lines.slice(0, 3)).toEqual([
      'atlas: e.csv is empty\n',
      "atlas: pagerank: parameter 'damping' must be at most 1, got 2\n",
      'atlas: --seed expects a whole number\n',
    ]);
    expect(lines[3]).toMatch(/^atlas: internal error: Error: analysis: looks like a user error\. This is a bug/);
  });
});
