import { Alert, Group, Loader, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { optionsOf } from '../../i18n/translate'
import { asApiCallError, call, type ApiCallError } from '../../lib/api'
import { errorText } from '../../lib/field-error'
import { referencedCounterparties } from '../../lib/history'
import type { ChangeLogEntry, Entity } from '../../lib/vocabulary'
import { ChangeLogRow } from './ChangeLogRow'
import { entryCounterparty } from './log-entry'
import { namesOrNumbers, useCounterpartyNames } from '../../lib/use-counterparty-names'

const PAGE = 50

/** Who changed what and when in the whole register, newest first (issue 6 item 5). */
export function ChangeLogPage() {
  const { t, fill, formatNumber } = useT()
  const l = t.data.log
  const [entity, setEntity] = useState<Entity | null>(null)
  const [page, setPage] = useState(1)
  const [data, setData] = useState<{ rows: ChangeLogEntry[]; total: number } | null>(null)
  const [error, setError] = useState<ApiCallError | null>(null)
  useEffect(() => {
    let current = true
    call('changelog:list', { entity, offset: (page - 1) * PAGE, limit: PAGE }).then(
      (next) => {
        if (!current) return
        setData(next)
        setError(null)
      },
      (failure: unknown) => current && setError(asApiCallError(failure)),
    )
    return () => {
      current = false
    }
  }, [entity, page])
  const rows = useMemo(() => data?.rows ?? [], [data])
  const ids = useMemo(
    () => [
      ...rows.map(entryCounterparty).filter((id): id is number => id !== null),
      ...referencedCounterparties(rows),
    ],
    [rows],
  )
  const names = useCounterpartyNames(ids)
  const known = useMemo(() => namesOrNumbers(names), [names])
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE))
  return (
    <Stack gap="sm" maw={1200}>
      <Title order={2}>{l.title}</Title>
      <Text size="sm" c="dimmed">
        {l.intro}
      </Text>
      <Group justify="space-between" align="flex-end">
        <Select
          label={l.entity}
          placeholder={l.allEntities}
          data={optionsOf(t.enums.entities)}
          value={entity}
          onChange={(value) => {
            setEntity(value as Entity | null)
            setPage(1)
          }}
          clearable
          w={260}
        />
        {data && (
          <Text size="sm" c="dimmed" data-testid="log-count">
            {data.total === 1 ? l.countOne : fill(l.count, { count: formatNumber(data.total) })}
          </Text>
        )}
      </Group>
      {error && (
        <Alert color="red">
          {fill(t.detail.common.loadFailed, { message: errorText(t, error) })}
        </Alert>
      )}
      {!data && !error && <Loader size="sm" />}
      {data && data.total === 0 && <Text c="dimmed">{l.empty}</Text>}
      {rows.length > 0 && (
        <Table striped withTableBorder verticalSpacing="xs" data-testid="change-log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{l.when}</Table.Th>
              <Table.Th w={120}>{l.who}</Table.Th>
              <Table.Th w={340}>{l.what}</Table.Th>
              <Table.Th>{l.changes}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((entry) => (
              <ChangeLogRow key={entry.id} entry={entry} names={names} known={known} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={(next) => {
            setPage(next)
            window.scrollTo({ top: 0 })
          }}
          aria-label={l.pages}
          withEdges
          siblings={2}
        />
      )}
    </Stack>
  )
}
