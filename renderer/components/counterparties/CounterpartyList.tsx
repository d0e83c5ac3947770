import { Button, Group, Stack, Title } from '@mantine/core'
import { useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { routeHref } from '../../lib/router'
import { useListQuery } from '../../lib/list-query'
import { DemoOffer } from '../DemoOffer'
import { CounterpartyFilters } from './CounterpartyFilters'
import { CounterpartyResults } from './CounterpartyResults'

export function CounterpartyList() {
  const { t } = useT()
  const query = useListQuery()
  // Bumped after the demo register is loaded: same query, new rows.
  const [generation, setGeneration] = useState(0)
  return (
    <Stack className="full-height-page" gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t.list.title}</Title>
        <Button component="a" href={routeHref({ page: 'counterparty', id: 'new' })}>
          {t.list.newCounterparty}
        </Button>
      </Group>
      <DemoOffer onLoaded={() => setGeneration((n) => n + 1)} />
      <CounterpartyFilters query={query} />
      <CounterpartyResults key={`${JSON.stringify(query)}#${generation}`} query={query} />
    </Stack>
  )
}
