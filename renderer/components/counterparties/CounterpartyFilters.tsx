import { Group, Select, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { optionsOf } from '../../i18n/translate'
import { setListQuery, type ListQuery } from '../../lib/list-query'
import { useOwners } from '../../lib/use-owners'
import type { CounterpartyKind, CounterpartyStatus, Role } from '../../lib/vocabulary'

const SEARCH_DELAY_MS = 250

export function CounterpartyFilters({ query }: { query: ListQuery }) {
  const { t } = useT()
  const [search, setSearch] = useState(query.search)
  const applySearch = useDebouncedCallback(
    (value: string) => setListQuery({ search: value }),
    SEARCH_DELAY_MS,
  )
  const owners = useOwners()
  const filter = {
    clearable: true,
    placeholder: t.list.anyValue,
    w: 180,
    comboboxProps: { withinPortal: true },
  }

  return (
    <Group gap="sm" align="flex-end">
      <TextInput
        type="search"
        label={t.list.search}
        placeholder={t.list.searchPlaceholder}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value)
          applySearch(event.currentTarget.value)
        }}
        style={{ flex: 1, minWidth: 220 }}
      />
      <Select
        {...filter}
        label={t.list.filterKind}
        data={optionsOf(t.enums.kinds)}
        value={query.kind}
        onChange={(kind) => setListQuery({ kind: kind as CounterpartyKind | null })}
      />
      <Select
        {...filter}
        label={t.list.filterRole}
        data={optionsOf(t.enums.roles)}
        value={query.role}
        onChange={(role) => setListQuery({ role: role as Role | null })}
      />
      <Select
        {...filter}
        w={140}
        label={t.list.filterStatus}
        data={optionsOf(t.enums.counterpartyStatuses)}
        value={query.status}
        onChange={(status) => setListQuery({ status: status as CounterpartyStatus | null })}
      />
      <Select
        {...filter}
        searchable
        label={t.list.filterOwner}
        data={owners}
        value={query.owner}
        onChange={(owner) => setListQuery({ owner })}
      />
    </Group>
  )
}
