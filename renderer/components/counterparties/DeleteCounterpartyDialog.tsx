import { Alert, Button, Group, Modal, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { asApiCallError, call } from '../../lib/api'
import { errorText } from '../../lib/field-error'
import type { Counterparty } from '../../lib/vocabulary'

interface Props {
  counterparty: Counterparty
  opened: boolean
  onClose: () => void
  onDeleted: () => void
}

/**
 * Asks before deleting. When the server answers `confirm_required` (agreements or sub-processor
 * links would go too), the dialog says so and only a second, explicit choice deletes everything.
 */
export function DeleteCounterpartyDialog({ counterparty, opened, onClose, onDeleted }: Props) {
  const { t, fill, language } = useT()
  const [needsConfirmation, setNeedsConfirmation] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const name = counterparty.name

  const close = () => {
    setNeedsConfirmation(null)
    setError(null)
    onClose()
  }
  const remove = async () => {
    setBusy(true)
    setError(null)
    try {
      await call('counterparties:delete', {
        id: counterparty.id,
        confirm: needsConfirmation !== null,
      })
      notifications.show({ color: 'green', message: fill(t.deletion.deleted, { name }) })
      onDeleted()
    } catch (failure) {
      const apiError = asApiCallError(failure)
      if (apiError.code === 'confirm_required') setNeedsConfirmation(apiError.message)
      else setError(errorText(t, apiError))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={needsConfirmation ? t.deletion.requiredTitle : t.deletion.title}
    >
      <Text size="sm" mb="md">
        {fill(needsConfirmation ? t.deletion.requiredBody : t.deletion.body, { name })}
      </Text>
      {/* The server's message counts what would go; it is written in English. */}
      {needsConfirmation && language === 'en' && (
        <Text size="sm" c="dimmed" mb="md">
          {needsConfirmation}
        </Text>
      )}
      {error && (
        <Alert color="red" mb="md">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={close}>
          {t.common.cancel}
        </Button>
        <Button color="red" onClick={remove} loading={busy}>
          {needsConfirmation ? t.deletion.confirmAnyway : t.deletion.confirm}
        </Button>
      </Group>
    </Modal>
  )
}
