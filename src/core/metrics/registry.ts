/**
 * The registry of every algorithm the app offers, read by the UI (forms,
 * menus) and the CLI (flags, --help). One descriptor per algorithm.
 */
import { ParameterError } from '../errors';
import { leidenDescriptor } from '../communities/leiden-descriptor';
import { louvainDescriptor } from '../communities/louvain-descriptor';
import type { AlgorithmDescriptor, OutputSpec } from './descriptor';
import { centralityDescriptors } from './index';

/** Every algorithm, in menu order. */
export const ALGORITHMS: readonly AlgorithmDescriptor[] = [...centralityDescriptors, louvainDescriptor, leidenDescriptor];

/** The descriptor with this id; throws a message listing the known ids. */
export function getAlgorithm(id: string): AlgorithmDescriptor {
  const found = ALGORITHMS.find((a) => a.id === id);
  if (!found) throw new ParameterError(`registry: unknown algorithm '${id}'; known: ${ALGORITHMS.map((a) => a.id).join(', ')}`);
  return found;
}

/** Every per-node output of the registry, first occurrence of each id (exact and sampled betweenness share one). */
export function allOutputs(): OutputSpec[] {
  const seen = new Map<string, OutputSpec>();
  for (const a of ALGORITHMS) for (const o of a.outputs) if (!seen.has(o.id)) seen.set(o.id, o);
  return [...seen.values()];
}
