/**
 * A generated file above both bounds of a map drawn whole (map-view.ts:
 * 10,000 nodes, 10,000 links), for the tests of a large map's progressive
 * fill: its nodes come in slices. With `years`, its links are dated (the
 * timeline bar is shown under the map).
 */

/** 14,000 cities each using two of 2,800 projects (a fixed pseudo-random pick), with the numbers of distinct nodes and links; with `years`, each link has a year from 2000 to 2019. */
export function generatedFile(options: { years?: boolean } = {}): { text: string; nodes: number; links: number } {
  const dated = options.years === true;
  const rows = [`source,source_type,target,target_type${dated ? ',year' : ''}`];
  const nodes = new Set<string>();
  const links = new Set<string>();
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  for (let c = 0; c < 14_000; c++) {
    const a = next() % 2_800;
    const b = (a + 1 + (next() % 2_799)) % 2_800;
    const year = (p: number) => (dated ? `,${2000 + ((c + p) % 20)}` : '');
    rows.push(`City ${c},city,Project ${a},project${year(a)}`, `City ${c},city,Project ${b},project${year(b)}`);
    nodes.add(`City ${c}`).add(`Project ${a}`).add(`Project ${b}`);
    links.add(`${c} ${a}`).add(`${c} ${b}`);
  }
  return { text: `${rows.join('\n')}\n`, nodes: nodes.size, links: links.size };
}
