/**
 * The compliance engine (DESIGN §6): a pure function of the register, the day and the settings.
 * No clock, no database, no I/O: the same input always gives the same, sorted output.
 */
import type { Settings } from '../../preload/contract'
import { buildContext, type Context } from './context'
import { agreementRules } from './rules/agreements'
import { contactRules } from './rules/contacts'
import { referenceRules } from './rules/reference'
import { linkRules, walkChains } from './rules/sub-processors'
import { supervisionRules } from './rules/supervision'
import { transferRules } from './rules/transfers'
import { SEVERITIES, type Register, type Warning } from './types'

export function evaluate(register: Register, today: string, settings: Settings): Warning[] {
  const ctx = buildContext(register, today, settings)
  const chains = walkChains(ctx)
  const warnings = [
    agreementRules(ctx),
    transferRules(ctx, chains),
    linkRules(ctx, chains),
    supervisionRules(ctx),
    contactRules(ctx),
    referenceRules(ctx),
  ].flat()
  return sortWarnings(ctx, ctx.duplicateIds ? unique(warnings) : warnings)
}

/** Ids only repeat when record ids do (a broken register); keep one, whatever the input order. */
function unique(warnings: Warning[]): Warning[] {
  const byId = new Map<string, Warning>()
  for (const warning of warnings) {
    const seen = byId.get(warning.id)
    if (seen === undefined || JSON.stringify(warning) < JSON.stringify(seen)) {
      byId.set(warning.id, warning)
    }
  }
  return [...byId.values()]
}

const SEVERITY_RANK: Readonly<Record<string, number>> = Object.fromEntries(
  SEVERITIES.map((severity, rank) => [severity, rank]),
)

/**
 * Severity, then counterparty name, then rule, then id (the id starts with the rule, so comparing
 * ids covers both). A counting sort on (severity, name rank) does the bulk in linear time; only
 * warnings about the same counterparty at the same severity are compared by id.
 */
export function sortWarnings(ctx: Context, warnings: Warning[]): Warning[] {
  const ranks = nameRanks(ctx, warnings)
  const perSeverity = ranks.size + 1
  const keys = new Uint32Array(warnings.length)
  const counts = new Uint32Array(SEVERITIES.length * perSeverity + 1)
  warnings.forEach((warning, i) => {
    const rank = ranks.get(warning.subject.counterparty_id ?? -1) ?? -1
    const key = (SEVERITY_RANK[warning.severity] ?? 0) * perSeverity + rank + 1
    keys[i] = key
    counts[key + 1] = (counts[key + 1] ?? 0) + 1
  })
  for (let k = 1; k < counts.length; k++) counts[k] = (counts[k] ?? 0) + (counts[k - 1] ?? 0)
  const sorted = new Array<Warning>(warnings.length)
  const starts = counts.slice()
  warnings.forEach((warning, i) => {
    const key = keys[i] ?? 0
    sorted[starts[key] ?? 0] = warning
    starts[key] = (starts[key] ?? 0) + 1
  })
  sortRunsById(sorted, counts)
  return sorted
}

/** `bounds[k]..bounds[k + 1]` is the run of one key; runs are short, so insertion sort. */
function sortRunsById(sorted: Warning[], bounds: Uint32Array): void {
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k] ?? 0
    const to = bounds[k + 1] ?? 0
    if (to - from < 2) continue
    const run = sorted.slice(from, to).sort((a, b) => compareText(a.id, b.id))
    for (let i = 0; i < run.length; i++) sorted[from + i] = run[i] as Warning
  }
}

/**
 * Counterparty names ordered once, by a cheap Danish-aware key (lower case, æ < ø < å after z)
 * compared by code unit: a full Intl.Collator costs more than the rest of the sort at 20,000
 * names. The UI collates properly for display; here the order only has to be stable and sensible.
 */
function nameRanks(ctx: Context, warnings: Warning[]): Map<number, number> {
  const ids = new Set<number>()
  for (const w of warnings)
    if (w.subject.counterparty_id !== null) ids.add(w.subject.counterparty_id)
  const named = [...ids].map((id) => {
    const name = ctx.counterparties.get(id)?.name ?? ''
    return { id, name, key: danishKey(name) }
  })
  named.sort((a, b) => compareText(a.key, b.key) || compareText(a.name, b.name))
  const ranks = new Map<number, number>()
  let rank = 0
  named.forEach((entry, index) => {
    const previous = named[index - 1]
    if (previous && (previous.key !== entry.key || previous.name !== entry.name)) rank++
    ranks.set(entry.id, rank)
  })
  return ranks
}

const DANISH_LETTERS = /[æøå]/g
const HAS_DANISH_LETTER = /[æøå]/
const AFTER_Z: Readonly<Record<string, string>> = { æ: '\uffe0', ø: '\uffe1', å: '\uffe2' }

function danishKey(name: string): string {
  const lower = name.toLowerCase()
  return HAS_DANISH_LETTER.test(lower)
    ? lower.replace(DANISH_LETTERS, (letter) => AFTER_Z[letter] ?? letter)
    : lower
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
