/**
 * The test build's hooks on `window` (`vite build --mode e2e` exposes them;
 * see src/ui/main.ts and src/ui/embed/main.ts), typed, for code that runs
 * inside the page through `page.evaluate`: `(window as unknown as AtlasTestWindow).atlas`.
 */
import type { App } from '../../src/ui/app';
import type { EmbeddedMap } from '../../src/ui/embed/mount';
import type { MapController } from '../../src/ui/map/map-controller';
import type { UrlSync } from '../../src/ui/share/url-sync';

export interface AtlasTestWindow {
  atlas: App;
  atlasMap: MapController;
  atlasUrlSync: UrlSync;
  atlasEmbed: EmbeddedMap;
  /** Scratch space a test may set in the page. */
  __posted?: unknown[];
}
