import { Button, FileButton, Group, Loader, Select, Text } from '@mantine/core'
import { useRef } from 'react'
import { useT } from '../../i18n/i18n-context'
import type { SupplierImport } from './use-supplier-import'

const ACCEPT =
  '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function ImportFilePicker({ state }: { state: SupplierImport }) {
  const { t, fill } = useT()
  const i = t.data.import
  // Cleared after each pick, so choosing the same (corrected) file again is noticed.
  const resetRef = useRef<() => void>(null)
  return (
    <Group gap="sm" align="center">
      <FileButton
        resetRef={resetRef}
        accept={ACCEPT}
        onChange={(file) => {
          resetRef.current?.()
          if (file) state.choose(file)
        }}
      >
        {(props) => (
          <Button {...props} variant={state.fileName ? 'default' : 'filled'}>
            {i.choose}
          </Button>
        )}
      </FileButton>
      {state.fileName && (
        <Text size="sm" data-testid="import-file">
          {fill(i.chosen, { file: state.fileName })}
        </Text>
      )}
      {state.sheets.length > 1 && (
        <Select
          label={i.sheet}
          data={state.sheets}
          value={state.sheet}
          onChange={(sheet) => sheet && state.setSheet(sheet)}
          allowDeselect={false}
          w={220}
        />
      )}
      {state.busy && <Loader size="sm" />}
      {state.fileName && (
        <Button variant="subtle" color="gray" onClick={state.reset} ml="auto">
          {i.cancel}
        </Button>
      )}
    </Group>
  )
}
