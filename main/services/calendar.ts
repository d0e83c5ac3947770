/**
 * Deadlines as an iCalendar file (RFC 5545) that Outlook and Google Calendar import: renewals and
 * expiries, notice deadlines, objection deadlines and supervision due dates, taken from the
 * engine's `upcoming`, each an all-day event. UIDs come from the engine's item ids, so importing
 * a newer file updates the events instead of adding copies.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics'
import { upcoming, type UpcomingItem } from '../compliance'
import type { ServiceContext } from './context'
import type { RegisterSnapshot } from './register-io'
import { languageOf, readRegisterView } from './register-view'
import {
  AGREEMENT_TYPE_LABELS,
  label,
  UPCOMING_LABELS,
  type Language,
  type Words,
} from './vocabulary'

const CALENDAR_NAME: Words = { da: 'DPA Desk – frister', en: 'DPA Desk – deadlines' }
const FOOTNOTE: Words = {
  da: 'Fra DPA Desk. Fristerne er en hjælp til jeres egen vurdering, ikke juridisk rådgivning.',
  en: 'From DPA Desk. The deadlines are an aid for your own review, not legal advice.',
}

function dateArray(iso: string, plusDays = 0): DateArray {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day + plusDays))
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
}

/**
 * The UID names what the date is about, not the date: when someone moves an agreement's end date,
 * importing the new file moves the event instead of leaving the old one behind. Only renewals
 * (and the notice deadlines before them) repeat for one agreement, so they keep their date.
 * `[A-Za-z0-9-]` only, so the UID survives every calendar program unchanged.
 */
function uidOf(item: UpcomingItem, lookup: Lookup): string {
  const renews =
    item.kind === 'renewal' ||
    (item.kind === 'notice_deadline' &&
      (lookup.agreements.get(item.subject.id ?? -1)?.auto_renewal_months ?? 0) > 0)
  const key = [
    item.kind,
    item.subject.type,
    item.subject.id ?? 'register',
    ...(renews ? [item.date] : []),
  ]
  return `${key.join('-').replace(/[^A-Za-z0-9]+/g, '-')}@dpa-desk`
}

interface Lookup {
  names: Map<number, string>
  agreements: Map<number, RegisterSnapshot['agreements'][number]>
  links: Map<number, RegisterSnapshot['links'][number]>
}

function lookupOf(register: RegisterSnapshot): Lookup {
  return {
    names: new Map(register.counterparties.map((c) => [c.id, c.name])),
    agreements: new Map(register.agreements.map((a) => [a.id, a])),
    links: new Map(register.links.map((l) => [l.id, l])),
  }
}

/** "Last day to give notice – Hostly ApS (Data processing agreement)". */
function summaryOf(item: UpcomingItem, lookup: Lookup, language: Language): string {
  const name = (id: number | null) => (id === null ? '?' : (lookup.names.get(id) ?? `#${id}`))
  const what = UPCOMING_LABELS[item.kind][language]
  const id = item.subject.id ?? -1
  if (item.subject.type === 'agreement') {
    const agreement = lookup.agreements.get(id)
    const type = agreement
      ? (agreement.title ?? label(AGREEMENT_TYPE_LABELS, agreement.type, language))
      : ''
    return `${what} – ${name(item.subject.counterparty_id)}${type ? ` (${type})` : ''}`
  }
  const link = item.subject.type === 'link' ? lookup.links.get(id) : undefined
  if (link) return `${what} – ${name(link.sub_processor_id)} (${name(link.processor_id)})`
  return `${what} – ${name(item.subject.counterparty_id)}`
}

export interface CalendarOptions {
  language: Language
  /** DTSTAMP of every event: when the file was made. */
  now: Date
}

export function buildCalendar(
  register: RegisterSnapshot,
  items: readonly UpcomingItem[],
  options: CalendarOptions,
): string {
  const { language } = options
  const lookup = lookupOf(register)
  const events = items.map((item) => {
    const summary = summaryOf(item, lookup, language)
    return {
      uid: uidOf(item, lookup),
      timestamp: options.now.getTime(),
      // Outlook keeps the copy with the higher SEQUENCE: a later export must win.
      sequence: Math.floor(options.now.getTime() / 60_000),
      start: dateArray(item.date),
      end: dateArray(item.date, 1),
      title: summary,
      description: `${item.label[language]}\n\n${FOOTNOTE[language]}`,
      categories: ['DPA Desk', UPCOMING_LABELS[item.kind][language]],
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      alarms: [
        {
          action: 'display',
          description: summary,
          trigger: { days: 7, before: true },
        },
      ],
    } as EventAttributes
  })
  const header = {
    productId: `-//DPA Desk//DPA Desk//${language.toUpperCase()}`,
    method: 'PUBLISH',
    calName: CALENDAR_NAME[language],
  }
  // ics writes an empty calendar as an error; a file with no events is still a valid calendar.
  const { error, value } =
    events.length > 0 ? createEvents(events, header) : { error: null, value: emptyCalendar(header) }
  if (error || !value) throw error ?? new Error('the calendar could not be written')
  // ics writes a dangling "T" after a duration without hours (-P7DT), which RFC 5545 forbids.
  return refold(value.replace(/^(TRIGGER:-?P\d+[WD])T\r$/gm, '$1\r'))
}

function emptyCalendar(header: { productId: string; method: string; calName: string }): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${header.productId}`,
    `METHOD:${header.method}`,
    `X-WR-CALNAME:${header.calName}`,
    'END:VCALENDAR',
    '',
  ].join('\r\n')
}

const encoder = new TextEncoder()

/**
 * RFC 5545 §3.1 limits lines to 75 octets, not characters: `ics` folds by characters, so a line
 * with æ, ø or å can run over. Unfold, then fold again by UTF-8 octets without splitting a
 * character; continuation lines start with one space.
 */
export function refold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n')
  return lines.map(foldLine).join('\r\n')
}

function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = 75
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = 74 // the leading space of a continuation line is one of its 75 octets
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

export async function exportCalendar(
  ctx: ServiceContext,
  input: { language: Language | null; days: number },
): Promise<{ file_name: string; text: string }> {
  const view = await readRegisterView(ctx, { warnings: false })
  const language = languageOf(input.language, view.settings)
  const items = upcoming(view.register, view.today, view.settings, input.days)
  return {
    file_name: language === 'da' ? 'dpa-desk-frister.ics' : 'dpa-desk-deadlines.ics',
    text: buildCalendar(view.register, items, { language, now: ctx.now() }),
  }
}
