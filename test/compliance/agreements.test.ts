import { describe, expect, it } from 'vitest'
import {
  TODAY,
  agreement,
  counterparty,
  fired,
  plusDays,
  processor,
  register,
  settings,
  supervision,
} from './builders'

describe('R01 processor without a signed DPA', () => {
  it('fires for an active processor with no agreement, critical and due today', () => {
    const cp = processor({ name: 'Nordhost A/S' })
    const [warning] = fired(register({ counterparties: [cp] }), 'R01')
    expect(warning).toMatchObject({
      id: `R01:counterparty:${cp.id}`,
      severity: 'critical',
      due: TODAY,
      subject: { type: 'counterparty', id: cp.id, counterparty_id: cp.id },
    })
    expect(warning?.message.da).toContain('Nordhost A/S')
    expect(warning?.message.en).toContain('Nordhost A/S')
    expect(warning?.message.da).toContain('databehandleraftale')
  })

  it('fires for a sub-processor of ours too', () => {
    const cp = processor({ role: 'sub_processor' })
    expect(fired(register({ counterparties: [cp] }), 'R01')).toHaveLength(1)
  })

  it('is silent once a DPA is signed, but not while it is only a draft or sent', () => {
    const cp = processor()
    for (const status of ['draft', 'sent', 'terminated'] as const) {
      const agreements = [agreement({ counterparty_id: cp.id, status })]
      expect(fired(register({ counterparties: [cp], agreements }), 'R01')).toHaveLength(1)
    }
    const agreements = [agreement({ counterparty_id: cp.id, status: 'signed' })]
    expect(fired(register({ counterparties: [cp], agreements }), 'R01')).toHaveLength(0)
  })

  it('accepts 2021 SCCs module 2 or 3 as the Art. 28 contract, but not module 1 or an NDA', () => {
    const cp = processor()
    const with_ = (overrides: Parameters<typeof agreement>[0]) =>
      fired(register({ counterparties: [cp], agreements: [agreement(overrides)] }), 'R01')
    expect(with_({ counterparty_id: cp.id, type: 'scc_2021', scc_module: 2 })).toHaveLength(0)
    expect(with_({ counterparty_id: cp.id, type: 'scc_2021', scc_module: 3 })).toHaveLength(0)
    expect(with_({ counterparty_id: cp.id, type: 'scc_2021', scc_module: 1 })).toHaveLength(1)
    expect(with_({ counterparty_id: cp.id, type: 'nda' })).toHaveLength(1)
    expect(with_({ counterparty_id: cp.id, type: 'dpa_we_process' })).toHaveLength(1)
  })

  it('never fires for independent controllers: auditors, lawyers, authorities', () => {
    const counterparties = [
      counterparty({ kinds: ['auditor'], role: 'independent_controller' }),
      counterparty({ kinds: ['advisor'], role: 'none' }),
      counterparty({ kinds: ['authority'], role: 'joint_controller' }),
      counterparty({ kinds: ['processor'], role: 'independent_controller' }),
    ]
    expect(fired(register({ counterparties }), 'R01')).toEqual([])
  })

  it('does not fire before processing starts or after it ended', () => {
    const counterparties = [processor({ status: 'prospect' }), processor({ status: 'former' })]
    expect(fired(register({ counterparties }), 'R01')).toEqual([])
  })
})

describe('R03 DPA expires soon and R04 DPA expired', () => {
  const cp = processor({ name: 'Mailservice ApS' })
  const expiresOn = '2026-12-01'
  const reg = register({
    counterparties: [cp],
    agreements: [agreement({ counterparty_id: cp.id, expires_on: expiresOn })],
    supervisions: [supervision({ counterparty_id: cp.id })],
  })
  const severityOn = (today: string) =>
    [...fired(reg, 'R03', today), ...fired(reg, 'R04', today)].map((w) => `${w.rule}/${w.severity}`)

  it('is silent 91 days before the end and warns (medium) from 90 days', () => {
    expect(severityOn(plusDays(expiresOn, -91))).toEqual([])
    expect(severityOn(plusDays(expiresOn, -90))).toEqual(['R03/medium'])
  })

  it('escalates to high from 30 days before the end', () => {
    expect(severityOn(plusDays(expiresOn, -31))).toEqual(['R03/medium'])
    expect(severityOn(plusDays(expiresOn, -30))).toEqual(['R03/high'])
  })

  it('treats the end date as the last valid day, and turns critical the day after', () => {
    expect(severityOn(expiresOn)).toEqual(['R03/high'])
    expect(severityOn(plusDays(expiresOn, 1))).toEqual(['R04/critical'])
  })

  it('carries the expiry date as due date and names the counterparty', () => {
    const [warning] = fired(reg, 'R03', plusDays(expiresOn, -40))
    expect(warning).toMatchObject({ due: expiresOn, params: { days_left: 40 } })
    expect(warning?.message.da).toContain('Mailservice ApS')
    expect(warning?.message.da).toContain('1. december 2026')
    expect(warning?.message.en).toContain('1 December 2026')
  })

  it('uses the thresholds from settings', () => {
    const options = settings({ expiry_warn_days: 10, expiry_escalate_days: 5 })
    const today = plusDays(expiresOn, -11)
    expect(fired(reg, 'R03', today, options)).toEqual([])
    expect(fired(reg, 'R03', plusDays(expiresOn, -10), options)[0]?.severity).toBe('medium')
    expect(fired(reg, 'R03', plusDays(expiresOn, -5), options)[0]?.severity).toBe('high')
  })

  it('R04 only fires while processing is active', () => {
    const after = plusDays(expiresOn, 10)
    const prospect = { ...reg, counterparties: [{ ...cp, status: 'prospect' as const }] }
    const former = { ...reg, counterparties: [{ ...cp, status: 'former' as const }] }
    expect(fired(prospect, 'R04', after)).toEqual([])
    expect(fired(former, 'R04', after)).toEqual([])
    expect(fired(reg, 'R04', after)).toHaveLength(1)
  })

  it('stays silent when a newer signed DPA covers the period after the end', () => {
    const renewed = {
      ...reg,
      agreements: [
        ...reg.agreements,
        agreement({ counterparty_id: cp.id, expires_on: '2028-12-01' }),
      ],
    }
    expect(fired(renewed, 'R03', plusDays(expiresOn, -5))).toEqual([])
    expect(fired(renewed, 'R04', plusDays(expiresOn, 5))).toEqual([])
  })

  it('treats an auto-renewing DPA as rolling forward, never expiring', () => {
    const rolling = {
      ...reg,
      agreements: [
        agreement({ counterparty_id: cp.id, expires_on: expiresOn, auto_renewal_months: 12 }),
      ],
    }
    expect(fired(rolling, 'R03', plusDays(expiresOn, -5))).toEqual([])
    expect(fired(rolling, 'R04', plusDays(expiresOn, 400))).toEqual([])
  })

  it('uses the main contract end date when the DPA follows it', () => {
    const master = agreement({ counterparty_id: cp.id, type: 'master', expires_on: expiresOn })
    const dpa = agreement({ counterparty_id: cp.id, parent_agreement_id: master.id })
    const following = { ...reg, agreements: [master, dpa] }
    const [warning] = fired(following, 'R03', plusDays(expiresOn, -20))
    expect(warning?.subject).toMatchObject({ type: 'agreement', id: dpa.id })
    expect(fired(following, 'R04', plusDays(expiresOn, 1))).toHaveLength(1)
  })

  it('ignores terminated or unsigned DPAs for expiry, leaving it to R01', () => {
    const drafts = {
      ...reg,
      agreements: [agreement({ counterparty_id: cp.id, expires_on: expiresOn, status: 'draft' })],
    }
    expect(fired(drafts, 'R03', plusDays(expiresOn, -5))).toEqual([])
    expect(fired(drafts, 'R01', plusDays(expiresOn, -5))).toHaveLength(1)
  })
})
