/**
 * A guess at what kind of body a name denotes, from words in it, for the
 * names a registry gives without a type (a copyright owner, a DPG
 * organisation) and as the `kind` of the ones it does type. The words are the
 * administrative prefixes and legal forms of the languages the field's
 * registries are written in (Italian, Dutch, German, Spanish, Catalan,
 * French, English); the same keyword approach typed the municipal dataset
 * (data/README.md). A guess is only a guess: the import marks it as such in
 * the kind, and a type the registry states always wins over it.
 */
import type { RegistryNodeType } from './table';

/** The guessed type and kind of a body. */
export interface OrgKind {
  type: RegistryNodeType;
  kind: string;
}

/** `\b` for any script: JavaScript's `\b` sees only ASCII letters, so it finds no boundary after "Città". */
const word = (alternatives: string, flags = 'iu'): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
const start = (alternatives: string): RegExp => new RegExp(`^(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

const PUBLIC_KINDS: readonly [RegExp, string][] = [
  [
    start(
      'comune|città|citta|gemeente|stadt|landeshauptstadt|gemeinde|ayuntamiento|ajuntament|ville|commune|municipio|municipality|kommune|kommun|city|town|borough',
    ),
    'municipality',
  ],
  [word('city council|municipality|gemeente|stadtverwaltung|città metropolitana|citta metropolitana'), 'municipality'],
  [start('provincia|province|provincie|diputación|diputacion|diputació|landkreis|kreis|county'), 'province or county'],
  [word('county council'), 'province or county'],
  [start('regione|region|región|generalitat|bundesland|comunidad autónoma'), 'region'],
  [
    word('ministero|ministry|ministerie|ministerium|ministère|ministerio|department for|government of|governo|regierung|bundesamt|federal office'),
    'ministry or national government',
  ],
  [
    word(
      'agenzia|agency|agentschap|agentur|agencia|autorità|authority|azienda sanitaria|a\\.?s\\.?l\\.?|a\\.?u\\.?s\\.?l\\.?|università|university|universität|université|camera di commercio|istituto nazionale|unione dei comuni|comunità montana|comunità di valle|consorzio|senato|parliament|council',
    ),
    'public body',
  ],
];

const LEGAL_FORM =
  /\b(s\.?\s?p\.?\s?a|s\.?\s?r\.?\s?l|s\.?\s?n\.?\s?c|gmbh|b\.?\s?v|n\.?\s?v|ltd|limited|inc|llc|plc|ag|s\.?\s?a\.?\s?s?|s\.?\s?l|oy|ab|as|a\/s|kg|ug|sarl|sas|scarl|soc\.? coop\.?)\.?$/i;
const NON_PROFIT =
  /\b(foundation|fondazione|stichting|stiftung|fundaci[oó]n?|association|associazione|vereniging|verein|e\.\s?v\.?|ngo|non-profit|nonprofit|trust|institute)\b/i;

/** The public kind of `name` when a word marks it as a public administration, else undefined. */
export function publicKind(name: string): string | undefined {
  return PUBLIC_KINDS.find(([re]) => re.test(name))?.[1];
}

/** The kind of a name a registry states to be a public user (publiccode.yml `usedBy`). */
export function userKind(name: string): string {
  const pub = publicKind(name);
  if (pub) return pub;
  return LEGAL_FORM.test(name) ? 'company (legal form in the name; publiccode usedBy)' : 'public body (publiccode usedBy)';
}

/**
 * A guess for a name with no stated type: a public administration is a
 * `city` (the atlas's type for any public body, data/README.md), anything
 * else a `firm` (companies, foundations and NGOs alike), with the evidence in
 * the kind.
 */
export function guessOrgKind(name: string): OrgKind {
  const pub = publicKind(name);
  if (pub) return { type: 'city', kind: `${pub} (guessed from the name)` };
  if (LEGAL_FORM.test(name)) return { type: 'firm', kind: 'company (legal form in the name)' };
  if (NON_PROFIT.test(name)) return { type: 'firm', kind: 'foundation or association (guessed from the name)' };
  return { type: 'firm', kind: 'organisation (unclassified)' };
}
