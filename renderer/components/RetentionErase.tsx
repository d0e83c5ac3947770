import { Button, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import type { Warning } from '../../preload/contract'
import { useT } from '../i18n/i18n-context'
import { call } from '../lib/api'
import { useRegisterChanged } from '../lib/register-changed'
import { ConfirmDialog } from './detail/ConfirmDialog'

/**
 * The one-click erase of a contact person kept too long (R23, issue 6): asks first, erases the
 * person and their traces in the change log, then says so in place of the button.
 */
export function RetentionErase({ warning }: { warning: Warning }) {
  const { t, fill } = useT()
  const [asking, setAsking] = useState(false)
  const [erased, setErased] = useState(false)
  const registerChanged = useRegisterChanged()
  const id = warning.subject.id
  if (warning.rule !== 'R23' || warning.subject.type !== 'contact' || id === null) return null
  const name = String(warning.params.contact ?? '')
  if (erased) {
    return (
      <Text size="xs" c="green.8" fw={600} className="no-wrap">
        {fill(t.detail.contacts.erased, { name })}
      </Text>
    )
  }
  const erase = async () => {
    await call('contacts:erase', { id })
    notifications.show({ color: 'green', message: fill(t.detail.contacts.erased, { name }) })
    setErased(true)
    registerChanged()
  }
  return (
    <>
      <Button size="compact-xs" variant="light" color="red" onClick={() => setAsking(true)}>
        {t.detail.contacts.erase}
      </Button>
      {asking && (
        <ConfirmDialog
          title={fill(t.detail.contacts.eraseTitle, { name })}
          body={t.detail.contacts.eraseBody}
          confirmLabel={t.detail.contacts.erase}
          onConfirm={erase}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  )
}
