/**
 * The CLI's own error: a bad command line. It is an `AtlasError` (a user's
 * mistake, shown as is, exit 1) that the commands print with a pointer to
 * `--help`.
 */
import { AtlasError } from '../core/errors';

/** A bad flag, flag value or argument; the message names the flag. */
export class UsageError extends AtlasError {
  override name = 'UsageError';
}
