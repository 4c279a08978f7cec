/**
 * A tiny seeded pseudo-random generator shared by every randomised algorithm
 * (sampled betweenness, Louvain), so a run with the same seed gives the same
 * result on every machine.
 *
 * Why mulberry32 (Tommy Ettinger, 2017) and not `Math.random`: `Math.random`
 * cannot be seeded. Mulberry32 is a few lines of 32-bit integer arithmetic
 * (`Math.imul`, shifts), so it is exactly reproducible across JavaScript
 * engines and platforms, fast, and passes the usual statistical batteries
 * well enough for sampling and node-order shuffling (it is not cryptographic).
 */

/**
 * Returns a generator of floats in [0, 1) determined entirely by `seed`
 * (any number; it is reduced to 32 bits).
 */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
