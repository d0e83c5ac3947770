/**
 * Lookup maps built once per evaluation, so every rule is a linear pass over its own records, plus
 * the relationship predicates the rules share.
 */
import type {
  Agreement,
  Counterparty,
  Settings,
  SubProcessorLink,
  Supervision,
} from '../../preload/contract'
import { toDay } from './dates'
import { groupById, indexById, type Lookup } from './id-index'
import type { Register, Thresholds } from './types'

export interface Context {
  register: Register
  today: number
  settings: Settings
  thresholds: Thresholds
  counterparties: Lookup<Counterparty>
  agreementsById: Lookup<Agreement>
  agreementsByCounterparty: Lookup<Agreement[]>
  /** Sorted by sub-processor id, then link id, so chain walks do not depend on input order. */
  linksByProcessor: Lookup<SubProcessorLink[]>
  supervisionsByCounterparty: Lookup<Supervision[]>
  /** Some table repeats an id, so warning ids may repeat too (never in a real register). */
  duplicateIds: boolean
}

export function buildContext(register: Register, today: string, settings: Settings): Context {
  const todayDay = toDay(today)
  if (todayDay === null) throw new RangeError(`today must be a date as YYYY-MM-DD, got "${today}"`)
  const linksByProcessor = groupById(register.links, (link) => link.processor_id)
  for (const links of linksByProcessor.values()) links.sort(byChainOrder)
  const counterparties = indexById(register.counterparties, preferStable)
  const agreementsById = indexById(register.agreements, preferStable)
  return {
    register,
    today: todayDay,
    settings,
    thresholds: settings.thresholds,
    counterparties,
    agreementsById,
    agreementsByCounterparty: groupById(register.agreements, (a) => a.counterparty_id),
    linksByProcessor,
    supervisionsByCounterparty: groupById(register.supervisions, (s) => s.counterparty_id),
    duplicateIds:
      counterparties.size !== register.counterparties.length ||
      agreementsById.size !== register.agreements.length ||
      [register.contacts, register.locations, register.links, register.supervisions].some(
        repeatsId,
      ),
  }
}

function repeatsId(rows: readonly { id: number }[]): boolean {
  if (increasing(rows)) return false
  const seen = new Set<number>()
  for (const row of rows) {
    if (seen.has(row.id)) return true
    seen.add(row.id)
  }
  return false
}

/** Rows read from the database come in id order: then no id repeats, and no set is needed. */
function increasing(rows: readonly { id: number }[]): boolean {
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i] as { id: number }).id <= (rows[i - 1] as { id: number }).id) return false
  }
  return true
}

function byChainOrder(a: SubProcessorLink, b: SubProcessorLink): number {
  return a.sub_processor_id - b.sub_processor_id || a.id - b.id
}

/** When ids repeat (never in a real register), the same row wins whatever the input order. */
function preferStable<T>(candidate: T, current: T): boolean {
  return JSON.stringify(candidate) < JSON.stringify(current)
}

export const isActive = (cp: Counterparty): boolean => cp.status === 'active'

/** Processors and sub-processors towards us need an Art. 28 contract and supervision. */
export const needsDpa = (cp: Counterparty): boolean =>
  cp.role === 'processor' || cp.role === 'sub_processor'

const INDEPENDENT_KINDS = new Set(['auditor', 'advisor', 'authority'])

/** Auditors, lawyers and authorities act on their own account unless recorded as processors. */
export function isIndependentController(cp: Counterparty): boolean {
  if (cp.role === 'independent_controller') return true
  return !needsDpa(cp) && cp.kinds.some((kind) => INDEPENDENT_KINDS.has(kind))
}

/** A DPA, or 2021/914 SCCs module 2 or 3, which satisfy Art. 28(3)–(4) as well (§3.3). */
export function satisfiesArt28(agreement: Agreement): boolean {
  if (agreement.type === 'dpa') return true
  return agreement.type === 'scc_2021' && (agreement.scc_module === 2 || agreement.scc_module === 3)
}

export function signedArt28(ctx: Context, counterpartyId: number): Agreement[] {
  const agreements = ctx.agreementsByCounterparty.get(counterpartyId) ?? []
  return agreements.filter((a) => a.status === 'signed' && satisfiesArt28(a))
}
