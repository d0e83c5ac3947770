/**
 * Supervision of processors (tilsyn, §4.4): R15 (supervision overdue), R16 (concept below the
 * minimum for the risk points), R17 (auditor's statement out of date or with unresolved findings).
 * They apply to the processors and sub-processors we use: active, role processor or sub-processor.
 */
import type { Counterparty, Supervision } from '../../../preload/contract'
import { isActive, needsDpa, type Context } from '../context'
import { addMonths, fromDay, toDay } from '../dates'
import { ANNUAL_CONCEPT, minimumConcept, riskTier } from '../reference-data'
import type { Warning } from '../types'
import { dateText, makeWarning, subject } from '../warning'

const LEGAL_REF_SUPERVISION =
  'GDPR Art. 5(2), 24, 28(1), 28(3)(h); Datatilsynet, Vejledning om tilsyn med databehandlere (2021)'

export function supervisionRules(ctx: Context): Warning[] {
  const warnings: Warning[] = []
  for (const cp of ctx.counterparties.values()) {
    if (!isActive(cp) || !needsDpa(cp)) continue
    const supervisions = ctx.supervisionsByCounterparty.get(cp.id) ?? []
    const latest = latestSupervision(supervisions)
    const overdue = supervisionOverdue(ctx, cp, latest)
    if (overdue) warnings.push(overdue)
    const concept = conceptTooLow(ctx, cp, latest)
    if (concept) warnings.push(concept)
    warnings.push(...auditReportRules(ctx, cp, supervisions))
  }
  return warnings
}

/** When a supervision took place: received, else the end of the period it covers, else created. */
const heldOn = (s: Supervision): number | null =>
  toDay(s.received_on) ?? toDay(s.period_end) ?? toDay(s.created_at)

function latestBy(
  supervisions: readonly Supervision[],
  when: (s: Supervision) => number | null,
): Supervision | undefined {
  let latest: Supervision | undefined
  let latestDay = -Infinity
  for (const s of supervisions) {
    const day = when(s) ?? -Infinity
    if (latest === undefined || day > latestDay || (day === latestDay && s.id > latest.id)) {
      latest = s
      latestDay = day
    }
  }
  return latest
}

export const latestSupervision = (supervisions: readonly Supervision[]) =>
  latestBy(supervisions, heldOn)

/** Months between supervisions by risk points; unknown risk counts as medium. Concept 3 is
 * annual by definition. */
export function supervisionIntervalMonths(
  ctx: Context,
  cp: Counterparty,
  latest: Supervision | undefined,
): number {
  const t = ctx.thresholds
  const tier = riskTier(cp.risk_points) ?? 'medium'
  const months = {
    high: t.supervision_months_high_risk,
    medium: t.supervision_months_medium_risk,
    low: t.supervision_months_low_risk,
  }[tier]
  return latest?.concept === ANNUAL_CONCEPT ? Math.min(months, 12) : months
}

/** The next supervision: as recorded on the latest one, else its date (or, with none, the day
 * the processor was registered) plus the interval. */
export function supervisionDue(ctx: Context, cp: Counterparty): number | null {
  const latest = latestSupervision(ctx.supervisionsByCounterparty.get(cp.id) ?? [])
  return dueAfter(ctx, cp, latest)
}

function dueAfter(ctx: Context, cp: Counterparty, latest: Supervision | undefined): number | null {
  const recorded = toDay(latest?.next_due)
  if (recorded !== null) return recorded
  const from = latest ? heldOn(latest) : toDay(cp.created_at)
  return from === null ? null : addMonths(from, supervisionIntervalMonths(ctx, cp, latest))
}

function supervisionOverdue(
  ctx: Context,
  cp: Counterparty,
  latest: Supervision | undefined,
): Warning | null {
  const due = dueAfter(ctx, cp, latest)
  if (due === null || ctx.today <= due) return null
  const on = dateText(due)
  const last = latest ? heldOn(latest) : null
  const since =
    last === null
      ? { da: 'Der er aldrig registreret tilsyn.', en: 'No supervision has ever been recorded.' }
      : {
          da: `Seneste tilsyn: ${dateText(last).da}.`,
          en: `Last supervision: ${dateText(last).en}.`,
        }
  return makeWarning({
    rule: 'R15',
    severity: 'high',
    subject: subject('counterparty', cp.id, cp.id),
    due,
    legal_ref: LEGAL_REF_SUPERVISION,
    params: {
      counterparty: cp.name,
      next_due: fromDay(due),
      last_supervision: last === null ? '' : fromDay(last),
    },
    message: {
      da: `Tilsynet med ${cp.name} skulle have været ført senest ${on.da}. ${since.da} Før og dokumentér tilsyn, fx ved at indhente en revisorerklæring.`,
      en: `Supervision of ${cp.name} was due by ${on.en}. ${since.en} Carry out and document supervision, for example by obtaining an auditor's statement.`,
    },
  })
}

function conceptTooLow(
  ctx: Context,
  cp: Counterparty,
  latest: Supervision | undefined,
): Warning | null {
  const minimum = minimumConcept(cp.risk_points)
  const concept = latest?.concept ?? null
  if (!latest || minimum === null || concept === null || concept >= minimum) return null
  return makeWarning({
    rule: 'R16',
    severity: 'medium',
    subject: subject('supervision', latest.id, cp.id),
    due: ctx.today,
    legal_ref: 'Datatilsynet, Vejledning om tilsyn med databehandlere (2021); GDPR Art. 28(1)',
    params: {
      counterparty: cp.name,
      concept,
      minimum_concept: minimum,
      risk_points: cp.risk_points ?? 0,
    },
    message: {
      da: `Tilsynet med ${cp.name} bruger tilsynskoncept ${concept}, men ${cp.risk_points} risikopoint kræver mindst koncept ${minimum}. Vælg et højere tilsynskoncept ved næste tilsyn.`,
      en: `Supervision of ${cp.name} uses concept ${concept}, but ${cp.risk_points} risk points require at least concept ${minimum}. Choose a higher concept for the next supervision.`,
    },
  })
}

const AUDIT_REPORTS = new Set([
  'isae3000_type1',
  'isae3000_type2',
  'isae3402_type1',
  'isae3402_type2',
  'soc2_type1',
  'soc2_type2',
])

const FINDING_OPINIONS = new Set(['qualified', 'adverse', 'disclaimer'])

// The auditor's statement as Danish practice names it (FSR – danske revisorer with Datatilsynet).
const LEGAL_REF_REPORT = 'GDPR Art. 28(3)(h); FSR/Datatilsynet, ISAE 3000-erklæring (GDPR)'

function auditReportRules(ctx: Context, cp: Counterparty, supervisions: Supervision[]): Warning[] {
  const reports = supervisions.filter((s) => AUDIT_REPORTS.has(s.method))
  const latest = latestBy(reports, (s) => toDay(s.period_end) ?? heldOn(s))
  if (!latest) return []
  const warnings: Warning[] = []
  const stale = staleReport(ctx, cp, latest)
  if (stale) warnings.push(stale)
  const findings = unresolvedFindings(ctx, cp, latest)
  if (findings) warnings.push(findings)
  return warnings
}

/** Medium once the period end is older than the maximum age, high after the grace period. */
function staleReport(ctx: Context, cp: Counterparty, report: Supervision): Warning | null {
  const periodEnd = toDay(report.period_end)
  if (periodEnd === null) return null
  const t = ctx.thresholds
  const expected = addMonths(periodEnd, t.audit_report_max_age_months)
  const deadline = addMonths(periodEnd, t.audit_report_max_age_months + t.audit_report_grace_months)
  if (ctx.today <= expected) return null
  const end = dateText(periodEnd)
  return makeWarning({
    rule: 'R17',
    severity: ctx.today > deadline ? 'high' : 'medium',
    subject: subject('supervision', report.id, cp.id),
    due: deadline,
    legal_ref: LEGAL_REF_REPORT,
    variant: 'stale',
    params: { counterparty: cp.name, period_end: fromDay(periodEnd), deadline: fromDay(deadline) },
    message: {
      da: `Den seneste revisorerklæring fra ${cp.name} dækker perioden til ${end.da} og er forældet. Indhent en ny revisorerklæring senest ${dateText(deadline).da}.`,
      en: `The latest auditor's statement from ${cp.name} covers the period to ${end.en} and is out of date. Obtain a new one by ${dateText(deadline).en}.`,
    },
  })
}

function unresolvedFindings(ctx: Context, cp: Counterparty, report: Supervision): Warning | null {
  const qualified = report.opinion !== null && FINDING_OPINIONS.has(report.opinion)
  const deviations = Boolean(report.deviations?.trim())
  if ((!qualified && !deviations) || report.followed_up_on !== null) return null
  return makeWarning({
    rule: 'R17',
    severity: 'high',
    subject: subject('supervision', report.id, cp.id),
    due: ctx.today,
    legal_ref: LEGAL_REF_REPORT,
    variant: 'findings',
    params: { counterparty: cp.name, opinion: report.opinion ?? '' },
    message: {
      da: `Revisorerklæringen fra ${cp.name} har ${qualified ? 'en konklusion med forbehold' : 'afvigelser'}, som ikke er fulgt op. Følg op over for ${cp.name}, og registrér opfølgningen.`,
      en: `The auditor's statement from ${cp.name} has ${qualified ? 'a qualified or adverse conclusion' : 'exceptions'} that have not been followed up. Follow up with ${cp.name} and record it.`,
    },
  })
}
