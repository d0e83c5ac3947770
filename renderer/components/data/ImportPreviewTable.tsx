import { Badge, Group, SegmentedControl, Table, Text, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import type { ImportPreview } from './import-mapping'
import { ImportRowDetails, rowProblems } from './ImportRowDetails'

type Status = ImportPreview['rows'][number]['status']
const COLORS: Record<Status, string> = { create: 'green', duplicate: 'yellow', error: 'red' }
/** More rows than this are counted, not drawn: a 20,000-row file would stall the page. */
const SHOWN = 200

/** Every row of the file and what the import would do with it. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const { t, fill, formatNumber } = useT()
  const p = t.data.import.preview
  const { summary } = preview
  // Rows with problems first: they are what the user has to act on.
  const [show, setShow] = useState<Status | 'all'>(summary.errors > 0 ? 'error' : 'all')
  const problems = useMemo(() => rowProblems(preview), [preview])
  const rows = show === 'all' ? preview.rows : preview.rows.filter((row) => row.status === show)
  const counts: Record<Status, number> = {
    create: summary.create,
    duplicate: summary.duplicates,
    error: summary.errors,
  }
  return (
    <div>
      <Group justify="space-between" align="flex-end" mb="xs">
        <div>
          <Title order={4} size="h5">
            {p.title}
          </Title>
          <Text size="sm" data-testid="import-summary">
            {fill(p.summary, {
              rows: formatNumber(summary.rows),
              create: formatNumber(summary.create),
              duplicates: formatNumber(summary.duplicates),
              errors: formatNumber(summary.errors),
            })}
          </Text>
        </div>
        <SegmentedControl
          size="xs"
          aria-label={p.show}
          value={show}
          onChange={(value) => setShow(value as Status | 'all')}
          data={[
            { value: 'all', label: `${p.all} (${formatNumber(summary.rows)})` },
            ...(['create', 'duplicate', 'error'] as const).map((status) => ({
              value: status,
              label: `${p.statuses[status]} (${formatNumber(counts[status])})`,
            })),
          ]}
        />
      </Group>
      <Table withTableBorder verticalSpacing={4} data-testid="import-preview">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{p.row}</Table.Th>
            <Table.Th w={260}>{p.name}</Table.Th>
            <Table.Th w={120}>{p.status}</Table.Th>
            <Table.Th>{p.details}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <Table.Tr key={row.row} data-status={row.status} style={{ verticalAlign: 'top' }}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td fw={500}>{row.name || t.common.none}</Table.Td>
              <Table.Td>
                <Badge color={COLORS[row.status]} variant="light" tt="none">
                  {p.statuses[row.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <ImportRowDetails row={row} problems={problems} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          {p.empty}
        </Text>
      )}
      {rows.length > SHOWN && (
        <Text size="sm" c="dimmed" mt="xs">
          {fill(p.shown, { shown: formatNumber(SHOWN), total: formatNumber(rows.length) })}
        </Text>
      )}
    </div>
  )
}
