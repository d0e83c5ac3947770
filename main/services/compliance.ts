/** The compliance engine on the open register: a snapshot, today's date and the settings. */
import {
  REFERENCE_DATA_VERIFIED_ON,
  REFERENCE_DATA_VERSION,
  SEVERITIES,
  upcoming,
  type Severity,
  type Warning,
} from '../compliance'
import { counterpartyDirectory } from '../../db'
import type { Output, ParsedInput, Settings } from '../../preload/contract'
import { localDate, type ServiceContext } from './context'
import { loadRegister } from './register-io'
import { getSettings } from './settings'
import { currentWarnings, fromCurrentWarnings, warningsOn } from './warning-index'

const referenceOf = (settings: Settings) => ({
  version: REFERENCE_DATA_VERSION,
  verified_on: settings.reference_data_verified_on ?? REFERENCE_DATA_VERIFIED_ON,
})

/** Today's warnings come from the cache kept per change of the register; a what-if date is evaluated afresh. */
async function warningsAsOf(ctx: ServiceContext, asked: string | null) {
  const settings = await getSettings(ctx)
  const today = asked ?? localDate(ctx.now())
  const warnings = asked === null ? await currentWarnings(ctx) : await warningsOn(ctx, today)
  return { today, settings, warnings }
}

export async function complianceWarnings(
  ctx: ServiceContext,
  input: ParsedInput<'compliance:warnings'>,
): Promise<Output<'compliance:warnings'>> {
  const { today, settings, warnings } = await warningsAsOf(ctx, input.today)
  return {
    today,
    reference: referenceOf(settings),
    warnings:
      input.counterparty_id === null
        ? warnings
        : warnings.filter((w) => w.subject.counterparty_id === input.counterparty_id),
  }
}

const noCounts = (): Record<Severity, number> =>
  Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>

/** Today's summary is built once per change of the register; a what-if date's afresh. */
export async function complianceSummary(
  ctx: ServiceContext,
  input: ParsedInput<'compliance:summary'>,
): Promise<Output<'compliance:summary'>> {
  if (input.today !== null) return summarise(ctx, await warningsAsOf(ctx, input.today))
  const today = localDate(ctx.now())
  return fromCurrentWarnings(ctx, 'summary', (warnings) => summariseWarnings(ctx, today, warnings))
}

/** The summary of the warnings as of `today`, with the settings as they are now. */
async function summariseWarnings(
  ctx: ServiceContext,
  today: string,
  warnings: Warning[],
): Promise<Output<'compliance:summary'>> {
  return summarise(ctx, { today, settings: await getSettings(ctx), warnings })
}

async function summarise(
  ctx: ServiceContext,
  { today, settings, warnings }: { today: string; settings: Settings; warnings: Warning[] },
): Promise<Output<'compliance:summary'>> {
  const names = await counterpartyNames(ctx)
  const bySeverity = noCounts()
  const byRule: Record<string, number> = {}
  const groups = new Map<number, Output<'compliance:summary'>['groups'][number]>()
  const registerWarnings: Warning[] = []
  for (const warning of warnings) {
    bySeverity[warning.severity] += 1
    byRule[warning.rule] = (byRule[warning.rule] ?? 0) + 1
    const id = warning.subject.counterparty_id
    if (id === null) {
      registerWarnings.push(warning)
      continue
    }
    let group = groups.get(id)
    if (!group) {
      const known = names.get(id)
      group = {
        counterparty_id: id,
        name: known?.name ?? String(warning.params.counterparty ?? id),
        owner: known?.owner ?? null,
        worst: warning.severity,
        by_severity: noCounts(),
        rules: [],
      }
      groups.set(id, group)
    }
    group.by_severity[warning.severity] += 1
    if (SEVERITIES.indexOf(warning.severity) < SEVERITIES.indexOf(group.worst))
      group.worst = warning.severity
    if (!group.rules.includes(warning.rule)) group.rules.push(warning.rule)
  }
  return {
    today,
    reference: referenceOf(settings),
    total: warnings.length,
    by_severity: bySeverity,
    by_rule: byRule,
    // Warnings come sorted by severity then name, so groups keep the order of their worst finding.
    groups: [...groups.values()],
    register_warnings: registerWarnings,
  }
}

async function counterpartyNames(ctx: ServiceContext) {
  const rows = await counterpartyDirectory(ctx.db.kysely)
  return new Map(rows.map((c) => [c.id, { name: c.name, owner: c.owner }]))
}

export async function complianceUpcoming(
  ctx: ServiceContext,
  input: ParsedInput<'compliance:upcoming'>,
): Promise<Output<'compliance:upcoming'>> {
  const today = input.today ?? localDate(ctx.now())
  const settings = await getSettings(ctx)
  return { today, items: upcoming(await loadRegister(ctx), today, settings, input.days) }
}
