import { Alert, Badge, Button, Group, Loader, Stack, Text, Timeline } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { asApiCallError, call, type ApiCallError } from '../../lib/api'
import { useDetail } from '../../lib/detail-context'
import { errorText } from '../../lib/field-error'
import { namesOrNumbers, useCounterpartyNames } from '../../lib/use-counterparty-names'
import { formatDateTime } from '../../i18n/translate'
import {
  ACTION_COLORS,
  changedFields,
  lineText,
  recordTitle,
  referencedCounterparties,
  type Names,
} from '../../lib/history'
import type { ChangeLogEntry } from '../../lib/vocabulary'

const PAGE = 50

/** Who changed what and when: this counterparty and every record that hangs on it. */
export function HistoryTab() {
  const { t, fill } = useT()
  const { counterparty } = useDetail()
  const [entries, setEntries] = useState<ChangeLogEntry[]>([])
  const [total, setTotal] = useState<number | null>(null)
  const [offset, setOffset] = useState(0)
  const [error, setError] = useState<ApiCallError | null>(null)
  // Link entries hold only the counterparties' ids; a deleted one keeps its number.
  const found = useCounterpartyNames(referencedCounterparties(entries))
  const names = useMemo(() => namesOrNumbers(found), [found])
  useEffect(() => {
    let current = true
    call('changelog:list', { counterparty_id: counterparty.id, offset, limit: PAGE }).then(
      (page) => {
        if (!current) return
        setEntries((shown) => (offset === 0 ? page.rows : [...shown, ...page.rows]))
        setTotal(page.total)
      },
      (failure: unknown) => current && setError(asApiCallError(failure)),
    )
    return () => {
      current = false
    }
  }, [counterparty.id, offset])

  if (error) {
    return (
      <Alert color="red">
        {fill(t.detail.common.loadFailed, { message: errorText(t, error) })}
      </Alert>
    )
  }
  if (total === null) return <Loader size="sm" />
  if (total === 0) return <Text c="dimmed">{t.detail.history.empty}</Text>
  return (
    <Stack>
      <Timeline bulletSize={14} lineWidth={2} data-testid="history">
        {entries.map((entry) => (
          <Timeline.Item key={entry.id} color={ACTION_COLORS[entry.action]}>
            <Entry entry={entry} names={names} />
          </Timeline.Item>
        ))}
      </Timeline>
      {entries.length < total && (
        <Group>
          <Button variant="default" onClick={() => setOffset(entries.length)}>
            {t.detail.history.more}
          </Button>
        </Group>
      )}
    </Stack>
  )
}

function Entry({ entry, names }: { entry: ChangeLogEntry; names: Names }) {
  const { t, fill, language } = useT()
  const lines = changedFields(t, language, entry, names)
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Badge size="sm" variant="light" color={ACTION_COLORS[entry.action]} tt="none">
          {t.enums.changeActions[entry.action]}
        </Badge>
        <Text size="sm" fw={500}>
          {recordTitle(t, language, entry, names)}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(language, entry.at)} ·{' '}
          {fill(t.detail.history.by, { user: entry.os_user })}
        </Text>
      </Group>
      {entry.action === 'redact' && (
        <Text size="xs" c="dimmed">
          {t.detail.history.redacted}
        </Text>
      )}
      {entry.action === 'update' && lines.length === 0 && (
        <Text size="xs" c="dimmed">
          {t.detail.history.nothing}
        </Text>
      )}
      {lines.map((line) => (
        <Text key={line.field} size="xs" c="dimmed">
          {lineText(t, line)}
        </Text>
      ))}
    </Stack>
  )
}
