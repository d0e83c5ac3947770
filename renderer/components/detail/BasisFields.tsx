import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core'
import { useT } from '../../i18n/i18n-context'
import { optionsOf } from '../../i18n/translate'
import { basisFields, locationFieldId, type LocationValues } from '../../lib/location-form'
import { basisGroups, markOf, type Reference } from '../../lib/reference-countries'
import type { RecordForm } from '../../lib/use-record-form'
import type {
  Art49Letter,
  DpfCategory,
  DpfStatus,
  SccModule,
  TransferBasis,
} from '../../lib/vocabulary'
import { DateField } from './DateField'

interface Props {
  form: RecordForm<LocationValues>
  reference: Reference | null
}

/** The transfer bases, those that fit the chosen country first and invalid ones last. */
export function BasisSelect({ form, reference }: Props) {
  const { t } = useT()
  const { country, basis } = form.values
  const groups = basisGroups(markOf(reference, country), country)
  const labels = t.enums.transferBases
  const g = t.detail.locations.groups
  const items = (bases: TransferBasis[]) => bases.map((value) => ({ value, label: labels[value] }))
  const data = [
    { group: g.suggested, items: items(groups.suggested) },
    { group: g.other, items: items(groups.other) },
    { group: g.invalid, items: items(groups.invalid) },
  ].filter((group) => group.items.length > 0)
  const invalid = groups.invalid.includes(basis)
  return (
    <Select
      id={locationFieldId('basis')}
      label={t.detail.locations.fields.basis}
      description={country ? undefined : t.detail.locations.pickCountryFirst}
      error={
        form.error('basis') ??
        (invalid && basis !== 'none'
          ? `${labels[basis]}: ${t.detail.locations.invalid}`
          : undefined)
      }
      allowDeselect={false}
      data={data}
      value={basis}
      onChange={(value) => value && form.set('basis', value as TransferBasis)}
    />
  )
}

/** The fields the chosen basis needs: SCC module and TIA, DPF status, scope, Art. 49 letter. */
export function BasisFields({ form, reference }: Props) {
  const { t, language, fill } = useT()
  const { values, set } = form
  const needs = basisFields(values.basis, values.country)
  const entry = values.country ? reference?.byCode.get(values.country) : undefined
  const partialScope =
    values.basis === 'adequacy' &&
    entry?.adequacy !== undefined &&
    entry.adequacy !== 'full' &&
    entry.adequacy !== null
  const f = t.detail.locations.fields
  const field = (name: keyof LocationValues) => ({
    id: locationFieldId(name),
    label: f[name],
    error: form.error(name),
  })
  if (
    !needs.scc &&
    !needs.tia &&
    !needs.dpf &&
    !needs.art49 &&
    !needs.authorisation &&
    !partialScope
  ) {
    return null
  }
  return (
    <SimpleGrid cols={2}>
      {needs.scc && (
        <Select
          {...field('scc_module')}
          clearable
          data={optionsOf(t.enums.sccModules)}
          value={values.scc_module === null ? null : String(values.scc_module)}
          onChange={(module) => set('scc_module', module ? (Number(module) as SccModule) : null)}
        />
      )}
      {needs.tia && (
        <DateField
          {...field('tia_on')}
          value={values.tia_on}
          onChange={(value) => set('tia_on', value)}
        />
      )}
      {needs.authorisation && (
        <TextInput
          {...field('authorisation_ref')}
          value={values.authorisation_ref}
          onChange={(e) => set('authorisation_ref', e.currentTarget.value)}
        />
      )}
      {needs.dpf && (
        <>
          <Select
            {...field('dpf_category')}
            clearable
            data={optionsOf(t.enums.dpfCategories)}
            value={values.dpf_category}
            onChange={(value) => set('dpf_category', value as DpfCategory | null)}
          />
          <Select
            {...field('dpf_status')}
            clearable
            data={optionsOf(t.enums.dpfStatuses)}
            value={values.dpf_status}
            onChange={(value) => set('dpf_status', value as DpfStatus | null)}
          />
          <DateField
            {...field('dpf_verified_on')}
            description={t.detail.locations.dpfHint}
            value={values.dpf_verified_on}
            onChange={(value) => set('dpf_verified_on', value)}
          />
        </>
      )}
      {needs.art49 && (
        <Select
          {...field('art49_letter')}
          clearable
          data={optionsOf(t.enums.art49Letters)}
          value={values.art49_letter}
          onChange={(value) => set('art49_letter', value as Art49Letter | null)}
        />
      )}
      {partialScope && (
        <Checkbox
          {...field('scope_confirmed')}
          label={fill(t.detail.locations.scopeConfirm, {
            condition: entry.condition?.[language] ?? '',
          })}
          checked={values.scope_confirmed === true}
          onChange={(e) => set('scope_confirmed', e.currentTarget.checked)}
        />
      )}
    </SimpleGrid>
  )
}
