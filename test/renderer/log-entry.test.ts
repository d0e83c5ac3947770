import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { da } from '../../renderer/i18n/da'
import { entryChanges } from '../../renderer/components/data/log-entry'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

describe('a settings change in the change log', () => {
  it('names each setting with its section, and languages by their names', async () => {
    await reg.handlers['settings:update']({
      language: 'en',
      demo_offer_dismissed: true,
      backups: { interval_hours: 6 },
    })
    const { rows } = await reg.handlers['changelog:list']({
      entity: 'settings',
      entity_id: null,
      counterparty_id: null,
      offset: 0,
      limit: 10,
    })
    const entry = rows[0]
    if (!entry) throw new Error('the settings change was not logged')
    const lines = entryChanges(da, 'da', entry, new Map()).map(
      (line) => `${line.field}: ${line.before ?? ''} → ${line.after}`,
    )
    expect(lines).toContain('Sprog: Dansk → English')
    expect(lines).toContain('Tilbuddet om demoregistret er lukket: Nej → Ja')
    expect(lines).toContainEqual(
      expect.stringMatching(/^Automatiske sikkerhedskopier · .+: 4 → 6$/),
    )
  })
})
