/**
 * The Leiden algorithm as an `AlgorithmDescriptor`, from which the UI builds
 * its form and the CLI its flags (`--leiden-resolution`, …); chosen over
 * Louvain by the analysis option `communities` (`--communities leiden`).
 */
import { communityDescriptor } from './community-descriptor';
import { leiden } from './leiden';

/** Leiden communities: per-node `community` (0 = largest), each connected, and the modularity reached. */
export const leidenDescriptor = communityDescriptor({
  id: 'leiden',
  name: 'Leiden',
  description:
    'Groups nodes into communities that are densely linked inside and sparsely between, by maximising modularity, ' +
    'like Louvain, with a refinement step that guarantees every community is connected (Louvain can return a ' +
    'community held together by nothing). The best of several seeded runs is kept; the same seed always gives ' +
    'the same communities. Community 0 is the largest; isolated nodes get one community each, numbered last.',
  reference:
    'V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected communities", ' +
    'Sci. Rep. 9, 5233 (2019), doi:10.1038/s41598-019-41695-z',
  detect: leiden,
});
