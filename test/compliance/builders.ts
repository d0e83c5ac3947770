/** Small builders for engine tests: every field has a harmless default, so a test states only
 * what it is about. */
import {
  DEFAULT_SETTINGS,
  type Agreement,
  type Contact,
  type Counterparty,
  type Location,
  type Settings,
  type SubProcessorLink,
  type Supervision,
} from '../../preload/contract'
import { evaluate } from '../../main/compliance/evaluate'
import { addMonths, fromDay, toDay } from '../../main/compliance/dates'
import type { Register, RuleId, Thresholds, Warning } from '../../main/compliance/types'

export const TODAY = '2026-09-01'
const STAMP = '2026-06-01T09:00:00.000Z'

let sequence = 1000
const nextId = () => ++sequence

const audit = (id?: number) => ({ id: id ?? nextId(), created_at: STAMP, updated_at: STAMP })

export function counterparty(overrides: Partial<Counterparty> = {}): Counterparty {
  return {
    ...audit(overrides.id),
    name: 'Leverandør A/S',
    legal_name: null,
    registration_no: null,
    country: 'DK',
    website: null,
    kinds: ['supplier'],
    role: 'none',
    status: 'active',
    relationship_end: null,
    owner: null,
    data_categories: ['ordinary'],
    data_subjects_band: null,
    risk_points: null,
    notes: null,
    ...overrides,
  }
}

/** An active processor of ours. */
export const processor = (overrides: Partial<Counterparty> = {}) =>
  counterparty({
    kinds: ['supplier', 'processor'],
    role: 'processor',
    risk_points: 5,
    ...overrides,
  })

export function agreement(overrides: Partial<Agreement> & { counterparty_id: number }): Agreement {
  return {
    ...audit(overrides.id),
    title: null,
    type: 'dpa',
    template: 'dt_2019',
    scc_module: null,
    status: 'signed',
    signed_on: '2025-01-01',
    effective_from: '2025-01-01',
    expires_on: null,
    notice_period_days: null,
    auto_renewal_months: null,
    review_interval_months: null,
    objection_window_days: null,
    sub_processor_authorisation: null,
    parent_agreement_id: null,
    notes: null,
    ...overrides,
  }
}

export function location(overrides: Partial<Location> & { counterparty_id: number }): Location {
  return {
    ...audit(overrides.id),
    country: 'DK',
    activity: 'storage',
    basis: 'eea',
    scc_module: null,
    agreement_id: null,
    dpf_category: null,
    dpf_status: null,
    dpf_verified_on: null,
    tia_on: null,
    scope_confirmed: null,
    art49_letter: null,
    authorisation_ref: null,
    recurring: false,
    description: null,
    ...overrides,
  }
}

export function link(
  overrides: Partial<SubProcessorLink> & { processor_id: number; sub_processor_id: number },
): SubProcessorLink {
  return {
    ...audit(overrides.id),
    purpose: null,
    listed_on: null,
    notified_on: null,
    objection_deadline: null,
    approved_on: '2025-01-01',
    approved_by: null,
    objected_on: null,
    ...overrides,
  }
}

export function supervision(
  overrides: Partial<Supervision> & { counterparty_id: number },
): Supervision {
  return {
    ...audit(overrides.id),
    method: 'isae3000_type2',
    concept: 5,
    period_start: '2025-07-01',
    period_end: '2026-06-30',
    received_on: '2026-08-15',
    opinion: 'unqualified',
    deviations: null,
    followed_up_on: null,
    next_due: null,
    notes: null,
    ...overrides,
  }
}

export function contact(overrides: Partial<Contact> & { counterparty_id: number }): Contact {
  return {
    ...audit(overrides.id),
    name: 'Kirsten Kontakt',
    title: null,
    email: null,
    phone: null,
    last_activity: '2026-05-01',
    legal_hold: false,
    notes: null,
    ...overrides,
  }
}

export function register(parts: Partial<Register> = {}): Register {
  return {
    counterparties: [],
    contacts: [],
    agreements: [],
    locations: [],
    links: [],
    supervisions: [],
    ...parts,
  }
}

export function settings(
  thresholds: Partial<Thresholds> = {},
  rest: Partial<Omit<Settings, 'thresholds'>> = {},
): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...rest,
    thresholds: { ...DEFAULT_SETTINGS.thresholds, ...thresholds },
  }
}

/** The warnings of one rule. */
export function fired(
  reg: Register,
  rule: RuleId,
  today = TODAY,
  options: Settings = settings(),
): Warning[] {
  return evaluate(reg, today, options).filter((w) => w.rule === rule)
}

/** The day `n` days after (or before, if negative) an ISO date. */
export function plusDays(iso: string, n: number): string {
  return fromDay((toDay(iso) as number) + n)
}

export function plusMonths(iso: string, n: number): string {
  return fromDay(addMonths(toDay(iso) as number, n))
}

/** A processor with a signed, open-ended DPA and a recent supervision: no warnings of its own. */
export function healthyProcessor(overrides: Partial<Counterparty> = {}): {
  cp: Counterparty
  parts: Pick<Register, 'counterparties' | 'agreements' | 'supervisions'>
} {
  const cp = processor(overrides)
  return {
    cp,
    parts: {
      counterparties: [cp],
      agreements: [agreement({ counterparty_id: cp.id })],
      supervisions: [supervision({ counterparty_id: cp.id })],
    },
  }
}
