import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState, type FormEvent } from 'react'
import { useT } from '../../i18n/i18n-context'
import { asApiCallError, call } from '../../lib/api'
import {
  EMPTY_COUNTERPARTY,
  formValuesOf,
  inputOf,
  isCounterpartyField,
  type CounterpartyField,
  type CounterpartyFormValues,
} from '../../lib/counterparty-form'
import { errorField, errorText } from '../../lib/field-error'
import { navigate, routeHref } from '../../lib/router'
import type { Counterparty } from '../../lib/vocabulary'
import { CounterpartyForm, fieldId, type FieldError } from './CounterpartyForm'
import { DeleteCounterpartyDialog } from './DeleteCounterpartyDialog'

/**
 * Create or edit one counterparty. A failed save keeps everything typed and puts the server's
 * message next to the field it names.
 */
export function CounterpartyEditForm({ record }: { record: Counterparty | null }) {
  const { t, fill, formatDate } = useT()
  const [saved, setSaved] = useState(record)
  const [values, setValues] = useState(record ? formValuesOf(record) : EMPTY_COUNTERPARTY)
  const [fieldError, setFieldError] = useState<FieldError | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [deleting, setDeleting] = useState(false)

  const change = <F extends CounterpartyField>(field: F, value: CounterpartyFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }))
    if (fieldError?.field === field) setFieldError(null)
  }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    setFieldError(null)
    setFormError(null)
    try {
      if (saved) {
        const updated = await call('counterparties:update', {
          id: saved.id,
          patch: inputOf(values),
        })
        setSaved(updated)
        setValues(formValuesOf(updated))
        notifications.show({ color: 'green', message: t.form.saved })
      } else {
        const created = await call('counterparties:create', inputOf(values))
        notifications.show({
          color: 'green',
          message: fill(t.form.created, { name: created.name }),
        })
        navigate({ page: 'counterparty', id: created.id }, { replace: true })
      }
    } catch (failure) {
      const error = asApiCallError(failure)
      const field = errorField(error)
      if (isCounterpartyField(field)) {
        setFieldError({ field, message: errorText(t, error) })
        document.getElementById(fieldId(field))?.focus()
      } else {
        setFormError(fill(t.form.saveFailed, { message: errorText(t, error) }))
      }
    } finally {
      setSaving(false)
    }
  }

  return (
    <form onSubmit={save} noValidate>
      <Stack maw={960}>
        <div>
          <Title order={2}>{saved ? saved.name : t.form.newTitle}</Title>
          {saved && (
            <Text size="sm" c="dimmed">
              {fill(t.form.stamps, {
                created: formatDate(saved.created_at),
                updated: formatDate(saved.updated_at),
              })}
            </Text>
          )}
        </div>
        <CounterpartyForm values={values} error={fieldError} onChange={change} />
        {formError && <Alert color="red">{formError}</Alert>}
        <Group justify="space-between">
          <Group>
            <Button type="submit" loading={saving}>
              {t.common.save}
            </Button>
            <Button component="a" href={routeHref({ page: 'counterparties' })} variant="default">
              {t.common.back}
            </Button>
          </Group>
          {saved && (
            <Button color="red" variant="light" onClick={() => setDeleting(true)}>
              {t.common.delete}
            </Button>
          )}
        </Group>
        {saved && (
          <DeleteCounterpartyDialog
            counterparty={saved}
            opened={deleting}
            onClose={() => setDeleting(false)}
            onDeleted={() => navigate({ page: 'counterparties' })}
          />
        )}
      </Stack>
    </form>
  )
}
