import { Anchor, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { addDays, format, parseISO } from 'date-fns'
import { useMemo, useRef, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { call } from '../../lib/api'
import { afterRecordWrite, useDetail } from '../../lib/detail-context'
import {
  EMPTY_LINK,
  linkFieldId,
  linkInput,
  linkValues,
  validateLink,
  type LinkValues,
} from '../../lib/link-form'
import { useReference } from '../../lib/reference-countries'
import { useRecordForm, type RecordForm } from '../../lib/use-record-form'
import { useSettings } from '../../lib/settings-context'
import type { SubProcessorLink } from '../../lib/vocabulary'
import { CountryPicker } from './CountryPicker'
import { DateField } from './DateField'
import { FormActions } from './FormActions'
import { SubProcessorPicker } from './SubProcessorPicker'

interface Props {
  link: (SubProcessorLink & { sub_name: string }) | null
  /** The counterparty's sub-processors already: not offered again. */
  linked: readonly number[]
  onSaved: () => void
}

export function LinkForm({ link, linked, onSaved }: Props) {
  const { t } = useT()
  const detail = useDetail()
  // A counterparty created by a save whose link then failed is reused by the next try.
  const created = useRef<number | null>(null)
  const done = () => afterRecordWrite(detail, onSaved)
  const save = async (values: LinkValues) => {
    const subId = values.sub_processor_id ?? created.current ?? (await createSubProcessor(values))
    created.current = subId
    const input = linkInput(detail.counterparty.id, subId, values)
    const saved = link
      ? await call('links:update', { id: link.id, patch: input })
      : await call('links:create', input)
    notifications.show({ color: 'green', message: t.detail.common.saved })
    await done()
    return linkValues(saved)
  }
  const processorId = detail.counterparty.id
  const current = link?.sub_processor_id
  const unavailable = useMemo(
    () => new Set([processorId, ...linked.filter((id) => id !== current)]),
    [processorId, linked, current],
  )
  const form = useRecordForm({
    initial: link ? linkValues(link) : EMPTY_LINK,
    validate: validateLink,
    save,
    fieldId: linkFieldId,
  })
  const remove = async () => {
    if (!link) return
    await call('links:delete', { id: link.id })
    await done()
  }
  return (
    <form onSubmit={form.submit} noValidate>
      <Stack>
        <SubProcessorChoice
          form={form}
          currentName={link?.sub_name ?? null}
          unavailable={unavailable}
        />
        <LinkFields form={form} />
        <FormActions
          saving={form.saving}
          formError={form.formError}
          deleteName={link?.sub_name}
          onDelete={link ? remove : undefined}
        />
      </Stack>
    </form>
  )
}

function createSubProcessor(values: LinkValues): Promise<number> {
  return call('counterparties:create', {
    name: values.new_name.trim(),
    country: values.new_country,
    kinds: ['sub_processor'],
    role: 'sub_processor',
  }).then((counterparty) => counterparty.id)
}

type Form = RecordForm<LinkValues>

function SubProcessorChoice({
  form,
  currentName,
  unavailable,
}: {
  form: Form
  currentName: string | null
  unavailable: ReadonlySet<number>
}) {
  const { t, fill } = useT()
  const reference = useReference()
  const [creating, setCreating] = useState(false)
  const [search, setSearch] = useState('')
  const f = t.detail.links.fields
  // After a pick the search field shows the picked name: that is no new name.
  const typed = form.values.sub_processor_id === null ? search.trim() : ''
  if (creating) {
    return (
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t.detail.links.newCounterparty}
        </Text>
        <SimpleGrid cols={2}>
          <TextInput
            id={linkFieldId('sub_processor_id')}
            label={t.form.fields.name}
            withAsterisk
            error={form.error('sub_processor_id')}
            value={form.values.new_name}
            onChange={(e) => form.set('new_name', e.currentTarget.value)}
          />
          <CountryPicker
            id={linkFieldId('new_country')}
            label={t.detail.links.newCountry}
            reference={reference}
            value={form.values.new_country}
            onChange={(country) => form.set('new_country', country)}
          />
        </SimpleGrid>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setCreating(false)
            form.set('new_name', '')
          }}
        >
          {t.detail.links.pickExisting}
        </Anchor>
      </Stack>
    )
  }
  return (
    <Group align="flex-end" wrap="nowrap">
      <div style={{ flex: 1 }}>
        <SubProcessorPicker
          id={linkFieldId('sub_processor_id')}
          label={f.sub_processor_id}
          error={form.error('sub_processor_id')}
          unavailable={unavailable}
          value={form.values.sub_processor_id}
          currentName={currentName}
          onPick={(id) => form.set('sub_processor_id', id)}
          // Leaving the field resets its text; the name typed last is the one to create.
          onSearch={(text) => text.trim() && setSearch(text)}
        />
      </div>
      <Button
        variant="light"
        onClick={() => {
          form.set('sub_processor_id', null)
          form.set('new_name', typed)
          setCreating(true)
        }}
      >
        {typed ? fill(t.detail.links.createNew, { name: typed }) : t.detail.links.createNewEmpty}
      </Button>
    </Group>
  )
}

function LinkFields({ form }: { form: Form }) {
  const { t, fill } = useT()
  const { settings } = useSettings()
  const f = t.detail.links.fields
  const { values, set } = form
  const date = (
    name: 'listed_on' | 'notified_on' | 'objection_deadline' | 'approved_on' | 'objected_on',
  ) => (
    <DateField
      id={linkFieldId(name)}
      label={f[name]}
      error={form.error(name)}
      value={values[name]}
      onChange={(value) => set(name, value)}
    />
  )
  const days = settings.thresholds.objection_window_days
  const suggest = () =>
    values.notified_on &&
    set('objection_deadline', format(addDays(parseISO(values.notified_on), days), 'yyyy-MM-dd'))
  return (
    <>
      <Textarea
        id={linkFieldId('purpose')}
        label={f.purpose}
        autosize
        minRows={1}
        value={values.purpose}
        onChange={(e) => set('purpose', e.currentTarget.value)}
      />
      <SimpleGrid cols={3}>
        {date('listed_on')}
        {date('notified_on')}
        <Stack gap={2}>
          {date('objection_deadline')}
          {values.notified_on && !values.objection_deadline && (
            <Anchor component="button" type="button" size="xs" onClick={suggest} ta="left">
              {fill(t.detail.links.suggestDeadline, { days })}
            </Anchor>
          )}
        </Stack>
        {date('approved_on')}
        <TextInput
          id={linkFieldId('approved_by')}
          label={f.approved_by}
          value={values.approved_by}
          onChange={(e) => set('approved_by', e.currentTarget.value)}
        />
        {date('objected_on')}
      </SimpleGrid>
    </>
  )
}
