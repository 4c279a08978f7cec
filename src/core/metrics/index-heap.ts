/**
 * A binary min-heap of node indices keyed by a shared distance array, with
 * decrease-key, for Dijkstra in betweenness and closeness.
 *
 * Why hand-written: a generic heap of `{node, distance}` objects (what
 * graphology-shortest-path and most npm heaps use) allocates an object per
 * push, i.e. O(m) garbage per source and O(nm) per Brandes run, and the
 * collector then dominates the run time. This heap lives in two Int32Arrays
 * allocated once per run and reset in O(size) per source; `position` gives
 * decrease-key, so the heap never holds more than n entries.
 */
export class IndexHeap {
  private readonly heap: Int32Array;
  /** Slot of node i in `heap`, or -1 when it is not in the heap. */
  private readonly position: Int32Array;
  private readonly key: Float64Array;
  private size = 0;

  /** `key[i]` is read as node i's priority; the caller updates it before `pushOrDecrease(i)`. */
  constructor(n: number, key: Float64Array) {
    this.key = key;
    this.heap = new Int32Array(n);
    this.position = new Int32Array(n).fill(-1);
  }

  get length(): number {
    return this.size;
  }

  /** Inserts node i, or moves it up after `key[i]` decreased. */
  pushOrDecrease(i: number): void {
    let slot = this.position[i]!;
    if (slot < 0) {
      slot = this.size++;
      this.heap[slot] = i;
      this.position[i] = slot;
    }
    this.siftUp(slot);
  }

  /** Removes and returns the node with the smallest key. */
  pop(): number {
    const heap = this.heap;
    const top = heap[0]!;
    this.position[top] = -1;
    const last = heap[--this.size]!;
    if (this.size > 0) {
      heap[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(slot: number): void {
    const { heap, position, key } = this;
    const node = heap[slot]!;
    const k = key[node]!;
    while (slot > 0) {
      const parentSlot = (slot - 1) >> 1;
      const parent = heap[parentSlot]!;
      if (key[parent]! <= k) break;
      heap[slot] = parent;
      position[parent] = slot;
      slot = parentSlot;
    }
    heap[slot] = node;
    position[node] = slot;
  }

  private siftDown(slot: number): void {
    const { heap, position, key } = this;
    const size = this.size;
    const node = heap[slot]!;
    const k = key[node]!;
    for (;;) {
      let child = 2 * slot + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && key[heap[right]!]! < key[heap[child]!]!) child = right;
      const c = heap[child]!;
      if (key[c]! >= k) break;
      heap[slot] = c;
      position[c] = slot;
      slot = child;
    }
    heap[slot] = node;
    position[node] = slot;
  }
}
