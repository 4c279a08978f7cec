/**
 * Cities tied between the same firms of a hub project share one `topFirms`
 * list (frozen), so the indicators cross from the worker to the page as a
 * small structured clone: on the municipal catalogue 4,705 cities tie
 * between the same 409 firms, and a list per city made the message 112 MB
 * (about 0.3 s of the page's main thread to read). The values themselves are
 * checked against their definitions in indicators.test.ts.
 */
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze';
import { resolveAnalysisOptions } from '../../../src/core/analysis/options';
import { dictFrom } from '../../../src/core/util/dict';

describe('computeIndicators: shared tie lists', () => {
  const file = (name: string) => ({ name, text: readFileSync(`data/${name}`, 'utf8') });
  const { indicators } = analyze({ edges: file('municipal-edges.csv'), nodes: file('municipal-nodes.csv') }, resolveAnalysisOptions({}));

  it('gives the cities of one hub tie one frozen list, and keeps the structured clone small', () => {
    // Ties of over 100 firms: 5,096 cities, 40 distinct lists.
    const lists = new Map<readonly string[], number>();
    let tied = 0;
    for (const ind of indicators.values())
      if (ind.type === 'city' && ind.topFirms && ind.topFirms.length > 100) {
        tied++;
        lists.set(ind.topFirms, (lists.get(ind.topFirms) ?? 0) + 1);
      }
    expect(tied).toBeGreaterThan(5000);
    expect(lists.size).toBeLessThan(tied / 100);
    const [shared, cities] = [...lists].sort((a, b) => b[1] - a[1])[0]!;
    expect(cities).toBeGreaterThan(4000);
    expect(shared.length).toBeGreaterThan(400);
    expect(Object.isFrozen(shared)).toBe(true);
    expect([...shared]).toEqual([...shared].sort());
    // What the worker posts (a prototype-free record by key), as the structured clone writes it.
    expect(serialize(dictFrom(indicators)).length).toBeLessThan(10_000_000);
  });
});
