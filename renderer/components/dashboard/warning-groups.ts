/**
 * Pure ordering, filtering and flattening of the dashboard's summary: one line per counterparty
 * with warnings (about 14,000 at 20,000 counterparties), so everything here is a single pass,
 * called from useMemo. A group's warnings themselves arrive only when it is opened.
 */
import type { Severity, Warning } from '../../../preload/contract'
import type { ApiCallError } from '../../lib/api'
import type { Output } from '../../lib/vocabulary'

export type Summary = Output<'compliance:summary'>
export type SummaryGroup = Summary['groups'][number]

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
}

/** Rules with at least one warning, in rule order. */
export const ruleCounts = (byRule: Readonly<Record<string, number>>): RuleCount[] =>
  Object.entries(byRule)
    .filter(([, count]) => count > 0)
    .map(([rule, count]) => ({ rule, count }))
    .sort((a, b) => compare(a.rule, b.rule))

/** A counterparty with warnings, as the dashboard lists it. */
export interface WarningGroup {
  /** The counterparty's id; null for the findings about the register itself (R26). */
  id: number | null
  name: string
  owner: string | null
  worst: Severity
  counts: SeverityCounts
  total: number
  /** Rules with at least one warning here. */
  rules: readonly string[]
  /** The name in lower case, for the search. */
  searchName: string
}

function toGroup(group: SummaryGroup): WarningGroup {
  const counts = { ...zeroCounts(), ...group.by_severity }
  return {
    id: group.counterparty_id,
    name: group.name,
    owner: group.owner,
    worst: group.worst,
    counts,
    total: counts.critical + counts.high + counts.medium + counts.low,
    rules: group.rules,
    searchName: group.name.toLocaleLowerCase(),
  }
}

/**
 * The most severe groups first, then those with more critical, high, … warnings. The engine sends
 * them by worst severity and then name, and the sort is stable, so equal groups stay by name.
 */
export function orderGroups(groups: readonly SummaryGroup[]): WarningGroup[] {
  return groups.map(toGroup).sort(groupsByUrgency)
}

function groupsByUrgency(a: WarningGroup, b: WarningGroup): number {
  if (a.worst !== b.worst) return RANK[a.worst] - RANK[b.worst]
  for (const severity of SEVERITY_ORDER) {
    const difference = b.counts[severity] - a.counts[severity]
    if (difference !== 0) return difference
  }
  return 0
}

/** The findings about the register as a whole, as a group of their own. */
export function registerGroup(warnings: readonly Warning[], name: string): WarningGroup | null {
  if (warnings.length === 0) return null
  const counts = countBySeverity(warnings)
  return {
    id: null,
    name,
    owner: null,
    worst: SEVERITY_ORDER.find((severity) => counts[severity] > 0) ?? 'low',
    counts,
    total: warnings.length,
    rules: [...new Set(warnings.map((w) => w.rule))],
    searchName: name.toLocaleLowerCase(),
  }
}

export interface GroupFilter {
  severity: Severity | null
  rule: string | null
  owner: string | null
  /** Lower-case words that must all occur in the counterparty's name or one rule's id and title. */
  words: readonly string[]
}

export const NO_FILTER: GroupFilter = { severity: null, rule: null, owner: null, words: [] }

export const searchWords = (text: string): string[] =>
  text.toLocaleLowerCase().split(/\s+/).filter(Boolean)

export const isFiltered = (filter: GroupFilter): boolean =>
  filter.severity !== null ||
  filter.rule !== null ||
  filter.owner !== null ||
  filter.words.length > 0

/** A group that passes the filter, and which of its warnings do. */
export interface GroupMatch {
  group: WarningGroup
  /** Only warnings of these rules pass; null: any rule. */
  rules: readonly string[] | null
}

/**
 * Whether a group passes: it has a warning of the severity and rule, belongs to the owner, and
 * each search word is in its name or — all of the words left — in the id and title of one rule.
 * `ruleText` gives a rule's id and title in lower case.
 */
export function matchGroup(
  group: WarningGroup,
  filter: GroupFilter,
  ruleText: (rule: string) => string,
): GroupMatch | null {
  const { severity, rule, owner, words } = filter
  if (severity !== null && group.counts[severity] === 0) return null
  if (owner !== null && group.owner !== owner) return null
  if (rule !== null && !group.rules.includes(rule)) return null
  const rest = words.filter((word) => !group.searchName.includes(word))
  const allowed = rule === null ? null : [rule]
  if (rest.length === 0) return { group, rules: allowed }
  const rules = (allowed ?? group.rules).filter((r) => {
    const text = ruleText(r)
    return rest.every((word) => text.includes(word))
  })
  return rules.length === 0 ? null : { group, rules }
}

export function filterGroups(
  groups: readonly WarningGroup[],
  filter: GroupFilter,
  ruleText: (rule: string) => string,
): GroupMatch[] {
  if (!isFiltered(filter)) return groups.map((group) => ({ group, rules: null }))
  const matches: GroupMatch[] = []
  for (const group of groups) {
    const match = matchGroup(group, filter, ruleText)
    if (match) matches.push(match)
  }
  return matches
}

/** Whether one of a matching group's warnings passes the filter too. */
export const warningPasses = (
  warning: Warning,
  match: GroupMatch,
  severity: Severity | null,
): boolean =>
  (severity === null || warning.severity === severity) &&
  (match.rules === null || match.rules.includes(warning.rule))

/**
 * How many warnings pass, or null where the summary cannot tell: a group narrowed to some of its
 * rules whose warnings have not been fetched (the summary counts by severity, not by rule).
 */
export function countShown(
  matches: readonly GroupMatch[],
  filter: GroupFilter,
  byRule: Readonly<Record<string, number>>,
  loaded: (group: WarningGroup) => readonly Warning[] | undefined,
): number | null {
  const { severity, rule, owner, words } = filter
  if (rule !== null && severity === null && owner === null && words.length === 0) {
    return byRule[rule] ?? 0
  }
  let shown = 0
  for (const match of matches) {
    const { group, rules } = match
    if (rules === null || group.rules.every((r) => rules.includes(r))) {
      shown += severity === null ? group.total : group.counts[severity]
      continue
    }
    const warnings = loaded(group)
    if (warnings === undefined) return null
    for (const warning of warnings) if (warningPasses(warning, match, severity)) shown++
  }
  return shown
}

/** Most severe first, then the earliest due date. */
export function byUrgency(a: Warning, b: Warning): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    compare(a.due ?? '9999', b.due ?? '9999') ||
    compare(a.rule, b.rule) ||
    compare(a.id, b.id)
  )
}

/** The first few groups of the list start open, so the most urgent messages show at once. */
export const AUTO_OPEN = 3

/** Where a group's warnings are: not asked for yet or on their way, failed, or here. */
export type GroupWarnings =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiCallError }
  | { status: 'loaded'; warnings: readonly Warning[] }

export type WarningRow =
  | { type: 'group'; match: GroupMatch; open: boolean }
  | { type: 'warning'; match: GroupMatch; warning: Warning }
  /** In place of an open group's warnings: loading, failed, none left, none matching. */
  | {
      type: 'status'
      match: GroupMatch
      status: 'loading' | 'failed' | 'gone' | 'none'
      error?: ApiCallError
    }

/** The rows of the virtual list: each group's line, then what it holds when it is open. */
export function flattenGroups(
  matches: readonly GroupMatch[],
  isOpen: (group: WarningGroup, index: number) => boolean,
  warningsOf: (group: WarningGroup) => GroupWarnings,
  severity: Severity | null,
): WarningRow[] {
  const rows: WarningRow[] = []
  matches.forEach((match, index) => {
    const open = isOpen(match.group, index)
    rows.push({ type: 'group', match, open })
    if (!open) return
    const found = warningsOf(match.group)
    if (found.status === 'loading') {
      rows.push({ type: 'status', match, status: 'loading' })
      return
    }
    if (found.status === 'failed') {
      rows.push({ type: 'status', match, status: 'failed', error: found.error })
      return
    }
    if (found.warnings.length === 0) {
      rows.push({ type: 'status', match, status: 'gone' })
      return
    }
    const before = rows.length
    for (const warning of found.warnings) {
      if (warningPasses(warning, match, severity)) rows.push({ type: 'warning', match, warning })
    }
    if (rows.length === before) rows.push({ type: 'status', match, status: 'none' })
  })
  return rows
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
