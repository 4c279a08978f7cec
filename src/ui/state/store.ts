/**
 * A minimal observable store: one state object, shallow-merged updates, and
 * listeners told the new and previous state. Components derive what they
 * show from the state; nothing else holds display state. An optional
 * `normalize` keeps rules between fields (a node and a link are not selected
 * together) in one place, applied to every update before listeners hear of it.
 */
export type Listener<S> = (state: S, previous: S) => void;

/** Turns the merged next state into the state kept, knowing the previous one (returns `next` when nothing is to change). */
export type Normalize<S> = (next: S, previous: S) => S;

export class Store<S extends object> {
  private state: S;
  private readonly listeners = new Set<Listener<S>>();

  constructor(
    initial: S,
    private readonly normalize: Normalize<S> = (next) => next,
  ) {
    this.state = initial;
  }

  get(): S {
    return this.state;
  }

  /** Merges `patch` over the state and notifies listeners if anything changed (by identity). */
  set(patch: Partial<S>): void {
    const previous = this.state;
    let changed = false;
    for (const key of Object.keys(patch) as (keyof S)[]) {
      if (!Object.is(previous[key], patch[key])) {
        changed = true;
        break;
      }
    }
    if (!changed) return;
    this.state = this.normalize({ ...previous, ...patch }, previous);
    for (const listener of [...this.listeners]) listener(this.state, previous);
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` when `select(state)` changes (by identity), and once now. */
  watch<T>(select: (state: S) => T, listener: (value: T, previous: T | undefined) => void): () => void {
    let current = select(this.state);
    listener(current, undefined);
    return this.subscribe((state) => {
      const next = select(state);
      if (Object.is(next, current)) return;
      const before = current;
      current = next;
      listener(next, before);
    });
  }

  kill(): void {
    this.listeners.clear();
  }
}
