/**
 * Entry of embed.html: the map of an embed link with minimal chrome. Reads
 * the panel options and the state from the address and mounts one embedded
 * map into the page.
 */
import { mount } from './mount';
import { resolveEmbedOptions } from './options';

const params = new URLSearchParams(location.search);
const embedded = mount(document.getElementById('embed')!, {
  ...resolveEmbedOptions(params),
  state: params.toString(),
  appUrl: new URL('./', location.href).href,
});
addEventListener('pagehide', () => embedded.kill());
// Tests and scripts wait for this: the data is on the map and the link's state applied.
void embedded.ready.finally(() => (document.documentElement.dataset['atlasState'] = 'applied'));

// For tests and the console; only in the test build and the dev server (see main.ts).
if (import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'development')
  Object.assign(window, { atlasEmbed: embedded, atlas: embedded.app, atlasMap: embedded.map });
