/** The location form's state and its mapping to and from the contract's records. */
import { formFields } from './form-fields'
import { collect, type Validator } from './validation'
import type {
  Art49Letter,
  DpfCategory,
  DpfStatus,
  Input,
  Location,
  LocationActivity,
  SccModule,
  TransferBasis,
} from './vocabulary'

export interface LocationValues {
  country: string | null
  activity: LocationActivity
  basis: TransferBasis
  scc_module: SccModule | null
  agreement_id: number | null
  dpf_category: DpfCategory | null
  dpf_status: DpfStatus | null
  dpf_verified_on: string | null
  tia_on: string | null
  scope_confirmed: boolean | null
  art49_letter: Art49Letter | null
  authorisation_ref: string
  recurring: boolean
  description: string
}

export const locationFieldId = (field: string): string => `location-${field}`

export const EMPTY_LOCATION: LocationValues = {
  country: null,
  activity: 'storage',
  basis: 'none',
  scc_module: null,
  agreement_id: null,
  dpf_category: null,
  dpf_status: null,
  dpf_verified_on: null,
  tia_on: null,
  scope_confirmed: null,
  art49_letter: null,
  authorisation_ref: '',
  recurring: false,
  description: '',
}

export const locationValues = (l: Location): LocationValues => ({
  ...formFields(EMPTY_LOCATION, l),
  authorisation_ref: l.authorisation_ref ?? '',
  description: l.description ?? '',
})

export const locationInput = (
  counterpartyId: number,
  v: LocationValues,
): Input<'locations:create'> => ({
  ...v,
  country: v.country ?? '',
  counterparty_id: counterpartyId,
})

export const validateLocation: Validator<LocationValues> = (v, t) =>
  collect((check) => {
    check('country', v.country === null, t.errors.required)
  })

/** Which extra fields a basis needs (gdpr-reference §3). */
export function basisFields(basis: TransferBasis, country: string | null) {
  const art46 = ['scc_2021', 'bcr', 'code_of_conduct', 'certification', 'ad_hoc_clauses']
  return {
    scc: basis === 'scc_2021' || basis === 'scc_legacy',
    tia: art46.includes(basis),
    dpf: basis === 'dpf' || (basis === 'adequacy' && country === 'US'),
    art49: basis === 'art49',
    authorisation: basis === 'ad_hoc_clauses',
  }
}
