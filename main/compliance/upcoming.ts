/**
 * The calendar of the dashboard: renewals and expiries, notice deadlines (end date minus notice
 * period), sub-processor objection deadlines and supervision due dates within a window. Overdue
 * items are not listed here: they are warnings.
 */
import type { Agreement, Counterparty, Settings } from '../../preload/contract'
import { buildContext, isActive, needsDpa, type Context } from './context'
import { addMonths, fromDay, monthsBetween, toDay } from './dates'
import { objectionDeadline } from './rules/sub-processors'
import { supervisionDue } from './rules/supervision'
import type { LocalisedText, Register, UpcomingItem, UpcomingKind } from './types'
import { dateText, subject } from './warning'

interface Window {
  from: number
  to: number
}

export function upcoming(
  register: Register,
  today: string,
  settings: Settings,
  days = 365,
): UpcomingItem[] {
  const ctx = buildContext(register, today, settings)
  const window = { from: ctx.today, to: ctx.today + days }
  const items = [
    ...agreementDates(ctx, window),
    ...objectionDates(ctx, window),
    ...supervisionDates(ctx, window),
  ]
  return items.sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id))
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const within = (day: number, window: Window) => day >= window.from && day <= window.to

function item(
  kind: UpcomingKind,
  day: number,
  subjectOf: UpcomingItem['subject'],
  label: LocalisedText,
): UpcomingItem {
  const date = fromDay(day)
  return {
    id: `${kind}:${subjectOf.type}:${subjectOf.id}:${date}`,
    date,
    kind,
    subject: subjectOf,
    label,
  }
}

function agreementName(agreement: Agreement, cp: Counterparty): LocalisedText {
  // Each language's own quotation marks: »…« in Danish, “…” in English.
  const da = agreement.title ? ` »${agreement.title}«` : ''
  const en = agreement.title ? ` “${agreement.title}”` : ''
  return agreement.type === 'dpa' || agreement.type === 'dpa_we_process'
    ? { da: `Databehandleraftalen${da} med ${cp.name}`, en: `The DPA${en} with ${cp.name}` }
    : { da: `Aftalen${da} med ${cp.name}`, en: `The agreement${en} with ${cp.name}` }
}

/** Guards against pathological windows; a year of monthly renewals is 12. */
const MAX_TERMS = 600

function agreementDates(ctx: Context, window: Window): UpcomingItem[] {
  const items: UpcomingItem[] = []
  for (const agreement of ctx.register.agreements) {
    const cp = ctx.counterparties.get(agreement.counterparty_id)
    const end = toDay(agreement.expires_on)
    if (!cp || cp.status === 'former' || agreement.status !== 'signed' || end === null) continue
    const renewal = agreement.auto_renewal_months ?? 0
    const notice = agreement.notice_period_days ?? 0
    const ends = renewal > 0 ? renewals(end, renewal, notice, window) : [end]
    for (const day of ends) items.push(...termDates(agreement, cp, day, renewal > 0, window))
  }
  return items
}

/** Renewal days from the first one on or after the window's start while they or their notice
 * deadline fall in the window, each counted from `end` so a 31st stays the 31st where it can. */
function renewals(end: number, months: number, notice: number, window: Window): number[] {
  const skipped = end >= window.from ? 0 : Math.ceil(monthsBetween(end, window.from) / months)
  const days: number[] = []
  for (let k = skipped; k < skipped + MAX_TERMS; k++) {
    const day = addMonths(end, k * months)
    if (day - notice > window.to) break
    if (day >= window.from) days.push(day)
  }
  return days
}

function termDates(
  agreement: Agreement,
  cp: Counterparty,
  end: number,
  renews: boolean,
  window: Window,
): UpcomingItem[] {
  const items: UpcomingItem[] = []
  const of = subject('agreement', agreement.id, cp.id)
  const name = agreementName(agreement, cp)
  const on = dateText(end)
  if (within(end, window)) {
    items.push(
      renews
        ? item('renewal', end, of, {
            da: `${name.da} fornyes automatisk ${on.da}`,
            en: `${name.en} renews automatically on ${on.en}`,
          })
        : item('expiry', end, of, {
            da: `${name.da} udløber ${on.da}`,
            en: `${name.en} expires on ${on.en}`,
          }),
    )
  }
  const notice = agreement.notice_period_days
  if (notice !== null && notice > 0 && within(end - notice, window)) {
    items.push(
      item('notice_deadline', end - notice, of, {
        da: `Sidste frist for opsigelse: ${name.da} (${notice} dages varsel før ${on.da})`,
        en: `Last day to give notice: ${name.en} (${notice} days before ${on.en})`,
      }),
    )
  }
  return items
}

function objectionDates(ctx: Context, window: Window): UpcomingItem[] {
  const items: UpcomingItem[] = []
  for (const link of ctx.register.links) {
    const processor = ctx.counterparties.get(link.processor_id)
    const sub = ctx.counterparties.get(link.sub_processor_id)
    if (!processor || !sub || processor.status === 'former') continue
    if (link.approved_on !== null || link.objected_on !== null) continue
    const deadline = objectionDeadline(ctx, link)
    if (deadline === null || !within(deadline, window)) continue
    items.push(
      item('objection_deadline', deadline, subject('link', link.id, processor.id), {
        da: `Frist for indsigelse mod ${sub.name} som underdatabehandler for ${processor.name}`,
        en: `Deadline to object to ${sub.name} as sub-processor of ${processor.name}`,
      }),
    )
  }
  return items
}

function supervisionDates(ctx: Context, window: Window): UpcomingItem[] {
  const items: UpcomingItem[] = []
  for (const cp of ctx.counterparties.values()) {
    if (!isActive(cp) || !needsDpa(cp)) continue
    const due = supervisionDue(ctx, cp)
    if (due === null || !within(due, window)) continue
    items.push(
      item('supervision_due', due, subject('counterparty', cp.id, cp.id), {
        da: `Tilsyn med ${cp.name} forfalder`,
        en: `Supervision of ${cp.name} is due`,
      }),
    )
  }
  return items
}
