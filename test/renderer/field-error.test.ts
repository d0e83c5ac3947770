import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../main/transport/dispatch'
import { da } from '../../renderer/i18n/da'
import { en } from '../../renderer/i18n/en'
import { ApiCallError } from '../../renderer/lib/api'
import { errorText } from '../../renderer/lib/field-error'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

/** The error the renderer gets for a call to the real backend, as the UI shows it. */
async function shown(channel: string, input: unknown): Promise<{ da: string; en: string }> {
  const result = await dispatch(reg.handlers, channel, input, () => undefined)
  if (result.ok) throw new Error(`${channel} did not fail`)
  const error = new ApiCallError(result.error)
  return { da: errorText(da, error), en: errorText(en, error) }
}

describe('errors from the services, as the UI shows them', () => {
  it('say in the UI language that a sub-processor is linked already', async () => {
    const processor = await reg.handlers['counterparties:create']({ name: 'Nordhost' } as never)
    const sub = await reg.handlers['counterparties:create']({ name: 'Backup Vault' } as never)
    const link = { processor_id: processor.id, sub_processor_id: sub.id }
    await reg.handlers['links:create'](link as never)
    expect(await shown('links:create', link)).toEqual({
      da: da.errors.alreadyExists,
      en: en.errors.alreadyExists,
    })
  })

  it('say in the UI language that a record is gone', async () => {
    const text = await shown('counterparties:update', { id: 999, patch: { name: 'X' } })
    expect(text.da).toBe(da.errors.missingRecord)
  })

  it('name the kind of error in the UI language where the wording is not known', async () => {
    const text = await shown('backups:restore', { file_name: 'no-such.backup.db' })
    expect(text.da).toMatch(new RegExp(`^${da.errors.codes.not_found}: `))
    expect(text.en).toMatch(new RegExp(`^${en.errors.codes.not_found}: `))
  })

  it('name an unknown field of a patch in the UI language', async () => {
    const cp = await reg.handlers['counterparties:create']({ name: 'Hostly' } as never)
    const text = await shown('counterparties:update', { id: cp.id, patch: { nmae: 'X' } })
    expect(text).toEqual({
      da: 'Feltet "nmae" findes ikke; intet blev ændret.',
      en: 'There is no field called "nmae"; nothing was changed.',
    })
  })

  it('say in the UI language that an empty patch changes nothing', async () => {
    const cp = await reg.handlers['counterparties:create']({ name: 'Hostly' } as never)
    expect(await shown('counterparties:update', { id: cp.id, patch: {} })).toEqual({
      da: da.errors.patchEmpty,
      en: en.errors.patchEmpty,
    })
  })

  it('say in the UI language that the disk is full, whatever the server’s words', () => {
    const error = new ApiCallError({ code: 'disk_full', message: 'anything' })
    expect(errorText(da, error)).toBe(da.errors.diskFull)
    expect(errorText(en, error)).toMatch(/^The disk is full.*no backup either.*Free some space/)
  })
})
