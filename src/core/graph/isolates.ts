/**
 * When a graph's isolates (nodes without any link) are worth setting apart:
 * a one-mode projection made without its hubs can leave thousands of them
 * (the municipal city–city view without GlobaLeaks: 4,700 of 5,988 cities),
 * and drawn among the linked nodes they would dwarf them. The first layout
 * then puts them in a block of their own below the picture, and the page
 * hides them when such a view is chosen (ui/panels/views.ts) — one rule for both.
 */

/** At least 50 isolates, and at least a third of the nodes. */
export function manyIsolates(isolates: number, nodes: number): boolean {
  return isolates >= 50 && isolates * 3 >= nodes;
}
