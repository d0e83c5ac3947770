import { Button, Group, Paper, Text } from '@mantine/core'
import { useMemo, useState } from 'react'
import type { Warning } from '../../../preload/contract'
import { useT } from '../../i18n/i18n-context'
import { isGroupOpen, resetFilters, setAllGroups, type DashboardState } from './dashboard-state'
import { GroupHeader } from './GroupHeader'
import { ruleTitle } from './rule-title'
import { useOwnerCounterparties } from './use-compliance'
import { VirtualRows } from './VirtualRows'
import { WarningFilters } from './WarningFilters'
import { WarningItem } from './WarningItem'
import {
  filterWarnings,
  flattenGroups,
  groupByCounterparty,
  searchWords,
  type RuleCount,
  type WarningRow,
} from './warning-groups'

const NOTHING: ReadonlySet<number> = new Set()

/** The warnings grouped by counterparty, filtered, in a virtual list. */
export function WarningPanel({
  warnings,
  rules,
  today,
  state,
}: {
  warnings: Warning[]
  rules: RuleCount[]
  today: string
  state: DashboardState
}) {
  const { t, fill, formatNumber, formatDate } = useT()
  const { shown, ownerLoading } = useFilteredWarnings(warnings, state)
  const groups = useMemo(() => groupByCounterparty(shown), [shown])
  const rows = useMemo(
    () => flattenGroups(groups, (key) => isGroupOpen(state, key)),
    [groups, state],
  )
  const empty = warnings.length === 0
  // A new key after a reset gives the search box its (now empty) text from the store again.
  const [resets, setResets] = useState(0)
  const filtered =
    state.severity !== null || state.rule !== null || state.owner !== null || state.search !== ''
  return (
    <Paper withBorder className="dashboard-column" p="sm" style={{ flex: 1 }}>
      <WarningFilters key={resets} state={state} rules={rules} />
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" data-testid="warning-summary">
          {fill(t.dashboard.groups.showing, {
            shown: formatNumber(shown.length),
            total: formatNumber(warnings.length),
            groups: formatNumber(groups.length),
          })}
        </Text>
        <Group gap={4}>
          {filtered && (
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
          {ownerLoading
            ? t.dashboard.groups.loadingOwner
            : empty
              ? fill(t.dashboard.groups.noWarnings, { date: formatDate(today) })
              : t.dashboard.groups.noMatches}
        </Text>
      ) : (
        <VirtualRows
          rows={rows}
          rowKey={rowKey}
          estimate={(row) => (row.type === 'group' ? 42 : 64)}
          render={(row) =>
            row.type === 'group' ? (
              <GroupHeader group={row.group} open={row.open} />
            ) : (
              <WarningItem warning={row.warning} today={today} />
            )
          }
          label={t.dashboard.title}
          testId="warning-list"
        />
      )}
    </Paper>
  )
}

const rowKey = (row: WarningRow): string =>
  row.type === 'group' ? row.group.key : `${row.group.key}/${row.warning.id}`

function useFilteredWarnings(
  warnings: Warning[],
  state: DashboardState,
): { shown: Warning[]; ownerLoading: boolean } {
  const { t, language } = useT()
  const ownerIds = useOwnerCounterparties(state.owner)
  const searching = state.search.trim() !== ''
  // Built once per answer and language, and only once someone searches; typing then only scans.
  const searchTexts = useMemo(() => {
    const texts = new Map<Warning, string>()
    if (!searching) return texts
    for (const w of warnings) {
      const name = typeof w.params.counterparty === 'string' ? w.params.counterparty : ''
      const text = `${name} ${w.rule} ${ruleTitle(t, w.rule)} ${w.message[language]} ${w.legal_ref}`
      texts.set(w, text.toLocaleLowerCase())
    }
    return texts
  }, [warnings, t, language, searching])
  const { severity, rule, owner, search } = state
  const shown = useMemo(
    () =>
      filterWarnings(
        warnings,
        {
          severity,
          rule,
          // While the owner's counterparties load, show none rather than everyone's.
          counterpartyIds: owner === null ? null : (ownerIds ?? NOTHING),
          words: searchWords(search),
        },
        (warning) => searchTexts.get(warning) ?? '',
      ),
    [warnings, severity, rule, owner, ownerIds, search, searchTexts],
  )
  return { shown, ownerLoading: owner !== null && ownerIds === null }
}
