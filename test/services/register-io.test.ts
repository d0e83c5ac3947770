import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDemoRegister } from '../../main/services/demo'
import { createRecord } from '../../main/services/records'
import {
  exportRegister,
  importRegister,
  RegisterImportError,
  type RegisterDocument,
} from '../../main/services/register-io'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let source: TempRegister
let target: TempRegister
beforeEach(async () => {
  source = await openTempRegister()
  target = await openTempRegister()
  await createDemoRegister(source.ctx)
})
afterEach(async () => {
  await source.close()
  await target.close()
})

const rowCount = (reg: TempRegister) =>
  reg.db.sqlite
    .prepare(
      'SELECT (SELECT count(*) FROM counterparty) + (SELECT count(*) FROM location) + (SELECT count(*) FROM change_log)',
    )
    .pluck()
    .get()

async function importProblems(text: string) {
  try {
    await importRegister(target.ctx, text, { replace: false })
  } catch (error) {
    if (error instanceof RegisterImportError) return error
    throw error
  }
  throw new Error('expected the import to fail')
}

describe('the register JSON format', () => {
  it('round-trips byte for byte: export → import → export', async () => {
    const first = await exportRegister(source.ctx)
    await importRegister(target.ctx, first, { replace: false })
    expect(await exportRegister(target.ctx)).toBe(first)
  })

  it('lists every bad record with its position, id and field, and imports nothing', async () => {
    const document = JSON.parse(await exportRegister(source.ctx)) as RegisterDocument
    const locations = document.locations as unknown as Record<string, unknown>[]
    locations[1] = { ...locations[1], country: 'Germany' }
    locations[2] = { ...locations[2], basis: 'pinky_promise' }
    const error = await importProblems(JSON.stringify(document))
    expect(error.problems).toEqual([
      {
        record: `locations[1] (id ${String(locations[1]?.id)})`,
        field: 'country',
        message: expect.stringContaining('two-letter'),
      },
      {
        record: `locations[2] (id ${String(locations[2]?.id)})`,
        field: 'basis',
        message: expect.any(String),
      },
    ])
    expect(error.message).toMatch(/2 problem\(s\); nothing was imported/)
    expect(rowCount(target)).toBe(0)
  })

  it('refuses references to records that are not in the file and ids used twice', async () => {
    const document = JSON.parse(await exportRegister(source.ctx)) as RegisterDocument
    const [firstContact] = document.contacts
    const [firstAgreement] = document.agreements
    if (!firstContact || !firstAgreement) throw new Error('the demo has contacts and agreements')
    document.contacts[0] = { ...firstContact, counterparty_id: 9999 }
    document.agreements.push({ ...firstAgreement })
    const error = await importProblems(JSON.stringify(document))
    expect(error.problems.map((p) => p.field).sort()).toEqual(['counterparty_id', 'id'])
    expect(rowCount(target)).toBe(0)
  })

  it('says clearly when the file is not JSON or not a register', async () => {
    expect((await importProblems('{"format": ')).problems[0]?.message).toMatch(/not valid JSON/)
    expect(
      (await importProblems('{"format": "spreadsheet", "version": 1}')).problems[0],
    ).toMatchObject({ field: 'format' })
    expect(
      (await importProblems('{"format": "dpa-desk-register", "version": 99}')).problems[0],
    ).toMatchObject({ field: 'version' })
  })

  it('refuses to merge into a register that has data unless told to replace it', async () => {
    await createRecord(target.ctx, 'counterparty', { name: 'Already here' })
    const text = await exportRegister(source.ctx)
    await expect(importRegister(target.ctx, text, { replace: false })).rejects.toThrow(/not empty/)
    await importRegister(target.ctx, text, { replace: true })
    expect(await exportRegister(target.ctx)).toBe(text)
  })
})

describe('importing a register whose records come in any order', () => {
  it('accepts an agreement that names a main contract later in the file', async () => {
    const document = JSON.parse(await exportRegister(source.ctx)) as RegisterDocument
    const [first, second] = document.agreements
    if (!first || !second) throw new Error('the demo has agreements')
    first.parent_agreement_id = second.id
    document.agreements = [first, second]
    await importRegister(target.ctx, JSON.stringify(document), { replace: false })
    const imported = target.db.sqlite
      .prepare('SELECT parent_agreement_id FROM agreement WHERE id = ?')
      .pluck()
      .get(first.id)
    expect(imported).toBe(second.id)
  })
})
