/**
 * Calendar arithmetic on day numbers (days since 1970-01-01). The engine never needs a time of day;
 * plain integer arithmetic (Howard Hinnant's civil-date algorithms) keeps results independent of
 * the machine's time zone and avoids allocating a Date per field, which matters at 100,000 rows.
 */
import { format } from 'date-fns/format'
import { da } from 'date-fns/locale/da'
import { enGB } from 'date-fns/locale/en-GB'
import type { Locale } from 'date-fns'
import type { LocalisedText } from './types'

type Language = keyof LocalisedText

/** A day number from `YYYY-MM-DD` (or a timestamp that starts with one); null when unreadable. */
export function toDay(iso: string | null | undefined): number | null {
  if (!iso || iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null
  const year = digits(iso, 0, 4)
  const month = digits(iso, 5, 7)
  const day = digits(iso, 8, 10)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return daysFromCivil(year, month, day)
}

/** The number in iso[from, to), or -1 unless all of it is ASCII digits. */
function digits(iso: string, from: number, to: number): number {
  let value = 0
  for (let i = from; i < to; i++) {
    const code = iso.charCodeAt(i) - 48
    if (code < 0 || code > 9) return -1
    value = value * 10 + code
  }
  return value
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31)
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** Results of `civil`: module scratch instead of a tuple, as this runs for every date shown. */
let civilYear = 1970
let civilMonth = 1
let civilDay = 1

function civil(days: number): void {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  civilDay = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  civilMonth = mp < 10 ? mp + 3 : mp - 9
  civilYear = yearOfEra + era * 400 + (civilMonth <= 2 ? 1 : 0)
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`)
const pad4 = (n: number) => String(n).padStart(4, '0')

export function fromDay(day: number): string {
  civil(day)
  return `${pad4(civilYear)}-${pad2(civilMonth)}-${pad2(civilDay)}`
}

/** Same day of month `months` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  civil(day)
  const dayOfMonth = civilDay
  const total = civilYear * 12 + (civilMonth - 1) + months
  const newYear = Math.floor(total / 12)
  const newMonth = total - newYear * 12 + 1
  return daysFromCivil(newYear, newMonth, Math.min(dayOfMonth, daysInMonth(newYear, newMonth)))
}

/** Whole months from `from` to `to` (to ≥ from), counted like `addMonths`. */
export function monthsBetween(from: number, to: number): number {
  civil(to)
  const toMonths = civilYear * 12 + civilMonth
  civil(from)
  const months = toMonths - (civilYear * 12 + civilMonth)
  return addMonths(from, months) > to ? months - 1 : months
}

/** Month names from the same date-fns locales as the app's screens, looked up once. */
const MONTH_NAMES: Readonly<Record<Language, readonly string[]>> = {
  da: monthNames(da),
  en: monthNames(enGB),
}

function monthNames(locale: Locale): string[] {
  // Mid-month local dates name the month whatever the time zone; only the name is kept.
  return Array.from({ length: 12 }, (_, month) =>
    format(new Date(2000, month, 15), 'MMMM', { locale }),
  )
}

/**
 * "31. december 2026" in Danish, "31 December 2026" in English: what date-fns prints for the
 * app's patterns `d. MMMM yyyy` and `d MMMM yyyy` (renderer/i18n, which main may not import), but
 * built from the civil day, so no Date per call and no time zone.
 */
export function formatDay(day: number, language: Language): string {
  civil(day)
  const month = MONTH_NAMES[language][civilMonth - 1] ?? ''
  const year = pad4(civilYear)
  return language === 'da' ? `${civilDay}. ${month} ${year}` : `${civilDay} ${month} ${year}`
}
