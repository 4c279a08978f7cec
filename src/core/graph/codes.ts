/**
 * The stable issue codes the graph builder emits (all warnings: the data is
 * kept), each with a one-line description, as the CSV readers' codes are.
 */
import type { IssueCodeInfo } from '../csv/codes';

export const BUILD_ISSUE_CODES = {
  'repeated-pair': {
    severity: 'warning',
    description: 'A row links a pair already linked; merged into one edge (weights summed; relations, years, evidence listed).',
  },
  'duplicate-row': { severity: 'warning', description: 'A row repeats an earlier row exactly; merged, weights summed.' },
  'type-conflict': {
    severity: 'warning',
    description: 'An id is given two types; the nodes file wins, else the first type seen.',
  },
  'type-missing': { severity: 'warning', description: "No file gives the node a type; it is shown as 'unknown'." },
  'node-not-in-nodes-file': { severity: 'warning', description: 'An id of the edges file is missing from the nodes file.' },
  'node-without-edges': { severity: 'warning', description: 'A node of the nodes file is in no edge; kept as an isolate.' },
  'possible-duplicate': {
    severity: 'warning',
    description: 'Two ids differ only by letter case; kept apart, reported as a possible duplicate.',
  },
} as const satisfies Record<string, IssueCodeInfo>;
