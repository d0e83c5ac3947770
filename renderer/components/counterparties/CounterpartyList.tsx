import { Button, Group, Stack, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useRef, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { routeHref } from '../../lib/router'
import { setListQuery, useListQuery } from '../../lib/list-query'
import { DemoOffer } from '../DemoOffer'
import { CounterpartyFilters } from './CounterpartyFilters'
import { CounterpartyResults } from './CounterpartyResults'
import { StatusReportDialog } from './StatusReportDialog'

export function CounterpartyList() {
  const { t } = useT()
  const query = useListQuery()
  // Bumped after the demo register is loaded: same query, new rows.
  const [generation, setGeneration] = useState(0)
  const [reporting, setReporting] = useState(false)
  const searchRef = useRef<HTMLInputElement>(null)
  const tableRef = useRef<HTMLTableElement>(null)
  useHotkeys([['/', () => searchRef.current?.focus()]])
  const leaveResults = () => {
    setListQuery({ search: '' })
    searchRef.current?.focus()
  }
  return (
    <Stack className="full-height-page" gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t.list.title}</Title>
        <Group gap="sm">
          <Button variant="default" onClick={() => setReporting(true)}>
            {t.list.report}
          </Button>
          <Button component="a" href={routeHref({ page: 'counterparty', id: 'new' })}>
            {t.list.newCounterparty}
          </Button>
        </Group>
      </Group>
      <DemoOffer onLoaded={() => setGeneration((n) => n + 1)} />
      <CounterpartyFilters
        query={query}
        searchRef={searchRef}
        onEnterResults={() => tableRef.current?.focus()}
      />
      <CounterpartyResults
        query={query}
        generation={generation}
        tableRef={tableRef}
        onEscape={leaveResults}
      />
      {reporting && <StatusReportDialog query={query} onClose={() => setReporting(false)} />}
    </Stack>
  )
}
