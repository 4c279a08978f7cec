/**
 * The timeline's Play: steps the window's last year from a first year to the
 * last, one year per step, and waits for the map to have drawn each step
 * (and for a short dwell, so a person can read it) before the next; it
 * stops at the last year, on Pause, or when killed. What a step shows is the
 * caller's (`show(year)` writes the filters); the pacing is here.
 */

/** How the player knows the map has drawn: resolves after the next frame the map draws (called before the change). */
export type WhenDrawn = () => Promise<void>;

/** Time a step stays on screen at least, and longest wait for a draw before going on anyway. */
export const PLAY_DWELL_MS = 700;
const DRAW_TIMEOUT_MS = 3000;

export interface PlayerOptions {
  /** Shows year `year` (writes the filters). */
  show: (year: number) => void;
  whenDrawn: WhenDrawn;
  /** Called when playing starts or stops (to switch the button). */
  onChange: (playing: boolean) => void;
  dwellMs?: number;
}

/** A Play/Pause controller over years; long-lived, so `kill()`. */
export class TimelinePlayer {
  private run = 0;
  private active = false;

  constructor(private readonly options: PlayerOptions) {}

  get playing(): boolean {
    return this.active;
  }

  /** Plays the years `first`…`last`, one step each; a running play is stopped first. */
  async play(first: number, last: number): Promise<void> {
    const token = ++this.run;
    this.setActive(true);
    const dwell = this.options.dwellMs ?? PLAY_DWELL_MS;
    for (let year = first; year <= last; year++) {
      if (token !== this.run) return;
      const started = performance.now();
      const drawn = withTimeout(this.options.whenDrawn(), DRAW_TIMEOUT_MS);
      this.options.show(year);
      await drawn;
      if (year === last || token !== this.run) break;
      const rest = dwell - (performance.now() - started);
      if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
    }
    if (token === this.run) this.setActive(false);
  }

  /** Stops after the step being drawn. */
  pause(): void {
    this.run++;
    this.setActive(false);
  }

  kill(): void {
    this.run++;
    this.active = false;
  }

  private setActive(active: boolean): void {
    if (this.active === active) return;
    this.active = active;
    this.options.onChange(active);
  }
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
