/**
 * The errors the core throws on purpose, as classes, so callers decide by
 * class (or by a typed field) and never by the wording of a message.
 *
 * - {@link AtlasError}: the base of every error caused by what a user gave
 *   (a file, an option, a request) rather than by a bug. Its message starts
 *   with the module's name (`analysis: seed must be …`, graphology's habit)
 *   and is meant to be shown as is; the CLI prints it as one line and exits 1.
 * - {@link ParameterError}: a bad option or algorithm parameter.
 *
 * Errors of one concern live with it and extend these: `FatalInputError`
 * (csv/types: a file that cannot be used, with a stable `code`) and
 * `ProjectionTooLargeError` (graph/projection: carries its hubs).
 * Anything else thrown from the core is a bug and is reported as one.
 */

/** An error caused by the user's input or request, with a message to show as is. */
export class AtlasError extends Error {
  override name = 'AtlasError';
}

/** A bad analysis option, algorithm parameter or request (`pagerank: parameter 'damping' must be at most 1`). */
export class ParameterError extends AtlasError {
  override name = 'ParameterError';
}
