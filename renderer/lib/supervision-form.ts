/** The supervision form's state and its mapping to and from the contract's records. */
import { formFields } from './form-fields'
import { fill } from '../i18n/translate'
import { before, collect, type Validator } from './validation'
import type { Input, Supervision, SupervisionMethod, SupervisionOpinion } from './vocabulary'

export interface SupervisionValues {
  method: SupervisionMethod
  concept: number | null
  period_start: string | null
  period_end: string | null
  received_on: string | null
  opinion: SupervisionOpinion | null
  deviations: string
  followed_up_on: string | null
  next_due: string | null
  notes: string
}

export const EMPTY_SUPERVISION: SupervisionValues = {
  method: 'isae3000_type2',
  concept: null,
  period_start: null,
  period_end: null,
  received_on: null,
  opinion: null,
  deviations: '',
  followed_up_on: null,
  next_due: null,
  notes: '',
}

export const supervisionValues = (s: Supervision): SupervisionValues => ({
  ...formFields(EMPTY_SUPERVISION, s),
  deviations: s.deviations ?? '',
  notes: s.notes ?? '',
})

export const supervisionInput = (
  counterpartyId: number,
  v: SupervisionValues,
): Input<'supervisions:create'> => ({ ...v, counterparty_id: counterpartyId })

export const supervisionFieldId = (field: string): string => `supervision-${field}`

export const validateSupervision: Validator<SupervisionValues> = (v, t) =>
  collect((check) => {
    const f = t.detail.supervision.fields
    const notBefore = (field: string) => fill(t.detail.validation.notBefore, { field })
    check('period_end', before(v.period_end, v.period_start), notBefore(f.period_start))
    check('received_on', before(v.received_on, v.period_start), notBefore(f.period_start))
    check('followed_up_on', before(v.followed_up_on, v.received_on), notBefore(f.received_on))
  })
