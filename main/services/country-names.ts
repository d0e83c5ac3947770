import countries from 'i18n-iso-countries'

type Language = 'da' | 'en'

/** The country's name in Danish or English ("Tyskland" / "Germany"); undefined for an unknown code. */
export function countryDisplayName(code: string, language: Language): string | undefined {
  return countries.getName(code, language)
}

/** Every known code's name in one language: `{ DE: 'Tyskland', DK: 'Danmark', … }`. */
export function countryNameMap(language: Language): Record<string, string> {
  return countries.getNames(language)
}

/** Lower case without diacritics; ø, æ and the like count as their plain letters too. */
const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øœæßđł]/g, (c) => ({ ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l' })[c] ?? c)

let foldedNames: [code: string, names: string[]][] | undefined

/** Each code with its folded Danish and English names, aliases included ("USA", "UK"). */
function namesByCode(): [string, string[]][] {
  foldedNames ??= Object.keys(countries.getAlpha2Codes()).map((code) => [
    code,
    [
      ...(countries.getName(code, 'da', { select: 'all' }) ?? []),
      ...(countries.getName(code, 'en', { select: 'all' }) ?? []),
    ].map(fold),
  ])
  return foldedNames
}

/** From this many characters a search term finds country names that contain it anywhere. */
const SUBSTRING_FROM = 3

/**
 * ISO codes of the countries whose Danish or English name contains the search term, without case or
 * diacritics ("tysk" and "germ" → DE, "usa" → US, "fær" → FO). Three characters is also where the
 * query layer moves from LIKE to the trigram index. Shorter terms are kept narrow: as a substring,
 * "a" would find nearly every country.
 * - Two letters find names with a word that starts with them ("ty" → DE and TR, "uk" → GB), except
 *   an ISO code, which keeps finding just its own country through the code column ("de" is not
 *   also Denmark).
 * - One letter finds no country by name; it already matches nearly every name and code by LIKE.
 */
export function countriesMatching(term: string): string[] {
  const trimmed = term.trim()
  const length = [...trimmed].length
  if (length < 2 || (length === 2 && countries.isValid(trimmed.toUpperCase()))) return []
  const folded = fold(trimmed)
  const matches =
    length < SUBSTRING_FROM
      ? (name: string) => name.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(folded))
      : (name: string) => name.includes(folded)
  return namesByCode().flatMap(([code, names]) => (names.some(matches) ? [code] : []))
}
