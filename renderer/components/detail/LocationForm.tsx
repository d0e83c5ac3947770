import { Checkbox, Select, SimpleGrid, Stack, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useT } from '../../i18n/i18n-context'
import { optionsOf } from '../../i18n/translate'
import { call } from '../../lib/api'
import { afterRecordWrite, useDetail } from '../../lib/detail-context'
import {
  EMPTY_LOCATION,
  locationFieldId,
  locationInput,
  locationValues,
  validateLocation,
  type LocationValues,
} from '../../lib/location-form'
import { type Reference } from '../../lib/reference-countries'
import { useRecordForm } from '../../lib/use-record-form'
import type { Agreement, Location, LocationActivity } from '../../lib/vocabulary'
import { BasisFields, BasisSelect } from './BasisFields'
import { CountryPicker, placeName } from './CountryPicker'
import { FormActions } from './FormActions'

interface Props {
  location: Location | null
  agreements: Agreement[]
  reference: Reference | null
  onSaved: () => void
}

export function LocationForm({ location, agreements, reference, onSaved }: Props) {
  const { t, language } = useT()
  const detail = useDetail()
  const done = () => afterRecordWrite(detail, onSaved)
  const save = async (values: LocationValues) => {
    const input = locationInput(detail.counterparty.id, values)
    const saved = location
      ? await call('locations:update', { id: location.id, patch: input })
      : await call('locations:create', input)
    notifications.show({ color: 'green', message: t.detail.common.saved })
    await done()
    return locationValues(saved)
  }
  const form = useRecordForm({
    initial: location ? locationValues(location) : EMPTY_LOCATION,
    validate: validateLocation,
    save,
    fieldId: locationFieldId,
  })
  const remove = async () => {
    if (!location) return
    await call('locations:delete', { id: location.id })
    await done()
  }
  const { values, set } = form
  const f = t.detail.locations.fields
  const field = (name: keyof LocationValues) => ({
    id: locationFieldId(name),
    label: f[name],
    error: form.error(name),
  })
  return (
    <form onSubmit={form.submit} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <CountryPicker
            {...field('country')}
            reference={reference}
            value={values.country}
            onChange={(country) => set('country', country)}
          />
          <Select
            {...field('activity')}
            allowDeselect={false}
            data={optionsOf(t.enums.locationActivities)}
            value={values.activity}
            onChange={(activity) => activity && set('activity', activity as LocationActivity)}
          />
          <BasisSelect form={form} reference={reference} />
          <Select
            {...field('agreement_id')}
            clearable
            data={agreements.map((a) => ({
              value: String(a.id),
              label: a.title ?? t.enums.agreementTypes[a.type],
            }))}
            value={values.agreement_id === null ? null : String(values.agreement_id)}
            onChange={(id) => set('agreement_id', id ? Number(id) : null)}
          />
        </SimpleGrid>
        <BasisFields form={form} reference={reference} />
        <SimpleGrid cols={2}>
          <Checkbox
            {...field('recurring')}
            description={t.detail.locations.recurringHint}
            checked={values.recurring}
            onChange={(e) => set('recurring', e.currentTarget.checked)}
          />
        </SimpleGrid>
        <Textarea
          {...field('description')}
          autosize
          minRows={2}
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
        />
        <FormActions
          saving={form.saving}
          formError={form.formError}
          deleteName={
            location ? placeName(language, location.country, t.detail.locations.epo) : undefined
          }
          onDelete={location ? remove : undefined}
        />
      </Stack>
    </form>
  )
}
