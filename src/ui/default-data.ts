/**
 * The embedded default dataset (bundled into the app, so the first screen
 * needs no network) and the note shown about it.
 */
import edgesText from '../../data/default-edges.csv?raw';
import nodesText from '../../data/default-nodes.csv?raw';
import type { AnalysisInput } from '../core/analysis/analyze';

export const DEFAULT_INPUT: AnalysisInput = {
  edges: { name: 'default-edges.csv', text: edgesText },
  nodes: { name: 'default-nodes.csv', text: nodesText },
};

export const DEFAULT_ABOUT = {
  title: 'Municipal open-source partnerships (hand-checked sample)',
  text:
    'Who uses, develops, maintains and funds shared municipal software: CONSUL Democracy, Decidim, Signalen, ' +
    'Open Zaak / Open Forms, X-Road, FixMyStreet, CKAN, LocalGov Drupal, Sentilo and a few Italian publiccode.yml projects. ' +
    'Every link cites its evidence (usually a file at a fixed commit). 13 links from the Diputació de Barcelona / Girona are inferred from a platform address.',
  sources: [
    { label: 'decidim/decidim.org', licence: 'AGPL-3.0; content CC BY-SA 4.0', url: 'https://github.com/decidim/decidim.org' },
    { label: 'consuldemocracy docs and website', licence: 'MIT', url: 'https://github.com/consuldemocracy' },
    { label: 'Signalen/signalen.org', licence: 'EUPL-1.2', url: 'https://github.com/Signalen' },
    { label: 'italia/public-opendata-sources', licence: 'AGPL-3.0', url: 'https://github.com/italia/public-opendata-sources' },
    { label: 'OpenUK/publiccode.directory; beeckcenter/softwarecollaborative.org', licence: 'GPL-3.0', url: 'https://github.com/OpenUK' },
    { label: 'mysociety/fixmystreet docs and cobrands', licence: 'not checked', url: 'https://github.com/mysociety/fixmystreet' },
  ],
};
