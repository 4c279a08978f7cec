/**
 * The field's questions, as data for the Questions panel: one pure function
 * per question (one file each) and {@link QUESTIONS}, what the panel lists —
 * a title, two plain sentences on what is shown and how it is computed, and
 * the views in which the question makes sense.
 */
import type { ViewId } from '../view-settings';

// Row types and defaults are exported by each question's file; add them here when a caller needs them.
export { brokers } from './brokers';
export { coalitions } from './coalitions';
export { reach } from './reach';
export { singlePointsOfFailure } from './single-points-of-failure';
export { vendorLockIn } from './vendor-lock-in';

export type QuestionId = 'vendor-lock-in' | 'brokers' | 'reach' | 'coalitions' | 'single-points-of-failure';

export interface QuestionDescriptor {
  id: QuestionId;
  title: string;
  /** Two plain sentences: what the map and the list show, and how it is computed. */
  explanation: readonly [string, string];
  /** Views where the question works; elsewhere the panel says it needs one of these. */
  views: readonly ViewId[];
}

/** The questions, in the panel's order. */
export const QUESTIONS: readonly QuestionDescriptor[] = [
  {
    id: 'vendor-lock-in',
    title: 'Vendor lock-in',
    explanation: [
      'Cities are coloured by how concentrated their suppliers are, and the list shows those where one firm, or two at most, holds the links, with the firm on top.',
      'Each firm’s share counts its direct contracts with the city and the city’s projects it works on; the index adds up the squared shares (1 = a single vendor), and cities at 0.5 or more are listed.',
    ],
    views: ['network'],
  },
  {
    id: 'brokers',
    title: 'Brokers',
    explanation: [
      'Firms and intermediaries are ranked by how many pairs of their partners they join that are not linked to each other, with the coalitions their partners belong to.',
      'Brokerage counts the open pairs around each one (Gould and Fernandez); ties are broken by Burt’s constraint, which is low when a node’s partners do not know each other.',
    ],
    views: ['network', 'firm'],
  },
  {
    id: 'reach',
    title: 'Reach',
    explanation: [
      'Projects are sized by the cities that use them, and the list ranks them by cities, then countries; where links have years, it shows how adoption grew.',
      'A city counts once per project whatever the link says, and from the first year on that link; countries come from the cities’ country column.',
    ],
    views: ['network', 'project'],
  },
  {
    id: 'coalitions',
    title: 'Coalitions',
    explanation: [
      'Nodes are coloured by coalition, and each coalition is named after its most connected project, with how many cities, firms and projects it holds.',
      'Coalitions are communities: groups of nodes more linked to each other than to the rest of the network, found by the Louvain method or, when chosen under Communities, the Leiden method (every community connected); the list names the one used.',
    ],
    views: ['network', 'city', 'firm', 'project'],
  },
  {
    id: 'single-points-of-failure',
    title: 'Single points of failure',
    explanation: [
      'The list shows projects used by two cities or more that only one firm maintains or develops, with the cities that depend on it.',
      'A maintainer is linked to the project by a maintains or develops relation; a project that a city helps develop has two maintainers and is not listed.',
    ],
    views: ['network'],
  },
];
