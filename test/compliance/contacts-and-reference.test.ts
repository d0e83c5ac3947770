import { describe, expect, it } from 'vitest'
import { contact, counterparty, fired, plusDays, plusMonths, register, settings } from './builders'
import { REFERENCE_DATA_VERIFIED_ON } from '../../main/compliance/reference-data'

describe('R23 contact person kept too long', () => {
  const cp = counterparty({ name: 'Revisor & Co' })
  const last = '2024-03-10'
  const reg = register({
    counterparties: [cp],
    contacts: [contact({ counterparty_id: cp.id, name: 'Bo Berg', last_activity: last })],
  })
  const due = plusMonths(last, 24)

  it('fires the day after 24 months of inactivity, not on the day', () => {
    expect(fired(reg, 'R23', due)).toEqual([])
    const [warning] = fired(reg, 'R23', plusDays(due, 1))
    expect(warning).toMatchObject({ severity: 'medium', due, subject: { type: 'contact' } })
    expect(warning?.message.da).toContain('Bo Berg')
    expect(warning?.message.da).toContain('Revisor & Co')
  })

  it('never fires under a legal hold', () => {
    const held = { ...reg, contacts: reg.contacts.map((c) => ({ ...c, legal_hold: true })) }
    expect(fired(held, 'R23', '2030-01-01')).toEqual([])
  })

  it('counts from the end of the relationship when that is later', () => {
    const ended = {
      ...reg,
      counterparties: [{ ...cp, status: 'former' as const, relationship_end: '2025-01-31' }],
    }
    const endDue = plusMonths('2025-01-31', 24)
    expect(fired(ended, 'R23', endDue)).toEqual([])
    expect(fired(ended, 'R23', plusDays(endDue, 1))).toHaveLength(1)
  })

  it('follows contact_retention_months', () => {
    const options = settings({ contact_retention_months: 6 })
    expect(fired(reg, 'R23', plusMonths(last, 6), options)).toEqual([])
    expect(fired(reg, 'R23', plusDays(plusMonths(last, 6), 1), options)).toHaveLength(1)
  })

  it('leaves contacts without any date alone', () => {
    const undated = { ...reg, contacts: reg.contacts.map((c) => ({ ...c, last_activity: null })) }
    expect(fired(undated, 'R23', '2035-01-01')).toEqual([])
  })
})

describe('R26 reference data out of date', () => {
  it('fires the day after 90 days from the built-in verification date', () => {
    const due = plusDays(REFERENCE_DATA_VERIFIED_ON, 90)
    expect(fired(register(), 'R26', due)).toEqual([])
    const [warning] = fired(register(), 'R26', plusDays(due, 1))
    expect(warning).toMatchObject({
      id: 'R26:register:-',
      severity: 'low',
      due,
      subject: { type: 'register', id: null, counterparty_id: null },
    })
  })

  it('counts from a later manual verification recorded in settings', () => {
    const options = settings({}, { reference_data_verified_on: '2027-01-01' })
    expect(fired(register(), 'R26', '2027-04-01', options)).toEqual([])
    expect(fired(register(), 'R26', '2027-04-02', options)).toHaveLength(1)
  })
})
