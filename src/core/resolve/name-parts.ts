/**
 * A node's name taken apart for matching: folded (case, accents and
 * punctuation), function words dropped, runs of single letters joined
 * ("S.p.A." → `spa`), legal and organisation forms set aside, an
 * administrative prefix or suffix read as the kind of body and sometimes the
 * country ("Comune di Parma" → `parma`, a municipality in IT), acronyms that
 * abbreviate the rest of the same name ("AgID - Agenzia per l'Italia
 * Digitale") set aside, and the remaining core words lightly stemmed ("Ventures" =
 * "Venture").
 */
import {
  ADMIN_PREFIXES,
  ADMIN_SUFFIXES,
  type AdminAffix,
  type BodyClass,
  GENERIC_WORDS,
  LEGAL_FORMS,
  ORGANISATION_FORMS,
  SAINT_WORDS,
  STOPWORDS,
} from './vocabulary';

/** What matching reads of one name. */
export interface NameParts {
  /** The folded name, every word kept: "comune di salo". */
  folded: string;
  /** Core words, in order: what is left to compare. */
  core: string[];
  /** Every word but function words, folded, in order ("organized crime corruption reporting project"): what acronyms abbreviate. */
  words: string[];
  /** Core words outside parentheses ("ASUC di Castello (Comune di Pellizzano)" → asuc castello). */
  outer: string[];
  /** True when the name has a part in parentheses ("Comune di Ferrara (FE)"). */
  qualified: boolean;
  /** The administrative prefix or suffix found, as written in folded form ("comune", "city council"). */
  affix?: string;
  /** The body the affix or a legal form names. */
  body?: BodyClass;
  /** Countries the affix implies. */
  countries?: readonly string[];
  /** Legal or organisation forms found (`spa`, `gmbh`, `fondazione`). */
  forms: string[];
  /** Acronyms of this name: tokens that abbreviate its other words, and the initials of its core. */
  acronyms: string[];
  /** Tokens written in capitals that may be an acronym of another name ("GESEM", "AgID"). */
  capitals: string[];
  /** Numbers in the name ("ASL 5"): two names with different numbers are different bodies. */
  numbers: string[];
}

/** Lower case, accents removed (NFKD then combining marks dropped), `&` as `and`. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/ß/g, 'ss');
}

interface Token {
  word: string;
  /** The token as written had two capitals or more, half its letters or more (an acronym candidate). */
  capitals: boolean;
}

/** Splits on anything that is not a letter or digit; joins runs of two or more one-letter tokens ("s p a" → "spa"). */
function tokenize(text: string): Token[] {
  // A possessive 's ("Children's Fund") is not a word (and not "S." for San).
  const raw = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/gi, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out: Token[] = [];
  let run = '';
  const flush = () => {
    if (run.length === 1) out.push({ word: run, capitals: false });
    else if (run.length > 1) out.push({ word: run, capitals: true });
    run = '';
  };
  for (const t of raw) {
    if (t.length === 1 && /\p{L}/u.test(t)) {
      run += t.toLowerCase();
      continue;
    }
    flush();
    // An acronym candidate: two capitals or more, at least half the letters ("UNICEF", "AgID", "MiG"; not "OpenFisca").
    const upper = t.match(/\p{Lu}/gu)?.length ?? 0;
    out.push({ word: foldText(t), capitals: upper >= 2 && upper * 2 >= t.length && t.length <= 10 });
  }
  flush();
  return out;
}

/**
 * A light stem: a final `s` off words of five letters or more (Ventures =
 * Venture). Not a final vowel: Italian place names that differ only there are
 * different places (Arcola and Arcole, Calci and Calcio, Lecce and Lecco).
 */
function stem(word: string): string {
  return word.length >= 5 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function matchAffix(words: readonly string[], affixes: readonly AdminAffix[], atEnd: boolean): AdminAffix | undefined {
  for (const a of affixes) {
    if (a.words.length >= words.length) continue;
    const start = atEnd ? words.length - a.words.length : 0;
    if (a.words.every((w, i) => words[start + i] === w)) return a;
  }
  return undefined;
}

/**
 * True when `acronym` abbreviates `words` in order: each word gives a prefix
 * of one letter or more ("agid" ← Agenzia Italia Digitale, "izsve" ← Istituto
 * Zooprofilattico Sperimentale Venezie); at most one word may be left out, at
 * the start or the end, and at least two words must be used.
 */
export function isAcronymOf(acronym: string, words: readonly string[]): boolean {
  if (acronym.length < 3) return false;
  // `slack` words may be left out in all, before the first or after the last ("ARPA Basilicata - Agenzia Regionale…").
  const go = (i: number, j: number, slack: number): boolean => {
    if (i === acronym.length) return words.length - j <= slack && j >= 2;
    if (j >= words.length) return false;
    const w = words[j]!;
    for (let k = 1; k <= w.length && i + k <= acronym.length; k++) {
      if (w[k - 1] !== acronym[i + k - 1]) break;
      if (go(i + k, j + 1, slack)) return true;
    }
    return false;
  };
  if (words.length < 2) return false;
  return go(0, 0, 1) || (words.length > 2 && go(0, 1, 0));
}

/** Takes a name apart (see the file header). */
export function nameParts(name: string): NameParts {
  const parts = namePartsOf(name);
  const bare = name.replace(/\([^)]*\)/g, ' ');
  const qualified = bare !== name && bare.trim() !== '';
  return { ...parts, outer: qualified ? namePartsOf(bare).core : parts.core, qualified };
}

function namePartsOf(name: string): Omit<NameParts, 'outer' | 'qualified'> {
  const tokens = tokenize(name);
  const folded = tokens.map((t) => t.word).join(' ');
  const meaningful = tokens.filter((t) => !STOPWORDS.has(t.word) || t.capitals);
  const specific = meaningful.filter((t) => !GENERIC_WORDS.has(t.word));
  const content = specific.length ? specific : meaningful;
  const forms: string[] = [];
  let kept = content.filter((t) => {
    if (LEGAL_FORMS.has(t.word) || ORGANISATION_FORMS.has(t.word)) {
      forms.push(t.word);
      return false;
    }
    return true;
  });
  // A name made of forms alone ("Fondazione") keeps them as its words.
  if (kept.length === 0) kept = content;

  // Acronyms of the rest of the same name are set aside first, so "MIC - Ministero della Cultura" and
  // "Ministero della Cultura" both start with the prefix `ministero` and keep `cultura`.
  const words = kept.map((t) => t.word);
  const acronyms: string[] = [];
  const capitals: string[] = [];
  kept = kept.filter((t) => {
    if (t.capitals) capitals.push(t.word);
    const others = words.filter((w) => w !== t.word);
    // Written in capitals and abbreviating the rest ("AgID"), or any word that is exactly its initials ("Ior Istituto Ortopedico Rizzoli").
    const initials = others.map((w) => w[0]).join('');
    const acronym = !/^\d+$/.test(t.word) && ((t.capitals && isAcronymOf(t.word, others)) || (t.word.length >= 3 && t.word === initials));
    if (acronym) acronyms.push(t.word);
    return !acronym;
  });

  const rest = kept.map((t) => t.word);
  const prefix = matchAffix(rest, ADMIN_PREFIXES, false);
  const suffix = prefix ? undefined : matchAffix(rest, ADMIN_SUFFIXES, true);
  const found = prefix ?? suffix;
  if (prefix) kept = kept.slice(prefix.words.length);
  else if (suffix) kept = kept.slice(0, kept.length - suffix.words.length);
  const core = kept.map((t) => (SAINT_WORDS.has(t.word) ? 'san' : stem(t.word)));
  // Initials, of the core and of every word ("Organized Crime and Corruption Reporting Project" → occrp).
  for (const list of [core, meaningful.map((t) => t.word)]) {
    const initials = list.map((w) => w[0]).join('');
    if (list.length >= 3 && !acronyms.includes(initials)) acronyms.push(initials);
  }

  const body: BodyClass | undefined = found?.body ?? (forms.some((f) => LEGAL_FORMS.has(f)) ? 'company' : forms.length ? 'organisation' : undefined);
  return {
    folded,
    words: meaningful.map((t) => t.word),
    core,
    ...(found ? { affix: found.words.join(' ') } : {}),
    ...(body ? { body } : {}),
    ...(found?.countries ? { countries: found.countries } : {}),
    forms,
    acronyms,
    capitals,
    numbers: core.filter((w) => /^\d+$/.test(w)),
  };
}
