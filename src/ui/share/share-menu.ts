/** (Being written: see the panel's owner.) */
import type { App } from '../app';
import type { MapController } from '../map/map-controller';
import type { Panel } from '../panels/panel';

export function mountShareMenu(container: HTMLElement, app: App, map: MapController): Panel {
  void app;
  void map;
  return { kill: () => container.replaceChildren() };
}
