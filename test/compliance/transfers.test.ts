import { describe, expect, it } from 'vitest'
import type { Location } from '../../preload/contract'
import {
  TODAY,
  agreement,
  counterparty,
  fired,
  healthyProcessor,
  location,
  plusDays,
  plusMonths,
  processor,
  register,
  settings,
} from './builders'
import { evaluate } from '../../main/compliance/evaluate'

/** A healthy processor of ours with one location built from `overrides`. */
function withLocation(overrides: Partial<Location>, cpOverrides = {}) {
  const { cp, parts } = healthyProcessor({ name: 'Cloudbox Ltd', ...cpOverrides })
  const loc = location({ counterparty_id: cp.id, ...overrides })
  return { cp, loc, reg: register({ ...parts, locations: [loc] }) }
}

const rulesOf = (reg: ReturnType<typeof register>, today = TODAY) =>
  evaluate(reg, today, settings())
    .filter((w) => w.subject.type === 'location')
    .map((w) => w.rule)

describe('R05 transfer to a non-adequate third country without a basis', () => {
  it('fires for a location in India with no basis, naming counterparty and country', () => {
    const { loc, reg } = withLocation({ country: 'IN', basis: 'none' })
    const [warning] = fired(reg, 'R05')
    expect(warning).toMatchObject({
      id: `R05:location:${loc.id}`,
      severity: 'critical',
      due: TODAY,
      params: { country: 'IN', reason: 'none' },
    })
    expect(warning?.message.da).toContain('Cloudbox Ltd')
    expect(warning?.message.da).toContain('Indien')
    expect(warning?.message.en).toContain('India')
  })

  it('does not treat EEA locations as transfers, whatever the basis', () => {
    for (const country of ['DK', 'DE', 'NO', 'IS', 'LI', 'GR', 'EL', 'AX', 're']) {
      expect(rulesOf(withLocation({ country, basis: 'none' }).reg)).toEqual([])
    }
  })

  it('treats the Faroe Islands and Greenland as third countries', () => {
    expect(rulesOf(withLocation({ country: 'GL', basis: 'none' }).reg)).toEqual(['R05'])
    expect(rulesOf(withLocation({ country: 'FO', basis: 'none' }).reg)).toEqual(['R05'])
  })

  it('fires when the basis says EEA but the country is not', () => {
    const { reg } = withLocation({ country: 'CN', basis: 'eea' })
    expect(fired(reg, 'R05')[0]?.params.reason).toBe('eea_outside_eea')
  })

  it('fires when adequacy is claimed for a country without a decision', () => {
    const { reg } = withLocation({ country: 'AU', basis: 'adequacy' })
    expect(fired(reg, 'R05')[0]?.params.reason).toBe('no_adequacy')
  })

  it('counts Brazil as adequate from the day its decision was adopted (26 Jan 2026)', () => {
    const { reg } = withLocation({ country: 'BR', basis: 'adequacy' })
    expect(fired(reg, 'R05', '2026-01-25')[0]?.params.reason).toBe('adequacy_not_yet')
    expect(fired(reg, 'R05', '2026-01-26')).toEqual([])
  })

  it('accepts a full-scope adequacy decision without any further check', () => {
    expect(rulesOf(withLocation({ country: 'CH', basis: 'adequacy' }).reg)).toEqual([])
    expect(rulesOf(withLocation({ country: 'IO-EPORG', basis: 'adequacy' }).reg)).toEqual([])
  })

  it('fires when the DPF is used for a country other than the US', () => {
    const { reg } = withLocation({ country: 'IN', basis: 'dpf', dpf_status: 'active' })
    expect(fired(reg, 'R05')[0]?.params.reason).toBe('dpf_not_us')
  })

  it('is not raised for legacy bases, which R06 and R07 cover', () => {
    expect(rulesOf(withLocation({ country: 'US', basis: 'privacy_shield' }).reg)).toEqual(['R06'])
    expect(rulesOf(withLocation({ country: 'IN', basis: 'scc_legacy' }).reg)).toEqual(['R07'])
  })

  it('skips counterparties that are not active', () => {
    const { reg } = withLocation({ country: 'IN', basis: 'none' }, { status: 'former' })
    expect(fired(reg, 'R05')).toEqual([])
  })

  it('applies to independent controllers too: a disclosure abroad is a transfer', () => {
    const cp = counterparty({ kinds: ['advisor'], role: 'independent_controller' })
    const reg = register({
      counterparties: [cp],
      locations: [location({ counterparty_id: cp.id, country: 'US', basis: 'none' })],
    })
    expect(fired(reg, 'R05')).toHaveLength(1)
  })
})

describe('R06 Privacy Shield and Safe Harbour', () => {
  it('flags Privacy Shield from 16 Jul 2020, not the day before', () => {
    const { reg } = withLocation({ country: 'US', basis: 'privacy_shield' })
    expect(fired(reg, 'R06', '2020-07-15')).toEqual([])
    const [warning] = fired(reg, 'R06', '2020-07-16')
    expect(warning?.severity).toBe('critical')
    expect(warning?.message.da).toContain('16. juli 2020')
    expect(warning?.message.en).toContain('16 July 2020')
    expect(warning?.legal_ref).toContain('C-311/18')
  })

  it('flags Safe Harbour from 6 Oct 2015, not the day before', () => {
    const { reg } = withLocation({ country: 'US', basis: 'safe_harbour' })
    expect(fired(reg, 'R06', '2015-10-05')).toEqual([])
    expect(fired(reg, 'R06', '2015-10-06')[0]?.legal_ref).toContain('C-362/14')
  })
})

describe('R07 old standard contractual clauses', () => {
  it('flags every old SCC from 27 Dec 2022, not the day before', () => {
    const { reg } = withLocation({ country: 'IN', basis: 'scc_legacy' })
    expect(fired(reg, 'R07', '2022-12-26')).toEqual([])
    expect(fired(reg, 'R07', '2022-12-27')).toHaveLength(1)
  })

  it('flags old SCCs signed on or after 27 Sep 2021 straight away', () => {
    const cp = processor()
    const build = (signedOn: string) => {
      const scc = agreement({ counterparty_id: cp.id, type: 'scc_legacy', signed_on: signedOn })
      const loc = location({
        counterparty_id: cp.id,
        country: 'IN',
        basis: 'scc_legacy',
        agreement_id: scc.id,
      })
      return register({ counterparties: [cp], agreements: [scc], locations: [loc] })
    }
    expect(fired(build('2021-09-26'), 'R07', '2022-01-01')).toEqual([])
    expect(fired(build('2021-09-27'), 'R07', '2022-01-01')).toHaveLength(1)
  })

  it('flags a location marked as 2021 SCCs whose contract is the old clauses', () => {
    const cp = processor()
    const scc = agreement({ counterparty_id: cp.id, type: 'scc_legacy', signed_on: '2019-01-01' })
    const loc = location({
      counterparty_id: cp.id,
      country: 'IN',
      basis: 'scc_2021',
      agreement_id: scc.id,
      tia_on: '2026-01-01',
    })
    const reg = register({ counterparties: [cp], agreements: [scc], locations: [loc] })
    expect(fired(reg, 'R07')).toHaveLength(1)
  })
})

describe('R08 US recipient on the DPF', () => {
  const good = {
    country: 'US',
    basis: 'dpf' as const,
    dpf_status: 'active' as const,
    dpf_category: 'non_hr' as const,
    dpf_verified_on: '2026-08-01',
  }

  it('is silent for an active, categorised, recently verified certification', () => {
    expect(fired(withLocation(good).reg, 'R08')).toEqual([])
  })

  it('is critical and due today when the certification is inactive', () => {
    const [warning] = fired(withLocation({ ...good, dpf_status: 'inactive' }).reg, 'R08')
    expect(warning).toMatchObject({ severity: 'critical', due: TODAY })
    expect(warning?.message.en).toContain('inactive')
  })

  it('is high when the status, category or verification is missing', () => {
    for (const missing of [
      { dpf_status: null },
      { dpf_category: null },
      { dpf_verified_on: null },
    ]) {
      const [warning] = fired(withLocation({ ...good, ...missing }).reg, 'R08')
      expect(warning?.severity).toBe('high')
    }
  })

  it('needs re-verification after dpf_reverify_days (90): silent on day 90, fires on day 91', () => {
    const { reg } = withLocation(good)
    expect(fired(reg, 'R08', plusDays('2026-08-01', 90))).toEqual([])
    const [warning] = fired(reg, 'R08', plusDays('2026-08-01', 91))
    expect(warning).toMatchObject({ severity: 'high', due: plusDays('2026-08-01', 90) })
    expect(warning?.params.problems).toBe('stale')
  })

  it('treats US with basis "adequacy" as the DPF, not as a partial-scope check', () => {
    const { reg } = withLocation({ country: 'US', basis: 'adequacy' })
    expect(rulesOf(reg).sort()).toEqual(['R08', 'R09'])
  })
})

describe('R09 DPF without an SCC fallback', () => {
  const dpf = {
    country: 'US',
    basis: 'dpf' as const,
    dpf_status: 'active' as const,
    dpf_category: 'both' as const,
    dpf_verified_on: '2026-08-01',
  }

  it('advises (low) keeping SCCs on file when only the DPF is relied on', () => {
    const [warning] = fired(withLocation(dpf).reg, 'R09')
    expect(warning).toMatchObject({ severity: 'low', due: null })
  })

  it('is silent when signed 2021 SCCs module 2 exist for the counterparty', () => {
    const { cp, reg } = withLocation(dpf)
    const scc = agreement({ counterparty_id: cp.id, type: 'scc_2021', scc_module: 2 })
    expect(fired({ ...reg, agreements: [...reg.agreements, scc] }, 'R09')).toEqual([])
  })
})

describe('R10 Art. 46 transfer without a TIA and R11 outdated TIA', () => {
  const scc = { country: 'IN', basis: 'scc_2021' as const, scc_module: 2 as const }

  it('R10 fires for every Art. 46 tool with no TIA recorded', () => {
    for (const basis of ['scc_2021', 'bcr', 'code_of_conduct', 'certification'] as const) {
      const [warning] = fired(withLocation({ ...scc, basis }).reg, 'R10')
      expect(warning).toMatchObject({ severity: 'high', due: TODAY })
    }
  })

  it('R10 is silent when a TIA is recorded, and for a fully adequate destination', () => {
    expect(fired(withLocation({ ...scc, tia_on: '2026-05-01' }).reg, 'R10')).toEqual([])
    expect(fired(withLocation({ ...scc, country: 'CH' }).reg, 'R10')).toEqual([])
  })

  it('R11 fires the day after the TIA is tia_months old, not on the anniversary', () => {
    const tia = '2025-09-01'
    const { reg } = withLocation({ ...scc, tia_on: tia })
    const due = plusMonths(tia, 12)
    expect(fired(reg, 'R11', due)).toEqual([])
    expect(fired(reg, 'R11', plusDays(due, 1))[0]).toMatchObject({ severity: 'medium', due })
  })

  it('R11 follows the tia_months setting', () => {
    const { reg } = withLocation({ ...scc, tia_on: '2026-01-01' })
    expect(fired(reg, 'R11', '2026-07-02', settings({ tia_months: 6 }))).toHaveLength(1)
    expect(fired(reg, 'R11', '2026-07-02')).toEqual([])
  })

  it('R11 fires when a sub-processor was added after the TIA', () => {
    const { cp, reg } = withLocation({ ...scc, tia_on: '2026-05-01' })
    const sub = counterparty({ name: 'Sub Inc.' })
    const newLink = {
      id: 77,
      processor_id: cp.id,
      sub_processor_id: sub.id,
      purpose: null,
      listed_on: '2026-06-01',
      notified_on: null,
      objection_deadline: null,
      approved_on: '2026-06-05',
      approved_by: null,
      objected_on: null,
      created_at: '',
      updated_at: '',
    }
    const withSub = { ...reg, counterparties: [...reg.counterparties, sub], links: [newLink] }
    expect(fired(withSub, 'R11')[0]?.message.en).toContain('new sub-processor')
  })
})

describe('R12 SCC module does not match the relationship', () => {
  it('wants module 2 for our processor and fires on module 3', () => {
    const base = { country: 'IN', basis: 'scc_2021' as const, tia_on: '2026-05-01' }
    expect(fired(withLocation({ ...base, scc_module: 2 }).reg, 'R12')).toEqual([])
    const [warning] = fired(withLocation({ ...base, scc_module: 3 }).reg, 'R12')
    expect(warning?.params).toMatchObject({ module: 3, expected_module: 2 })
  })

  it('wants module 3 for our sub-processor and module 1 for an independent controller', () => {
    const base = { country: 'IN', basis: 'scc_2021' as const, tia_on: '2026-05-01' }
    const sub = withLocation({ ...base, scc_module: 2 }, { role: 'sub_processor' })
    expect(fired(sub.reg, 'R12')[0]?.params.expected_module).toBe(3)
    const ic = withLocation({ ...base, scc_module: 2 }, { role: 'independent_controller' })
    expect(fired(ic.reg, 'R12')[0]?.params.expected_module).toBe(1)
  })

  it("takes the module from the location's SCC agreement when the location has none", () => {
    const { cp, reg } = withLocation({ country: 'IN', basis: 'scc_2021', tia_on: '2026-05-01' })
    const scc = agreement({ counterparty_id: cp.id, type: 'scc_2021', scc_module: 1 })
    const loc = { ...(reg.locations[0] as Location), agreement_id: scc.id }
    const linked = { ...reg, agreements: [...reg.agreements, scc], locations: [loc] }
    expect(fired(linked, 'R12')).toHaveLength(1)
  })
})

describe('R13 adequacy with a partial scope', () => {
  it('needs a scope confirmation in CA, FO, IL, JP and KR', () => {
    for (const country of ['CA', 'FO', 'IL', 'JP', 'KR']) {
      const open = withLocation({ country, basis: 'adequacy', scope_confirmed: null })
      expect(fired(open.reg, 'R13')[0]?.severity).toBe('high')
      const confirmed = withLocation({ country, basis: 'adequacy', scope_confirmed: true })
      expect(fired(confirmed.reg, 'R13')).toEqual([])
    }
  })

  it('is critical when the recipient is recorded as outside the scope', () => {
    const { reg } = withLocation({ country: 'CA', basis: 'adequacy', scope_confirmed: false })
    const [warning] = fired(reg, 'R13')
    expect(warning?.severity).toBe('critical')
    expect(warning?.message.en).toContain('PIPEDA')
  })
})

describe('R14 adequacy decision expiring', () => {
  const { reg } = withLocation({ country: 'GB', basis: 'adequacy' })
  const expires = '2031-12-27'

  it('warns from 180 days before the UK decision ends, not 181', () => {
    expect(fired(reg, 'R14', plusDays(expires, -181))).toEqual([])
    const [warning] = fired(reg, 'R14', plusDays(expires, -180))
    expect(warning).toMatchObject({ severity: 'medium', due: expires })
  })

  it('is still medium on the last day and critical the day after', () => {
    expect(fired(reg, 'R14', expires)[0]?.severity).toBe('medium')
    expect(fired(reg, 'R14', plusDays(expires, 1))[0]?.severity).toBe('critical')
  })

  it('follows adequacy_expiry_warn_days', () => {
    const options = settings({ adequacy_expiry_warn_days: 30 })
    expect(fired(reg, 'R14', plusDays(expires, -31), options)).toEqual([])
    expect(fired(reg, 'R14', plusDays(expires, -30), options)).toHaveLength(1)
  })
})

describe('R21 Art. 49 derogation used for repeated transfers', () => {
  it('fires for a recurring transfer and for an ongoing processor relationship', () => {
    const recurring = withLocation(
      { country: 'IN', basis: 'art49', art49_letter: 'a', recurring: true },
      { role: 'none' },
    )
    expect(fired(recurring.reg, 'R21')[0]?.severity).toBe('high')
    const ongoing = withLocation({ country: 'IN', basis: 'art49', art49_letter: 'b' })
    expect(fired(ongoing.reg, 'R21')).toHaveLength(1)
  })

  it('is silent for a one-off transfer outside a processor relationship', () => {
    const cp = counterparty({ role: 'independent_controller', kinds: ['advisor'] })
    const loc = location({
      counterparty_id: cp.id,
      country: 'IN',
      basis: 'art49',
      art49_letter: 'e',
    })
    expect(fired(register({ counterparties: [cp], locations: [loc] }), 'R21')).toEqual([])
  })
})

describe('R22 ad hoc clauses without authorisation', () => {
  const base = { country: 'IN', basis: 'ad_hoc_clauses' as const, tia_on: '2026-05-01' }

  it('fires when no authorisation reference is recorded, or only blanks', () => {
    expect(fired(withLocation(base).reg, 'R22')[0]?.severity).toBe('critical')
    expect(fired(withLocation({ ...base, authorisation_ref: '  ' }).reg, 'R22')).toHaveLength(1)
  })

  it('is silent with an authorisation reference', () => {
    const { reg } = withLocation({ ...base, authorisation_ref: '2024-31-0001' })
    expect(fired(reg, 'R22')).toEqual([])
  })
})
