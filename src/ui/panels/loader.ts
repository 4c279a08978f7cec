/** (Being written: see the panel's owner.) */
import type { App } from '../app';
import { DEFAULT_ABOUT, DEFAULT_INPUT } from '../default-data';
import type { Panel } from './panel';

export function mountLoader(container: HTMLElement, app: App): Panel & { loadInitial(): Promise<void> } {
  return {
    kill: () => container.replaceChildren(),
    async loadInitial() {
      await app.load({
        input: DEFAULT_INPUT,
        source: { title: DEFAULT_ABOUT.title, kind: 'default', files: [DEFAULT_INPUT.edges.name, DEFAULT_INPUT.nodes!.name], about: DEFAULT_ABOUT },
      });
    },
  };
}
