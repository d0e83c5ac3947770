import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDemoRegister } from '../../main/services/demo'
import { updateRecord } from '../../main/services/records'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister(() => new Date('2026-11-24T12:00:00Z'))
  await createDemoRegister(reg.ctx)
})
afterEach(async () => {
  await reg.close()
})

describe('the compliance channels', () => {
  it('summarise exactly the warnings they would list, grouped by counterparty', async () => {
    const { warnings } = await reg.handlers['compliance:warnings']({
      counterparty_id: null,
      today: null,
    })
    const summary = await reg.handlers['compliance:summary']({ today: null })
    expect(summary.total).toBe(warnings.length)
    expect(Object.values(summary.by_severity).reduce((a, b) => a + b, 0)).toBe(warnings.length)
    const grouped = summary.groups.reduce(
      (n, g) => n + Object.values(g.by_severity).reduce((a, b) => a + b, 0),
      0,
    )
    expect(grouped + summary.register_warnings.length).toBe(warnings.length)
    const hotjar = summary.groups.find((g) => g.name === 'Hotjar')
    expect(hotjar).toMatchObject({
      worst: 'critical',
      owner: 'Marketing',
      rules: expect.arrayContaining(['R04']),
    })
    expect(summary.groups[0]?.worst).toBe('critical')
    expect(summary.register_warnings.map((w) => w.rule)).toEqual(['R26'])
  })

  it('give one counterparty’s warnings on request', async () => {
    const summary = await reg.handlers['compliance:summary']({ today: null })
    const hotjar = summary.groups.find((g) => g.name === 'Hotjar')
    const { warnings } = await reg.handlers['compliance:warnings']({
      counterparty_id: hotjar?.counterparty_id ?? 0,
      today: null,
    })
    expect(warnings.every((w) => w.subject.counterparty_id === hotjar?.counterparty_id)).toBe(true)
    expect(warnings.map((w) => w.rule)).toContain('R04')
  })

  it('see a fix at once: the cached warnings follow every write', async () => {
    const before = await reg.handlers['compliance:warnings']({ counterparty_id: null, today: null })
    const r04 = before.warnings.find((w) => w.rule === 'R04')
    expect(r04?.subject.type).toBe('agreement')
    await updateRecord(reg.ctx, 'agreement', r04?.subject.id ?? 0, { expires_on: '2028-12-31' })
    const after = await reg.handlers['compliance:warnings']({ counterparty_id: null, today: null })
    expect(after.warnings.find((w) => w.id === r04?.id)).toBeUndefined()
  })

  it('build the summary again after a write, and not before', async () => {
    const first = await reg.handlers['compliance:summary']({ today: null })
    expect(await reg.handlers['compliance:summary']({ today: null })).toBe(first)
    const hotjar = first.groups.find((g) => g.name === 'Hotjar')
    await updateRecord(reg.ctx, 'counterparty', hotjar?.counterparty_id ?? 0, {
      name: 'Hotjar Ltd',
    })
    const renamed = await reg.handlers['compliance:summary']({ today: null })
    expect(renamed.groups.map((g) => g.name)).toContain('Hotjar Ltd')
    expect(renamed.groups.map((g) => g.name)).not.toContain('Hotjar')
  })

  it('judge the register afresh when the day changes', async () => {
    let now = new Date('2026-11-24T12:00:00Z')
    const other = await openTempRegister(() => now)
    try {
      await createDemoRegister(other.ctx)
      expect((await other.handlers['compliance:summary']({ today: null })).today).toBe('2026-11-24')
      now = new Date('2026-11-25T12:00:00Z')
      expect((await other.handlers['compliance:summary']({ today: null })).today).toBe('2026-11-25')
    } finally {
      await other.close()
    }
  })

  it('evaluate as of another day when asked (what-if)', async () => {
    const later = await reg.handlers['compliance:warnings']({
      counterparty_id: null,
      today: '2027-02-01',
    })
    expect(later.today).toBe('2027-02-01')
    expect(later.warnings.some((w) => w.rule === 'R04' && w.message.en.includes('Nordhost'))).toBe(
      true,
    )
  })
})
