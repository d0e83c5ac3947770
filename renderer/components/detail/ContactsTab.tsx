import { Badge } from '@mantine/core'
import { useCallback } from 'react'
import { useT } from '../../i18n/i18n-context'
import { call } from '../../lib/api'
import { useDetail } from '../../lib/detail-context'
import { useRecords } from '../../lib/use-records'
import type { Contact } from '../../lib/vocabulary'
import { ContactForm } from './ContactForm'
import { RecordTab } from './RecordTab'

export function ContactsTab() {
  const { t, formatDate } = useT()
  const { counterparty } = useDetail()
  const load = useCallback(
    () =>
      call('contacts:list', { counterparty_id: counterparty.id, limit: 1000 }).then((r) => r.rows),
    [counterparty.id],
  )
  const records = useRecords<Contact>(load)
  const fields = t.detail.contacts.fields
  return (
    <RecordTab
      records={records}
      addLabel={t.detail.contacts.add}
      titles={{ new: t.detail.contacts.newTitle, edit: t.detail.contacts.editTitle }}
      columns={[
        { header: fields.name, cell: (c) => c.name, width: '19%' },
        { header: fields.title, cell: (c) => c.title ?? t.common.none, width: '16%' },
        { header: fields.email, cell: (c) => c.email ?? t.common.none, width: '23%' },
        { header: fields.phone, cell: (c) => c.phone ?? t.common.none, width: '14%' },
        {
          header: fields.last_activity,
          cell: (c) => formatDate(c.last_activity),
          width: '16%',
        },
        {
          header: fields.legal_hold,
          cell: (c) =>
            c.legal_hold ? (
              <Badge color="orange" variant="light">
                {fields.legal_hold}
              </Badge>
            ) : (
              t.common.none
            ),
        },
      ]}
      renderEditor={(contact) => <ContactForm contact={contact} onSaved={records.reload} />}
    />
  )
}
