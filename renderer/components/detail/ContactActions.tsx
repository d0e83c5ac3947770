import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { asApiCallError, call } from '../../lib/api'
import { downloadBlob } from '../../lib/download'
import { errorText } from '../../lib/field-error'
import type { Contact } from '../../lib/vocabulary'
import { ConfirmDialog } from './ConfirmDialog'

/** The data subject's rights for a contact person: access (Art. 15) and erasure (Art. 17). */
export function ContactActions({ contact, onErased }: { contact: Contact; onErased: () => void }) {
  const { t, fill } = useT()
  const [erasing, setErasing] = useState(false)
  const name = contact.name
  const exportJson = () => {
    call('contacts:export-person', { id: contact.id }).then(
      (data) => {
        const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })
        downloadBlob(blob, `${fileSafe(name)}.json`)
        notifications.show({ color: 'green', message: fill(t.detail.contacts.exported, { name }) })
      },
      (error: unknown) =>
        notifications.show({ color: 'red', message: errorText(t, asApiCallError(error)) }),
    )
  }
  const erase = async () => {
    await call('contacts:erase', { id: contact.id })
    notifications.show({ color: 'green', message: fill(t.detail.contacts.erased, { name }) })
    onErased()
  }
  return (
    <>
      <Button variant="light" onClick={exportJson}>
        {t.detail.contacts.exportJson}
      </Button>
      <Button variant="light" color="red" onClick={() => setErasing(true)}>
        {t.detail.contacts.erase}
      </Button>
      {erasing && (
        <ConfirmDialog
          title={fill(t.detail.contacts.eraseTitle, { name })}
          body={t.detail.contacts.eraseBody}
          confirmLabel={t.detail.contacts.erase}
          onConfirm={erase}
          onClose={() => setErasing(false)}
        />
      )}
    </>
  )
}

const fileSafe = (name: string) => name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80) || 'person'
