/** Row types of the SQLite schema, as kysely sees them. Enumerated columns are plain strings here:
 * the CHECK constraints guard them in the file and the zod contract guards them at the boundary. */
import type { Generated } from 'kysely'

type Id = Generated<number>

export interface CounterpartyTable {
  id: Id
  name: string
  legal_name: string | null
  registration_no: string | null
  country: string | null
  website: string | null
  kinds: string
  role: string
  status: string
  relationship_end: string | null
  owner: string | null
  data_categories: string
  data_subjects_band: string | null
  risk_points: number | null
  notes: string | null
  created_at: string
  updated_at: string
}

export interface ContactTable {
  id: Id
  counterparty_id: number
  name: string
  title: string | null
  email: string | null
  phone: string | null
  last_activity: string | null
  legal_hold: number
  notes: string | null
  created_at: string
  updated_at: string
}

export interface AgreementTable {
  id: Id
  counterparty_id: number
  title: string | null
  type: string
  template: string | null
  scc_module: number | null
  status: string
  signed_on: string | null
  effective_from: string | null
  expires_on: string | null
  notice_period_days: number | null
  auto_renewal_months: number | null
  review_interval_months: number | null
  objection_window_days: number | null
  sub_processor_authorisation: string | null
  parent_agreement_id: number | null
  notes: string | null
  created_at: string
  updated_at: string
}

export interface LocationTable {
  id: Id
  counterparty_id: number
  country: string
  activity: string
  basis: string
  scc_module: number | null
  agreement_id: number | null
  dpf_category: string | null
  dpf_status: string | null
  dpf_verified_on: string | null
  tia_on: string | null
  scope_confirmed: number | null
  art49_letter: string | null
  authorisation_ref: string | null
  recurring: number
  description: string | null
  created_at: string
  updated_at: string
}

export interface SubProcessorLinkTable {
  id: Id
  processor_id: number
  sub_processor_id: number
  purpose: string | null
  listed_on: string | null
  notified_on: string | null
  objection_deadline: string | null
  approved_on: string | null
  approved_by: string | null
  objected_on: string | null
  created_at: string
  updated_at: string
}

export interface SupervisionTable {
  id: Id
  counterparty_id: number
  method: string
  concept: number | null
  period_start: string | null
  period_end: string | null
  received_on: string | null
  opinion: string | null
  deviations: string | null
  followed_up_on: string | null
  next_due: string | null
  notes: string | null
  created_at: string
  updated_at: string
}

export interface DocumentTable {
  id: Id
  counterparty_id: number | null
  agreement_id: number | null
  supervision_id: number | null
  file_name: string
  mime_type: string
  size: number
  sha256: string
  content: Uint8Array
  created_at: string
}

export interface ChangeLogTable {
  id: Id
  at: string
  os_user: string
  action: string
  entity: string
  entity_id: number | null
  before: string | null
  after: string | null
}

export interface SettingTable {
  key: string
  value: string
}

export interface Schema {
  counterparty: CounterpartyTable
  contact: ContactTable
  agreement: AgreementTable
  location: LocationTable
  sub_processor_link: SubProcessorLinkTable
  supervision: SupervisionTable
  document: DocumentTable
  change_log: ChangeLogTable
  setting: SettingTable
}

/** The record tables that services edit generically (everything but documents, log and settings). */
export type RecordTable =
  'counterparty' | 'contact' | 'agreement' | 'location' | 'sub_processor_link' | 'supervision'
