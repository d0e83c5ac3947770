/** The agreement form's state and its mapping to and from the contract's records. */
import { formFields } from './form-fields'
import { fill } from '../i18n/translate'
import { before, collect, outside, type Validator } from './validation'
import type {
  Agreement,
  AgreementStatus,
  AgreementTemplate,
  AgreementType,
  Input,
  SccModule,
  SubProcessorAuthorisation,
} from './vocabulary'

export interface AgreementValues {
  title: string
  type: AgreementType
  template: AgreementTemplate | null
  scc_module: SccModule | null
  status: AgreementStatus
  signed_on: string | null
  effective_from: string | null
  expires_on: string | null
  notice_period_days: number | null
  auto_renewal_months: number | null
  review_interval_months: number | null
  objection_window_days: number | null
  sub_processor_authorisation: SubProcessorAuthorisation | null
  parent_agreement_id: number | null
  notes: string
}

export const EMPTY_AGREEMENT: AgreementValues = {
  title: '',
  type: 'dpa',
  template: null,
  scc_module: null,
  status: 'draft',
  signed_on: null,
  effective_from: null,
  expires_on: null,
  notice_period_days: null,
  auto_renewal_months: null,
  review_interval_months: null,
  objection_window_days: null,
  sub_processor_authorisation: null,
  parent_agreement_id: null,
  notes: '',
}

export const agreementValues = (a: Agreement): AgreementValues => ({
  ...formFields(EMPTY_AGREEMENT, a),
  title: a.title ?? '',
  notes: a.notes ?? '',
})

/** The SCC module belongs to SCC agreements only; a leftover from another type is dropped. */
export const agreementInput = (
  counterpartyId: number,
  v: AgreementValues,
): Input<'agreements:create'> => ({
  ...v,
  counterparty_id: counterpartyId,
  scc_module: v.type === 'scc_2021' || v.type === 'scc_legacy' ? v.scc_module : null,
})

/** Number fields with the contract's ranges. */
export const AGREEMENT_NUMBERS = {
  notice_period_days: { max: 3650, unit: 'days' },
  auto_renewal_months: { max: 120, unit: 'months' },
  review_interval_months: { max: 120, unit: 'months' },
  objection_window_days: { max: 365, unit: 'days' },
} as const

export const validateAgreement: Validator<AgreementValues> = (v, t) =>
  collect((check) => {
    const fields = t.detail.agreements.fields
    check(
      'expires_on',
      before(v.expires_on, v.effective_from),
      fill(t.detail.validation.notBefore, { field: fields.effective_from }),
    )
    for (const [field, { max }] of Object.entries(AGREEMENT_NUMBERS)) {
      const key = field as keyof typeof AGREEMENT_NUMBERS
      check(key, outside(v[key], 0, max), fill(t.detail.validation.wholeNumber, { min: 0, max }))
    }
  })
