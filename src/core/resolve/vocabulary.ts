/**
 * The words entity resolution folds away or reads as evidence: articles and
 * prepositions, legal forms (S.p.A., GmbH, B.V., Ltd, S.L.…), organisation
 * forms (Fondazione, Foundation…), and the administrative prefixes and
 * suffixes that say what kind of body a name is (Comune di / Gemeente /
 * Ajuntament de / City of → a municipality; Provincia di → a province;
 * Regione → a region; Unione dei Comuni → a union…) and sometimes its
 * country. All entries are folded (lower case, no accents, punctuation as
 * spaces) as `name-parts.ts` folds names. Hand-written: these are
 * domain tables, which no string-matching library carries.
 */

/** What kind of body a name or a node's `kind` says it is; two different ones are evidence against a match. */
export type BodyClass =
  | 'municipality'
  | 'province'
  | 'region'
  | 'union'
  | 'metropolitan'
  | 'national'
  | 'health'
  | 'school'
  | 'chamber'
  | 'company'
  | 'organisation';

/** Function words of the catalogues' languages, dropped before names are compared. */
export const STOPWORDS = new Set(
  (
    'di de del della dello dell dei degli delle d da dal dalla la le il lo l el los las les of the and e y i et und ' +
    'van der den het des du a al au en per para por zu von im for do dos das'
  ).split(' '),
);

/** Ways of writing "saint" ("S. Giuseppe", "San Giuseppe", "Sant'Anna"), all read as `san`. */
export const SAINT_WORDS = new Set('s st san santo santa sant saint sainte sankt sao'.split(' '));

/** Legal forms of companies (after runs of single letters are joined: "S.p.A." → `spa`). */
export const LEGAL_FORMS = new Set(
  (
    'spa srl srls sapa sas snc scarl scrl scpa soc coop societa cooperativa gmbh ag kg ug bv nv ltd limited plc inc llc ' +
    'corp sl slu sa sau sarl sas ab oy oyj as asa aps spolka sp zoo pty pvt llp ltda lda ggmbh npc pbc cic'
  ).split(' '),
);

/** Organisation forms (foundations, associations…): typed `firm` in the catalogues, folded like legal forms. */
export const ORGANISATION_FORMS = new Set(
  'fondazione foundation fundacion fundacio fondation stiftung associazione association asociacion associacio verein ev onlus ets odv aps'.split(' '),
);

/** Words that say what a name is rather than which ("CONSUL Project" is Consul): dropped like function words. */
export const GENERIC_WORDS = new Set('project projekt progetto proyecto projet'.split(' '));

/**
 * Words that name an organ or office of a body ("Consiglio della Provincia
 * di Trento", "Comune di X - Mediateca", "X Servizi") or a component of a
 * product ("AskDarcel API", "Open Foris Collect Mobile"): a name with one of
 * them that the other name lacks is part of, or owned by, the other — not it.
 */
export const ORGAN_WORDS = new Set(
  (
    'consiglio giunta assemblea ufficio dipartimento direzione settore servizio servizi mediateca biblioteca museo segreteria comando polizia ' +
    'api mobile app android io server client backend frontend toolkit sdk plugin module'
  ).split(' '),
);

/** One administrative prefix or suffix: its words, the body it names, and the countries it implies (if any). */
export interface AdminAffix {
  words: readonly string[];
  body: BodyClass;
  countries?: readonly string[];
}

const affix = (words: string, body: BodyClass, countries?: string): AdminAffix => ({
  words: words.split(' '),
  body,
  ...(countries ? { countries: countries.split(' ') } : {}),
});

/**
 * Prefixes, matched on a name's words once function words are gone (so
 * "Comune di X" and "Comune X" both match `comune`), longest first.
 */
export const ADMIN_PREFIXES: readonly AdminAffix[] = [
  affix('citta metropolitana', 'metropolitan', 'IT'),
  affix('area metropolitana', 'metropolitan'),
  affix('metropole', 'metropolitan', 'FR'),
  affix('comune trentino', 'municipality', 'IT'),
  affix('comune', 'municipality', 'IT'),
  affix('citta', 'municipality', 'IT'),
  affix('gemeente', 'municipality', 'NL BE'),
  affix('ajuntament', 'municipality', 'ES AD'),
  affix('ayuntamiento', 'municipality'),
  affix('concello', 'municipality', 'ES'),
  affix('ville', 'municipality'),
  affix('mairie', 'municipality', 'FR'),
  affix('commune', 'municipality'),
  affix('city', 'municipality'),
  affix('town', 'municipality'),
  affix('municipality', 'municipality'),
  affix('municipio', 'municipality'),
  affix('municipalidad', 'municipality'),
  affix('prefeitura municipal', 'municipality', 'BR'),
  affix('prefeitura', 'municipality', 'BR'),
  affix('landeshauptstadt', 'municipality', 'DE AT'),
  affix('hansestadt', 'municipality', 'DE'),
  affix('stadt', 'municipality'),
  affix('gemeinde', 'municipality'),
  affix('london borough', 'municipality', 'GB'),
  affix('royal borough', 'municipality', 'GB'),
  affix('provincia autonoma', 'province', 'IT'),
  affix('provincia', 'province'),
  affix('province', 'province'),
  affix('diputacio', 'province', 'ES'),
  affix('diputacion', 'province', 'ES'),
  affix('county', 'province'),
  affix('landkreis', 'province', 'DE'),
  affix('regione', 'region', 'IT'),
  affix('region', 'region'),
  affix('generalitat', 'region', 'ES'),
  affix('comunidad autonoma', 'region', 'ES'),
  affix('unione montana', 'union', 'IT'),
  affix('unione comuni', 'union', 'IT'),
  affix('unione', 'union', 'IT'),
  affix('comunita montana', 'union', 'IT'),
  affix('comunita valle', 'union', 'IT'),
  affix('mancomunidad', 'union', 'ES'),
  affix('ministero', 'national', 'IT'),
  affix('ministerio', 'national'),
  affix('ministry', 'national'),
  affix('azienda sanitaria', 'health', 'IT'),
  affix('asl', 'health', 'IT'),
  affix('ausl', 'health', 'IT'),
  affix('asp', 'health', 'IT'),
  affix('camera commercio', 'chamber', 'IT'),
];

/** Suffixes ("Bristol City Council", "Bordeaux Métropole", "Aarhus Kommune"), longest first. */
export const ADMIN_SUFFIXES: readonly AdminAffix[] = [
  affix('city council', 'municipality', 'GB'),
  affix('county council', 'province', 'GB'),
  affix('borough council', 'municipality', 'GB'),
  affix('district council', 'municipality', 'GB'),
  affix('council', 'municipality'),
  affix('metropole', 'metropolitan', 'FR'),
  affix('kommune', 'municipality', 'DK NO'),
  affix('kommun', 'municipality', 'SE'),
  affix('kaupunki', 'municipality', 'FI'),
];

/**
 * The body a node's `kind` (data/README.md: municipality, province/county,
 * region, union of municipalities…) names, or undefined for kinds that do
 * not tell (public body, unclassified).
 */
export function bodyOfKind(kind: string | undefined): BodyClass | undefined {
  if (!kind) return undefined;
  const k = kind.toLowerCase();
  if (k.includes('union of municipalities')) return 'union';
  if (k.includes('municipality')) return 'municipality';
  if (k.startsWith('province') || k.includes('county')) return 'province';
  if (k.startsWith('region')) return 'region';
  if (k.startsWith('metropolitan')) return 'metropolitan';
  if (k.startsWith('national') || k.startsWith('ministry')) return 'national';
  if (k.startsWith('health')) return 'health';
  if (k.startsWith('university') || k.startsWith('school')) return 'school';
  if (k.startsWith('chamber of commerce')) return 'chamber';
  if (k.startsWith('company')) return 'company';
  if (k.startsWith('foundation') || k.startsWith('association')) return 'organisation';
  return undefined;
}
