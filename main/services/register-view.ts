/**
 * What the exports, the calendar and the report read: the register as one snapshot, the settings,
 * today's date on the user's clock and the engine's warnings for it, gathered in one place so all
 * of them agree on what "today" is.
 */
import type { Warning } from '../compliance'
import type { Settings } from '../../preload/contract'
import { localDate, type ServiceContext } from './context'
import { loadRegister, type RegisterSnapshot } from './register-io'
import { getSettings } from './settings'
import { currentWarnings } from './warning-index'
import type { Language } from './vocabulary'

export interface RegisterView {
  register: RegisterSnapshot
  settings: Settings
  /** YYYY-MM-DD in the local time zone: a Danish user's today, not UTC's. */
  today: string
  warnings: Warning[]
}

/** The register as of today; `warnings: false` skips the engine for callers that need none. */
export async function readRegisterView(
  ctx: ServiceContext,
  options: { warnings: boolean } = { warnings: true },
): Promise<RegisterView> {
  const register = await loadRegister(ctx)
  const settings = await getSettings(ctx)
  const today = localDate(ctx.now())
  // Today's findings as the dashboard has them: cached per change of the register.
  const warnings = options.warnings ? await currentWarnings(ctx) : []
  return { register, settings, today, warnings }
}

/** The language asked for, else the one in the settings. */
export const languageOf = (asked: Language | null | undefined, settings: Settings): Language =>
  asked ?? settings.language
