/**
 * The descriptor every algorithm is written as: what it is called, which
 * parameters it takes (with defaults and ranges), what it outputs and how to
 * run it. The UI builds its forms from descriptors and the CLI builds its
 * flags from them, so an algorithm is declared once.
 */
import { ParameterError } from '../errors';
import type { MeasureGraph } from './csr';

/** One parameter of an algorithm. */
export type ParameterSpec =
  | {
      id: string;
      label: string;
      description: string;
      type: 'number' | 'integer';
      default: number;
      min?: number;
      max?: number;
      step?: number;
    }
  | { id: string; label: string; description: string; type: 'boolean'; default: boolean }
  | {
      id: string;
      label: string;
      description: string;
      type: 'enum';
      default: string;
      options: readonly string[];
    };

export type ParameterValue = number | boolean | string;
export type ParameterValues = Record<string, ParameterValue>;

/** One per-node output: `values[i]` belongs to the i-th node of `graph.nodes()`. */
export interface OutputSpec {
  id: string;
  label: string;
  /** `number` for measures, `category` for integer labels such as community or component. */
  kind: 'number' | 'category';
  description: string;
  /** True when a low value is the notable one (constraint: low = broker), so ranks count from the lowest. */
  lowerFirst?: boolean;
}

/**
 * Passed to `run` so long computations can report progress. There is no
 * cooperative cancellation: the page cancels by terminating the worker.
 */
export interface RunContext {
  /** Called with a fraction in [0, 1]. */
  onProgress?: (fraction: number) => void;
  /**
   * CSRs of the graph already built, by weight attribute (`null` = unweighted),
   * shared by the measures of one analysis so the adjacency is built once.
   */
  csrCache?: Map<string | null, import('./csr').Csr>;
}

/** What a run returns. */
export interface AlgorithmResult {
  /** Per-node values by output id, aligned with `graph.nodes()` order. */
  values: Record<string, Float64Array>;
  /** Graph-level figures (e.g. modularity, iterations used). */
  stats: Record<string, number | string | boolean>;
  /** Plain-language notes the user should see (e.g. "did not converge in 1000 iterations"). */
  notes: string[];
}

export interface AlgorithmDescriptor {
  id: string;
  label: string;
  description: string;
  /** Paper or book the method comes from. */
  reference: string;
  parameters: readonly ParameterSpec[];
  outputs: readonly OutputSpec[];
  /** Measures read `graph` only through `csrFor` (with the context's cache), its `order`, `size` and `nodes()`. */
  run(graph: MeasureGraph, params: ParameterValues, context?: RunContext): AlgorithmResult;
}

/** Fills missing parameters with defaults and checks types and ranges; throws a {@link ParameterError} naming the algorithm. */
export function resolveParameters(descriptor: AlgorithmDescriptor, given: Partial<ParameterValues> = {}): ParameterValues {
  const out: ParameterValues = {};
  for (const spec of descriptor.parameters) {
    const value = given[spec.id] ?? spec.default;
    const where = `${descriptor.id}: parameter '${spec.id}'`;
    switch (spec.type) {
      case 'number':
      case 'integer': {
        if (typeof value !== 'number' || !Number.isFinite(value)) throw new ParameterError(`${where} must be a number, got ${JSON.stringify(value)}`);
        if (spec.type === 'integer' && !Number.isInteger(value)) throw new ParameterError(`${where} must be a whole number, got ${value}`);
        if (spec.min !== undefined && value < spec.min) throw new ParameterError(`${where} must be at least ${spec.min}, got ${value}`);
        if (spec.max !== undefined && value > spec.max) throw new ParameterError(`${where} must be at most ${spec.max}, got ${value}`);
        break;
      }
      case 'boolean':
        if (typeof value !== 'boolean') throw new ParameterError(`${where} must be true or false, got ${JSON.stringify(value)}`);
        break;
      case 'enum':
        if (typeof value !== 'string' || !spec.options.includes(value))
          throw new ParameterError(`${where} must be one of ${spec.options.join(', ')}, got ${JSON.stringify(value)}`);
        break;
    }
    out[spec.id] = value;
  }
  for (const key of Object.keys(given)) {
    if (!descriptor.parameters.some((p) => p.id === key)) throw new ParameterError(`${descriptor.id}: unknown parameter '${key}'`);
  }
  return out;
}
