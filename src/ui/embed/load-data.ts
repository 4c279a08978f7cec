/**
 * Data for an embedded map: the addresses in the embed link (edges, nodes,
 * aliases; fetched with the same checks as the full app), else the embedded
 * default dataset. No dialogs: a problem becomes the map's message.
 */
import type { DataAddresses } from '../../core/url-state';
import type { App, LoadOutcome } from '../app';
import { DEFAULT_ABOUT, DEFAULT_INPUT } from '../default-data';
import { fetchCsv, InputError, nameFromUrl } from '../panels/load-input';
import type { DataSource } from '../state/dataset';

const DEFAULT_SOURCE: DataSource = {
  title: DEFAULT_ABOUT.title,
  kind: 'default',
  files: [DEFAULT_INPUT.edges.name, DEFAULT_INPUT.nodes!.name],
  about: DEFAULT_ABOUT,
};

/** Loads `urls` (or the default dataset when there are none or they fail). */
export async function loadEmbedData(app: App, urls: DataAddresses | null): Promise<LoadOutcome> {
  if (urls) {
    try {
      const [edges, nodes, aliases] = await Promise.all([
        fetchCsv(urls.edges, 'edges'),
        urls.nodes ? fetchCsv(urls.nodes, 'nodes') : undefined,
        urls.aliases ? fetchCsv(urls.aliases, 'aliases') : undefined,
      ]);
      const title = urls.nodes ? `${nameFromUrl(urls.edges, 'edges')} + ${nameFromUrl(urls.nodes, 'nodes')}` : edges.name;
      const files = [edges, nodes, aliases].filter((f) => f !== undefined).map((f) => f.name);
      const input = { edges, ...(nodes ? { nodes } : {}), ...(aliases ? { aliases } : {}) };
      const outcome = await app.load({ input, source: { title, kind: 'urls', files, urls } });
      if (outcome.status === 'done') return outcome;
    } catch (e) {
      app.store.set({ message: { kind: 'error', text: e instanceof InputError ? e.message : String(e) } });
    }
    const message = app.store.get().message;
    const outcome = await app.load({ input: DEFAULT_INPUT, source: DEFAULT_SOURCE });
    if (message) app.store.set({ message: { ...message, text: `${message.text} Showing the default dataset instead.` } });
    return outcome;
  }
  return app.load({ input: DEFAULT_INPUT, source: DEFAULT_SOURCE });
}
