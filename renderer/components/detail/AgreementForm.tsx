import {
  Divider,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useT } from '../../i18n/i18n-context'
import { optionsOf } from '../../i18n/translate'
import {
  AGREEMENT_NUMBERS,
  agreementInput,
  agreementValues,
  EMPTY_AGREEMENT,
  validateAgreement,
  type AgreementValues,
} from '../../lib/agreement-form'
import { call } from '../../lib/api'
import { afterRecordWrite, useDetail } from '../../lib/detail-context'
import { useRecordForm } from '../../lib/use-record-form'
import type {
  Agreement,
  AgreementStatus,
  AgreementTemplate,
  AgreementType,
  SccModule,
  SubProcessorAuthorisation,
} from '../../lib/vocabulary'
import { DateField } from './DateField'
import { DocumentsPanel } from './DocumentsPanel'
import { FormActions } from './FormActions'

const fieldId = (field: string) => `agreement-${field}`

interface Props {
  agreement: Agreement | null
  /** The counterparty's other agreements: candidates for the parent agreement. */
  others: Agreement[]
  onSaved: () => Promise<void>
}

export function AgreementForm({ agreement, others, onSaved }: Props) {
  const { t } = useT()
  const detail = useDetail()
  const save = async (values: AgreementValues) => {
    const input = agreementInput(detail.counterparty.id, values)
    const saved = agreement
      ? await call('agreements:update', { id: agreement.id, patch: input })
      : await call('agreements:create', input)
    notifications.show({ color: 'green', message: t.detail.common.saved })
    // A new agreement stays open: its signed copy is attached next.
    await afterRecordWrite(detail, onSaved, agreement ? undefined : saved.id)
    return agreementValues(saved)
  }
  const form = useRecordForm({
    initial: agreement ? agreementValues(agreement) : EMPTY_AGREEMENT,
    validate: validateAgreement,
    save,
    fieldId,
  })
  const remove = async () => {
    if (!agreement) return
    await call('agreements:delete', { id: agreement.id })
    notifications.show({ color: 'green', message: t.detail.common.deleted })
    await afterRecordWrite(detail, onSaved)
  }
  return (
    <Stack>
      <form onSubmit={form.submit} noValidate>
        <Stack>
          <AgreementFields form={form} others={others} />
          <FormActions
            saving={form.saving}
            formError={form.formError}
            deleteName={
              agreement ? (agreement.title ?? t.enums.agreementTypes[agreement.type]) : undefined
            }
            onDelete={agreement ? remove : undefined}
          />
        </Stack>
      </form>
      <Divider />
      {agreement ? (
        <DocumentsPanel ownerType="agreement" ownerId={agreement.id} />
      ) : (
        <Text size="sm" c="dimmed">
          {t.detail.agreements.saveForDocuments}
        </Text>
      )}
    </Stack>
  )
}

type Form = ReturnType<typeof useRecordForm<AgreementValues>>

function AgreementFields({ form, others }: { form: Form; others: Agreement[] }) {
  const { t } = useT()
  const f = t.detail.agreements.fields
  const { values, set } = form
  const field = (name: keyof AgreementValues) => ({
    id: fieldId(name),
    label: f[name],
    error: form.error(name),
  })
  const date = (name: 'signed_on' | 'effective_from' | 'expires_on') => (
    <DateField {...field(name)} value={values[name]} onChange={(value) => set(name, value)} />
  )
  const isScc = values.type === 'scc_2021' || values.type === 'scc_legacy'
  return (
    <>
      <SimpleGrid cols={2}>
        <TextInput
          {...field('title')}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
        />
        <Select
          {...field('type')}
          withAsterisk
          allowDeselect={false}
          data={optionsOf(t.enums.agreementTypes)}
          value={values.type}
          onChange={(type) => type && set('type', type as AgreementType)}
        />
        <Select
          {...field('status')}
          allowDeselect={false}
          data={optionsOf(t.enums.agreementStatuses)}
          value={values.status}
          onChange={(status) => status && set('status', status as AgreementStatus)}
        />
        <Select
          {...field('template')}
          clearable
          data={optionsOf(t.enums.agreementTemplates)}
          value={values.template}
          onChange={(template) => set('template', template as AgreementTemplate | null)}
        />
        {isScc && (
          <Select
            {...field('scc_module')}
            clearable
            data={optionsOf(t.enums.sccModules)}
            value={values.scc_module === null ? null : String(values.scc_module)}
            onChange={(module) => set('scc_module', module ? (Number(module) as SccModule) : null)}
          />
        )}
        {date('signed_on')}
        {date('effective_from')}
        {date('expires_on')}
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <AgreementNumbers form={form} />
        <Select
          {...field('sub_processor_authorisation')}
          clearable
          data={optionsOf(t.enums.subProcessorAuthorisations)}
          value={values.sub_processor_authorisation}
          onChange={(value) =>
            set('sub_processor_authorisation', value as SubProcessorAuthorisation | null)
          }
        />
        <Select
          {...field('parent_agreement_id')}
          clearable
          data={others.map((a) => ({
            value: String(a.id),
            label: a.title ?? t.enums.agreementTypes[a.type],
          }))}
          value={values.parent_agreement_id === null ? null : String(values.parent_agreement_id)}
          onChange={(id) => set('parent_agreement_id', id ? Number(id) : null)}
        />
      </SimpleGrid>
      <Textarea
        {...field('notes')}
        autosize
        minRows={2}
        value={values.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
      />
    </>
  )
}

function AgreementNumbers({ form }: { form: Form }) {
  const { t } = useT()
  return (Object.keys(AGREEMENT_NUMBERS) as (keyof typeof AGREEMENT_NUMBERS)[]).map((name) => (
    <NumberInput
      key={name}
      id={fieldId(name)}
      label={t.detail.agreements.fields[name]}
      error={form.error(name)}
      min={0}
      max={AGREEMENT_NUMBERS[name].max}
      allowDecimal={false}
      rightSection={
        <Text size="xs" c="dimmed">
          {t.detail.common[AGREEMENT_NUMBERS[name].unit]}
        </Text>
      }
      rightSectionWidth={70}
      value={form.values[name] ?? ''}
      onChange={(value) => form.set(name, typeof value === 'number' ? value : null)}
    />
  ))
}
