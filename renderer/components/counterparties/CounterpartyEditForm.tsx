import { Alert, Button, Group, Stack, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { call } from '../../lib/api'
import {
  counterpartyFieldId,
  EMPTY_COUNTERPARTY,
  formValuesOf,
  inputOf,
  validateCounterparty,
  type CounterpartyFormValues,
} from '../../lib/counterparty-form'
import { navigate, routeHref } from '../../lib/router'
import { useRecordForm } from '../../lib/use-record-form'
import type { Counterparty } from '../../lib/vocabulary'
import { CounterpartyForm } from './CounterpartyForm'
import { DeleteCounterpartyDialog } from './DeleteCounterpartyDialog'

interface Props {
  record: Counterparty | null
  onSaved?: (record: Counterparty) => void
}

/**
 * Create or edit one counterparty. It validates as the user types; a failed save keeps everything
 * typed and puts the server's message next to the field it names.
 */
export function CounterpartyEditForm({ record, onSaved }: Props) {
  const { t, fill } = useT()
  const [deleting, setDeleting] = useState(false)
  const save = async (values: CounterpartyFormValues) => {
    if (record) {
      const updated = await call('counterparties:update', { id: record.id, patch: inputOf(values) })
      notifications.show({ color: 'green', message: t.form.saved })
      onSaved?.(updated)
      return formValuesOf(updated)
    }
    const created = await call('counterparties:create', inputOf(values))
    notifications.show({ color: 'green', message: fill(t.form.created, { name: created.name }) })
    navigate({ page: 'counterparty', id: created.id }, { replace: true, force: true })
    return formValuesOf(created)
  }
  const form = useRecordForm({
    initial: record ? formValuesOf(record) : EMPTY_COUNTERPARTY,
    validate: validateCounterparty,
    save,
    fieldId: counterpartyFieldId,
  })

  return (
    <form onSubmit={form.submit} noValidate>
      <Stack maw={960}>
        {!record && <Title order={2}>{t.form.newTitle}</Title>}
        <CounterpartyForm values={form.values} error={form.error} onChange={form.set} />
        {form.formError && <Alert color="red">{form.formError}</Alert>}
        <Group justify="space-between">
          <Group>
            <Button type="submit" loading={form.saving}>
              {t.common.save}
            </Button>
            <Button component="a" href={routeHref({ page: 'counterparties' })} variant="default">
              {t.common.back}
            </Button>
          </Group>
          {record && (
            <Button color="red" variant="light" onClick={() => setDeleting(true)}>
              {t.common.delete}
            </Button>
          )}
        </Group>
        {record && (
          <DeleteCounterpartyDialog
            counterparty={record}
            opened={deleting}
            onClose={() => setDeleting(false)}
            onDeleted={() => navigate({ page: 'counterparties' }, { force: true })}
          />
        )}
      </Stack>
    </form>
  )
}
