import { Checkbox, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useCallback } from 'react'
import { useT } from '../../i18n/i18n-context'
import { call } from '../../lib/api'
import {
  contactInput,
  contactValues,
  EMPTY_CONTACT,
  validateContact,
  type ContactValues,
} from '../../lib/contact-form'
import { afterRecordWrite, useDetail } from '../../lib/detail-context'
import { useRecordForm } from '../../lib/use-record-form'
import type { Contact } from '../../lib/vocabulary'
import { ContactActions } from './ContactActions'
import { DateField } from './DateField'
import { FormActions } from './FormActions'

const fieldId = (field: string) => `contact-${field}`

export function ContactForm({
  contact,
  onSaved,
}: {
  contact: Contact | null
  onSaved: () => void
}) {
  const { t } = useT()
  const detail = useDetail()
  const done = useCallback(() => void afterRecordWrite(detail, onSaved), [onSaved, detail])
  const save = async (values: ContactValues) => {
    const input = contactInput(detail.counterparty.id, values)
    const saved = contact
      ? await call('contacts:update', { id: contact.id, patch: input })
      : await call('contacts:create', input)
    notifications.show({ color: 'green', message: t.detail.common.saved })
    done()
    return contactValues(saved)
  }
  const form = useRecordForm({
    initial: contact ? contactValues(contact) : EMPTY_CONTACT,
    validate: validateContact,
    save,
    fieldId,
  })
  const f = t.detail.contacts.fields
  const field = (name: keyof ContactValues) => ({
    id: fieldId(name),
    label: f[name],
    error: form.error(name),
  })
  const text = (name: 'name' | 'title' | 'email' | 'phone') => ({
    ...field(name),
    value: form.values[name],
    onChange: (e: { currentTarget: HTMLInputElement }) => form.set(name, e.currentTarget.value),
  })
  const remove = async () => {
    if (!contact) return
    await call('contacts:delete', { id: contact.id })
    notifications.show({ color: 'green', message: t.detail.common.deleted })
    done()
  }
  return (
    <form onSubmit={form.submit} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <TextInput {...text('name')} withAsterisk />
          <TextInput {...text('title')} />
          <TextInput {...text('email')} type="email" />
          <TextInput {...text('phone')} type="tel" />
          <DateField
            {...field('last_activity')}
            value={form.values.last_activity}
            onChange={(value) => form.set('last_activity', value)}
          />
          <Checkbox
            {...field('legal_hold')}
            mt="xl"
            description={t.detail.contacts.legalHoldHint}
            checked={form.values.legal_hold}
            onChange={(e) => form.set('legal_hold', e.currentTarget.checked)}
          />
        </SimpleGrid>
        <Textarea
          {...field('notes')}
          autosize
          minRows={2}
          value={form.values.notes}
          onChange={(e) => form.set('notes', e.currentTarget.value)}
        />
        <FormActions
          saving={form.saving}
          formError={form.formError}
          deleteName={contact?.name}
          onDelete={contact ? remove : undefined}
        >
          {contact && <ContactActions contact={contact} onErased={done} />}
        </FormActions>
      </Stack>
    </form>
  )
}
