import { Button, Group, Text } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import type { RecordForm } from '../../lib/use-record-form'

/** The end of a settings form: why its save failed, if it did, and the save button. */
export function SettingsSave<V>({ form }: { form: RecordForm<V> }) {
  const { t } = useT()
  return (
    <>
      {form.formError && (
        <Text c="red" size="sm">
          {form.formError}
        </Text>
      )}
      <Group>
        <Button type="submit" loading={form.saving} disabled={!form.dirty}>
          {t.common.save}
        </Button>
      </Group>
    </>
  )
}
