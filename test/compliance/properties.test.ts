import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  COUNTERPARTY_KINDS,
  COUNTERPARTY_STATUSES,
  DPF_CATEGORIES,
  DPF_STATUSES,
  LOCATION_ACTIVITIES,
  ROLES,
  SUPERVISION_METHODS,
  SUPERVISION_OPINIONS,
  TRANSFER_BASES,
  type Agreement,
  type Counterparty,
  type Settings,
} from '../../preload/contract'
import { fromDay, toDay } from '../../main/compliance/dates'
import { evaluate } from '../../main/compliance/evaluate'
import { IMPLEMENTED_RULES, SEVERITIES, type Register } from '../../main/compliance/types'
import { upcoming } from '../../main/compliance/upcoming'
import { agreement, settings } from './builders'

const FIRST_DAY = toDay('2010-01-01') as number
const LAST_DAY = toDay('2035-12-31') as number

const isoDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDay)
/** Mostly real dates, sometimes none, occasionally garbage a broken import could leave. */
const maybeDate = fc.oneof(
  { weight: 6, arbitrary: isoDay },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('2026-02-30', 'soon', '', '31/12/2026') },
)
const stamp = fc.oneof(
  isoDay.map((d) => `${d}T08:00:00.000Z`),
  fc.constantFrom('', 'yesterday'),
)
const countries = fc.constantFrom(
  'DK',
  'SE',
  'GR',
  'EL',
  'el',
  'AX',
  'US',
  'GB',
  'UK',
  'CH',
  'CA',
  'FO',
  'GL',
  'IL',
  'JP',
  'KR',
  'BR',
  'IN',
  'CN',
  'IO-EPORG',
  'XX',
  '',
  'zz',
  '🇩🇰',
)
const names = fc.oneof(
  fc.constantFrom('Nordhost A/S', 'Ærø Data', 'ørsted it', 'Åben ApS', 'acme', 'Acme', ''),
  fc.string({ maxLength: 12 }),
)
const text = fc.option(fc.constantFrom('x', '  ', 'Afvigelse i logning'), { nil: null })
const optionalInt = (min: number, max: number) => fc.option(fc.integer({ min, max }), { nil: null })
const module_ = fc.option(fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), {
  nil: null,
})

const registerArb = fc.integer({ min: 0, max: 12 }).chain((n) => {
  const ref = fc.integer({ min: 1, max: n + 2 })
  const withIds = <T>(rows: T[]) => rows.map((row, i) => ({ ...row, id: i + 1 }))
  const audit = { created_at: stamp, updated_at: stamp }
  return fc.record({
    counterparties: fc
      .array(
        fc.record({
          ...audit,
          name: names,
          legal_name: fc.constant(null),
          registration_no: fc.constant(null),
          country: fc.option(countries, { nil: null }),
          website: fc.constant(null),
          kinds: fc.uniqueArray(fc.constantFrom(...COUNTERPARTY_KINDS), { maxLength: 3 }),
          role: fc.constantFrom(...ROLES),
          status: fc.constantFrom(...COUNTERPARTY_STATUSES),
          relationship_end: maybeDate,
          owner: fc.constant(null),
          data_categories: fc.constant<Counterparty['data_categories']>(['ordinary']),
          data_subjects_band: fc.constant(null),
          risk_points: optionalInt(1, 10),
          notes: fc.constant(null),
        }),
        { minLength: n, maxLength: n },
      )
      .map(withIds),
    contacts: fc
      .array(
        fc.record({
          ...audit,
          counterparty_id: ref,
          name: names,
          title: fc.constant(null),
          email: fc.constant(null),
          phone: fc.constant(null),
          last_activity: maybeDate,
          legal_hold: fc.boolean(),
          notes: fc.constant(null),
        }),
        { maxLength: 8 },
      )
      .map(withIds),
    agreements: fc
      .array(
        fc.record({
          ...audit,
          counterparty_id: ref,
          title: fc.option(fc.constant('Aftale'), { nil: null }),
          type: fc.constantFrom(...AGREEMENT_TYPES),
          template: fc.constant(null),
          scc_module: module_,
          status: fc.constantFrom(...AGREEMENT_STATUSES),
          signed_on: maybeDate,
          effective_from: maybeDate,
          expires_on: maybeDate,
          notice_period_days: optionalInt(0, 400),
          auto_renewal_months: optionalInt(0, 36),
          review_interval_months: fc.constant(null),
          objection_window_days: optionalInt(0, 60),
          sub_processor_authorisation: fc.constant(null),
          parent_agreement_id: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
          notes: fc.constant(null),
        }),
        { maxLength: 14 },
      )
      .map(withIds),
    locations: fc
      .array(
        fc.record({
          ...audit,
          counterparty_id: ref,
          country: countries,
          activity: fc.constantFrom(...LOCATION_ACTIVITIES),
          basis: fc.constantFrom(...TRANSFER_BASES),
          scc_module: module_,
          agreement_id: fc.option(fc.integer({ min: 1, max: 16 }), { nil: null }),
          dpf_category: fc.option(fc.constantFrom(...DPF_CATEGORIES), { nil: null }),
          dpf_status: fc.option(fc.constantFrom(...DPF_STATUSES), { nil: null }),
          dpf_verified_on: maybeDate,
          tia_on: maybeDate,
          scope_confirmed: fc.option(fc.boolean(), { nil: null }),
          art49_letter: fc.option(fc.constantFrom('a' as const, 'b' as const), { nil: null }),
          authorisation_ref: text,
          recurring: fc.boolean(),
          description: fc.constant(null),
        }),
        { maxLength: 16 },
      )
      .map(withIds),
    // Self-links and back-links make cycles of every shape.
    links: fc
      .array(
        fc.record({
          ...audit,
          processor_id: ref,
          sub_processor_id: ref,
          purpose: fc.constant(null),
          listed_on: maybeDate,
          notified_on: maybeDate,
          objection_deadline: maybeDate,
          approved_on: maybeDate,
          approved_by: fc.constant(null),
          objected_on: fc.option(isoDay, { nil: null }),
        }),
        { maxLength: 20 },
      )
      .map(withIds),
    supervisions: fc
      .array(
        fc.record({
          ...audit,
          counterparty_id: ref,
          method: fc.constantFrom(...SUPERVISION_METHODS),
          concept: optionalInt(1, 6),
          period_start: maybeDate,
          period_end: maybeDate,
          received_on: maybeDate,
          opinion: fc.option(fc.constantFrom(...SUPERVISION_OPINIONS), { nil: null }),
          deviations: text,
          followed_up_on: maybeDate,
          next_due: maybeDate,
          notes: fc.constant(null),
        }),
        { maxLength: 8 },
      )
      .map(withIds),
  }) satisfies fc.Arbitrary<Register>
})

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    expiry_warn_days: fc.integer({ min: 1, max: 730 }),
    expiry_escalate_days: fc.integer({ min: 1, max: 365 }),
    dpf_reverify_days: fc.integer({ min: 1, max: 730 }),
    tia_months: fc.integer({ min: 1, max: 60 }),
    contact_retention_months: fc.integer({ min: 1, max: 120 }),
    objection_window_days: fc.integer({ min: 1, max: 365 }),
    objection_alert_days: fc.integer({ min: 0, max: 60 }),
    adequacy_expiry_warn_days: fc.integer({ min: 1, max: 730 }),
    reference_data_max_age_days: fc.integer({ min: 1, max: 730 }),
    audit_report_max_age_months: fc.integer({ min: 1, max: 36 }),
    audit_report_grace_months: fc.integer({ min: 0, max: 12 }),
    supervision_months_high_risk: fc.integer({ min: 1, max: 60 }),
    supervision_months_medium_risk: fc.integer({ min: 1, max: 60 }),
    supervision_months_low_risk: fc.integer({ min: 1, max: 60 }),
  })
  .chain((thresholds) =>
    fc
      .option(isoDay, { nil: null })
      .map((verified) => settings(thresholds, { reference_data_verified_on: verified })),
  )

const todayArb = fc.integer({ min: toDay('2014-01-01') as number, max: LAST_DAY }).map(fromDay)

/** Fisher–Yates driven by a seed, so fast-check can shrink and replay it. */
function shuffled<T>(rows: readonly T[], seed: number): T[] {
  const out = [...rows]
  let state = seed >>> 0 || 1
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

function shuffleRegister(reg: Register, seed: number): Register {
  return {
    counterparties: shuffled(reg.counterparties, seed),
    contacts: shuffled(reg.contacts, seed + 1),
    agreements: shuffled(reg.agreements, seed + 2),
    locations: shuffled(reg.locations, seed + 3),
    links: shuffled(reg.links, seed + 4),
    supervisions: shuffled(reg.supervisions, seed + 5),
  }
}

const runs = { numRuns: 300 }
/** What a template string shows when it was handed the wrong value. */
const BROKEN_TEXT = /\[object Object\]|undefined|NaN/

describe('engine properties', () => {
  it('never throws and returns well-formed warnings with unique ids, sorted by severity', () => {
    fc.assert(
      fc.property(registerArb, todayArb, settingsArb, (reg, today, options) => {
        const warnings = evaluate(reg, today, options)
        expect(new Set(warnings.map((w) => w.id)).size).toBe(warnings.length)
        const ranks = warnings.map((w) => SEVERITIES.indexOf(w.severity))
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
        for (const w of warnings) {
          expect(IMPLEMENTED_RULES).toContain(w.rule)
          expect(w.message.da.length * w.message.en.length).toBeGreaterThan(0)
          expect(`${w.message.da} ${w.message.en}`).not.toMatch(BROKEN_TEXT)
          expect(w.legal_ref).not.toBe('')
          if (w.due !== null) expect(toDay(w.due)).not.toBeNull()
        }
      }),
      runs,
    )
  })

  it('is deterministic: the same register, in any row order, gives the same warnings', () => {
    fc.assert(
      fc.property(registerArb, todayArb, settingsArb, fc.nat(), (reg, today, options, seed) => {
        const first = evaluate(reg, today, options)
        expect(evaluate(structuredClone(reg), today, options)).toEqual(first)
        expect(evaluate(shuffleRegister(reg, seed), today, options)).toEqual(first)
      }),
      runs,
    )
  })

  it('adding a signed DPA without an end date never adds an R01, R03 or R04 warning', () => {
    fc.assert(
      fc.property(registerArb, todayArb, settingsArb, fc.nat(), (reg, today, options, pick) => {
        fc.pre(reg.counterparties.length > 0)
        const cp = reg.counterparties[pick % reg.counterparties.length]
        const dpa: Agreement = agreement({
          id: reg.agreements.length + 1000,
          counterparty_id: cp?.id ?? 1,
          type: 'dpa',
          status: 'signed',
          expires_on: null,
          parent_agreement_id: null,
        })
        const watched = (r: Register) =>
          evaluate(r, today, options)
            .filter((w) => w.rule === 'R01' || w.rule === 'R03' || w.rule === 'R04')
            .map((w) => w.id)
        const before = new Set(watched(reg))
        const after = watched({ ...reg, agreements: [...reg.agreements, dpa] })
        for (const id of after) expect(before).toContain(id)
      }),
      runs,
    )
  })

  it('survives repeated record ids (a broken import) and still never repeats a warning id', () => {
    fc.assert(
      fc.property(registerArb, todayArb, settingsArb, (reg, today, options) => {
        const squash = <T extends { id: number }>(rows: T[]) =>
          rows.map((row) => ({ ...row, id: (row.id % 3) + 1 }))
        const broken: Register = {
          counterparties: squash(reg.counterparties),
          contacts: squash(reg.contacts),
          agreements: squash(reg.agreements),
          locations: squash(reg.locations),
          links: squash(reg.links),
          supervisions: squash(reg.supervisions),
        }
        const warnings = evaluate(broken, today, options)
        expect(new Set(warnings.map((w) => w.id)).size).toBe(warnings.length)
      }),
      runs,
    )
  })

  it('upcoming never throws and lists dates inside the window in order', () => {
    fc.assert(
      fc.property(registerArb, todayArb, settingsArb, (reg, today, options) => {
        const items = upcoming(reg, today, options, 365)
        const dates = items.map((item) => item.date)
        expect(dates).toEqual([...dates].sort())
        const last = fromDay((toDay(today) as number) + 365)
        for (const date of dates) expect(date >= today && date <= last).toBe(true)
        for (const { label } of items) expect(`${label.da} ${label.en}`).not.toMatch(BROKEN_TEXT)
      }),
      runs,
    )
  })
})
