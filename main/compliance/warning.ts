import { formatDay, fromDay } from './dates'
import type { LocalisedText, RuleId, Severity, Subject, SubjectType, Warning } from './types'

export interface WarningInput {
  rule: RuleId
  severity: Severity
  subject: Subject
  /** Day number; null when nothing is due. */
  due: number | null
  legal_ref: string
  message: LocalisedText
  params: Record<string, string | number>
  /** Tells apart two warnings of one rule on one record. */
  variant?: string
}

export function makeWarning(input: WarningInput): Warning {
  return {
    id: warningId(input.rule, input.subject, input.variant),
    rule: input.rule,
    severity: input.severity,
    subject: input.subject,
    due: input.due === null ? null : fromDay(input.due),
    legal_ref: input.legal_ref,
    message: { da: tidy(input.message.da), en: tidy(input.message.en) },
    params: input.params,
  }
}

/** A name that ends in a full stop ("Backup Vault Inc.") must not double the sentence's own. */
const tidy = (text: string) => text.replace(/\.\.(?=\s|$)/g, '.')

export function warningId(rule: RuleId, subject: Subject, variant?: string): string {
  const base = `${rule}:${subject.type}:${subject.id ?? '-'}`
  return variant ? `${base}:${variant}` : base
}

export function subject(type: SubjectType, id: number | null, counterpartyId: number | null) {
  return { type, id, counterparty_id: counterpartyId }
}

export function dateText(day: number): LocalisedText {
  return { da: formatDay(day, 'da'), en: formatDay(day, 'en') }
}

export function plural(count: number, da: [string, string], en: [string, string]): LocalisedText {
  return count === 1
    ? { da: `${count} ${da[0]}`, en: `${count} ${en[0]}` }
    : { da: `${count} ${da[1]}`, en: `${count} ${en[1]}` }
}

export const days = (count: number) => plural(count, ['dag', 'dage'], ['day', 'days'])

/** "a, b and c" / "a, b og c" */
export function listText(items: readonly string[], and: string): string {
  if (items.length < 2) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`
}
