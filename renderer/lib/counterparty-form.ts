/** The counterparty form's state and its mapping to and from the contract's records. */
import { fill } from '../i18n/translate'
import { collect, isBlank, outside, type Validator } from './validation'
import type {
  Counterparty,
  CounterpartyInput,
  CounterpartyKind,
  CounterpartyStatus,
  DataCategory,
  DataSubjectBand,
  Role,
} from './vocabulary'

export interface CounterpartyFormValues {
  name: string
  legal_name: string
  registration_no: string
  country: string | null
  website: string
  kinds: CounterpartyKind[]
  role: Role
  status: CounterpartyStatus
  relationship_end: string | null
  owner: string
  data_categories: DataCategory[]
  data_subjects_band: DataSubjectBand | null
  risk_points: number | null
  notes: string
}

export type CounterpartyField = keyof CounterpartyFormValues

export const EMPTY_COUNTERPARTY: CounterpartyFormValues = {
  name: '',
  legal_name: '',
  registration_no: '',
  country: null,
  website: '',
  kinds: [],
  role: 'none',
  status: 'active',
  relationship_end: null,
  owner: '',
  data_categories: [],
  data_subjects_band: null,
  risk_points: null,
  notes: '',
}

export function formValuesOf(c: Counterparty): CounterpartyFormValues {
  return {
    name: c.name,
    legal_name: c.legal_name ?? '',
    registration_no: c.registration_no ?? '',
    country: c.country,
    website: c.website ?? '',
    kinds: c.kinds,
    role: c.role,
    status: c.status,
    relationship_end: c.relationship_end,
    owner: c.owner ?? '',
    data_categories: c.data_categories,
    data_subjects_band: c.data_subjects_band,
    risk_points: c.risk_points,
    notes: c.notes ?? '',
  }
}

/** Empty texts travel as '' and become null on the server (the contract's optionalText). */
export function inputOf(values: CounterpartyFormValues): CounterpartyInput {
  return { ...values }
}

export const counterpartyFieldId = (field: string): string => `counterparty-${field}`

export const validateCounterparty: Validator<CounterpartyFormValues> = (v, t) =>
  collect((check) => {
    check('name', isBlank(v.name), t.errors.required)
    check(
      'risk_points',
      outside(v.risk_points, 1, 10),
      fill(t.detail.validation.wholeNumber, { min: 1, max: 10 }),
    )
  })
