import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ServiceError } from '../../main/services/errors'
import {
  createRecord,
  deleteRecord,
  getRecord,
  listRecords,
  updateRecord,
} from '../../main/services/records'
import { deleteCounterparty, listCounterpartyPage } from '../../main/services/counterparties'
import { changeLogPage } from '../../main/services/changelog'
import { getSettings, updateSettings } from '../../main/services/settings'
import { counterpartyFilter } from '../../preload/contract'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

const rejection = async (promise: Promise<unknown>): Promise<ServiceError> => {
  try {
    await promise
  } catch (error) {
    if (error instanceof ServiceError) return error
    throw error
  }
  throw new Error('expected a ServiceError')
}

const log = async () =>
  (await changeLogPage(reg.ctx, { entity: null, entity_id: null, offset: 0, limit: 1000 })).rows

describe('record services', () => {
  it('creates, reads, updates and deletes every record type, logging each write', async () => {
    const cp = await createRecord(reg.ctx, 'counterparty', {
      name: 'Hostly ApS',
      kinds: ['processor'],
      role: 'processor',
      country: 'dk',
    })
    const sub = await createRecord(reg.ctx, 'counterparty', {
      name: 'CloudCorp Inc.',
      country: 'US',
    })
    expect(cp.country).toBe('DK')
    expect(cp.kinds).toEqual(['processor'])
    const children = [
      [
        'contact',
        {
          counterparty_id: cp.id,
          name: 'Mette Hansen',
          email: 'mette@hostly.dk',
          legal_hold: true,
        },
      ],
      [
        'agreement',
        { counterparty_id: cp.id, type: 'dpa', status: 'signed', signed_on: '2025-01-10' },
      ],
      ['location', { counterparty_id: cp.id, country: 'US', basis: 'dpf', recurring: true }],
      [
        'sub_processor_link',
        { processor_id: cp.id, sub_processor_id: sub.id, approved_on: '2025-02-01' },
      ],
      [
        'supervision',
        { counterparty_id: cp.id, method: 'isae3000_type2', period_end: '2025-12-31' },
      ],
    ] as const
    for (const [entity, input] of children) {
      const created = await createRecord(reg.ctx, entity, input as never)
      expect(await getRecord(reg.ctx, entity, created.id)).toEqual(created)
      // A patch that changes something: one that changes nothing is not logged (tested below).
      const patch = {
        contact: { title: 'DPO' },
        agreement: { title: 'DPA 2025' },
        location: { description: 'Backups' },
        sub_processor_link: { purpose: 'hosting' },
        supervision: { notes: 'Read' },
      }[entity]
      const updated = await updateRecord(reg.ctx, entity, created.id, patch as never)
      expect(updated.id).toBe(created.id)
      await deleteRecord(reg.ctx, entity, created.id)
      await expect(getRecord(reg.ctx, entity, created.id)).rejects.toThrow(/does not exist/)
    }
    const entries = await log()
    expect(entries.filter((e) => e.action === 'create')).toHaveLength(7)
    expect(entries.filter((e) => e.action === 'update')).toHaveLength(5)
    expect(entries.filter((e) => e.action === 'delete')).toHaveLength(5)
    expect(entries.every((e) => e.os_user === 'tester')).toBe(true)
  })

  it('keeps booleans and lists as such through the file', async () => {
    const cp = await createRecord(reg.ctx, 'counterparty', {
      name: 'A',
      data_categories: ['special', 'cpr'],
    })
    const loc = await createRecord(reg.ctx, 'location', {
      counterparty_id: cp.id,
      country: 'CA',
      basis: 'adequacy',
      scope_confirmed: false,
    })
    expect(loc.scope_confirmed).toBe(false)
    expect(loc.recurring).toBe(false)
    expect((await getRecord(reg.ctx, 'counterparty', cp.id)).data_categories).toEqual([
      'special',
      'cpr',
    ])
  })

  it('stores Greece as GR when given the EU style code EL', async () => {
    const cp = await createRecord(reg.ctx, 'counterparty', { name: 'Athens Data', country: 'EL' })
    expect(cp.country).toBe('GR')
  })

  it('records before and after of an update in the change log', async () => {
    const cp = await createRecord(reg.ctx, 'counterparty', { name: 'Old name' })
    await updateRecord(reg.ctx, 'counterparty', cp.id, { name: 'New name' })
    const [update] = (await log()).filter((e) => e.action === 'update')
    expect(update).toMatchObject({
      entity: 'counterparty',
      entity_id: cp.id,
      before: { name: 'Old name' },
      after: { name: 'New name' },
    })
  })

  it('names the field of a validation error and writes nothing', async () => {
    const cp = await createRecord(reg.ctx, 'counterparty', { name: 'A' })
    const error = await rejection(
      createRecord(reg.ctx, 'contact', {
        counterparty_id: cp.id,
        name: 'B',
        email: 'not-an-email',
      }),
    )
    expect(error.code).toBe('validation')
    expect(error.field).toBe('email')
    expect(error.message).toMatch(/^email: /)
    expect(
      (
        await listRecords(reg.ctx, 'contact', {
          where: {},
          sort: 'name',
          dir: 'asc',
          offset: 0,
          limit: 10,
        })
      ).total,
    ).toBe(0)
    expect(await log()).toHaveLength(1)
  })

  it('refuses a reference to a record that does not exist', async () => {
    const error = await rejection(
      createRecord(reg.ctx, 'agreement', { counterparty_id: 999, type: 'dpa' }),
    )
    expect(error).toMatchObject({ code: 'validation', field: 'counterparty_id' })
  })

  it('validates the merged record on a partial update', async () => {
    const a = await createRecord(reg.ctx, 'counterparty', { name: 'A' })
    const b = await createRecord(reg.ctx, 'counterparty', { name: 'B' })
    const link = await createRecord(reg.ctx, 'sub_processor_link', {
      processor_id: a.id,
      sub_processor_id: b.id,
    })
    const error = await rejection(
      updateRecord(reg.ctx, 'sub_processor_link', link.id, { sub_processor_id: a.id }),
    )
    expect(error).toMatchObject({ code: 'validation', field: 'sub_processor_id' })
    const empty = await rejection(updateRecord(reg.ctx, 'counterparty', a.id, { name: '  ' }))
    expect(empty).toMatchObject({ code: 'validation', field: 'name' })
  })

  it('reports a duplicate sub-processor link as a conflict', async () => {
    const a = await createRecord(reg.ctx, 'counterparty', { name: 'A' })
    const b = await createRecord(reg.ctx, 'counterparty', { name: 'B' })
    await createRecord(reg.ctx, 'sub_processor_link', {
      processor_id: a.id,
      sub_processor_id: b.id,
    })
    const error = await rejection(
      createRecord(reg.ctx, 'sub_processor_link', { processor_id: a.id, sub_processor_id: b.id }),
    )
    expect(error.code).toBe('conflict')
  })

  it('says not_found for an unknown id on update and delete', async () => {
    expect(
      (await rejection(updateRecord(reg.ctx, 'agreement', 42, { status: 'signed' }))).code,
    ).toBe('not_found')
    expect((await rejection(deleteRecord(reg.ctx, 'agreement', 42))).code).toBe('not_found')
  })
})

describe('deleting a counterparty', () => {
  it('is refused with a message while it has agreements, unless confirmed, and then logs everything removed', async () => {
    const cp = await createRecord(reg.ctx, 'counterparty', { name: 'Mailer A/S' })
    await createRecord(reg.ctx, 'agreement', { counterparty_id: cp.id, type: 'dpa' })
    await createRecord(reg.ctx, 'contact', { counterparty_id: cp.id, name: 'Jens' })
    const error = await rejection(deleteCounterparty(reg.ctx, cp.id, false))
    expect(error.code).toBe('confirm_required')
    expect(error.message).toMatch(/Mailer A\/S still has 1 agreement/)
    expect((await getRecord(reg.ctx, 'counterparty', cp.id)).name).toBe('Mailer A/S')

    await deleteCounterparty(reg.ctx, cp.id, true)
    await expect(getRecord(reg.ctx, 'counterparty', cp.id)).rejects.toThrow()
    const deletes = (await log()).filter((e) => e.action === 'delete').map((e) => e.entity)
    expect(deletes.sort()).toEqual(['agreement', 'contact', 'counterparty'])
  })

  it('is refused while it is someone’s sub-processor', async () => {
    const a = await createRecord(reg.ctx, 'counterparty', { name: 'A' })
    const b = await createRecord(reg.ctx, 'counterparty', { name: 'B' })
    await createRecord(reg.ctx, 'sub_processor_link', {
      processor_id: a.id,
      sub_processor_id: b.id,
    })
    expect((await rejection(deleteCounterparty(reg.ctx, b.id, false))).code).toBe(
      'confirm_required',
    )
  })

  it('needs no confirmation when nothing hangs on it', async () => {
    const cp = await createRecord(reg.ctx, 'counterparty', { name: 'Lonely' })
    await deleteCounterparty(reg.ctx, cp.id, false)
    await expect(getRecord(reg.ctx, 'counterparty', cp.id)).rejects.toThrow()
  })
})

describe('listing counterparties', () => {
  const filter = (input: object) => counterpartyFilter.parse(input)

  beforeEach(async () => {
    const rows = [
      {
        name: 'Zeta Hosting',
        kinds: ['processor'],
        role: 'processor',
        owner: 'IT',
        country: 'DE',
        registration_no: '12345678',
      },
      {
        name: 'alpha Law',
        kinds: ['advisor'],
        role: 'independent_controller',
        owner: 'Legal',
        country: 'DK',
      },
      {
        name: 'Beta Analytics',
        kinds: ['processor', 'supplier'],
        role: 'processor',
        owner: 'IT',
        country: 'US',
        status: 'former',
      },
    ] as const
    for (const row of rows) await createRecord(reg.ctx, 'counterparty', row as never)
  })

  it('sorts by name without regard to case, both ways', async () => {
    const asc = await listCounterpartyPage(reg.ctx, filter({}))
    expect(asc.rows.map((r) => r.name)).toEqual(['alpha Law', 'Beta Analytics', 'Zeta Hosting'])
    const desc = await listCounterpartyPage(reg.ctx, filter({ dir: 'desc' }))
    expect(desc.rows.map((r) => r.name)).toEqual(['Zeta Hosting', 'Beta Analytics', 'alpha Law'])
  })

  it('filters by kind, role, status, owner and country', async () => {
    const names = async (input: object) =>
      (await listCounterpartyPage(reg.ctx, filter(input))).rows.map((r) => r.name)
    expect(await names({ kind: 'processor' })).toEqual(['Beta Analytics', 'Zeta Hosting'])
    expect(await names({ role: 'independent_controller' })).toEqual(['alpha Law'])
    expect(await names({ status: 'former' })).toEqual(['Beta Analytics'])
    expect(await names({ owner: 'IT', country: 'DE' })).toEqual(['Zeta Hosting'])
  })

  it('searches name, registration number and contact names', async () => {
    const zeta = (await listCounterpartyPage(reg.ctx, filter({ search: 'zeta' }))).rows[0]
    expect(zeta?.name).toBe('Zeta Hosting')
    expect(
      (await listCounterpartyPage(reg.ctx, filter({ search: '345' }))).rows.map((r) => r.name),
    ).toEqual(['Zeta Hosting'])
    await createRecord(reg.ctx, 'contact', {
      counterparty_id: zeta?.id ?? 0,
      name: 'Søren Kierkegaard',
    })
    expect(
      (await listCounterpartyPage(reg.ctx, filter({ search: 'Kierke' }))).rows.map((r) => r.name),
    ).toEqual(['Zeta Hosting'])
    expect((await listCounterpartyPage(reg.ctx, filter({ search: '100%' }))).total).toBe(0)
  })

  it('finds words without case or diacritics, and follows contact renames and deletions', async () => {
    const names = async (search: string) =>
      (await listCounterpartyPage(reg.ctx, filter({ search }))).rows.map((r) => r.name)
    const zeta = (await listCounterpartyPage(reg.ctx, filter({ search: 'zeta' }))).rows[0]
    const contact = await createRecord(reg.ctx, 'contact', {
      counterparty_id: zeta?.id ?? 0,
      name: 'Søren Kierkegård',
    })
    expect(await names('kierkegard')).toEqual(['Zeta Hosting'])
    expect(await names('SØREN host')).toEqual(['Zeta Hosting'])
    await updateRecord(reg.ctx, 'contact', contact.id, { name: 'Ida Lund' })
    expect(await names('søren')).toEqual([])
    expect(await names('ida lund')).toEqual(['Zeta Hosting'])
    await deleteRecord(reg.ctx, 'contact', contact.id)
    expect(await names('lund')).toEqual([])
    expect(await names('de')).toEqual(['Zeta Hosting'])
  })

  it('searches through the full-text index rather than scanning', () => {
    const plan = reg.db.sqlite
      .prepare(
        'EXPLAIN QUERY PLAN SELECT rowid FROM counterparty_search WHERE counterparty_search MATCH \'"host"\'',
      )
      .all() as { detail: string }[]
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/VIRTUAL TABLE INDEX/)
  })

  it('pages with a total', async () => {
    const page = await listCounterpartyPage(reg.ctx, filter({ offset: 1, limit: 1 }))
    expect(page.total).toBe(3)
    expect(page.rows.map((r) => r.name)).toEqual(['Beta Analytics'])
  })
})

describe('settings', () => {
  it('start from the defaults of the reference and keep what is saved', async () => {
    const defaults = await getSettings(reg.ctx)
    expect(defaults.language).toBe('da')
    expect(defaults.thresholds).toMatchObject({
      expiry_warn_days: 90,
      expiry_escalate_days: 30,
      dpf_reverify_days: 90,
      tia_months: 12,
      contact_retention_months: 24,
      objection_window_days: 30,
    })
    await updateSettings(reg.ctx, { language: 'en' })
    expect((await getSettings(reg.ctx)).language).toBe('en')
  })

  it('reject an invalid threshold by field and keep the old value', async () => {
    const thresholds = { ...(await getSettings(reg.ctx)).thresholds, expiry_warn_days: -3 }
    const error = await rejection(updateSettings(reg.ctx, { thresholds }))
    expect(error.field).toBe('thresholds.expiry_warn_days')
    expect((await getSettings(reg.ctx)).thresholds.expiry_warn_days).toBe(90)
  })
})

describe('a settings update', () => {
  it('changes only what it names: switching the language keeps our organisation and thresholds', async () => {
    await updateSettings(reg.ctx, {
      organisation: { name: 'Ditmer A/S', registration_no: '26097274', country: 'DK' },
      thresholds: { expiry_warn_days: 120 },
    })
    await updateSettings(reg.ctx, { language: 'en' })
    const settings = await getSettings(reg.ctx)
    expect(settings.organisation.name).toBe('Ditmer A/S')
    expect(settings.thresholds.expiry_warn_days).toBe(120)
    expect(settings.thresholds.expiry_escalate_days).toBe(30)
    expect(settings.language).toBe('en')
  })

  it('goes through the API the same way', async () => {
    await reg.handlers['settings:update']({ organisation: { name: 'Ditmer A/S' } })
    await reg.handlers['settings:update']({ language: 'en' })
    expect((await reg.handlers['settings:get']({})).organisation.name).toBe('Ditmer A/S')
  })
})

describe('an empty settings update', () => {
  it('changes nothing and logs nothing', async () => {
    const before = reg.db.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()
    await updateSettings(reg.ctx, {})
    expect(reg.db.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(before)
  })
})
