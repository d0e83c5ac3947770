import { Alert, Button, Group } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useT } from '../../i18n/i18n-context'
import { openItem, useDetail } from '../../lib/detail-context'
import { ConfirmDialog } from './ConfirmDialog'

interface Props {
  saving: boolean
  formError: string | null
  /** Shown in the delete question; no delete button without it. */
  deleteName?: string
  onDelete?: () => Promise<void>
  children?: ReactNode
}

/** Save, close and delete for a record form on a tab; more buttons come as children. */
export function FormActions({ saving, formError, deleteName, onDelete, children }: Props) {
  const { t, fill } = useT()
  const detail = useDetail()
  const [confirming, setConfirming] = useState(false)
  return (
    <>
      {formError && <Alert color="red">{formError}</Alert>}
      <Group justify="space-between">
        <Group>
          <Button type="submit" loading={saving}>
            {t.common.save}
          </Button>
          <Button variant="default" onClick={() => openItem(detail, undefined)}>
            {t.detail.common.close}
          </Button>
          {children}
        </Group>
        {onDelete && deleteName !== undefined && (
          <Button color="red" variant="light" onClick={() => setConfirming(true)}>
            {t.common.delete}
          </Button>
        )}
      </Group>
      {confirming && onDelete && deleteName !== undefined && (
        <ConfirmDialog
          title={fill(t.detail.common.deleteTitle, { name: deleteName })}
          body={fill(t.detail.common.deleteBody, { name: deleteName })}
          confirmLabel={t.common.delete}
          onConfirm={onDelete}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  )
}
