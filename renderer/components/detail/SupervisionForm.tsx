import { Divider, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useT } from '../../i18n/i18n-context'
import { optionsOf } from '../../i18n/translate'
import { call } from '../../lib/api'
import { afterRecordWrite, useDetail } from '../../lib/detail-context'
import {
  EMPTY_SUPERVISION,
  supervisionFieldId,
  supervisionInput,
  supervisionValues,
  validateSupervision,
  type SupervisionValues,
} from '../../lib/supervision-form'
import { useRecordForm, type RecordForm } from '../../lib/use-record-form'
import type { Supervision, SupervisionMethod, SupervisionOpinion } from '../../lib/vocabulary'
import { DateField } from './DateField'
import { DocumentsPanel } from './DocumentsPanel'
import { FormActions } from './FormActions'

export function SupervisionForm({
  supervision,
  onSaved,
}: {
  supervision: Supervision | null
  onSaved: () => Promise<void>
}) {
  const { t } = useT()
  const detail = useDetail()
  const save = async (values: SupervisionValues) => {
    const input = supervisionInput(detail.counterparty.id, values)
    const saved = supervision
      ? await call('supervisions:update', { id: supervision.id, patch: input })
      : await call('supervisions:create', input)
    notifications.show({ color: 'green', message: t.detail.common.saved })
    // A new record stays open so the auditor's report can be attached.
    await afterRecordWrite(detail, onSaved, supervision ? undefined : saved.id)
    return supervisionValues(saved)
  }
  const form = useRecordForm({
    initial: supervision ? supervisionValues(supervision) : EMPTY_SUPERVISION,
    validate: validateSupervision,
    save,
    fieldId: supervisionFieldId,
  })
  const remove = async () => {
    if (!supervision) return
    await call('supervisions:delete', { id: supervision.id })
    await afterRecordWrite(detail, onSaved)
  }
  return (
    <Stack>
      <form onSubmit={form.submit} noValidate>
        <Stack>
          <SupervisionFields form={form} />
          <FormActions
            saving={form.saving}
            formError={form.formError}
            deleteName={supervision ? t.enums.supervisionMethods[supervision.method] : undefined}
            onDelete={supervision ? remove : undefined}
          />
        </Stack>
      </form>
      <Divider />
      {supervision ? (
        <DocumentsPanel ownerType="supervision" ownerId={supervision.id} />
      ) : (
        <Text size="sm" c="dimmed">
          {t.detail.agreements.saveForDocuments}
        </Text>
      )}
    </Stack>
  )
}

function SupervisionFields({ form }: { form: RecordForm<SupervisionValues> }) {
  const { t } = useT()
  const f = t.detail.supervision.fields
  const { values, set } = form
  const field = (name: keyof SupervisionValues) => ({
    id: supervisionFieldId(name),
    label: f[name],
    error: form.error(name),
  })
  const date = (
    name: 'period_start' | 'period_end' | 'received_on' | 'followed_up_on' | 'next_due',
  ) => <DateField {...field(name)} value={values[name]} onChange={(value) => set(name, value)} />
  const text = (name: 'deviations' | 'notes') => (
    <Textarea
      {...field(name)}
      autosize
      minRows={2}
      value={values[name]}
      onChange={(e) => set(name, e.currentTarget.value)}
    />
  )
  return (
    <>
      <SimpleGrid cols={2}>
        <Select
          {...field('method')}
          withAsterisk
          allowDeselect={false}
          data={optionsOf(t.enums.supervisionMethods)}
          value={values.method}
          onChange={(method) => method && set('method', method as SupervisionMethod)}
        />
        <Select
          {...field('concept')}
          clearable
          data={optionsOf(t.detail.supervision.concepts)}
          value={values.concept === null ? null : String(values.concept)}
          onChange={(concept) => set('concept', concept ? Number(concept) : null)}
        />
        {date('period_start')}
        {date('period_end')}
        {date('received_on')}
        <Select
          {...field('opinion')}
          clearable
          data={optionsOf(t.enums.supervisionOpinions)}
          value={values.opinion}
          onChange={(opinion) => set('opinion', opinion as SupervisionOpinion | null)}
        />
        {date('followed_up_on')}
        {date('next_due')}
      </SimpleGrid>
      {text('deviations')}
      {text('notes')}
    </>
  )
}
