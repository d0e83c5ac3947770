import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readRegister } from '../../db'
import { withinTransaction } from '../../main/services/context'
import { createDemoRegister } from '../../main/services/demo'
import { createRecord } from '../../main/services/records'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

const TODAY = '2026-11-24'

describe('the demo register', () => {
  it('is a Danish IT consultancy with suppliers, trackers, an auditor, a law firm and an authority', async () => {
    await createDemoRegister(reg.ctx)
    const register = await readRegister(reg.db.kysely)
    const kinds = register.counterparty.flatMap((c) => JSON.parse(c.kinds) as string[])
    for (const kind of [
      'supplier',
      'processor',
      'sub_processor',
      'auditor',
      'advisor',
      'authority',
      'customer',
    ]) {
      expect(kinds).toContain(kind)
    }
    const legalNames = register.counterparty.map((c) => c.legal_name ?? c.name).join(' | ')
    for (const provider of ['Google', 'Hotjar', 'LinkedIn', 'Meta'])
      expect(legalNames).toContain(provider)
    const independents = register.counterparty.filter((c) => c.role === 'independent_controller')
    expect(independents.map((c) => JSON.parse(c.kinds) as string[]).flat()).toEqual(
      expect.arrayContaining(['auditor', 'advisor', 'authority']),
    )
  })

  it('has sub-processor chains that reach third countries, and agreements that expire soon or have expired', async () => {
    await createDemoRegister(reg.ctx)
    const register = await readRegister(reg.db.kysely)
    const linkFrom = new Map(
      register.sub_processor_link.map((l) => [l.processor_id, l.sub_processor_id]),
    )
    const depth = (id: number, seen = new Set<number>()): number => {
      const next = linkFrom.get(id)
      return next === undefined || seen.has(next) ? 0 : 1 + depth(next, seen.add(id))
    }
    expect(Math.max(...register.counterparty.map((c) => depth(c.id)))).toBeGreaterThanOrEqual(2)
    const subIds = new Set(register.sub_processor_link.map((l) => l.sub_processor_id))
    const thirdCountrySubs = register.location.filter(
      (l) => subIds.has(l.counterparty_id) && !['DE', 'IE', 'DK'].includes(l.country),
    )
    expect(thirdCountrySubs.length).toBeGreaterThan(0)
    const expiries = register.agreement.flatMap((a) => (a.expires_on ? [a.expires_on] : []))
    expect(expiries.some((d) => d < TODAY)).toBe(true)
    expect(expiries.some((d) => d > TODAY && d < '2027-02-22')).toBe(true)
  })

  it('logs every record it creates and sets our organisation', async () => {
    const { counterparties } = await createDemoRegister(reg.ctx)
    expect(counterparties).toBe(18)
    const creates = reg.db.sqlite
      .prepare("SELECT count(*) FROM change_log WHERE action = 'create'")
      .pluck()
      .get()
    const records = reg.db.sqlite
      .prepare(
        'SELECT (SELECT count(*) FROM counterparty) + (SELECT count(*) FROM contact) + (SELECT count(*) FROM agreement) + (SELECT count(*) FROM location) + (SELECT count(*) FROM sub_processor_link) + (SELECT count(*) FROM supervision)',
      )
      .pluck()
      .get()
    expect(creates).toBe(records)
    expect((await reg.handlers['settings:get']({})).organisation.name).toBe('Ditmer A/S')
  })

  it('is refused on a register that already has data, and then adds nothing', async () => {
    await createRecord(reg.ctx, 'counterparty', { name: 'Existing' })
    await expect(createDemoRegister(reg.ctx)).rejects.toThrow(/empty register/)
    expect(reg.db.sqlite.prepare('SELECT count(*) FROM counterparty').pluck().get()).toBe(1)
  })
})

describe('service calls within one transaction', () => {
  it('roll back together when one of them fails', async () => {
    await expect(
      withinTransaction(reg.ctx, async (tx) => {
        await createRecord(tx, 'counterparty', { name: 'First' })
        await createRecord(tx, 'contact', { counterparty_id: 999, name: 'Dangling' })
      }),
    ).rejects.toThrow(/does not exist/)
    expect(reg.db.sqlite.prepare('SELECT count(*) FROM counterparty').pluck().get()).toBe(0)
    expect(reg.db.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(0)
  })
})
