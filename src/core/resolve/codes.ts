/**
 * The stable issue codes of applying an aliases file (all warnings: the data
 * is kept, merged), each with a one-line description, as the CSV readers'
 * and the graph builder's codes are.
 */
import type { IssueCodeInfo } from '../csv/codes';

export const RESOLVE_ISSUE_CODES = {
  'alias-merged': {
    severity: 'warning',
    description: 'An id of the data was merged into its canonical by the aliases file; its links and fields belong to the canonical.',
  },
  'alias-self-loop': {
    severity: 'warning',
    description: 'A link joined two names of one entity; once they were merged it would link the entity to itself, so it was dropped.',
  },
  'alias-unused': { severity: 'warning', description: 'An alias of the aliases file names no node of the data.' },
} as const satisfies Record<string, IssueCodeInfo>;
