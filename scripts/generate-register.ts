/**
 * A deterministic, seeded register for benchmarks and load tests (issue 3 item 8): about three
 * locations and two agreements per counterparty, sub-processor chains up to four deep, and a mix of
 * countries, transfer bases and dates chosen so that every rule the engine can derive from data
 * fires somewhere. The same (size, seed) always gives the same register: all dates are relative to
 * GENERATED_TODAY and the only randomness is the seeded PRNG below.
 *
 * Not reachable from generated data: R14 (the only expiring adequacy decision, GB, ends in 2031).
 */
import type {
  Agreement,
  Contact,
  Counterparty,
  Location,
  SubProcessorLink,
  Supervision,
} from '../preload/contract'
import { fromDay, toDay } from '../main/compliance/dates'
import type { Register } from '../main/compliance/types'

/** Evaluate generated registers on this day: late enough for R26 (reference data age) to fire. */
export const GENERATED_TODAY = '2026-11-16'
const TODAY = toDay(GENERATED_TODAY) as number
const GDPR_DAY = toDay('2018-05-25') as number

/** mulberry32: tiny, fast and good enough for test data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = ReturnType<typeof makeRandom>

function makeRandom(seed: number) {
  const next = mulberry32(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const chance = (p: number) => next() < p
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T
  /** `[weight, value]` pairs. */
  const weighted = <T>(pairs: readonly (readonly [number, T])[]): T => {
    const total = pairs.reduce((sum, [weight]) => sum + weight, 0)
    let roll = next() * total
    for (const [weight, value] of pairs) {
      roll -= weight
      if (roll < 0) return value
    }
    return (pairs[pairs.length - 1] as readonly [number, T])[1]
  }
  const day = (from: number, to: number) => fromDay(int(from, to))
  const maybe = <T>(p: number, value: () => T): T | null => (chance(p) ? value() : null)
  return { next, int, chance, pick, weighted, day, maybe }
}

const stamp = (day: string) => `${day}T09:00:00.000Z`

type Profile = 'processor' | 'sub_processor' | 'independent' | 'customer' | 'authority' | 'supplier'

const NAME_A = ['Nord', 'Syd', 'Øst', 'Vest', 'Blå', 'Grøn', 'Ærø', 'Fjord', 'Skov', 'Havn', 'Sky']
const NAME_B = ['data', 'host', 'sky', 'løn', 'mail', 'sikring', 'it', 'cloud', 'regn', 'net']
const FORMS = ['A/S', 'ApS', 'I/S', 'Ltd', 'Inc.', 'GmbH', 'AB', 'AS', 'Oy', 'B.V.']

export function generateRegister(counterparties: number, seed: number): Register {
  const random = makeRandom(seed)
  const ids = new Sequence()
  const register: Register = {
    counterparties: [],
    contacts: [],
    agreements: [],
    locations: [],
    links: [],
    supervisions: [],
  }
  const tiers: number[][] = [[], [], [], [], []]
  for (let i = 1; i <= counterparties; i++) {
    const profile = pickProfile(random)
    const cp = makeCounterparty(random, i, profile)
    register.counterparties.push(cp)
    tiers[profile === 'sub_processor' ? random.int(1, 4) : profile === 'processor' ? 0 : 4]?.push(
      profile === 'processor' || profile === 'sub_processor' ? cp.id : -cp.id,
    )
    addChildren(random, ids, register, cp, profile)
  }
  addLinks(random, ids, register, tiers)
  return register
}

class Sequence {
  private values = { contact: 0, agreement: 0, location: 0, link: 0, supervision: 0 }
  next(kind: keyof Sequence['values']): number {
    return ++this.values[kind]
  }
}

function pickProfile(random: Random): Profile {
  return random.weighted<Profile>([
    [45, 'processor'],
    [20, 'sub_processor'],
    [8, 'independent'],
    [15, 'customer'],
    [2, 'authority'],
    [10, 'supplier'],
  ])
}

function makeCounterparty(random: Random, id: number, profile: Profile): Counterparty {
  const createdDay = random.int(GDPR_DAY, TODAY - 10)
  const created = fromDay(createdDay)
  const status = random.weighted([
    [85, 'active'],
    [7, 'prospect'],
    [8, 'former'],
  ] as const)
  const roleAndKinds = {
    processor: ['processor', ['supplier', 'processor']],
    sub_processor: [random.chance(0.2) ? 'sub_processor' : 'none', ['sub_processor']],
    independent: ['independent_controller', [random.pick(['auditor', 'advisor'] as const)]],
    customer: ['none', ['customer']],
    authority: ['independent_controller', ['authority']],
    supplier: ['none', ['supplier']],
  } as const
  const [role, kinds] = roleAndKinds[profile]
  return {
    id,
    name: `${random.pick(NAME_A)}${random.pick(NAME_B)} ${random.pick(FORMS)} ${id}`,
    legal_name: null,
    registration_no: null,
    country: random.pick(['DK', 'DK', 'SE', 'DE', 'US', 'GB', 'IE', 'NL']),
    website: null,
    kinds: [...kinds],
    role,
    status,
    relationship_end: status === 'former' ? random.day(createdDay, TODAY) : null,
    owner: random.pick(['IT-drift', 'Indkøb', 'HR', 'Økonomi', null]),
    data_categories: random.chance(0.2) ? ['ordinary', 'special'] : ['ordinary'],
    data_subjects_band: random.pick(['under_1000', '1000_10000', 'over_10000', null] as const),
    risk_points: random.maybe(0.8, () => random.int(1, 10)),
    notes: null,
    created_at: stamp(created),
    updated_at: stamp(created),
  }
}

function addChildren(
  random: Random,
  ids: Sequence,
  register: Register,
  cp: Counterparty,
  profile: Profile,
): void {
  const agreements = makeAgreements(random, ids, cp, profile)
  register.agreements.push(...agreements)
  const locationCount = random.weighted([
    [10, 1],
    [25, 2],
    [30, 3],
    [25, 4],
    [10, 5],
  ] as const)
  for (let n = 0; n < locationCount; n++) {
    register.locations.push(makeLocation(random, ids, cp, agreements))
  }
  const contactCount = random.weighted([
    [20, 0],
    [35, 1],
    [30, 2],
    [15, 3],
  ] as const)
  for (let n = 0; n < contactCount; n++) register.contacts.push(makeContact(random, ids, cp))
  if (profile === 'processor' || cp.role === 'sub_processor') {
    const count = random.weighted([
      [25, 0],
      [55, 1],
      [20, 2],
    ] as const)
    for (let n = 0; n < count; n++) register.supervisions.push(makeSupervision(random, ids, cp))
  }
}

function baseAgreement(random: Random, ids: Sequence, cp: Counterparty): Agreement {
  const signed = random.day(toDay(cp.created_at) as number, TODAY)
  const withEnd = random.chance(0.4)
  return {
    id: ids.next('agreement'),
    counterparty_id: cp.id,
    title: null,
    type: 'dpa',
    template: random.pick(['dt_2019', 'eu_2021_915', 'vendor', 'custom'] as const),
    scc_module: null,
    status: random.weighted([
      [85, 'signed'],
      [6, 'draft'],
      [5, 'sent'],
      [4, 'terminated'],
    ] as const),
    signed_on: signed,
    effective_from: signed,
    expires_on: withEnd ? random.day(TODAY - 60, TODAY + 400) : null,
    notice_period_days: random.pick([null, 30, 60, 90]),
    auto_renewal_months: withEnd && random.chance(0.25) ? random.pick([12, 24]) : null,
    review_interval_months: random.pick([null, 12]),
    objection_window_days: random.pick([null, 14, 30]),
    sub_processor_authorisation: random.pick(['general', 'specific', null] as const),
    parent_agreement_id: null,
    notes: null,
    created_at: stamp(signed),
    updated_at: stamp(signed),
  }
}

function makeAgreements(
  random: Random,
  ids: Sequence,
  cp: Counterparty,
  profile: Profile,
): Agreement[] {
  const first = baseAgreement(random, ids, cp)
  const needsDpa = profile === 'processor' || cp.role === 'sub_processor'
  if (needsDpa && random.chance(0.08)) first.type = 'nda'
  if (!needsDpa) first.type = random.pick(['master', 'nda', 'other', 'dpa_we_process'] as const)
  const second = baseAgreement(random, ids, cp)
  second.type = random.weighted([
    [45, 'master'],
    [30, 'scc_2021'],
    [8, 'scc_legacy'],
    [17, 'nda'],
  ] as const)
  if (second.type === 'scc_2021') second.scc_module = random.pick([1, 2, 2, 2, 3, 3] as const)
  if (second.type === 'scc_legacy') second.signed_on = random.day(GDPR_DAY, TODAY - 1500)
  if (!random.chance(0.85)) return [first]
  if (second.type === 'master' && first.expires_on === null && random.chance(0.3)) {
    first.parent_agreement_id = second.id
  }
  return [first, second]
}

const EEA_SAMPLE = ['DK', 'DK', 'DK', 'SE', 'DE', 'IE', 'NL', 'FI', 'FR', 'NO', 'PL', 'EL']
const ADEQUATE_FULL = ['GB', 'CH', 'BR', 'NZ', 'UY', 'IO-EPORG']
const ADEQUATE_PARTIAL = ['CA', 'JP', 'KR', 'IL', 'FO']
const NOT_ADEQUATE = ['IN', 'IN', 'CN', 'AU', 'GL', 'PH', 'UA']

function makeLocation(
  random: Random,
  ids: Sequence,
  cp: Counterparty,
  agreements: Agreement[],
): Location {
  const region = random.weighted([
    [58, 'eea'],
    [14, 'us'],
    [10, 'full'],
    [6, 'partial'],
    [12, 'other'],
  ] as const)
  const loc = emptyLocation(ids, cp)
  if (region === 'eea') {
    loc.country = random.pick(EEA_SAMPLE)
    loc.basis = random.chance(0.92) ? 'eea' : 'none'
  } else if (region === 'us') usLocation(random, loc)
  else if (region === 'full') {
    loc.country = random.pick(ADEQUATE_FULL)
    loc.basis = random.weighted([
      [85, 'adequacy'],
      [10, 'scc_2021'],
      [5, 'none'],
    ] as const)
  } else if (region === 'partial') {
    loc.country = random.pick(ADEQUATE_PARTIAL)
    loc.basis = random.chance(0.85) ? 'adequacy' : 'scc_2021'
    loc.scope_confirmed = random.weighted([
      [60, true],
      [30, null],
      [10, false],
    ] as const)
  } else otherLocation(random, loc)
  linkAgreement(random, loc, agreements)
  return loc
}

function emptyLocation(ids: Sequence, cp: Counterparty): Location {
  return {
    id: ids.next('location'),
    counterparty_id: cp.id,
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
    created_at: cp.created_at,
    updated_at: cp.created_at,
  }
}

function usLocation(random: Random, loc: Location): void {
  loc.country = 'US'
  loc.activity = random.pick(['storage', 'processing', 'support_access', 'backup'] as const)
  loc.basis = random.weighted([
    [60, 'dpf'],
    [18, 'scc_2021'],
    [7, 'adequacy'],
    [3, 'privacy_shield'],
    [1, 'safe_harbour'],
    [6, 'none'],
    [5, 'art49'],
  ] as const)
  if (loc.basis === 'dpf' || loc.basis === 'adequacy') {
    loc.dpf_status = random.weighted([
      [88, 'active'],
      [7, 'inactive'],
      [5, null],
    ] as const)
    loc.dpf_category = random.weighted([
      [60, 'non_hr'],
      [30, 'both'],
      [10, null],
    ] as const)
    loc.dpf_verified_on = random.maybe(0.9, () => random.day(TODAY - 200, TODAY))
  }
  fillArt46(random, loc)
}

function otherLocation(random: Random, loc: Location): void {
  loc.country = random.pick(NOT_ADEQUATE)
  loc.basis = random.weighted([
    [55, 'scc_2021'],
    [8, 'bcr'],
    [4, 'code_of_conduct'],
    [4, 'certification'],
    [5, 'scc_legacy'],
    [5, 'ad_hoc_clauses'],
    [9, 'art49'],
    [10, 'none'],
  ] as const)
  fillArt46(random, loc)
}

function fillArt46(random: Random, loc: Location): void {
  if (loc.basis === 'art49') {
    loc.art49_letter = random.pick(['a', 'b', 'e'] as const)
    loc.recurring = random.chance(0.5)
  }
  if (loc.basis === 'ad_hoc_clauses') {
    loc.authorisation_ref = random.maybe(0.5, () => `2024-31-${random.int(1000, 9999)}`)
  }
  const art46 = ['scc_2021', 'bcr', 'code_of_conduct', 'certification', 'ad_hoc_clauses']
  if (art46.includes(loc.basis)) {
    loc.tia_on = random.maybe(0.8, () => random.day(TODAY - 600, TODAY))
  }
  if (loc.basis === 'scc_2021' && random.chance(0.7)) {
    loc.scc_module = random.weighted([
      [10, 1],
      [60, 2],
      [30, 3],
    ] as const)
  }
}

function linkAgreement(random: Random, loc: Location, agreements: Agreement[]): void {
  const scc = agreements.find((a) => a.type === 'scc_2021' || a.type === 'scc_legacy')
  if (scc && (loc.basis === 'scc_2021' || loc.basis === 'scc_legacy') && random.chance(0.7)) {
    loc.agreement_id = scc.id
  }
}

function makeContact(random: Random, ids: Sequence, cp: Counterparty): Contact {
  return {
    id: ids.next('contact'),
    counterparty_id: cp.id,
    name: `${random.pick(['Anne', 'Bo', 'Carl', 'Dorte', 'Emil', 'Freja', 'Søren'])} ${random.pick(['Hansen', 'Jensen', 'Nielsen', 'Ørum'])}`,
    title: null,
    email: null,
    phone: null,
    last_activity: random.maybe(0.85, () =>
      random.day(random.chance(0.8) ? TODAY - 540 : GDPR_DAY, TODAY),
    ),
    legal_hold: random.chance(0.05),
    notes: null,
    created_at: cp.created_at,
    updated_at: cp.created_at,
  }
}

const METHODS = [
  'isae3000_type1',
  'isae3000_type2',
  'isae3402_type2',
  'soc2_type2',
  'iso27001',
  'questionnaire',
  'written_confirmation',
  'onsite_audit',
] as const

function makeSupervision(random: Random, ids: Sequence, cp: Counterparty): Supervision {
  const periodEnd = random.int(TODAY - 900, TODAY - 30)
  const received = Math.min(TODAY, periodEnd + random.int(20, 100))
  const deviations = random.chance(0.1)
  return {
    id: ids.next('supervision'),
    counterparty_id: cp.id,
    method: random.pick(METHODS),
    concept: random.maybe(0.9, () => random.int(1, 6)),
    period_start: fromDay(periodEnd - 365),
    period_end: fromDay(periodEnd),
    received_on: fromDay(received),
    opinion: random.weighted([
      [85, 'unqualified'],
      [10, 'qualified'],
      [3, 'adverse'],
      [2, null],
    ] as const),
    deviations: deviations ? 'Afvigelser i adgangsstyring' : null,
    followed_up_on: deviations && random.chance(0.5) ? fromDay(received + 30) : null,
    next_due: random.maybe(0.4, () => fromDay(received + 365)),
    notes: null,
    created_at: stamp(fromDay(received)),
    updated_at: stamp(fromDay(received)),
  }
}

/** Processors (tier 0) engage sub-processors of tier 1, those of tier 2, …, down to tier 4; a few
 * back-links make cycles, as a messy real register would have. */
function addLinks(random: Random, ids: Sequence, register: Register, tiers: number[][]): void {
  const linked = new Set<string>()
  const addLink = (processorId: number, subId: number) => {
    const pair = `${processorId}>${subId}`
    if (linked.has(pair)) return
    linked.add(pair)
    register.links.push(makeLink(random, ids, processorId, subId))
  }
  for (let tier = 0; tier < 4; tier++) {
    const below = (tiers[tier + 1] ?? []).filter((id) => id > 0)
    if (below.length === 0) continue
    for (const processorId of tiers[tier] ?? []) {
      if (processorId < 0) continue
      const count = random.int(0, tier === 0 ? 3 : 2)
      for (let n = 0; n < count; n++) {
        addLink(processorId, random.pick(below))
      }
      if (tier > 0 && random.chance(0.005)) {
        const above = (tiers[tier - 1] ?? []).filter((id) => id > 0)
        if (above.length > 0) addLink(processorId, random.pick(above))
      }
    }
  }
}

function makeLink(
  random: Random,
  ids: Sequence,
  processorId: number,
  subId: number,
): SubProcessorLink {
  const state = random.weighted([
    [78, 'approved'],
    [8, 'listed'],
    [10, 'notified'],
    [4, 'objected'],
  ] as const)
  const notified = random.int(TODAY - 45, TODAY)
  const listed = random.day(GDPR_DAY, TODAY)
  return {
    id: ids.next('link'),
    processor_id: processorId,
    sub_processor_id: subId,
    purpose: null,
    listed_on: listed,
    notified_on: state === 'notified' || state === 'objected' ? fromDay(notified) : null,
    objection_deadline: null,
    approved_on: state === 'approved' ? listed : null,
    approved_by: state === 'approved' ? 'DPO' : null,
    objected_on: state === 'objected' ? fromDay(notified + 5) : null,
    created_at: stamp(listed),
    updated_at: stamp(listed),
  }
}
