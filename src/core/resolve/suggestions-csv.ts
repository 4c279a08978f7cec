/**
 * What `duplicates` writes: the suggested pairs as a CSV (`a,b,score,…,
 * reasons,against`, best first) and the accepted pairs as an aliases file
 * (`alias,canonical`) that `analyze --aliases` reads back. Pairs that chain
 * (a ~ b, b ~ c) become one group with one canonical, so the aliases file
 * never gives an alias two canonicals. The canonical of a group is the id
 * with the most links (the name most sources use); on a tie, the longer
 * label (usually the official name: "Comune di Parma" over "Parma"); then
 * the id that sorts first.
 */
import { toCsv } from '../export/csv';
import type { ReadGraph } from '../graph/types';
import { APP_VERSION } from '../version';
import type { Evidence } from './compare';
import type { DuplicatePair } from './find-duplicates';

/** One row of an aliases file made from suggestions. */
export interface SuggestedAlias {
  alias: string;
  canonical: string;
  /** The best score that joined the alias to its group. */
  score: number;
}

const words = (list: readonly Evidence[]) => list.map((e) => `${e.code}: ${e.text}`).join('; ');

/** The first comment line: our marker, so our own reader takes the file's cells back exactly. */
const header = (what: string) => `Partnership Atlas ${APP_VERSION} duplicates: ${what}`;

/** The pairs as CSV, with each node's type and number of links; `comments` go under the marker line. */
export function duplicatePairsCsv(pairs: readonly DuplicatePair[], graph: ReadGraph, comments: readonly string[] = []): string {
  const type = (key: string) => graph.getNodeAttribute(key, 'type');
  return toCsv(
    ['a', 'b', 'score', 'name_score', 'reasons', 'against', 'a_type', 'b_type', 'a_links', 'b_links'],
    pairs.map((p) => [
      p.a,
      p.b,
      p.score,
      p.name,
      words(p.reasons),
      words(p.against),
      type(p.keys[0]),
      type(p.keys[1]),
      graph.degree(p.keys[0]),
      graph.degree(p.keys[1]),
    ]),
    [header('candidate pairs of ids that may name one entity'), ...comments],
  );
}

/** Groups the pairs (union–find) and names each group's canonical (see the file header). */
export function aliasesFromPairs(pairs: readonly DuplicatePair[], graph: ReadGraph): SuggestedAlias[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let x = k; x !== root; ) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const best = new Map<string, number>();
  const idOf = new Map<string, string>();
  for (const p of pairs) {
    p.keys.forEach((k, i) => {
      if (!parent.has(k)) parent.set(k, k);
      idOf.set(k, i === 0 ? p.a : p.b);
      best.set(k, Math.max(best.get(k) ?? 0, p.score));
    });
    const [ra, rb] = [find(p.keys[0]), find(p.keys[1])];
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<string, string[]>();
  for (const k of parent.keys()) {
    const r = find(k);
    const list = groups.get(r);
    if (list) list.push(k);
    else groups.set(r, [k]);
  }
  const rank = (k: string) => [graph.degree(k), graph.getNodeAttribute(k, 'label').length] as const;
  const out: SuggestedAlias[] = [];
  for (const members of groups.values()) {
    const canonical = [...members].sort((x, y) => {
      const [dx, lx] = rank(x);
      const [dy, ly] = rank(y);
      return dy - dx || ly - lx || (idOf.get(x)! < idOf.get(y)! ? -1 : 1);
    })[0]!;
    for (const k of members) if (k !== canonical) out.push({ alias: idOf.get(k)!, canonical: idOf.get(canonical)!, score: best.get(k)! });
  }
  return out.sort((x, y) => (x.canonical < y.canonical ? -1 : x.canonical > y.canonical ? 1 : x.alias < y.alias ? -1 : 1));
}

/** An aliases file (`alias,canonical,score`) that `analyze --aliases` reads. */
export function aliasesCsv(aliases: readonly SuggestedAlias[], comments: readonly string[] = []): string {
  return toCsv(
    ['alias', 'canonical', 'score'],
    aliases.map((a) => [a.alias, a.canonical, a.score]),
    [header('aliases (alias,canonical) for analyze --aliases; check each row before using it'), ...comments],
  );
}
