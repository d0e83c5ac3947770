import { Button, Group, Paper, Text } from '@mantine/core'
import { useMemo, useState, useSyncExternalStore } from 'react'
import type { Severity } from '../../../preload/contract'
import { useT } from '../../i18n/i18n-context'
import { isGroupOpen, resetFilters, setAllGroups, type DashboardState } from './dashboard-state'
import { GroupHeader } from './GroupHeader'
import { GroupStatus } from './GroupStatus'
import { loadedIn, warningsIn, type GroupWarningCache } from './group-warnings'
import { ruleTitle } from './rule-title'
import { VirtualRows } from './VirtualRows'
import { WarningFilters } from './WarningFilters'
import { WarningItem } from './WarningItem'
import {
  AUTO_OPEN,
  countShown,
  filterGroups,
  flattenGroups,
  isFiltered,
  matchGroup,
  registerGroup,
  searchWords,
  type GroupFilter,
  type GroupWarnings,
  type RuleCount,
  type Summary,
  type WarningGroup,
  type WarningRow,
} from './warning-groups'

/**
 * The counterparties with warnings, filtered, in a virtual list; an open group shows its warnings,
 * fetched when it is first opened. Findings about the register itself come first.
 */
export function WarningPanel({
  summary,
  groups,
  rules,
  cache,
  state,
}: {
  summary: Summary
  groups: WarningGroup[]
  rules: RuleCount[]
  cache: GroupWarningCache
  state: DashboardState
}) {
  const { t, fill, formatNumber, formatDate } = useT()
  const entries = useSyncExternalStore(cache.subscribe, cache.snapshot)
  const filter = useGroupFilter(state)
  const ruleText = useRuleText()
  const matches = useMemo(() => filterGroups(groups, filter, ruleText), [groups, filter, ruleText])
  // The findings about the register itself lead the list, as a group of their own.
  const { register, all } = useMemo(() => {
    const group = registerGroup(summary.register_warnings, t.dashboard.groups.register)
    const match = group && matchGroup(group, filter, ruleText)
    return { register: summary.register_warnings, all: match ? [match, ...matches] : matches }
  }, [summary, t, filter, ruleText, matches])
  const first = all.length - matches.length
  const { expansion, opened } = state
  const rows = useMemo(
    () =>
      flattenGroups(
        all,
        // The register's own findings lead the list, open when they are urgent: stale reference
        // data (low) should not push the first critical messages out of view.
        (group, index) =>
          group.id === null
            ? isGroupOpen({ expansion, opened }, 'register', URGENT.has(group.worst))
            : isGroupOpen({ expansion, opened }, group.id, index < first + AUTO_OPEN),
        (group): GroupWarnings =>
          group.id === null
            ? { status: 'loaded', warnings: register }
            : warningsIn(entries, group.id),
        filter.severity,
      ),
    [all, first, register, expansion, opened, entries, filter.severity],
  )
  const shown = useMemo(
    () =>
      countShown(all, filter, summary.by_rule, (group) =>
        group.id === null ? register : loadedIn(entries, group.id),
      ),
    [all, filter, summary.by_rule, register, entries],
  )
  // A new key after a reset gives the search box its (now empty) text from the store again.
  const [resets, setResets] = useState(0)
  const owners = useMemo(() => ownersOf(groups), [groups])
  return (
    <Paper withBorder className="dashboard-column" p="sm" style={{ flex: 1 }}>
      <WarningFilters key={resets} state={state} rules={rules} owners={owners} />
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" c="dimmed" data-testid="warning-summary">
          {shown === null
            ? fill(t.dashboard.groups.showingGroups, {
                groups: formatNumber(matches.length),
                total: formatNumber(groups.length),
              })
            : fill(t.dashboard.groups.showing, {
                shown: formatNumber(shown),
                total: formatNumber(summary.total),
                // Counterparties only: the register's own findings are no counterparty.
                groups: formatNumber(matches.length),
              })}
        </Text>
        <Group gap={4} wrap="nowrap">
          {isFiltered(filter) && (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => {
                resetFilters()
                setResets((n) => n + 1)
              }}
            >
              {t.dashboard.filters.reset}
            </Button>
          )}
          <Button size="compact-xs" variant="subtle" onClick={() => setAllGroups(true)}>
            {t.dashboard.groups.expandAll}
          </Button>
          <Button size="compact-xs" variant="subtle" onClick={() => setAllGroups(false)}>
            {t.dashboard.groups.collapseAll}
          </Button>
        </Group>
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" py="md" ta="center">
          {summary.total === 0
            ? fill(t.dashboard.groups.noWarnings, { date: formatDate(summary.today) })
            : t.dashboard.groups.noMatches}
        </Text>
      ) : (
        <VirtualRows
          rows={rows}
          rowKey={rowKey}
          estimate={estimate}
          render={(row) => <Row row={row} today={summary.today} cache={cache} />}
          label={t.dashboard.title}
          testId="warning-list"
          arrowTargets="[data-group-header]"
        />
      )}
    </Paper>
  )
}

function Row({ row, today, cache }: { row: WarningRow; today: string; cache: GroupWarningCache }) {
  switch (row.type) {
    case 'group':
      return <GroupHeader group={row.match.group} open={row.open} />
    case 'warning':
      return <WarningItem warning={row.warning} today={today} />
    case 'status':
      return (
        <GroupStatus id={row.match.group.id} status={row.status} error={row.error} cache={cache} />
      )
  }
}

const URGENT: ReadonlySet<Severity> = new Set(['critical', 'high'])

const rowKey = (row: WarningRow): string => {
  const key = `cp:${row.match.group.id ?? 'register'}`
  return row.type === 'group'
    ? key
    : row.type === 'warning'
      ? `${key}/${row.warning.id}`
      : `${key}/${row.status}`
}

// Close to the drawn heights at 1280 px (a message wraps to two or three lines), so the list
// hardly moves once rows are measured.
const estimate = (row: WarningRow): number =>
  row.type === 'group' ? 38 : row.type === 'warning' ? 108 : 34

function useGroupFilter(state: DashboardState): GroupFilter {
  const { severity, rule, owner, search } = state
  return useMemo(
    () => ({ severity, rule, owner, words: searchWords(search) }),
    [severity, rule, owner, search],
  )
}

/** Each rule's id and title in the UI language, in lower case, for the search. */
function useRuleText(): (rule: string) => string {
  const { t } = useT()
  return useMemo(() => {
    const texts = new Map(
      Object.keys(t.dashboard.rules).map((rule) => [
        rule,
        `${rule} ${ruleTitle(t, rule)}`.toLocaleLowerCase(),
      ]),
    )
    return (rule: string) => texts.get(rule) ?? rule.toLocaleLowerCase()
  }, [t])
}

const OWNERS = new Intl.Collator('da')

/** The owners of the counterparties with warnings, for the owner filter. */
function ownersOf(groups: readonly WarningGroup[]): string[] {
  const owners = new Set<string>()
  for (const group of groups) if (group.owner) owners.add(group.owner)
  return [...owners].sort(OWNERS.compare)
}
