import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportPerson, erasePerson, REDACTED } from '../../main/services/persons'
import { createRecord, updateRecord } from '../../main/services/records'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

async function person() {
  const cp = await createRecord(reg.ctx, 'counterparty', { name: 'Hostly ApS' })
  const contact = await createRecord(reg.ctx, 'contact', {
    counterparty_id: cp.id,
    name: 'Mette Hansen',
    email: 'mette@hostly.example',
    phone: '+45 12 34 56 78',
  })
  await updateRecord(reg.ctx, 'contact', contact.id, { title: 'DPO' })
  return contact
}

const logText = () =>
  reg.db.sqlite
    .prepare(
      "SELECT group_concat(coalesce(before, '') || coalesce(after, ''), ' ') FROM change_log",
    )
    .pluck()
    .get() as string

describe("the app's own GDPR duties", () => {
  it('export everything about one person with its history', async () => {
    const contact = await person()
    const data = await exportPerson(reg.ctx, contact.id)
    expect(data.contact).toMatchObject({
      name: 'Mette Hansen',
      title: 'DPO',
      email: 'mette@hostly.example',
    })
    expect(data.counterparty.name).toBe('Hostly ApS')
    expect(data.history.map((h) => h.action)).toEqual(['create', 'update'])
  })

  it('erase a person and redact their traces in the change log, logging the erasure itself', async () => {
    const contact = await person()
    await erasePerson(reg.ctx, contact.id)
    expect(reg.db.sqlite.prepare('SELECT count(*) FROM contact').pluck().get()).toBe(0)
    const text = logText()
    for (const trace of ['Mette', 'mette@hostly.example', '+45 12 34 56 78', 'DPO'])
      expect(text).not.toContain(trace)
    expect(text).toContain(REDACTED)
    const actions = reg.db.sqlite
      .prepare("SELECT action FROM change_log WHERE entity = 'contact' ORDER BY id")
      .pluck()
      .all()
    expect(actions).toEqual(['create', 'update', 'delete', 'redact'])
    expect(text).toContain('Hostly ApS')
  })
})

describe('the change log', () => {
  it('rejects any update or delete of its rows in SQL', async () => {
    await person()
    expect(() => reg.db.sqlite.prepare('DELETE FROM change_log').run()).toThrow(/append-only/)
    expect(() =>
      reg.db.sqlite.prepare("UPDATE change_log SET os_user = 'someone else'").run(),
    ).toThrow(/append-only/)
    expect(() =>
      reg.db.sqlite.prepare('UPDATE change_log SET after = \'{"name":"[redacted]"}\'').run(),
    ).toThrow(/append-only/)
  })
})
