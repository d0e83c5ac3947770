/**
 * Today's warnings of the open register, and what is worked out from them (the dashboard's
 * summary, the list's warnings filter). The engine judges the whole register at once (chains
 * cross counterparties), which takes about half a second at 20,000 counterparties, so the result
 * is kept per open register until the change log moves on (every write appends to it, settings
 * included) or the day changes. Scrolling a filtered list then costs no more than scrolling an
 * unfiltered one.
 */
import { latestChangeId } from '../../db'
import type { Database } from '../../db'
import { evaluate, type Warning } from '../compliance'
import { localDate, withinTransaction, type ServiceContext } from './context'
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
  /** `change id @ day`: the state of the register the warnings judge. */
  key: string
  /** Shared by every caller while the evaluation runs. */
  warnings: Promise<Warning[]>
  derived: Map<string, Promise<unknown>>
}

// Keyed by the SQLite handle: a transaction view of the same file shares it, a restored file does not.
const cache = new WeakMap<Database['sqlite'], Entry>()

async function keyOf(ctx: ServiceContext, day: string): Promise<string> {
  return `${await latestChangeId(ctx.db.kysely)}@${day}`
}

/** The warnings as of `day` and the key of the snapshot they were judged from, read as one. */
function evaluateSnapshot(ctx: ServiceContext, day: string) {
  return withinTransaction(ctx, async (tx) => ({
    key: await keyOf(tx, day),
    warnings: evaluate(await loadRegister(tx), day, await getSettings(tx)),
  }))
}

async function entryFor(ctx: ServiceContext): Promise<Entry> {
  const today = localDate(ctx.now())
  const key = await keyOf(ctx, today)
  const cached = cache.get(ctx.db.sqlite)
  if (cached?.key === key) return cached
  const entry: Entry = {
    key,
    warnings: evaluateSnapshot(ctx, today).then(({ warnings }) => warnings),
    derived: new Map(),
  }
  cache.set(ctx.db.sqlite, entry)
  // A failed evaluation is not kept: the next caller tries again.
  entry.warnings.catch(() => cache.get(ctx.db.sqlite) === entry && cache.delete(ctx.db.sqlite))
  return entry
}

/** Today's warnings of the whole register, evaluated at most once per change of the register. */
export async function currentWarnings(ctx: ServiceContext): Promise<Warning[]> {
  return (await entryFor(ctx)).warnings
}

/**
 * Something worked out from today's warnings (`name` says what), kept as long as they are: the
 * dashboard's summary is built once per change of the register, not once per request.
 */
export async function fromCurrentWarnings<T>(
  ctx: ServiceContext,
  name: string,
  derive: (warnings: Warning[]) => Promise<T>,
): Promise<T> {
  const entry = await entryFor(ctx)
  let derived = entry.derived.get(name) as Promise<T> | undefined
  if (!derived) {
    derived = entry.warnings.then(derive)
    entry.derived.set(name, derived)
    derived.catch(() => entry.derived.delete(name))
  }
  return derived
}

/** Ids of the counterparties with at least one open warning of the group, in ascending order. */
export function counterpartiesWithWarnings(
  ctx: ServiceContext,
  filter: WarningFilter,
): Promise<number[]> {
  return fromCurrentWarnings(ctx, `ids:${filter}`, async (warnings) => {
    const found = new Set<number>()
    for (const warning of warnings) {
      const id = warning.subject.counterparty_id
      if (id !== null && FILTERS[filter](warning)) found.add(id)
    }
    return [...found].sort((a, b) => a - b)
  })
}

// The last other day asked for (a what-if date): the dashboard asks for its summary and then for
// each group it opens, all on the same day.
const otherDay = new WeakMap<Database['sqlite'], { key: string; warnings: Warning[] }>()

/** The warnings as of another day than today, evaluated at most once per change and day. */
export async function warningsOn(ctx: ServiceContext, day: string): Promise<Warning[]> {
  const cached = otherDay.get(ctx.db.sqlite)
  if (cached?.key === (await keyOf(ctx, day))) return cached.warnings
  const evaluation = await evaluateSnapshot(ctx, day)
  otherDay.set(ctx.db.sqlite, evaluation)
  return evaluation.warnings
}
