/**
 * The Louvain algorithm as an `AlgorithmDescriptor`, from which the UI builds
 * its form and the CLI its flags.
 */
import { communityDescriptor } from './community-descriptor';
import { louvain } from './louvain';

/** Louvain communities: per-node `community` (0 = largest) and the modularity reached. */
export const louvainDescriptor = communityDescriptor({
  id: 'louvain',
  name: 'Louvain',
  description:
    'Groups nodes into communities that are densely linked inside and sparsely between, by maximising modularity. ' +
    'The best of several seeded runs is kept; the same seed always gives the same communities. ' +
    'Community 0 is the largest; isolated nodes get one community each, numbered last.',
  reference:
    'V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of communities in large networks", ' +
    'J. Stat. Mech. (2008) P10008, doi:10.1088/1742-5468/2008/10/P10008',
  detect: louvain,
});
