/**
 * R23: contact persons at counterparties are personal data too (Art. 5(1)(e)). The retention clock
 * starts at the later of the contact's last activity and the end of the relationship; a contact
 * with neither date recorded cannot be judged and is left alone. Accounting records (5 years under
 * bogføringsloven) are outside the register: a legal hold covers such cases.
 */
import type { Contact, Counterparty } from '../../../preload/contract'
import type { Context } from '../context'
import { addMonths, fromDay, toDay } from '../dates'
import type { Warning } from '../types'
import { dateText, makeWarning, subject } from '../warning'

export function contactRules(ctx: Context): Warning[] {
  const warnings: Warning[] = []
  for (const contact of ctx.register.contacts) {
    const cp = ctx.counterparties.get(contact.counterparty_id)
    if (!cp || contact.legal_hold) continue
    const warning = retentionExceeded(ctx, contact, cp)
    if (warning) warnings.push(warning)
  }
  return warnings
}

/** The day the retention period starts, or null when nothing is known. */
export function retentionStart(contact: Contact, cp: Counterparty): number | null {
  const activity = toDay(contact.last_activity)
  const ended = toDay(cp.relationship_end)
  if (activity === null) return ended
  return ended === null ? activity : Math.max(activity, ended)
}

function retentionExceeded(ctx: Context, contact: Contact, cp: Counterparty): Warning | null {
  const start = retentionStart(contact, cp)
  if (start === null) return null
  const months = ctx.thresholds.contact_retention_months
  const due = addMonths(start, months)
  if (ctx.today <= due) return null
  const since = dateText(start)
  return makeWarning({
    rule: 'R23',
    severity: 'medium',
    subject: subject('contact', contact.id, cp.id),
    due,
    legal_ref: 'GDPR Art. 5(1)(e), Art. 17',
    params: {
      counterparty: cp.name,
      contact: contact.name,
      since: fromDay(start),
      retention_months: months,
    },
    message: {
      da: `Kontaktpersonen ${contact.name} hos ${cp.name} har ikke været i brug siden ${since.da}, og opbevaringsperioden på ${months} måneder er udløbet. Slet kontaktpersonen, eller registrér en begrundelse for at gemme oplysningerne (legal hold).`,
      en: `The contact person ${contact.name} at ${cp.name} has not been in use since ${since.en}, and the ${months}-month retention period has passed. Delete the contact, or record why it must be kept (legal hold).`,
    },
  })
}
