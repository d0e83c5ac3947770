import { describe, expect, it } from 'vitest'
import {
  TODAY,
  agreement,
  counterparty,
  fired,
  plusDays,
  plusMonths,
  processor,
  register,
  settings,
  supervision,
} from './builders'

const signed = (cpId: number) => [agreement({ counterparty_id: cpId })]

describe('R15 supervision overdue', () => {
  it('uses next_due of the latest supervision: silent on the day, fires the day after', () => {
    const cp = processor({ name: 'Løn & Data ApS' })
    const reg = register({
      counterparties: [cp],
      agreements: signed(cp.id),
      supervisions: [
        supervision({ counterparty_id: cp.id, received_on: '2025-01-10', next_due: '2026-01-10' }),
        supervision({ counterparty_id: cp.id, received_on: '2026-02-01', next_due: '2027-02-01' }),
      ],
    })
    expect(fired(reg, 'R15', '2027-02-01')).toEqual([])
    const [warning] = fired(reg, 'R15', '2027-02-02')
    expect(warning).toMatchObject({ severity: 'high', due: '2027-02-01' })
    expect(warning?.message.da).toContain('Løn & Data ApS')
  })

  it('derives the due date from the risk points when next_due is not recorded', () => {
    const received = '2025-06-01'
    const cases = [
      { risk_points: 8, months: 12 },
      { risk_points: 4, months: 18 },
      { risk_points: 1, months: 30 },
      { risk_points: null, months: 18 },
    ]
    for (const { risk_points, months } of cases) {
      const cp = processor({ risk_points })
      const reg = register({
        counterparties: [cp],
        agreements: signed(cp.id),
        supervisions: [supervision({ counterparty_id: cp.id, concept: 6, received_on: received })],
      })
      const due = plusMonths(received, months)
      expect(fired(reg, 'R15', due)).toEqual([])
      expect(fired(reg, 'R15', plusDays(due, 1))[0]?.due).toBe(due)
    }
  })

  it('treats concept 3 as annual even for low risk', () => {
    const cp = processor({ risk_points: 1 })
    const reg = register({
      counterparties: [cp],
      agreements: signed(cp.id),
      supervisions: [
        supervision({ counterparty_id: cp.id, concept: 3, received_on: '2025-06-01' }),
      ],
    })
    expect(fired(reg, 'R15', '2026-06-02')[0]?.due).toBe('2026-06-01')
  })

  it('counts from registration when a processor was never supervised', () => {
    const cp = processor({ risk_points: 8, created_at: '2025-03-15T10:00:00.000Z' })
    const reg = register({ counterparties: [cp], agreements: signed(cp.id) })
    expect(fired(reg, 'R15', '2026-03-15')).toEqual([])
    const [warning] = fired(reg, 'R15', '2026-03-16')
    expect(warning?.message.en).toContain('No supervision has ever been recorded')
  })

  it('follows the interval settings', () => {
    const cp = processor({ risk_points: 8 })
    const reg = register({
      counterparties: [cp],
      agreements: signed(cp.id),
      supervisions: [supervision({ counterparty_id: cp.id, received_on: '2026-01-01' })],
    })
    const options = settings({ supervision_months_high_risk: 6 })
    expect(fired(reg, 'R15', '2026-07-02', options)).toHaveLength(1)
    expect(fired(reg, 'R15', '2026-07-02')).toEqual([])
  })

  it('is not raised for independent controllers or inactive processors', () => {
    const old = '2020-01-01T00:00:00.000Z'
    const counterparties = [
      counterparty({ kinds: ['auditor'], role: 'independent_controller', created_at: old }),
      processor({ status: 'former', created_at: old }),
      processor({ status: 'prospect', created_at: old }),
    ]
    expect(fired(register({ counterparties }), 'R15')).toEqual([])
  })
})

describe('R16 supervision concept below the minimum for the risk', () => {
  const build = (risk_points: number, concept: number) => {
    const cp = processor({ risk_points })
    return register({
      counterparties: [cp],
      agreements: signed(cp.id),
      supervisions: [supervision({ counterparty_id: cp.id, concept })],
    })
  }

  it('follows the Datatilsynet mapping at each band edge', () => {
    expect(fired(build(2, 1), 'R16')).toEqual([])
    expect(fired(build(3, 1), 'R16')).toHaveLength(1)
    expect(fired(build(4, 2), 'R16')).toEqual([])
    expect(fired(build(5, 2), 'R16')).toHaveLength(1)
    expect(fired(build(6, 3), 'R16')).toEqual([])
    expect(fired(build(7, 4), 'R16')[0]?.params).toMatchObject({ minimum_concept: 5 })
    expect(fired(build(10, 5), 'R16')).toEqual([])
  })
})

describe("R17 auditor's statement out of date or with findings", () => {
  const periodEnd = '2025-12-31'
  const cp = processor({ name: 'Datacenter A/S' })
  const build = (overrides: Partial<Parameters<typeof supervision>[0]> = {}) =>
    register({
      counterparties: [cp],
      agreements: signed(cp.id),
      supervisions: [
        supervision({
          counterparty_id: cp.id,
          period_end: periodEnd,
          received_on: '2026-02-15',
          next_due: '2030-01-01',
          ...overrides,
        }),
      ],
    })

  it('turns medium the day after period end + 12 months and high after the 3-month grace', () => {
    const reg = build()
    const expected = plusMonths(periodEnd, 12)
    const deadline = plusMonths(periodEnd, 15)
    expect(fired(reg, 'R17', expected)).toEqual([])
    expect(fired(reg, 'R17', plusDays(expected, 1))[0]).toMatchObject({
      severity: 'medium',
      due: deadline,
    })
    expect(fired(reg, 'R17', deadline)[0]?.severity).toBe('medium')
    expect(fired(reg, 'R17', plusDays(deadline, 1))[0]?.severity).toBe('high')
  })

  it('only judges the newest report, and only auditor reports', () => {
    const reg = build()
    const newer = supervision({ counterparty_id: cp.id, period_end: '2026-12-31' })
    const both = { ...reg, supervisions: [...reg.supervisions, newer] }
    expect(fired(both, 'R17', '2027-06-01')).toEqual([])
    const questionnaire = build({ method: 'questionnaire' })
    expect(fired(questionnaire, 'R17', '2028-01-01')).toEqual([])
  })

  it('fires (high) for a qualified opinion or deviations not followed up', () => {
    const [qualified] = fired(build({ opinion: 'qualified' }), 'R17')
    expect(qualified).toMatchObject({ severity: 'high', due: TODAY })
    expect(qualified?.id).toMatch(/:findings$/)
    expect(fired(build({ deviations: 'Logning mangler' }), 'R17')).toHaveLength(1)
    expect(fired(build({ opinion: 'adverse', followed_up_on: '2026-03-01' }), 'R17')).toEqual([])
  })
})
