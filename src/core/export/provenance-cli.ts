/**
 * The CLI flags that reproduce an export's measures: `--seed`,
 * `--betweenness`, every algorithm parameter that differs from its default
 * (as `--<algorithm>-<parameter>`, the names src/cli/args.ts builds from the
 * same descriptors), the projection and the nodes-file measure columns. A test parses these flags back with
 * the CLI's own parser and checks that the analysis gives identical measures.
 */
import { getAlgorithm } from '../metrics/registry';
import type { Provenance } from './provenance';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The projection part of the provenance, read defensively (it is stored as plain data). */
interface ProjectionLike {
  keep?: unknown;
  via?: unknown;
  weighting?: unknown;
  maxViaMembers?: unknown;
}

/**
 * Flags for `npm run atlas -- analyze <edges> [--nodes <nodes>] …` that
 * recompute the same measures and communities (the files themselves are not
 * included). Parameters equal to their default are left out, and so is an
 * algorithm's `seed` when it is the run's seed (which the CLI passes on).
 */
export function provenanceToCliArgs(p: Provenance): string[] {
  const args = ['--seed', String(p.params.seed), '--betweenness', p.params.betweenness];
  if (p.params.exactBetweennessMaxNodes !== undefined) args.push('--exact-betweenness-max-nodes', String(p.params.exactBetweennessMaxNodes));
  if (p.params.algorithms['leiden']) args.push('--communities', 'leiden'); // Louvain is the default method
  if (p.params.measureColumns) args.push('--measure-columns', p.params.measureColumns.join(','));
  for (const [id, values] of Object.entries(p.params.algorithms)) {
    let descriptor: ReturnType<typeof getAlgorithm>;
    try {
      descriptor = getAlgorithm(id);
    } catch {
      continue; // an algorithm this version does not know cannot be asked for
    }
    for (const spec of descriptor.parameters) {
      const value = values[spec.id];
      if (value === undefined || value === spec.default) continue;
      if (spec.id === 'seed' && value === p.params.seed) continue;
      args.push(`--${id}-${kebab(spec.id)}`, String(value));
    }
  }
  const projection = p.params.projection as ProjectionLike | undefined;
  if (projection && typeof projection.keep === 'string') {
    args.push('--project', projection.keep);
    if (Array.isArray(projection.via) && projection.via.length) args.push('--via', projection.via.join(','));
    if (typeof projection.weighting === 'string') args.push('--weighting', projection.weighting);
    if (typeof projection.maxViaMembers === 'number') args.push('--max-via-members', String(projection.maxViaMembers));
  }
  return args;
}
