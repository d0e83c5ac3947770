import { Alert, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useT } from '../../i18n/i18n-context'
import { openItem, useDetail } from '../../lib/detail-context'
import { errorText } from '../../lib/field-error'
import type { Records } from '../../lib/use-records'

export interface Column<R> {
  header: string
  cell: (row: R) => ReactNode
  width?: string
}

interface Props<R extends { id: number }> {
  records: Records<R>
  columns: Column<R>[]
  addLabel: string
  titles: { new: string; edit: string }
  /** The form for one record, or for a new one (null). */
  renderEditor: (record: R | null) => ReactNode
  children?: ReactNode
}

/**
 * One child-record tab: the records as a table, and the one named in the route open in a form
 * above it (`…/contacts/12`, `…/contacts/new`), so a warning can link straight to its record.
 */
export function RecordTab<R extends { id: number }>(props: Props<R>) {
  const { records, columns, addLabel, titles, renderEditor, children } = props
  const { t, fill } = useT()
  const detail = useDetail()
  const { item } = detail
  if (records.error) {
    return (
      <Alert color="red">
        {fill(t.detail.common.loadFailed, { message: errorText(t, records.error) })}
      </Alert>
    )
  }
  const rows = records.rows
  if (!rows) return <Loader size="sm" />
  const editing = item === 'new' ? null : rows.find((row) => row.id === item)
  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button onClick={() => openItem(detail, 'new')} disabled={item === 'new'}>
          {addLabel}
        </Button>
      </Group>
      {typeof item === 'number' && editing === undefined && (
        <Alert color="yellow">{t.detail.common.notFound}</Alert>
      )}
      {item !== undefined && editing !== undefined && (
        <Card withBorder padding="lg" key={String(item)} data-testid="record-editor">
          <Title order={3} size="h4" mb="sm">
            {editing ? titles.edit : titles.new}
          </Title>
          {renderEditor(editing)}
        </Card>
      )}
      {rows.length === 0 ? (
        <Text c="dimmed">{t.detail.common.empty}</Text>
      ) : (
        <RecordTable rows={rows} columns={columns} selected={item} />
      )}
      {children}
    </Stack>
  )
}

function RecordTable<R extends { id: number }>({
  rows,
  columns,
  selected,
}: {
  rows: R[]
  columns: Column<R>[]
  selected: number | 'new' | undefined
}) {
  const detail = useDetail()
  return (
    <Table highlightOnHover verticalSpacing={6} layout="fixed" className="record-table">
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.header} style={{ width: column.width }}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr
            key={row.id}
            className="clickable-row"
            tabIndex={0}
            data-selected={row.id === selected || undefined}
            onClick={() => openItem(detail, row.id)}
            onKeyDown={(event) => event.key === 'Enter' && openItem(detail, row.id)}
          >
            {columns.map((column) => (
              <Table.Td key={column.header} className="no-wrap">
                {column.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
