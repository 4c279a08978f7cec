/**
 * Scoring one candidate pair: how alike the two names are once folded
 * (1 for the same core words, 0.9 for an acronym of the other's words,
 * otherwise the IDF-weighted Jaccard overlap of their words — rare words
 * count more, as in Cohen, Ravikumar & Fienberg 2003, "A comparison of string
 * metrics for matching names and records"), then evidence for (same URL
 * site, close coordinates, shared neighbours weighted as Adamic & Adar 2003
 * weigh them: a neighbour of few nodes says more) and against (different
 * kinds of body, countries, numbers or types; far-apart coordinates). Every
 * piece of evidence is returned with a stable code and words, so a user sees
 * why a pair was suggested.
 */
import { geoDistance } from 'd3-geo';
import { isAcronymOf } from './name-parts';
import type { NodeProfile } from './profile';
import { type BodyClass, ORGAN_WORDS } from './vocabulary';

/** One piece of evidence: a stable code and a few words about this pair. */
export interface Evidence {
  code: string;
  text: string;
}

/** A pair and its score in [0, 1]. */
export interface PairScore {
  score: number;
  /** The name similarity alone, before the evidence for and against. */
  name: number;
  reasons: Evidence[];
  against: Evidence[];
}

/** The weights of the evidence, and the distances that count as close and far (km). */
export interface CompareWeights {
  closeKm: number;
  farKm: number;
  sameUrl: number;
  close: number;
  sharedNeighboursMax: number;
  differentBody: number;
  differentCountry: number;
  farApart: number;
  differentNumber: number;
  differentType: number;
  projectVsOther: number;
  differentUrl: number;
  differentWords: number;
  organ: number;
}

export const COMPARE_DEFAULTS: CompareWeights = {
  closeKm: 10,
  farKm: 50,
  sameUrl: 0.15,
  close: 0.05,
  sharedNeighboursMax: 0.1,
  differentBody: 0.5,
  differentCountry: 0.5,
  farApart: 0.5,
  differentNumber: 0.4,
  differentType: 0.15,
  projectVsOther: 0.3,
  differentUrl: 0.1,
  differentWords: 0.15,
  organ: 0.2,
};

/** What comparing needs besides the two profiles. */
export interface CompareContext {
  /** Inverse document frequency weight of a core word. */
  weight(word: string): number;
  /** How many nodes write `word` in capitals (an acronym or a short name: "UNICEF", "AgID"). */
  capitalCount(word: string): number;
  /** Degree of a node, by key. */
  degree(key: string): number;
  /** The neighbours two nodes share, by key. */
  shared(a: string, b: string): string[];
  /** A node's label, by key, for the shared-neighbour reason. */
  label(key: string): string;
  weights: CompareWeights;
}

const EARTH_KM = 6371;
/** An acronym alone is short and ambiguous (ACI: Automobile Club d'Italia, or of Imperia?): it needs other evidence to pass the default threshold. */
const ACRONYM = 0.75;
/** Two names that alone in the data write one acronym of four letters or more ("United Nations Children's Fund (UNICEF)", "UNICEF (…)"). */
const SHARED_ACRONYM = 0.85;
const round = (x: number) => Math.round(x * 1000) / 1000;
const sameBag = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/** Bodies that may be the same entity: equal, or a company and a foundation/association (both typed firm). */
function compatibleBodies(a: BodyClass, b: BodyClass): boolean {
  const firmish = (x: BodyClass) => x === 'company' || x === 'organisation';
  return a === b || (firmish(a) && firmish(b));
}

/** The name similarity of two profiles and the reason for it. */
function nameSimilarity(a: NodeProfile, b: NodeProfile, ctx: CompareContext): { value: number; reason?: Evidence } {
  const ca = a.parts.core;
  const cb = b.parts.core;
  if (ca.length && (sameBag(ca, cb) || ca.join('') === cb.join(''))) {
    const folded: string[] = [];
    if ((a.parts.affix ?? '') !== (b.parts.affix ?? '')) folded.push('administrative prefix');
    if (a.parts.forms.join(' ') !== b.parts.forms.join(' ')) folded.push('legal form');
    if (a.parts.acronyms.length !== b.parts.acronyms.length) folded.push('acronym');
    if (!sameBag(ca, cb)) folded.push('spacing');
    const how = a.parts.folded === b.parts.folded ? 'case, accents or punctuation' : folded.join(', ') || 'case, accents, punctuation or word order';
    return { value: 1, reason: { code: 'same-name', text: `same name '${ca.join(' ')}' after folding ${how}` } };
  }
  if (a.parts.qualified !== b.parts.qualified && a.parts.outer.length && sameBag(a.parts.outer, b.parts.outer)) {
    const q = a.parts.qualified ? a : b;
    return { value: 1, reason: { code: 'same-name', text: `same name '${q.parts.outer.join(' ')}' apart from the part in parentheses of '${q.label}'` } };
  }
  for (const [short, long] of [
    [a, b],
    [b, a],
  ] as const) {
    const word = short.parts.core.length === 1 ? short.parts.core[0]! : undefined;
    if (
      word &&
      short.parts.capitals.includes(word) &&
      (long.parts.acronyms.includes(word) || isAcronymOf(word, long.parts.core) || isAcronymOf(word, long.parts.words))
    )
      return { value: ACRONYM, reason: { code: 'acronym', text: `'${short.label}' abbreviates '${long.label}'` } };
  }
  // Weighted Jaccard over the bags of words: a word written twice on one side only ("ASUC di Dimaro (Comune di Dimaro …)") counts.
  const bag = (words: readonly string[]) => {
    const m = new Map<string, number>();
    for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const ba = bag(ca);
  const bb = bag(cb);
  let shared = 0;
  let all = 0;
  let count = 0;
  for (const [w, x] of ba) {
    const y = bb.get(w) ?? 0;
    shared += Math.min(x, y) * ctx.weight(w);
    all += Math.max(x, y) * ctx.weight(w);
    if (y > 0) count++;
  }
  for (const [w, y] of bb) {
    if (ba.has(w)) continue;
    all += y * ctx.weight(w);
  }
  const value = all > 0 ? shared / all : 0;
  const acronym = a.parts.capitals.find((w) => w.length >= 4 && b.parts.capitals.includes(w) && ctx.capitalCount(w) === 2);
  if (acronym && value < SHARED_ACRONYM)
    return { value: SHARED_ACRONYM, reason: { code: 'same-acronym', text: `only these two names write '${acronym.toUpperCase()}'` } };
  if (count === 0) return { value };
  const words = new Set([...ba.keys(), ...bb.keys()]).size;
  return { value, reason: { code: 'token-overlap', text: `${count} of ${words} words shared (weighted ${round(value)})` } };
}

/** Scores the pair (a, b); see the file header. */
export function comparePair(a: NodeProfile, b: NodeProfile, ctx: CompareContext): PairScore {
  const w = ctx.weights;
  const reasons: Evidence[] = [];
  const against: Evidence[] = [];
  const name = nameSimilarity(a, b, ctx);
  if (name.reason) reasons.push(name.reason);
  let score = name.value;
  // An acronym against the words it abbreviates has, by nature, words the other lacks.
  if (name.value < 1 && name.reason?.code !== 'acronym') {
    // Each name has words the other lacks (outside parentheses, which often name the parent body):
    // one place or trade for another (Rimini/Rieti, Medici/Veterinari), not a qualifier added.
    const oa = new Set(a.parts.outer);
    const ob = new Set(b.parts.outer);
    const onlyA = [...oa].filter((x) => !ob.has(x));
    const onlyB = [...ob].filter((x) => !oa.has(x));
    if (onlyA.length && onlyB.length) {
      score -= w.differentWords;
      against.push({ code: 'different-words', text: `'${onlyA.join(' ')}' vs '${onlyB.join(' ')}'` });
    }
    const organ = [...onlyA, ...onlyB].find((x) => ORGAN_WORDS.has(x));
    if (organ) {
      score -= w.organ;
      against.push({ code: 'part-of', text: `'${organ}' names an organ, office or component of the other` });
    }
  }

  // An organisation and its software often share a web site: the same address says nothing when one is a project.
  const projectVsOther = a.type !== b.type && (a.type === 'project' || b.type === 'project');
  if (a.site && b.site) {
    if (a.site === b.site && !projectVsOther) {
      score += w.sameUrl;
      reasons.push({ code: 'same-url', text: `same web address (${a.site})` });
    } else if (a.site === b.site) {
      reasons.push({ code: 'same-url', text: `same web address (${a.site}), as an organisation and its software often have` });
    } else {
      score -= w.differentUrl;
      against.push({ code: 'different-url', text: `different web addresses (${a.site}, ${b.site})` });
    }
  }
  if (a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined) {
    const km = geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_KM;
    if (km <= w.closeKm) {
      score += w.close;
      reasons.push({ code: 'close', text: `${km < 1 ? 'under 1' : Math.round(km)} km apart` });
    } else if (km > w.farKm) {
      score -= w.farApart;
      against.push({ code: 'far-apart', text: `${Math.round(km).toLocaleString('en')} km apart` });
    }
  }
  const sharedKeys = ctx.shared(a.key, b.key);
  if (sharedKeys.length) {
    let aa = 0;
    for (const k of sharedKeys) aa += 1 / Math.log(Math.max(2, ctx.degree(k)));
    score += Math.min(w.sharedNeighboursMax, (w.sharedNeighboursMax / 2) * aa);
    const names = sharedKeys.slice(0, 3).map(ctx.label).join(', ');
    reasons.push({
      code: 'shared-neighbours',
      text: `${sharedKeys.length} shared neighbour${sharedKeys.length > 1 ? 's' : ''} (${names}${sharedKeys.length > 3 ? ', …' : ''})`,
    });
  }

  if (a.body && b.body && !compatibleBodies(a.body, b.body)) {
    score -= w.differentBody;
    against.push({ code: 'different-body', text: `${a.body} vs ${b.body}` });
  }
  if (a.countries.length && b.countries.length && !a.countries.some((c) => b.countries.includes(c))) {
    score -= w.differentCountry;
    against.push({ code: 'different-country', text: `${a.countries.join('/')} vs ${b.countries.join('/')}` });
  }
  if (a.parts.numbers.length && b.parts.numbers.length && !sameBag(a.parts.numbers, b.parts.numbers)) {
    score -= w.differentNumber;
    against.push({ code: 'different-number', text: `${a.parts.numbers.join(' ')} vs ${b.parts.numbers.join(' ')}` });
  }
  if (a.type !== b.type && a.type !== 'unknown' && b.type !== 'unknown') {
    score -= projectVsOther ? w.projectVsOther : w.differentType;
    against.push({ code: 'different-type', text: `${a.type} vs ${b.type}` });
  }
  return { score: round(Math.max(0, Math.min(1, score))), name: round(name.value), reasons, against };
}
