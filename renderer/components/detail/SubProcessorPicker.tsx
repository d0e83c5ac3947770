import { Select } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { call } from '../../lib/api'
import { countryName } from '../../lib/countries'

interface Props {
  id: string
  label: string
  error: string | undefined
  /** Not offered: the processor itself and the sub-processors it has already. */
  unavailable: ReadonlySet<number>
  value: number | null
  /** The name of the current choice, shown before any search. */
  currentName: string | null
  onPick: (id: number | null, search: string) => void
  onSearch: (search: string) => void
}

/** Searches the whole register as you type (the server's trigram index), not a preloaded list. */
export function SubProcessorPicker(props: Props) {
  const { unavailable, value, currentName, onPick, onSearch, ...field } = props
  const { t, language } = useT()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 200)
  const [found, setFound] = useState<{ value: string; label: string }[]>([])
  useEffect(() => {
    let current = true
    call('counterparties:list', { search: debounced, limit: 30 }).then(
      ({ rows }) =>
        current &&
        setFound(
          rows
            .filter((c) => !unavailable.has(c.id))
            .map((c) => ({
              value: String(c.id),
              label: c.country ? `${c.name} (${countryName(language, c.country)})` : c.name,
            })),
        ),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [debounced, unavailable, language])

  const selected = value === null ? null : String(value)
  const data =
    selected && currentName && !found.some((o) => o.value === selected)
      ? [{ value: selected, label: currentName }, ...found]
      : found
  return (
    <Select
      {...field}
      withAsterisk
      searchable
      clearable
      placeholder={t.detail.links.search}
      data={data}
      value={selected}
      searchValue={search}
      onSearchChange={(text) => {
        setSearch(text)
        onSearch(text)
      }}
      // The server has searched already; Mantine must not filter its answer again.
      filter={({ options }) => options}
      onChange={(picked) => onPick(picked ? Number(picked) : null, search)}
    />
  )
}
