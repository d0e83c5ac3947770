import { Select, Table, Text, Title } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { optionsOf } from '../../i18n/translate'
import type { ImportField } from './import-mapping'
import type { SupplierImport } from './use-supplier-import'

const NONE = '-'

/** Which field each column of the file fills; changing one previews the file again. */
export function ColumnMapping({ state }: { state: SupplierImport }) {
  const { t, fill } = useT()
  const c = t.data.import.columns
  const options = [{ value: NONE, label: c.none }, ...optionsOf(t.data.import.fields)]
  return (
    <div>
      <Title order={4} size="h5">
        {c.title}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {c.intro}
      </Text>
      <Table striped withTableBorder verticalSpacing={4} data-testid="import-columns">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{c.column}</Table.Th>
            <Table.Th>{c.header}</Table.Th>
            <Table.Th>{c.samples}</Table.Th>
            <Table.Th w={240}>{c.field}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {state.columns.map((column) => (
            <Table.Tr key={column.key}>
              <Table.Td>{column.key}</Table.Td>
              <Table.Td fw={500}>{column.header}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={1} maw={420}>
                  {column.samples.filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={fill(c.fieldOf, { column: column.key })}
                  data={options}
                  value={column.field ?? NONE}
                  onChange={(value) =>
                    state.setField(
                      column.key,
                      value === NONE || value === null ? null : (value as ImportField),
                    )
                  }
                  allowDeselect={false}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  )
}
