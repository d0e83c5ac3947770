import { Button, Group, Modal, Text } from '@mantine/core'
import { useT } from '../i18n/i18n-context'
import { cancelLeave, confirmLeave, usePendingLeave } from '../lib/unsaved-changes'

/** Asks before a route change would drop a form's unsaved changes. */
export function UnsavedChangesDialog() {
  const { t } = useT()
  const pending = usePendingLeave()
  return (
    <Modal opened={pending !== null} onClose={cancelLeave} title={t.detail.unsaved.title}>
      <Text size="sm" mb="md">
        {t.detail.unsaved.body}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={cancelLeave} data-autofocus>
          {t.detail.unsaved.stay}
        </Button>
        <Button color="red" onClick={confirmLeave}>
          {t.detail.unsaved.leave}
        </Button>
      </Group>
    </Modal>
  )
}
