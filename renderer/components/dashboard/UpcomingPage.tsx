import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import type { UpcomingItem } from '../../../preload/contract'
import { useT } from '../../i18n/i18n-context'
import { errorText } from '../../lib/field-error'
import { useDashboardState } from './dashboard-state'
import { KindFilter } from './KindFilter'
import { UpcomingRowView } from './UpcomingRowView'
import { useUpcoming } from './use-compliance'
import { VirtualRows } from './VirtualRows'
import { WhatIfDate } from './WhatIfDate'
import { countByKind, monthRows, type UpcomingKind, type UpcomingRow } from './upcoming-months'
import './dashboard.css'

/** "Kommende": what falls due in the next 12 months, by month (issue 3 item 5). */
export function UpcomingPage() {
  const { t, fill } = useT()
  const { whatIf, upcomingKind } = useDashboardState()
  // Bumped to ask again after a failure.
  const [generation, setGeneration] = useState(0)
  const { value, loading, error } = useUpcoming(whatIf, generation)
  return (
    <Stack className="full-height-page" gap="sm">
      <Group justify="space-between">
        <Group gap="sm" align="center">
          <Title order={2}>{t.dashboard.upcoming.title}</Title>
          {loading && value && <Loader size="xs" />}
        </Group>
        <WhatIfDate value={whatIf} />
      </Group>
      <Text size="sm" c="dimmed">
        {t.dashboard.upcoming.intro}
      </Text>
      {error && (
        <Alert
          color="red"
          title={fill(t.dashboard.upcoming.loadFailed, { message: errorText(t, error) })}
        >
          <Button size="xs" variant="light" color="red" onClick={() => setGeneration((n) => n + 1)}>
            {t.dashboard.retry}
          </Button>
        </Alert>
      )}
      {value ? (
        <UpcomingBody items={value.items} kind={upcomingKind} />
      ) : (
        loading && (
          <Center py="xl">
            <Loader />
          </Center>
        )
      )}
    </Stack>
  )
}

function UpcomingBody({ items, kind }: { items: UpcomingItem[]; kind: UpcomingKind | null }) {
  const { t } = useT()
  const counts = useMemo(() => countByKind(items), [items])
  const rows = useMemo(() => monthRows(items, kind), [items, kind])
  return (
    <>
      <KindFilter counts={counts} total={items.length} active={kind} />
      <Paper withBorder className="dashboard-column" style={{ flex: 1 }}>
        {rows.length === 0 ? (
          <Text c="dimmed" py="md" ta="center">
            {items.length === 0 ? t.dashboard.upcoming.empty : t.dashboard.upcoming.emptyFiltered}
          </Text>
        ) : (
          <VirtualRows
            rows={rows}
            rowKey={rowKey}
            estimate={(row) => (row.type === 'month' ? 44 : 40)}
            render={(row) => <UpcomingRowView row={row} />}
            label={t.dashboard.upcoming.title}
            testId="upcoming-list"
          />
        )}
      </Paper>
    </>
  )
}

const rowKey = (row: UpcomingRow): string => (row.type === 'month' ? row.month : row.item.id)
