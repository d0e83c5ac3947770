/**
 * Which counterparties have open warnings, for the list's warnings filter. The engine judges the
 * whole register at once (chains cross counterparties), which takes most of a second at 20,000
 * counterparties, so the result is kept per open register until the change log moves on (every
 * write appends to it, settings included) or the day changes. Scrolling a filtered list then
 * costs no more than scrolling an unfiltered one.
 */
import { latestChangeId } from '../../db'
import type { Database } from '../../db'
import { evaluate, type Warning } from '../compliance'
import { localDate, type ServiceContext } from './context'
import { loadRegister } from './register-io'
import { getSettings } from './settings'

export type WarningFilter = 'any' | 'transfers' | 'no_basis'

/** Rules that say a transfer has no valid basis: none, Safe Harbour / Privacy Shield, old SCCs,
 * and an onward transfer without one. */
const NO_BASIS_RULES: ReadonlySet<string> = new Set(['R05', 'R06', 'R07', 'R20'])

const FILTERS: Record<WarningFilter, (warning: Warning) => boolean> = {
  any: () => true,
  transfers: (warning) => warning.subject.type === 'location',
  no_basis: (warning) => NO_BASIS_RULES.has(warning.rule),
}

interface Entry {
  key: string
  warnings: Warning[]
  ids: Map<WarningFilter, number[]>
}

// Keyed by the SQLite handle: a transaction view of the same file shares it, a restored file does not.
const cache = new WeakMap<Database['sqlite'], Entry>()

async function entryFor(ctx: ServiceContext): Promise<Entry> {
  const today = localDate(ctx.now())
  const key = `${await latestChangeId(ctx.db.kysely)}@${today}`
  const cached = cache.get(ctx.db.sqlite)
  if (cached?.key === key) return cached
  const warnings = evaluate(await loadRegister(ctx), today, await getSettings(ctx))
  const entry: Entry = { key, warnings, ids: new Map() }
  cache.set(ctx.db.sqlite, entry)
  return entry
}

// The last other day asked for (a what-if date): the dashboard asks for its summary and then for
// each group it opens, all on the same day.
const otherDay = new WeakMap<Database['sqlite'], { key: string; warnings: Warning[] }>()

/** The warnings as of another day than today, evaluated at most once per change and day. */
export async function warningsOn(ctx: ServiceContext, day: string): Promise<Warning[]> {
  const key = `${await latestChangeId(ctx.db.kysely)}@${day}`
  const cached = otherDay.get(ctx.db.sqlite)
  if (cached?.key === key) return cached.warnings
  const warnings = evaluate(await loadRegister(ctx), day, await getSettings(ctx))
  otherDay.set(ctx.db.sqlite, { key, warnings })
  return warnings
}

/** Today's warnings of the whole register, evaluated at most once per change of the register. */
export async function currentWarnings(ctx: ServiceContext): Promise<Warning[]> {
  return (await entryFor(ctx)).warnings
}

/** Ids of the counterparties with at least one open warning of the group, in ascending order. */
export async function counterpartiesWithWarnings(
  ctx: ServiceContext,
  filter: WarningFilter,
): Promise<number[]> {
  const entry = await entryFor(ctx)
  let ids = entry.ids.get(filter)
  if (!ids) {
    const found = new Set<number>()
    for (const warning of entry.warnings) {
      const id = warning.subject.counterparty_id
      if (id !== null && FILTERS[filter](warning)) found.add(id)
    }
    ids = [...found].sort((a, b) => a - b)
    entry.ids.set(filter, ids)
  }
  return ids
}
