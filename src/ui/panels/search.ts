/** (Being written: see the panel's owner.) */
import type { App } from '../app';
import type { Panel } from './panel';

export function mountSearch(container: HTMLElement, app: App): Panel {
  void app;
  return { kill: () => container.replaceChildren() };
}
