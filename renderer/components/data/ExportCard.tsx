import { Button, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { optionsOf } from '../../i18n/translate'
import { call } from '../../lib/api'
import type { Input } from '../../lib/vocabulary'
import { DataCard } from './DataCard'
import { download, saveBase64, saveText, XLSX_TYPE } from './save-file'

type Sheet = Input<'exports:csv'>['entity']
type Separator = NonNullable<Input<'exports:csv'>['separator']>

/** The register as one workbook, or one record type as CSV, with headers in the UI language. */
export function ExportCard() {
  const { t, language } = useT()
  const e = t.data.export
  const [busy, setBusy] = useState<'xlsx' | 'csv' | null>(null)
  const [sheet, setSheet] = useState<Sheet>('counterparties')
  const [separator, setSeparator] = useState<Separator>(';')
  const xlsx = () =>
    download(
      t,
      (on) => setBusy(on ? 'xlsx' : null),
      async () => {
        const file = await call('exports:xlsx', { language })
        saveBase64(file.base64, file.file_name, XLSX_TYPE)
      },
    )
  const csv = () =>
    download(
      t,
      (on) => setBusy(on ? 'csv' : null),
      async () => {
        const file = await call('exports:csv', { entity: sheet, separator, language })
        saveText(file.text, file.file_name, 'text/csv')
      },
    )
  return (
    <DataCard title={e.title} intro={e.intro} testId="export-card">
      <Button onClick={xlsx} loading={busy === 'xlsx'}>
        {e.xlsx}
      </Button>
      <Stack gap="xs" mt="auto">
        <Select
          label={e.sheet}
          data={optionsOf(e.sheets)}
          value={sheet}
          onChange={(value) => value && setSheet(value as Sheet)}
          allowDeselect={false}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="csv-separator">
            {e.separator}
          </Text>
          <SegmentedControl
            fullWidth
            aria-labelledby="csv-separator"
            value={separator}
            onChange={(value) => setSeparator(value as Separator)}
            data={[
              { value: ';', label: e.semicolon },
              { value: ',', label: e.comma },
            ]}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {e.separatorHint}
          </Text>
        </div>
        <Button variant="default" onClick={csv} loading={busy === 'csv'}>
          {e.csv}
        </Button>
      </Stack>
    </DataCard>
  )
}
