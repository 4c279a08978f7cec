/**
 * Leiden's guarantee without its guard: the partition of the iterations
 * themselves (before `leidenRun` splits anything) has only connected
 * communities, on the reference graphs and on seeded random graphs where
 * Louvain's own partition is disconnected (so the check can fail).
 */
import { describe, expect, it } from 'vitest';
import { disconnectedCount } from '../../../src/core/communities/connected';
import { leidenIterated } from '../../../src/core/communities/leiden';
import { louvainRun } from '../../../src/core/communities/louvain';
import type { LevelGraph } from '../../../src/core/communities/louvain-level';
import { buildCsr, type Csr } from '../../../src/core/metrics/csr';
import { createRng } from '../../../src/core/random';
import { randomGraph } from '../metrics/random-graph';
import { loadReference, REFERENCE_NAMES } from './helpers';

const level = (csr: Csr): LevelGraph => ({ ...csr, loops: new Float64Array(csr.n) });

describe('Leiden iterations leave every community connected', () => {
  it('on the four reference graphs, 20 seeds each', () => {
    for (const name of REFERENCE_NAMES) {
      const csr = buildCsr(loadReference(name).graph);
      for (let seed = 0; seed < 20; seed++) expect(disconnectedCount(csr, leidenIterated(level(csr), 1, createRng(seed)))).toBe(0);
    }
  });

  it('on 40 seeded random graphs, where Louvain leaves disconnected communities', () => {
    let louvainBroken = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const n = 150 + 10 * seed;
      const csr = buildCsr(randomGraph(n, (1.2 + (seed % 5) * 0.4) / n, seed), seed % 2 ? 'weight' : null);
      for (const resolution of [0.5, 1, 2]) {
        expect(disconnectedCount(csr, leidenIterated(level(csr), resolution, createRng(seed)))).toBe(0);
        louvainBroken += disconnectedCount(csr, louvainRun(level(csr), resolution, createRng(seed)));
      }
    }
    console.log(`Louvain's runs left ${louvainBroken} disconnected communities on the same graphs`);
    expect(louvainBroken).toBeGreaterThan(0);
  });
});
