import { Alert, Card, Stack, Text, Title } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { ColumnMapping } from './ColumnMapping'
import { ImportCommit } from './ImportCommit'
import { ImportFilePicker } from './ImportFilePicker'
import { importErrorText, noticeText } from './import-messages'
import { ImportPreviewTable } from './ImportPreviewTable'
import { ImportResultAlert } from './ImportResultAlert'
import { useSupplierImport } from './use-supplier-import'

/** Suppliers from the user's own spreadsheet: pick, map the columns, preview, import. */
export function ImportCard() {
  const { t } = useT()
  const i = t.data.import
  const state = useSupplierImport()
  const { preview, error, result } = state
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-label={i.title}
      data-testid="import-card"
    >
      <Stack gap="md">
        <Title order={3} size="h4">
          {i.title}
        </Title>
        <Text size="sm" c="dimmed">
          {i.intro}
        </Text>
        <ImportFilePicker state={state} />
        {result && <ImportResultAlert result={result} onAgain={state.reset} />}
        {error && (
          // Orange when the user can fix it here: a file without a name column, now mappable.
          <Alert
            color={state.columns.length > 0 ? 'orange' : 'red'}
            title={i.refused}
            data-testid="import-error"
          >
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {importErrorText(t, error)}
            </Text>
            <Text size="sm" mt={4} fw={500}>
              {i.nothingWritten}
            </Text>
          </Alert>
        )}
        {state.columns.length > 0 && <ColumnMapping state={state} />}
        {state.needsName && !error && (
          <Alert color="orange" data-testid="import-needs-name">
            {i.columns.needName}
          </Alert>
        )}
        {preview && preview.notices.length > 0 && (
          <Alert color="blue" title={i.notices}>
            {preview.notices.map((notice) => (
              <Text key={notice} size="sm">
                {noticeText(t, notice)}
              </Text>
            ))}
          </Alert>
        )}
        {preview && <ImportPreviewTable key={preview.preview_hash} preview={preview} />}
        {preview && <ImportCommit state={state} preview={preview} />}
      </Stack>
    </Card>
  )
}
