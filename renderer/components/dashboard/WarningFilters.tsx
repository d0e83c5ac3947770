import { Group, Select, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useState } from 'react'
import type { Severity } from '../../../preload/contract'
import { useT } from '../../i18n/i18n-context'
import { optionsOf } from '../../i18n/translate'
import { setDashboardState, type DashboardState } from './dashboard-state'
import { ruleTitle } from './rule-title'
import type { RuleCount } from './warning-groups'

const SEARCH_DELAY_MS = 200

/**
 * Search and filters; the search box types ahead of the store, which it updates after a pause.
 * The owners offered are those of the counterparties with warnings.
 */
export function WarningFilters({
  state,
  rules,
  owners,
}: {
  state: DashboardState
  rules: RuleCount[]
  owners: string[]
}) {
  const { t } = useT()
  const [search, setSearch] = useState(state.search)
  const applySearch = useDebouncedCallback(
    (value: string) => setDashboardState({ search: value }),
    SEARCH_DELAY_MS,
  )
  const select = {
    clearable: true,
    placeholder: t.dashboard.filters.any,
    comboboxProps: { withinPortal: true },
  }
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        type="search"
        label={t.dashboard.filters.search}
        placeholder={t.dashboard.filters.searchPlaceholder}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value)
          applySearch(event.currentTarget.value)
        }}
        style={{ flex: 1, minWidth: 150 }}
      />
      <Select
        {...select}
        w={130}
        label={t.dashboard.filters.severity}
        data={optionsOf(t.dashboard.severities)}
        value={state.severity}
        onChange={(severity) => setDashboardState({ severity: severity as Severity | null })}
      />
      <Select
        {...select}
        w={150}
        searchable
        label={t.dashboard.filters.rule}
        data={rules.map(({ rule }) => ({ value: rule, label: `${rule} ${ruleTitle(t, rule)}` }))}
        value={state.rule}
        onChange={(rule) => setDashboardState({ rule })}
      />
      <Select
        {...select}
        w={160}
        searchable
        label={t.dashboard.filters.owner}
        data={owners}
        value={state.owner}
        onChange={(owner) => setDashboardState({ owner })}
      />
    </Group>
  )
}
