/**
 * Versioned reference data of the compliance engine (DESIGN §5, gdpr-reference §1, §2, §3.3, §4.4).
 * Source keys in brackets are those of gdpr-reference §9. When anything here changes, bump
 * REFERENCE_DATA_VERSION and REFERENCE_DATA_VERIFIED_ON.
 */
import type { LocalisedText } from './types'

export const REFERENCE_DATA_VERSION = '2026.08.05-1'

/**
 * 2026-08-05 is the status date of the newest source the reference was compiled from
 * ([S-TMAI-TRANSFERS], which lists all 17 adequacy entries); nothing here was checked against the
 * live Commission and Datatilsynet pages after that. R26 counts the age of the data from this date
 * unless the user records a later manual verification in settings.
 */
export const REFERENCE_DATA_VERIFIED_ON = '2026-08-05'

interface CountryNames {
  da: string
  en: string
}

/** EU-27 plus Iceland, Liechtenstein and Norway [S-ISG], [S-EUROSTAT-CODES], [S-ADQ-EC]. */
export const EEA_STATES: Readonly<Record<string, CountryNames>> = {
  AT: { da: 'Østrig', en: 'Austria' },
  BE: { da: 'Belgien', en: 'Belgium' },
  BG: { da: 'Bulgarien', en: 'Bulgaria' },
  HR: { da: 'Kroatien', en: 'Croatia' },
  CY: { da: 'Cypern', en: 'Cyprus' },
  CZ: { da: 'Tjekkiet', en: 'Czechia' },
  DK: { da: 'Danmark', en: 'Denmark' },
  EE: { da: 'Estland', en: 'Estonia' },
  FI: { da: 'Finland', en: 'Finland' },
  FR: { da: 'Frankrig', en: 'France' },
  DE: { da: 'Tyskland', en: 'Germany' },
  GR: { da: 'Grækenland', en: 'Greece' },
  HU: { da: 'Ungarn', en: 'Hungary' },
  IE: { da: 'Irland', en: 'Ireland' },
  IT: { da: 'Italien', en: 'Italy' },
  LV: { da: 'Letland', en: 'Latvia' },
  LT: { da: 'Litauen', en: 'Lithuania' },
  LU: { da: 'Luxembourg', en: 'Luxembourg' },
  MT: { da: 'Malta', en: 'Malta' },
  NL: { da: 'Nederlandene', en: 'Netherlands' },
  PL: { da: 'Polen', en: 'Poland' },
  PT: { da: 'Portugal', en: 'Portugal' },
  RO: { da: 'Rumænien', en: 'Romania' },
  SK: { da: 'Slovakiet', en: 'Slovakia' },
  SI: { da: 'Slovenien', en: 'Slovenia' },
  ES: { da: 'Spanien', en: 'Spain' },
  SE: { da: 'Sverige', en: 'Sweden' },
  IS: { da: 'Island', en: 'Iceland' },
  LI: { da: 'Liechtenstein', en: 'Liechtenstein' },
  NO: { da: 'Norge', en: 'Norway' },
}

/**
 * Parts of EU states with ISO codes of their own, treated as EEA (§1.1). UNCONFIRMED: general
 * knowledge only; verify before relying on it. Overseas countries and territories (GL, NC, PF, BL,
 * AW, …) are deliberately absent: they are third countries.
 */
export const EEA_OUTERMOST_REGIONS: Readonly<Record<string, CountryNames>> = {
  AX: { da: 'Åland', en: 'Åland Islands' },
  GF: { da: 'Fransk Guyana', en: 'French Guiana' },
  GP: { da: 'Guadeloupe', en: 'Guadeloupe' },
  MF: { da: 'Saint-Martin', en: 'Saint Martin' },
  MQ: { da: 'Martinique', en: 'Martinique' },
  RE: { da: 'Réunion', en: 'Réunion' },
  YT: { da: 'Mayotte', en: 'Mayotte' },
}

/** The EU style guide writes EL for Greece [S-ISG]; the register stores ISO's GR. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' }

/** Memo of normalised codes: a register holds few distinct spellings but many rows. */
const normalised = new Map<string, string>()

export function normaliseCountry(code: string | null | undefined): string {
  if (!code) return ''
  const known = normalised.get(code)
  if (known !== undefined) return known
  const upper = code.trim().toUpperCase()
  const result = Object.hasOwn(COUNTRY_ALIASES, upper) ? (COUNTRY_ALIASES[upper] ?? upper) : upper
  if (normalised.size < 10_000) normalised.set(code, result)
  return result
}

const EEA_CODES = new Set([...Object.keys(EEA_STATES), ...Object.keys(EEA_OUTERMOST_REGIONS)])

/** EU/EEA, by code as stored or as typed (EL, lower case, blanks). */
export function isEea(code: string): boolean {
  return EEA_CODES.has(normaliseCountry(code))
}

export type AdequacyScope = 'full' | 'partial' | 'organisation'
export type AdequacyStatus = 'in_force' | 'suspended' | 'repealed' | 'annulled'

export interface AdequacyDecision {
  code: string
  names: CountryNames
  decision: string
  adopted: string
  scope: AdequacyScope
  /** What the location must confirm (partial / organisation scope). */
  condition: LocalisedText | null
  expires: string | null
  status: AdequacyStatus
  sources: readonly string[]
}

const full = (
  code: string,
  names: CountryNames,
  decision: string,
  adopted: string,
  sources: readonly string[],
): AdequacyDecision => ({
  code,
  names,
  decision,
  adopted,
  scope: 'full',
  condition: null,
  expires: null,
  status: 'in_force',
  sources,
})

const partial = (
  code: string,
  names: CountryNames,
  decision: string,
  adopted: string,
  condition: LocalisedText,
  sources: readonly string[],
): AdequacyDecision => ({
  ...full(code, names, decision, adopted, sources),
  scope: 'partial',
  condition,
})

/** Commission adequacy decisions under Art. 45 (§2, §2.1). Decisions under Directive 95/46 stay in
 * force under Art. 45(9) and were maintained by COM(2024) 7 [S-COM-2024-7]. */
export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  full('AD', { da: 'Andorra', en: 'Andorra' }, '2010/625/EU', '2010-10-19', ['S-ADQ-TABLE']),
  full('AR', { da: 'Argentina', en: 'Argentina' }, '2003/490/EC', '2003-06-30', ['S-AR']),
  full('BR', { da: 'Brasilien', en: 'Brazil' }, '(EU) 2026/179', '2026-01-26', [
    'S-EURLEX-BR',
    'S-SINTACT-BR',
  ]),
  partial(
    'CA',
    { da: 'Canada', en: 'Canada' },
    '2002/2/EC',
    '2001-12-20',
    {
      da: 'kun modtagere omfattet af PIPEDA (private virksomheders kommercielle aktiviteter)',
      en: 'only recipients subject to PIPEDA (commercial activities of private organisations)',
    },
    ['S-CA-FAQ', 'S-DENTONS-CA', 'S-CA-DEC'],
  ),
  full('CH', { da: 'Schweiz', en: 'Switzerland' }, '2000/518/EC', '2000-07-26', [
    'S-ADQ-TABLE',
    'S-2016-2295',
  ]),
  partial(
    'FO',
    { da: 'Færøerne', en: 'Faroe Islands' },
    '2010/146/EU',
    '2010-03-05',
    {
      da: 'kun færøsk lovgivning; ikke rigsmyndigheder på Færøerne (fx politi og kriminalforsorg)',
      en: 'Faroese law only; not Danish Realm authorities on the Faroes (e.g. police, prison service)',
    },
    ['S-DT-RIGS'],
  ),
  full('GG', { da: 'Guernsey', en: 'Guernsey' }, '2003/821/EC', '2003-11-21', ['S-ADQ-TABLE']),
  partial(
    'IL',
    { da: 'Israel', en: 'Israel' },
    '2011/61/EU',
    '2011-01-31',
    {
      da: 'automatiserede overførsler, eller data der derefter behandles automatisk i Israel',
      en: 'automated transfers, or data then processed automatically in Israel',
    },
    ['S-IL-DEC', 'S-IL-LEX'],
  ),
  full('IM', { da: 'Isle of Man', en: 'Isle of Man' }, '2004/411/EC', '2004-04-28', [
    'S-ADQ-TABLE',
  ]),
  partial(
    'JP',
    { da: 'Japan', en: 'Japan' },
    '(EU) 2019/419',
    '2019-01-23',
    {
      da: 'kun private virksomheder under APPI og de supplerende regler (ikke medier, forskning, religion, politik)',
      en: 'private-sector business operators under the APPI and Supplementary Rules only (not media, academic, religious, political)',
    },
    ['S-JP-REC', 'S-FSP-JP'],
  ),
  full('JE', { da: 'Jersey', en: 'Jersey' }, '2008/393/EC', '2008-05-08', ['S-JE-OJ']),
  partial(
    'KR',
    { da: 'Sydkorea', en: 'Republic of Korea' },
    '(EU) 2022/254',
    '2021-12-17',
    {
      da: 'kun modtagere omfattet af PIPA; sektorundtagelserne er ikke bekræftet',
      en: 'only recipients subject to PIPA; the sector exclusions are unconfirmed',
    },
    ['S-ADQ-TABLE'],
  ),
  full('NZ', { da: 'New Zealand', en: 'New Zealand' }, '2013/65/EU', '2012-12-19', ['S-NZ-OJ']),
  {
    ...full(
      'GB',
      { da: 'Storbritannien', en: 'United Kingdom' },
      // The number of the December 2025 renewal decision is UNCONFIRMED (§8).
      '(EU) 2021/1772, renewed 19 Dec 2025',
      '2021-06-28',
      ['S-DT-UK-2021', 'S-DPOCENTRE-UK', 'S-BRUSSELS-UK', 'S-UEA-UK'],
    ),
    expires: '2031-12-27',
  },
  partial(
    'US',
    { da: 'USA', en: 'United States' },
    '(EU) 2023/1795',
    '2023-07-10',
    {
      da: 'kun organisationer med aktiv certificering under EU-US Data Privacy Framework for den relevante datakategori (HR / ikke-HR)',
      en: 'only organisations actively certified under the EU-US Data Privacy Framework for the relevant data category (HR / non-HR)',
    },
    ['S-ADQ-EC', 'S-C703-25', 'S-CC-LAPSE'],
  ),
  full('UY', { da: 'Uruguay', en: 'Uruguay' }, '2012/484/EU', '2012-08-21', ['S-ADQ-TABLE']),
  {
    ...full(
      'IO-EPORG',
      { da: 'Den Europæiske Patentorganisation', en: 'European Patent Organisation' },
      '(EU) 2025/1382',
      '2025-07-15',
      ['S-EPO-RO', 'S-EPO-PL', 'S-GPW-EPO'],
    ),
    scope: 'organisation',
    condition: {
      da: 'kun organisationen selv under dens egne databeskyttelsesregler',
      en: 'only the organisation itself, under its Data Protection Rules',
    },
  },
]

const ADEQUACY_BY_CODE = new Map(ADEQUACY_DECISIONS.map((entry) => [entry.code, entry]))

export function adequacyFor(code: string): AdequacyDecision | undefined {
  return ADEQUACY_BY_CODE.get(normaliseCountry(code))
}

export type InvalidBasis = 'safe_harbour' | 'privacy_shield' | 'scc_legacy'

export interface InvalidBasisEntry {
  basis: InvalidBasis
  names: LocalisedText
  decisions: readonly { decision: string; adopted: string | null }[]
  /** No new contracts may rely on it from this day. */
  no_new_from: string
  /** It gives no safeguard at all from this day. */
  invalid_from: string
  ruling: string
  sources: readonly string[]
}

/** Transfer bases that no longer work (§2.2, §3.3). */
export const INVALID_BASES: Readonly<Record<InvalidBasis, InvalidBasisEntry>> = {
  safe_harbour: {
    basis: 'safe_harbour',
    names: { da: 'Safe Harbour', en: 'Safe Harbour' },
    decisions: [{ decision: '2000/520/EC', adopted: null }],
    no_new_from: '2015-10-06',
    invalid_from: '2015-10-06',
    ruling: 'CJEU C-362/14 (Schrems I)',
    sources: ['S-GANADO', 'S-IPPT'],
  },
  privacy_shield: {
    basis: 'privacy_shield',
    names: { da: 'EU-US Privacy Shield', en: 'EU-US Privacy Shield' },
    decisions: [{ decision: '(EU) 2016/1250', adopted: '2016-07-12' }],
    no_new_from: '2020-07-16',
    invalid_from: '2020-07-16',
    ruling: 'CJEU C-311/18 (Schrems II)',
    sources: ['S-CURIA-C311', 'S-EUCRIM-S2'],
  },
  scc_legacy: {
    basis: 'scc_legacy',
    names: {
      da: 'gamle standardkontraktbestemmelser (2001/2004/2010)',
      en: 'old standard contractual clauses (2001/2004/2010)',
    },
    // Adoption dates other than 2010/87 are UNCONFIRMED (general knowledge, §0 and §8).
    decisions: [
      { decision: '2001/497/EC', adopted: '2001-06-15' },
      { decision: '2002/16/EC', adopted: '2001-12-27' },
      { decision: '2004/915/EC', adopted: '2004-12-27' },
      { decision: '2010/87/EU', adopted: '2010-02-05' },
    ],
    no_new_from: '2021-09-27',
    invalid_from: '2022-12-27',
    ruling: 'Commission Implementing Decision (EU) 2021/914 Art. 4',
    sources: ['S-914-ART4', 'S-WOZNIAK'],
  },
}

export type SupervisionConcept = 1 | 2 | 3 | 4 | 5 | 6

/** Datatilsynet's indicative model, 29 Oct 2021: risk points → the least concept allowed
 * [S-DT-TILSYN-2021], [S-GLSA-TILSYN]. */
export const CONCEPT_BANDS: readonly {
  min_points: number
  max_points: number
  min_concept: SupervisionConcept
}[] = [
  { min_points: 1, max_points: 2, min_concept: 1 },
  { min_points: 3, max_points: 4, min_concept: 2 },
  { min_points: 5, max_points: 6, min_concept: 3 },
  { min_points: 7, max_points: 10, min_concept: 5 },
]

/** The six concepts, least to most effort [S-HAUGAARD], [S-FOX-TILSYN]. */
export const SUPERVISION_CONCEPTS: Readonly<Record<SupervisionConcept, LocalisedText>> = {
  1: {
    da: 'Intet, medmindre der opstår mistanke om problemer hos databehandleren',
    en: 'Nothing unless you learn that something is wrong at the processor',
  },
  2: {
    da: 'Databehandleren bekræfter (helst skriftligt), at aftalens krav er opfyldt',
    en: 'The processor confirms, preferably in writing, that the DPA requirements are met',
  },
  3: {
    da: 'Databehandleren giver årligt en skriftlig status',
    en: 'The processor provides a written status every year',
  },
  4: {
    da: 'Databehandleren har en relevant certificering eller følger et adfærdskodeks',
    en: 'The processor holds a relevant certification or follows a code of conduct',
  },
  5: {
    da: 'Uafhængig tredjemand har ført dokumenteret tilsyn (fx revisorerklæring)',
    en: "An independent third party has supervised (e.g. an auditor's statement)",
  },
  6: {
    da: 'Du fører selv dokumenteret tilsyn (inspektion)',
    en: 'You carry out a documented inspection yourself',
  },
}

/** Concept 3 is annual by definition [S-FOX-TILSYN]. */
export const ANNUAL_CONCEPT: SupervisionConcept = 3

export function minimumConcept(points: number | null): SupervisionConcept | null {
  if (points === null) return null
  return (
    CONCEPT_BANDS.find((band) => points >= band.min_points && points <= band.max_points)
      ?.min_concept ?? null
  )
}

export type RiskTier = 'high' | 'medium' | 'low'

/** §6 R15: 7–10 points high, 3–6 medium, 1–2 low. */
export function riskTier(points: number | null): RiskTier | null {
  if (points === null) return null
  if (points >= 7) return 'high'
  if (points >= 3) return 'medium'
  return 'low'
}

/** Third countries without adequacy that the register meets often. */
const OTHER_COUNTRY_NAMES: Readonly<Record<string, CountryNames>> = {
  GL: { da: 'Grønland', en: 'Greenland' },
  IN: { da: 'Indien', en: 'India' },
  CN: { da: 'Kina', en: 'China' },
  AU: { da: 'Australien', en: 'Australia' },
  SG: { da: 'Singapore', en: 'Singapore' },
  PH: { da: 'Filippinerne', en: 'Philippines' },
  UA: { da: 'Ukraine', en: 'Ukraine' },
  RS: { da: 'Serbien', en: 'Serbia' },
  TR: { da: 'Tyrkiet', en: 'Türkiye' },
  ZA: { da: 'Sydafrika', en: 'South Africa' },
  MX: { da: 'Mexico', en: 'Mexico' },
  VN: { da: 'Vietnam', en: 'Vietnam' },
  GI: { da: 'Gibraltar', en: 'Gibraltar' },
}

const COUNTRY_NAMES = new Map(
  Object.entries({ ...EEA_STATES, ...EEA_OUTERMOST_REGIONS, ...OTHER_COUNTRY_NAMES }),
)

/** Danish/English name of a country the reference data knows, else its code. */
export function countryName(code: string, language: 'da' | 'en'): string {
  const normalised = normaliseCountry(code)
  const names = ADEQUACY_BY_CODE.get(normalised)?.names ?? COUNTRY_NAMES.get(normalised)
  return names?.[language] ?? (normalised || '?')
}

/** English wants "the" before some names inside a sentence ("transfers to the United States"). */
const WITH_ARTICLE = new Set(['US', 'GB', 'NL', 'PH', 'FO', 'KR', 'IO-EPORG'])

export function countryInSentence(code: string, language: 'da' | 'en'): string {
  const name = countryName(code, language)
  return language === 'en' && WITH_ARTICLE.has(normaliseCountry(code)) ? `the ${name}` : name
}
