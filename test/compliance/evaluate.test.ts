import { describe, expect, it } from 'vitest'
import { evaluate } from '../../main/compliance/evaluate'
import { upcoming } from '../../main/compliance/upcoming'
import {
  TODAY,
  agreement,
  counterparty,
  healthyProcessor,
  link,
  location,
  processor,
  register,
  settings,
  supervision,
} from './builders'

describe('evaluate', () => {
  it('finds nothing wrong in a clean register', () => {
    const { parts } = healthyProcessor()
    expect(evaluate(register(parts), TODAY, settings())).toEqual([])
  })

  it('refuses a malformed date for today instead of guessing', () => {
    expect(() => evaluate(register(), '1/9/2026', settings())).toThrow(RangeError)
  })

  it('sorts by severity, then counterparty name the Danish way, then rule, then id', () => {
    const names = ['Åben ApS', 'Ærø Data', 'bravo', 'Alfa', 'Øst IT']
    const counterparties = names.map((name) => processor({ name }))
    const locations = counterparties.map((cp) =>
      location({ counterparty_id: cp.id, country: 'IN', basis: 'none' }),
    )
    const warnings = evaluate(register({ counterparties, locations }), TODAY, settings())
    const critical = warnings.filter((w) => w.severity === 'critical')
    const order = critical.map((w) => `${w.params.counterparty}/${w.rule}`)
    expect(order).toEqual([
      'Alfa/R01',
      'Alfa/R05',
      'bravo/R01',
      'bravo/R05',
      'Ærø Data/R01',
      'Ærø Data/R05',
      'Øst IT/R01',
      'Øst IT/R05',
      'Åben ApS/R01',
      'Åben ApS/R05',
    ])
  })

  it('gives every warning a legal reference and a Danish and English message naming the counterparty', () => {
    const cp = processor({ name: 'Zeta Cloud Inc.' })
    const reg = register({
      counterparties: [cp],
      locations: [
        location({ counterparty_id: cp.id, country: 'US', basis: 'dpf' }),
        location({ counterparty_id: cp.id, country: 'CN', basis: 'scc_2021', scc_module: 3 }),
      ],
    })
    const warnings = evaluate(reg, TODAY, settings())
    expect(warnings.length).toBeGreaterThan(3)
    for (const w of warnings) {
      expect(w.legal_ref).toMatch(/\S/)
      expect(w.message.da).toContain('Zeta Cloud Inc.')
      expect(w.message.en).toContain('Zeta Cloud Inc.')
      expect(w.message.da).not.toEqual(w.message.en)
    }
  })

  it('keeps warning ids stable when unrelated records change', () => {
    const cp = processor()
    const loc = location({ counterparty_id: cp.id, country: 'IN', basis: 'none' })
    const before = evaluate(register({ counterparties: [cp], locations: [loc] }), TODAY, settings())
    const other = counterparty({ name: 'Another' })
    const after = evaluate(
      register({ counterparties: [cp, other], locations: [loc] }),
      TODAY,
      settings(),
    )
    expect(after.map((w) => w.id)).toEqual(before.map((w) => w.id))
  })
})

describe('upcoming', () => {
  const cp = processor({ name: 'Kalender A/S', risk_points: 8 })
  const sub = counterparty({ name: 'Under ApS' })
  const reg = register({
    counterparties: [cp, sub],
    agreements: [
      agreement({ counterparty_id: cp.id, expires_on: '2027-03-31', notice_period_days: 90 }),
      agreement({
        counterparty_id: cp.id,
        type: 'master',
        expires_on: '2025-10-15',
        auto_renewal_months: 12,
        notice_period_days: 30,
      }),
    ],
    supervisions: [
      supervision({ counterparty_id: cp.id, received_on: '2026-02-01', next_due: null }),
    ],
    links: [
      link({
        processor_id: cp.id,
        sub_processor_id: sub.id,
        approved_on: null,
        notified_on: '2026-08-20',
      }),
    ],
  })

  it('lists expiries, renewals, notice deadlines, objection deadlines and supervision in date order', () => {
    const items = upcoming(reg, TODAY, settings())
    expect(items.map((i) => `${i.date} ${i.kind}`)).toEqual([
      '2026-09-15 notice_deadline',
      '2026-09-19 objection_deadline',
      '2026-10-15 renewal',
      '2026-12-31 notice_deadline',
      '2027-02-01 supervision_due',
      '2027-03-31 expiry',
    ])
    expect(items[0]?.label.da).toContain('Kalender A/S')
    expect(items[0]?.label.da).toContain('15. oktober 2026')
    expect(items[0]?.label.en).toContain('15 October 2026')
    expect(items[1]?.label.en).toContain('Under ApS')
  })

  it('only looks as far ahead as asked', () => {
    expect(upcoming(reg, TODAY, settings(), 13)).toEqual([])
    expect(upcoming(reg, TODAY, settings(), 14).map((i) => i.kind)).toEqual(['notice_deadline'])
  })
})
