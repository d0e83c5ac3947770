import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useT } from '../../i18n/i18n-context'
import { countryOptions } from '../../lib/countries'
import { useSettings } from '../../lib/settings-context'
import { useRecordForm } from '../../lib/use-record-form'
import { collect, isBlank, type Validator } from '../../lib/validation'
import type { Settings } from '../../lib/vocabulary'
import { SettingsSave } from './SettingsSave'

type Organisation = Settings['organisation']
const fieldId = (field: string) => `organisation-${field}`

// Our name heads every status report and export: it cannot be left out.
const validateOrganisation: Validator<Organisation> = (values, t) =>
  collect((check) => {
    check('name', isBlank(values.name), t.errors.required)
    check('name', values.name.length > 200, t.errors.tooLong)
    check('registration_no', values.registration_no.length > 40, t.errors.tooLong)
  })

export function OrganisationSection() {
  const { t, fill, language } = useT()
  const { settings, update } = useSettings()
  const form = useRecordForm<Organisation>({
    initial: settings.organisation,
    validate: validateOrganisation,
    save: async (organisation) => {
      await update({ organisation })
      notifications.show({
        color: 'green',
        message: fill(t.settingsPage.saved, { section: t.settingsPage.organisation.title }),
      })
      return organisation
    },
    fieldId,
  })
  const o = t.settingsPage.organisation
  return (
    <form onSubmit={form.submit} noValidate>
      <Stack>
        <SimpleGrid cols={3}>
          <TextInput
            id={fieldId('name')}
            label={o.name}
            withAsterisk
            error={form.error('name')}
            value={form.values.name}
            onChange={(e) => form.set('name', e.currentTarget.value)}
          />
          <TextInput
            id={fieldId('registration_no')}
            label={o.registration_no}
            error={form.error('registration_no')}
            value={form.values.registration_no}
            onChange={(e) => form.set('registration_no', e.currentTarget.value)}
          />
          <Select
            id={fieldId('country')}
            label={o.country}
            searchable
            allowDeselect={false}
            data={countryOptions(language)}
            error={form.error('country')}
            value={form.values.country}
            onChange={(country) => country && form.set('country', country)}
          />
        </SimpleGrid>
        <SettingsSave form={form} />
      </Stack>
    </form>
  )
}
