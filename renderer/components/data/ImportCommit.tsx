import { Button, Group, Text } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import type { ImportPreview } from './import-mapping'
import type { SupplierImport } from './use-supplier-import'

/** The all-or-nothing import of what the preview shows; blocked while any row has an error. */
export function ImportCommit({
  state,
  preview,
}: {
  state: SupplierImport
  preview: ImportPreview
}) {
  const { t, fill } = useT()
  const i = t.data.import
  const { create, errors } = preview.summary
  const hint = errors > 0 ? fill(i.blocked, { count: errors }) : create === 0 ? i.nothingNew : null
  return (
    <Group justify="space-between" align="center" wrap="nowrap">
      <Text size="sm" c={errors > 0 ? 'red' : 'dimmed'} data-testid="import-hint">
        {hint}
      </Text>
      <Button
        onClick={state.commit}
        disabled={errors > 0 || create === 0 || state.busy}
        style={{ flexShrink: 0 }}
      >
        {create === 1 ? i.commitOne : fill(i.commit, { count: create })}
      </Button>
    </Group>
  )
}
