import { Anchor, Badge, Stack, Table, Text } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { formatDateTime } from '../../i18n/translate'
import { ACTION_COLORS, lineText, recordTitle } from '../../lib/history'
import { routeHref } from '../../lib/router'
import type { ChangeLogEntry } from '../../lib/vocabulary'
import { entryChanges, entryCounterparty, entryTab, redactedFields } from './log-entry'

type Names = ReadonlyMap<number, string | null>

/** `names` says which counterparties still exist (null: gone); `known` is what to call each. */
export function ChangeLogRow({
  entry,
  names,
  known,
}: {
  entry: ChangeLogEntry
  names: Names
  known: ReadonlyMap<number, string>
}) {
  const { t, language } = useT()
  return (
    <Table.Tr data-action={entry.action} style={{ verticalAlign: 'top' }}>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(language, entry.at)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{entry.os_user}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <Badge size="sm" variant="light" color={ACTION_COLORS[entry.action]} tt="none">
            {t.enums.changeActions[entry.action]}
          </Badge>
          <RecordLink entry={entry} names={names} title={recordTitle(t, language, entry, known)} />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Changes entry={entry} known={known} />
      </Table.Td>
    </Table.Tr>
  )
}

/** The record, linked to its counterparty while that still exists. */
function RecordLink({
  entry,
  names,
  title,
}: {
  entry: ChangeLogEntry
  names: Names
  title: string
}) {
  const { t, fill } = useT()
  const id = entryCounterparty(entry)
  const name = id === null ? undefined : names.get(id)
  const tab = entry.action === 'delete' ? undefined : entryTab(entry)
  const item = tab && entry.entity_id !== null ? entry.entity_id : undefined
  const href =
    id !== null && typeof name === 'string'
      ? routeHref({ page: 'counterparty', id, tab, item })
      : null
  if (entry.entity === 'counterparty' && href) {
    return (
      <Anchor size="sm" fw={500} href={href}>
        {title}
      </Anchor>
    )
  }
  return (
    <>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      {href && name && (
        <Anchor size="xs" href={href}>
          {fill(t.data.log.counterparty, { name })}
        </Anchor>
      )}
      {id !== null && name === null && entry.entity !== 'counterparty' && (
        <Text size="xs" c="dimmed">
          {fill(t.data.log.deleted, { id })}
        </Text>
      )}
    </>
  )
}

/** Before → after per field; erasures and deletions say so instead. */
function Changes({ entry, known }: { entry: ChangeLogEntry; known: ReadonlyMap<number, string> }) {
  const { t, language } = useT()
  const lines = entryChanges(t, language, entry, known)
  return (
    <Stack gap={2}>
      {entry.action === 'redact' && (
        <Text size="sm" c="grape">
          {t.detail.history.redacted}: {redactedFields(t, entry).join(', ')}
        </Text>
      )}
      {entry.action === 'delete' && (
        <Text size="sm" c="dimmed">
          {t.data.log.removed}
        </Text>
      )}
      {entry.action === 'update' && lines.length === 0 && (
        <Text size="sm" c="dimmed">
          {t.detail.history.nothing}
        </Text>
      )}
      {lines.map((line) => (
        <Text key={line.field} size="sm">
          {lineText(t, line)}
        </Text>
      ))}
    </Stack>
  )
}
