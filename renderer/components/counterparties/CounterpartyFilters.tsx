import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { memo, useState, type Ref } from 'react'
import { useT } from '../../i18n/i18n-context'
import { optionsOf } from '../../i18n/translate'
import { countryOptions } from '../../lib/countries'
import { setListQuery, type ListQuery } from '../../lib/list-query'
import { useOwners } from '../../lib/use-owners'
import type {
  CounterpartyKind,
  CounterpartyStatus,
  Role,
  WarningFilter,
} from '../../lib/vocabulary'

const SEARCH_DELAY_MS = 250

interface Props {
  query: ListQuery
  searchRef: Ref<HTMLInputElement>
  /** Arrow down from the search field moves into the results. */
  onEnterResults: () => void
}

export function CounterpartyFilters({ query, searchRef, onEnterResults }: Props) {
  const { t } = useT()
  const [search, setSearch] = useState(query.search)
  // A search cleared elsewhere (Escape in the results) must show in the field too.
  const [applied, setApplied] = useState(query.search)
  if (query.search !== applied) {
    setApplied(query.search)
    if (query.search === '') setSearch('')
  }
  const applySearch = useDebouncedCallback(
    (value: string) => setListQuery({ search: value }),
    SEARCH_DELAY_MS,
  )
  const clearSearch = () => {
    setSearch('')
    setListQuery({ search: '' })
  }

  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t.list.search}
        placeholder={t.list.searchPlaceholder}
        ref={searchRef}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value)
          applySearch(event.currentTarget.value)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') clearSearch()
          if (event.key === 'ArrowDown' || event.key === 'Enter') {
            event.preventDefault()
            onEnterResults()
          }
        }}
      />
      <FilterSelects
        kind={query.kind}
        role={query.role}
        status={query.status}
        owner={query.owner}
        country={query.country}
        warnings={query.warnings}
      />
    </Stack>
  )
}

type SelectFilters = Pick<ListQuery, 'kind' | 'role' | 'status' | 'owner' | 'country' | 'warnings'>

/** The filters other than the search: not drawn again for each letter typed or searched for. */
const FilterSelects = memo(function FilterSelects(query: SelectFilters) {
  const { t, language } = useT()
  const owners = useOwners()
  const filter = {
    clearable: true,
    placeholder: t.list.anyValue,
    comboboxProps: { withinPortal: true },
  }
  return (
    <SimpleGrid cols={6} spacing="sm">
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
      <Select
        {...filter}
        searchable
        label={t.list.filterCountry}
        data={countryOptions(language)}
        value={query.country}
        onChange={(country) => setListQuery({ country })}
      />
      <Select
        {...filter}
        label={t.list.filterWarnings}
        data={optionsOf(t.list.warningFilters)}
        value={query.warnings}
        onChange={(warnings) => setListQuery({ warnings: warnings as WarningFilter | null })}
      />
    </SimpleGrid>
  )
})
