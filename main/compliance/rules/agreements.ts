/**
 * R01 (no signed DPA), R03 (DPA expires soon), R04 (DPA expired while processing continues).
 *
 * Coverage is judged per counterparty, not per document: what matters is whether some signed
 * Art. 28 contract covers today and beyond, so an expiring DPA that a newer one replaces is silent,
 * and only the contract that reaches furthest is warned about. A DPA with `auto_renewal_months > 0`
 * renews itself until someone terminates it (status 'terminated'), so it never expires here; its
 * next renewal and notice deadline appear in `upcoming` instead.
 */
import type { Agreement, Counterparty } from '../../../preload/contract'
import { isActive, isIndependentController, needsDpa, signedArt28, type Context } from '../context'
import { fromDay, toDay } from '../dates'
import type { Warning } from '../types'
import { dateText, days, makeWarning, subject } from '../warning'

const LEGAL_REF_R01 = 'GDPR Art. 28(3), 28(9)'
const LEGAL_REF_EXPIRY = 'GDPR Art. 28(3), Art. 5(2)'

/**
 * The day an agreement stops covering: its own end date, else that of the main contract it follows
 * (§6 R03); null when it has no end or renews itself.
 */
export function coverageEnd(ctx: Context, agreement: Agreement): number | null {
  const parent =
    agreement.expires_on === null && agreement.parent_agreement_id !== agreement.id
      ? ctx.agreementsById.get(agreement.parent_agreement_id ?? -1)
      : undefined
  const source = parent ?? agreement
  return (source.auto_renewal_months ?? 0) > 0 ? null : toDay(source.expires_on)
}

export function agreementRules(ctx: Context): Warning[] {
  const warnings: Warning[] = []
  for (const cp of ctx.counterparties.values()) {
    if (!needsDpa(cp) || isIndependentController(cp) || cp.status === 'former') continue
    const signed = signedArt28(ctx, cp.id)
    if (signed.length === 0) {
      if (isActive(cp)) warnings.push(missingDpa(ctx, cp))
      continue
    }
    const expiry = expiryWarning(ctx, cp, signed)
    if (expiry) warnings.push(expiry)
  }
  return warnings
}

function missingDpa(ctx: Context, cp: Counterparty): Warning {
  return makeWarning({
    rule: 'R01',
    severity: 'critical',
    subject: subject('counterparty', cp.id, cp.id),
    due: ctx.today,
    legal_ref: LEGAL_REF_R01,
    params: { counterparty: cp.name, role: cp.role },
    message: {
      da: `${cp.name} er ${cp.role === 'sub_processor' ? 'underdatabehandler' : 'databehandler'} for jer, men der er ingen underskrevet databehandleraftale. Få en databehandleraftale underskrevet, eller stop overladelsen af personoplysninger.`,
      en: `${cp.name} is your ${cp.role === 'sub_processor' ? 'sub-processor' : 'processor'} but no data processing agreement has been signed. Get a DPA signed, or stop entrusting personal data to them.`,
    },
  })
}

/** The signed Art. 28 contract that covers furthest ahead; null end beats any date. */
function furthest(ctx: Context, signed: Agreement[]): { agreement: Agreement; end: number | null } {
  let best: { agreement: Agreement; end: number | null } | null = null
  for (const agreement of signed) {
    const end = coverageEnd(ctx, agreement)
    if (best === null || reachesFurther(end, agreement.id, best.end, best.agreement.id)) {
      best = { agreement, end }
    }
  }
  if (best === null) throw new Error('furthest() needs at least one agreement')
  return best
}

function reachesFurther(end: number | null, id: number, bestEnd: number | null, bestId: number) {
  if (end === bestEnd) return id < bestId
  if (end === null) return true
  return bestEnd !== null && end > bestEnd
}

function expiryWarning(ctx: Context, cp: Counterparty, signed: Agreement[]): Warning | null {
  const { agreement, end } = furthest(ctx, signed)
  if (end === null) return null
  const left = end - ctx.today
  if (left < 0) return isActive(cp) ? expired(ctx, cp, agreement, end) : null
  const { expiry_warn_days: warn, expiry_escalate_days: escalate } = ctx.thresholds
  if (left <= escalate) return expiresSoon(cp, agreement, end, left, 'high')
  if (left <= warn) return expiresSoon(cp, agreement, end, left, 'medium')
  return null
}

function expiresSoon(
  cp: Counterparty,
  agreement: Agreement,
  end: number,
  left: number,
  severity: 'high' | 'medium',
): Warning {
  const on = dateText(end)
  const inDays = days(left)
  return makeWarning({
    rule: 'R03',
    severity,
    subject: subject('agreement', agreement.id, cp.id),
    due: end,
    legal_ref: LEGAL_REF_EXPIRY,
    params: { counterparty: cp.name, expires_on: fromDay(end), days_left: left },
    message: {
      da: `Databehandleraftalen med ${cp.name} udløber ${on.da} (om ${inDays.da}). Forny eller genforhandl aftalen inden udløb.`,
      en: `The data processing agreement with ${cp.name} expires on ${on.en} (in ${inDays.en}). Renew or renegotiate it before it expires.`,
    },
  })
}

function expired(ctx: Context, cp: Counterparty, agreement: Agreement, end: number): Warning {
  const on = dateText(end)
  return makeWarning({
    rule: 'R04',
    severity: 'critical',
    subject: subject('agreement', agreement.id, cp.id),
    due: ctx.today,
    legal_ref: LEGAL_REF_EXPIRY,
    params: { counterparty: cp.name, expired_on: fromDay(end), days_overdue: ctx.today - end },
    message: {
      da: `Databehandleraftalen med ${cp.name} udløb ${on.da}, men ${cp.name} er stadig aktiv. Forny aftalen straks, eller stop behandlingen og markér samarbejdet som ophørt.`,
      en: `The data processing agreement with ${cp.name} expired on ${on.en}, but ${cp.name} is still active. Renew it now, or stop the processing and mark the relationship as former.`,
    },
  })
}
