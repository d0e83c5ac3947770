/**
 * Pure counting, filtering and grouping of the engine's warnings for the dashboard. Everything here
 * runs over the whole register's warnings (tens of thousands at 20,000 counterparties), so it is
 * written as single passes and called from useMemo.
 */
import type { Severity, Warning } from '../../../preload/contract'

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low']
const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 }

export type SeverityCounts = Record<Severity, number>

const zeroCounts = (): SeverityCounts => ({ critical: 0, high: 0, medium: 0, low: 0 })

export function countBySeverity(warnings: readonly Warning[]): SeverityCounts {
  const counts = zeroCounts()
  for (const warning of warnings) counts[warning.severity]++
  return counts
}

export interface RuleCount {
  rule: string
  count: number
  /** The most severe of the rule's warnings (R03, R14, R17 escalate). */
  worst: Severity
}

/** Rules with at least one warning, in rule order. */
export function countByRule(warnings: readonly Warning[]): RuleCount[] {
  const byRule = new Map<string, RuleCount>()
  for (const { rule, severity } of warnings) {
    const entry = byRule.get(rule)
    if (!entry) byRule.set(rule, { rule, count: 1, worst: severity })
    else {
      entry.count++
      if (RANK[severity] < RANK[entry.worst]) entry.worst = severity
    }
  }
  return [...byRule.values()].sort((a, b) => compare(a.rule, b.rule))
}

export interface WarningFilter {
  severity: Severity | null
  rule: string | null
  /** Counterparties of the chosen owner; null: any owner. */
  counterpartyIds: ReadonlySet<number> | null
  /** Lower-case words that must all occur in the warning's searchable text. */
  words: readonly string[]
}

export const searchWords = (text: string): string[] =>
  text.toLocaleLowerCase().split(/\s+/).filter(Boolean)

export function filterWarnings(
  warnings: readonly Warning[],
  filter: WarningFilter,
  searchText: (warning: Warning) => string,
): Warning[] {
  const { severity, rule, counterpartyIds, words } = filter
  return warnings.filter((warning) => {
    if (severity !== null && warning.severity !== severity) return false
    if (rule !== null && warning.rule !== rule) return false
    if (counterpartyIds !== null) {
      const id = warning.subject.counterparty_id
      if (id === null || !counterpartyIds.has(id)) return false
    }
    if (words.length === 0) return true
    const text = searchText(warning)
    return words.every((word) => text.includes(word))
  })
}

export interface WarningGroup {
  /** `cp:<id>`, or `register` for findings about the register itself (R26). */
  key: string
  counterpartyId: number | null
  /** The counterparty's name as the engine put it in the warnings' params, if it did. */
  name: string | null
  /** Most severe first, then the earliest due date. */
  warnings: Warning[]
  counts: SeverityCounts
  worst: Severity
}

/** Warnings per counterparty, the most severe groups first (then most critical, high, …; then name). */
export function groupByCounterparty(warnings: readonly Warning[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>()
  for (const warning of warnings) {
    const id = warning.subject.counterparty_id
    const key = id === null ? 'register' : `cp:${id}`
    let group = groups.get(key)
    if (!group) {
      group = {
        key,
        counterpartyId: id,
        name: null,
        warnings: [],
        counts: zeroCounts(),
        worst: 'low',
      }
      groups.set(key, group)
    }
    group.warnings.push(warning)
    group.counts[warning.severity]++
    if (RANK[warning.severity] < RANK[group.worst]) group.worst = warning.severity
    const name = warning.params.counterparty
    if (group.name === null && typeof name === 'string') group.name = name
  }
  const list = [...groups.values()]
  for (const group of list) group.warnings.sort(byUrgency)
  return list.sort(bySeverityThenName)
}

function byUrgency(a: Warning, b: Warning): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    compare(a.due ?? '9999', b.due ?? '9999') ||
    compare(a.rule, b.rule) ||
    compare(a.id, b.id)
  )
}

function bySeverityThenName(a: WarningGroup, b: WarningGroup): number {
  if (a.worst !== b.worst) return RANK[a.worst] - RANK[b.worst]
  for (const severity of SEVERITY_ORDER) {
    const difference = b.counts[severity] - a.counts[severity]
    if (difference !== 0) return difference
  }
  return (
    NAMES.compare(a.name ?? '', b.name ?? '') || (a.counterpartyId ?? 0) - (b.counterpartyId ?? 0)
  )
}

export type WarningRow =
  | { type: 'group'; group: WarningGroup; open: boolean }
  | { type: 'warning'; group: WarningGroup; warning: Warning }

/** The rows of the virtual list: each group's header, then its warnings when it is open. */
export function flattenGroups(
  groups: readonly WarningGroup[],
  isOpen: (key: string) => boolean,
): WarningRow[] {
  const rows: WarningRow[] = []
  for (const group of groups) {
    const open = isOpen(group.key)
    rows.push({ type: 'group', group, open })
    if (open) for (const warning of group.warnings) rows.push({ type: 'warning', group, warning })
  }
  return rows
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
// One collator for all comparisons: localeCompare with a locale builds one per call.
const NAMES = new Intl.Collator('da')
