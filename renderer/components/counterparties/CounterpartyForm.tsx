import {
  Autocomplete,
  Fieldset,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { DateField } from '../detail/DateField'
import { optionsOf } from '../../i18n/translate'
import { countryOptions } from '../../lib/countries'
import {
  counterpartyFieldId,
  type CounterpartyField,
  type CounterpartyFormValues,
} from '../../lib/counterparty-form'
import { useOwners } from '../../lib/use-owners'
import type {
  CounterpartyKind,
  CounterpartyStatus,
  DataCategory,
  DataSubjectBand,
  Role,
} from '../../lib/vocabulary'

interface FormProps {
  values: CounterpartyFormValues
  /** The message for a field, if it has one now. */
  error: (field: CounterpartyField) => string | undefined
  onChange: <F extends CounterpartyField>(field: F, value: CounterpartyFormValues[F]) => void
}

/** Label, id and error for one field: the message sits next to the field at fault. */
function useField() {
  const { t } = useT()
  return (field: CounterpartyField, error: FormProps['error']) => ({
    id: counterpartyFieldId(field),
    label: t.form.fields[field],
    error: error(field),
  })
}

export function CounterpartyForm(props: FormProps) {
  return (
    <Stack gap="md">
      <IdentityFields {...props} />
      <RelationshipFields {...props} />
      <DataFields {...props} />
      <NotesField {...props} />
    </Stack>
  )
}

function IdentityFields({ values, error, onChange }: FormProps) {
  const { t, language } = useT()
  const field = useField()
  return (
    <Fieldset legend={t.form.sections.identity}>
      <SimpleGrid cols={2}>
        <TextInput
          {...field('name', error)}
          withAsterisk
          value={values.name}
          onChange={(e) => onChange('name', e.currentTarget.value)}
        />
        <TextInput
          {...field('legal_name', error)}
          value={values.legal_name}
          onChange={(e) => onChange('legal_name', e.currentTarget.value)}
        />
        <TextInput
          {...field('registration_no', error)}
          value={values.registration_no}
          onChange={(e) => onChange('registration_no', e.currentTarget.value)}
        />
        <Select
          {...field('country', error)}
          data={countryOptions(language)}
          searchable
          clearable
          placeholder={t.form.hints.countrySearch}
          value={values.country}
          onChange={(country) => onChange('country', country)}
        />
        <TextInput
          {...field('website', error)}
          type="url"
          value={values.website}
          onChange={(e) => onChange('website', e.currentTarget.value)}
        />
      </SimpleGrid>
    </Fieldset>
  )
}

function RelationshipFields({ values, error, onChange }: FormProps) {
  const { t } = useT()
  const field = useField()
  const owners = useOwners()
  return (
    <Fieldset legend={t.form.sections.relationship}>
      <SimpleGrid cols={2}>
        <MultiSelect
          {...field('kinds', error)}
          searchable
          data={optionsOf(t.enums.kinds)}
          placeholder={values.kinds.length === 0 ? t.form.hints.kindsPlaceholder : undefined}
          value={values.kinds}
          onChange={(kinds) => onChange('kinds', kinds as CounterpartyKind[])}
        />
        <Select
          {...field('role', error)}
          description={t.form.hints.role}
          data={optionsOf(t.enums.roles)}
          allowDeselect={false}
          value={values.role}
          onChange={(role) => role && onChange('role', role as Role)}
        />
        <Select
          {...field('status', error)}
          data={optionsOf(t.enums.counterpartyStatuses)}
          allowDeselect={false}
          value={values.status}
          onChange={(status) => status && onChange('status', status as CounterpartyStatus)}
        />
        <DateField
          {...field('relationship_end', error)}
          value={values.relationship_end}
          onChange={(date) => onChange('relationship_end', date)}
        />
        <Autocomplete
          {...field('owner', error)}
          data={owners}
          value={values.owner}
          onChange={(owner) => onChange('owner', owner)}
        />
      </SimpleGrid>
    </Fieldset>
  )
}

function DataFields({ values, error, onChange }: FormProps) {
  const { t } = useT()
  const field = useField()
  return (
    <Fieldset legend={t.form.sections.data}>
      <SimpleGrid cols={2}>
        <MultiSelect
          {...field('data_categories', error)}
          searchable
          data={optionsOf(t.enums.dataCategories)}
          value={values.data_categories}
          onChange={(categories) => onChange('data_categories', categories as DataCategory[])}
        />
        <Select
          {...field('data_subjects_band', error)}
          data={optionsOf(t.enums.dataSubjectBands)}
          clearable
          value={values.data_subjects_band}
          onChange={(band) => onChange('data_subjects_band', band as DataSubjectBand | null)}
        />
        <NumberInput
          {...field('risk_points', error)}
          description={t.form.hints.risk_points}
          min={1}
          max={10}
          allowDecimal={false}
          value={values.risk_points ?? ''}
          onChange={(points) => onChange('risk_points', typeof points === 'number' ? points : null)}
        />
      </SimpleGrid>
    </Fieldset>
  )
}

function NotesField({ values, error, onChange }: FormProps) {
  const field = useField()
  return (
    <Textarea
      {...field('notes', error)}
      autosize
      minRows={3}
      maxRows={10}
      value={values.notes}
      onChange={(e) => onChange('notes', e.currentTarget.value)}
    />
  )
}
