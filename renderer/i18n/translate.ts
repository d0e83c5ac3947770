import { format, isValid, parse, parseISO } from 'date-fns'
import { da as daLocale, enGB } from 'date-fns/locale'
import type { Language } from '../lib/vocabulary'
import { da, type Messages } from './da'
import { en } from './en'

export const MESSAGES: Record<Language, Messages> = { da, en }
const DATE_LOCALES = { da: daLocale, en: enGB }
const NUMBER_LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' }

/** Fills `{name}` placeholders: fill('{count} modparter', { count: 3 }) → '3 modparter'. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  )
}

/** A date ('2018-05-24') or timestamp as "24. maj 2018" / "24 May 2018"; '—' when missing. */
export function formatDate(language: Language, value: string | null | undefined): string {
  const messages = MESSAGES[language]
  if (!value) return messages.common.none
  const date = parseISO(value)
  if (!isValid(date)) return value
  return format(date, messages.dateFormat, { locale: DATE_LOCALES[language] })
}

/** A moment as the user's own clock shows it: "24. november 2026 20:08". */
export function formatDateTime(language: Language, value: string): string {
  const date = parseISO(value)
  if (!isValid(date)) return value
  return `${formatDate(language, value)} ${format(date, 'HH:mm')}`
}

/** Typed-in dates in the forms people use here: 24.5.2018, 24/5/2018, 2018-05-24, 24. maj 2018. */
const TYPED_DATE_PATTERNS = [
  'yyyy-MM-dd',
  'd.M.yyyy',
  'd/M/yyyy',
  'd-M-yyyy',
  'd.M.yy',
  'd. MMM yyyy',
]

/** A typed-in date as 'YYYY-MM-DD', or null if it is not one. */
export function parseTypedDate(language: Language, text: string): string | null {
  const locale = DATE_LOCALES[language]
  const patterns = [MESSAGES[language].dateFormat, ...TYPED_DATE_PATTERNS]
  for (const pattern of patterns) {
    const date = parse(text.trim(), pattern, new Date(), { locale })
    if (isValid(date) && date.getFullYear() > 1900) return format(date, 'yyyy-MM-dd')
  }
  return null
}

export function formatNumber(language: Language, value: number): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[language]).format(value)
}

/** `{ value, label }` options in the order of a translation table, for Select and MultiSelect. */
export function optionsOf<K extends string | number>(
  labels: Record<K, string>,
): { value: string; label: string }[] {
  return Object.entries<string>(labels).map(([value, label]) => ({ value, label }))
}
