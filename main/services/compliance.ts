/** The compliance engine on the open register: a snapshot, today's date and the settings. */
import { format } from 'date-fns'
import {
  evaluate,
  REFERENCE_DATA_VERIFIED_ON,
  REFERENCE_DATA_VERSION,
  upcoming,
} from '../compliance'
import type { Output, ParsedInput } from '../../preload/contract'
import type { ServiceContext } from './context'
import { loadRegister } from './register-io'
import { getSettings } from './settings'

const todayOf = (ctx: ServiceContext, override: string | null) =>
  override ?? format(ctx.now(), 'yyyy-MM-dd')

export async function complianceWarnings(
  ctx: ServiceContext,
  input: ParsedInput<'compliance:warnings'>,
): Promise<Output<'compliance:warnings'>> {
  const today = todayOf(ctx, input.today)
  const settings = await getSettings(ctx)
  const warnings = evaluate(await loadRegister(ctx), today, settings)
  return {
    today,
    reference: {
      version: REFERENCE_DATA_VERSION,
      verified_on: settings.reference_data_verified_on ?? REFERENCE_DATA_VERIFIED_ON,
    },
    warnings:
      input.counterparty_id === null
        ? warnings
        : warnings.filter((w) => w.subject.counterparty_id === input.counterparty_id),
  }
}

export async function complianceUpcoming(
  ctx: ServiceContext,
  input: ParsedInput<'compliance:upcoming'>,
): Promise<Output<'compliance:upcoming'>> {
  const today = todayOf(ctx, input.today)
  const settings = await getSettings(ctx)
  return { today, items: upcoming(await loadRegister(ctx), today, settings, input.days) }
}
