/**
 * Panels drawn after the map when a large graph arrives. Every panel
 * listens to the store, and the store tells its listeners one after the
 * other in the task that set the state: at 100,000 nodes / 500,000 links
 * the map's construction and the panels' first drawing (star list, style
 * menus, filters, timeline, legend) made one task of 1.5–2 s. Above
 * {@link AFTER_MAP_LINKS} links, a panel asks for its drawing for a new
 * graph with {@link afterMap}: it runs in a task of its own (a timer), after
 * the map's, the panel marked `aria-busy` until then. Any other change
 * draws at once, and a drawing still waiting is then dropped: the panel
 * always ends on the state's last word. Small graphs (the default data,
 * the municipal network) are drawn as before, in the same task.
 */
import type { AppState } from '../state/app-state';
import type { Derived } from '../state/derived';

/** Above this many links in the view's graph, panels draw a new graph in tasks of their own (the map's bound for drawing every link at once). */
export const AFTER_MAP_LINKS = 10_000;

/** A panel's drawing, now or in a task of its own. */
export interface AfterMap {
  /** Draws in a task of its own (once, however often asked before it runs); `busy` is marked `aria-busy` meanwhile. */
  later(): void;
  /** Draws now; a drawing asked for later is dropped. */
  now(): void;
  /** Whether a drawing waits. */
  readonly pending: boolean;
  /** Drops a drawing asked for later. */
  cancel(): void;
}

/** Whether the state's view is large enough for its panels to draw after the map. */
export function drawsAfterMap(derived: Derived, s: AppState): boolean {
  return (derived.view(s)?.graph.size ?? 0) > AFTER_MAP_LINKS;
}

/** Wraps a panel's `draw` (see the file header); `busy` is the element that says it is being drawn. */
export function afterMap(draw: () => void, busy?: Element): AfterMap {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    busy?.removeAttribute('aria-busy');
  };
  return {
    later() {
      if (timer !== null) return;
      busy?.setAttribute('aria-busy', 'true');
      timer = setTimeout(() => {
        timer = null;
        busy?.removeAttribute('aria-busy');
        draw();
      }, 0);
    },
    now() {
      cancel();
      draw();
    },
    get pending() {
      return timer !== null;
    },
    cancel,
  };
}
