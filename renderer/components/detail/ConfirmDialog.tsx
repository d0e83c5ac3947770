import { Alert, Button, Group, Modal, Text } from '@mantine/core'
import { useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { asApiCallError } from '../../lib/api'
import { errorText } from '../../lib/field-error'

interface Props {
  title: string
  body: string
  confirmLabel: string
  /** Runs the action; the dialog stays open with the error when it fails. */
  onConfirm: () => Promise<void>
  onClose: () => void
  color?: string
}

/** Asks before an action that cannot be undone. Mounted only while it is open. */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onClose, color }: Props) {
  const { t } = useT()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      await onConfirm()
      onClose()
    } catch (failure) {
      setError(errorText(t, asApiCallError(failure)))
      setBusy(false)
    }
  }
  return (
    <Modal opened onClose={onClose} title={title}>
      <Text size="sm" mb="md">
        {body}
      </Text>
      {error && (
        <Alert color="red" mb="md">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t.common.cancel}
        </Button>
        <Button color={color ?? 'red'} onClick={confirm} loading={busy} data-autofocus>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  )
}
