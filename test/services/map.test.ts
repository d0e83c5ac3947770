import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { locationsByCountry, transferStatus } from '../../main/services/map'
import { createRecord } from '../../main/services/records'
import { referenceCountries } from '../../main/services/reference'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

const TODAY = '2026-11-24'

describe('transfer status of a location', () => {
  it.each([
    ['DE', 'none', 'eea'],
    ['el', 'scc_2021', 'eea'],
    ['CH', 'adequacy', 'adequate'],
    ['IN', 'adequacy', 'missing'],
    ['US', 'dpf', 'adequate'],
    ['IN', 'dpf', 'missing'],
    ['IN', 'scc_2021', 'safeguarded'],
    ['US', 'privacy_shield', 'missing'],
    ['US', 'scc_legacy', 'missing'],
    ['GL', 'eea', 'missing'],
    ['CN', 'none', 'missing'],
  ] as const)('%s on %s is %s', (country, basis, status) => {
    expect(transferStatus(country, basis, TODAY)).toBe(status)
  })

  it('accepts the old SCCs before their end date', () => {
    expect(transferStatus('US', 'scc_legacy', '2022-01-01')).toBe('safeguarded')
  })
})

describe('locations by country', () => {
  it('groups current locations by country with the worst status first', async () => {
    const cloud = await createRecord(reg.ctx, 'counterparty', { name: 'Cloud Inc.' })
    const mail = await createRecord(reg.ctx, 'counterparty', { name: 'Mail LLC' })
    const gone = await createRecord(reg.ctx, 'counterparty', {
      name: 'Gone Corp',
      status: 'former',
    })
    const hosting = await createRecord(reg.ctx, 'counterparty', { name: 'Hosting ApS' })
    const place = (counterparty_id: number, country: string, basis: string) =>
      createRecord(reg.ctx, 'location', { counterparty_id, country, basis } as never)
    await place(cloud.id, 'US', 'dpf')
    await place(cloud.id, 'US', 'none')
    await place(mail.id, 'US', 'scc_2021')
    await place(gone.id, 'US', 'none')
    await place(hosting.id, 'DK', 'eea')

    const result = await locationsByCountry(reg.ctx, { per_country: 200 })
    expect(result.map((c) => c.country)).toEqual(['DK', 'US'])
    const us = result[1]
    expect(us?.status).toBe('missing')
    expect(us?.counts).toEqual({ eea: 0, adequate: 1, safeguarded: 1, missing: 1 })
    expect(us?.counterparties).toEqual([
      { id: cloud.id, name: 'Cloud Inc.', basis: 'none', status: 'missing' },
      { id: mail.id, name: 'Mail LLC', basis: 'scc_2021', status: 'safeguarded' },
    ])
    expect(result[0]?.status).toBe('eea')

    const limited = await locationsByCountry(reg.ctx, { per_country: 1 })
    expect(limited[1]?.counterparty_total).toBe(2)
    expect(limited[1]?.counterparties).toHaveLength(1)
  })
})

describe('reference countries', () => {
  it('marks EEA states, outermost regions and adequacy decisions with their scope', () => {
    const { version, verified_on, countries } = referenceCountries()
    expect(version).toMatch(/^\d{4}\./)
    expect(verified_on).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const byCode = new Map(countries.map((c) => [c.code, c]))
    expect(byCode.get('DK')).toMatchObject({ eea: true, adequacy: null })
    expect(byCode.get('GP')).toMatchObject({ eea: true })
    expect(byCode.get('CH')).toMatchObject({ eea: false, adequacy: 'full' })
    for (const code of ['CA', 'FO', 'IL', 'JP', 'KR', 'US']) {
      expect(byCode.get(code)?.adequacy).toBe('partial')
      expect(byCode.get(code)?.condition?.da).toBeTruthy()
    }
    expect(byCode.get('GB')?.expires).toBe('2031-12-27')
    expect(byCode.has('GL')).toBe(false)
    expect(byCode.has('CN')).toBe(false)
  })
})
