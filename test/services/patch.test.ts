/**
 * Every `*:update` channel takes a patch: the fields it names change and nothing else; a key the
 * record does not have is refused by name (`field_unknown`), a patch that names nothing is refused
 * (`patch_empty`), both leave the register's file byte for byte as it was, and an update that
 * changes nothing writes nothing, not even a change-log entry.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../main/transport/dispatch'
import { channels, type Channel, type Result } from '../../preload/contract'
import { fileChecksum, rowCounts } from '../helpers/register-content'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

type Values = Record<string, unknown>
const call = (channel: string, input: unknown): Promise<Result<unknown>> =>
  dispatch(reg.handlers, channel, input, (error) => {
    throw error
  })
async function ok<T = Values>(channel: string, input: unknown): Promise<T> {
  const result = await call(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.value as T
}
const logEntries = () => rowCounts(reg.db.sqlite).change_log ?? 0

/** Two counterparties with every field set, so that a reset to a default would show. */
async function twoCounterparties(): Promise<[number, number]> {
  const full = {
    legal_name: 'Hostly Danmark ApS',
    registration_no: '12345678',
    country: 'DK',
    website: 'https://hostly.example',
    kinds: ['supplier', 'processor'],
    role: 'processor',
    status: 'active',
    relationship_end: '2030-01-01',
    owner: 'Mette Holm',
    data_categories: ['ordinary', 'special'],
    data_subjects_band: 'over_10000',
    risk_points: 7,
    notes: 'Hosts the CRM',
  }
  const a = await ok<{ id: number }>('counterparties:create', { name: 'Hostly ApS', ...full })
  const b = await ok<{ id: number }>('counterparties:create', { name: 'Backup Vault', ...full })
  return [a.id, b.id]
}

interface Case {
  channel: Channel
  create: Channel
  /** Every field set to something other than its default. */
  full: (a: number, b: number) => Values
  /** One field to change, to a value other than the one `full` gives. */
  patch: Values
}

const CASES: Case[] = [
  {
    channel: 'counterparties:update',
    create: 'counterparties:create',
    full: () => ({
      name: 'Cloudly A/S',
      legal_name: 'Cloudly Holding A/S',
      registration_no: '87654321',
      country: 'SE',
      website: 'https://cloudly.example',
      kinds: ['supplier'],
      role: 'sub_processor',
      status: 'prospect',
      relationship_end: '2029-06-30',
      owner: 'Jens Berg',
      data_categories: ['cpr'],
      data_subjects_band: '1000_10000',
      risk_points: 4,
      notes: 'Old notes',
    }),
    patch: { notes: 'New notes' },
  },
  {
    channel: 'contacts:update',
    create: 'contacts:create',
    full: (a) => ({
      counterparty_id: a,
      name: 'Mette Holm',
      title: 'DPO',
      email: 'mette@hostly.example',
      phone: '+45 12 34 56 78',
      last_activity: '2026-01-10',
      legal_hold: true,
      notes: 'Old notes',
    }),
    patch: { notes: 'New notes' },
  },
  {
    channel: 'agreements:update',
    create: 'agreements:create',
    full: (a) => ({
      counterparty_id: a,
      title: 'DPA 2025',
      type: 'scc_2021',
      template: 'eu_2021_915',
      scc_module: 2,
      status: 'signed',
      signed_on: '2025-01-10',
      effective_from: '2025-02-01',
      expires_on: '2027-01-31',
      notice_period_days: 90,
      auto_renewal_months: 12,
      review_interval_months: 24,
      objection_window_days: 30,
      sub_processor_authorisation: 'general',
      notes: 'Old notes',
    }),
    patch: { notes: 'New notes' },
  },
  {
    channel: 'locations:update',
    create: 'locations:create',
    full: (a) => ({
      counterparty_id: a,
      country: 'US',
      activity: 'support_access',
      basis: 'dpf',
      dpf_category: 'both',
      dpf_status: 'active',
      dpf_verified_on: '2026-01-05',
      tia_on: '2026-01-06',
      scope_confirmed: true,
      authorisation_ref: 'REF-1',
      recurring: true,
      description: 'Old description',
    }),
    patch: { description: 'New description' },
  },
  {
    channel: 'links:update',
    create: 'links:create',
    full: (a, b) => ({
      processor_id: a,
      sub_processor_id: b,
      purpose: 'Backups',
      listed_on: '2026-01-01',
      notified_on: '2026-01-02',
      objection_deadline: '2026-02-01',
      approved_on: '2026-01-20',
      approved_by: 'Mette Holm',
    }),
    patch: { purpose: 'Off-site backups' },
  },
  {
    channel: 'supervisions:update',
    create: 'supervisions:create',
    full: (a) => ({
      counterparty_id: a,
      method: 'isae3402_type2',
      concept: 3,
      period_start: '2025-01-01',
      period_end: '2025-12-31',
      received_on: '2026-02-01',
      opinion: 'qualified',
      deviations: 'Two',
      followed_up_on: '2026-02-15',
      next_due: '2027-02-01',
      notes: 'Old notes',
    }),
    patch: { notes: 'New notes' },
  },
]

it('covers every update channel of the contract', () => {
  const updates = (Object.keys(channels) as Channel[]).filter((c) => c.endsWith(':update'))
  expect([...CASES.map((c) => c.channel), 'settings:update'].sort()).toEqual(updates.sort())
})

describe.each(CASES)('$channel', ({ channel, create, full, patch }) => {
  async function created(): Promise<Values & { id: number }> {
    const [a, b] = await twoCounterparties()
    return ok(create, full(a, b))
  }

  it('changes the named field and leaves every other field as it was', async () => {
    const record = await created()
    const updated = await ok<Values>(channel, { id: record.id, patch })
    const { updated_at: _before, ...unchanged } = record
    const { updated_at: _after, ...rest } = updated
    expect(rest).toEqual({ ...unchanged, ...patch })
  })

  it('refuses a misspelt key by name and changes nothing', async () => {
    const record = await created()
    const bytes = fileChecksum(reg.file)
    const result = await call(channel, { id: record.id, patch: { ...patch, nmae: 'X' } })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'field_unknown',
        message: 'patch.nmae: there is no field called nmae',
        field: 'patch.nmae',
        params: { key: 'nmae' },
      },
    })
    expect(fileChecksum(reg.file)).toBe(bytes)
  })

  it('refuses __proto__ as sent in JSON by name and changes nothing', async () => {
    const record = await created()
    const bytes = fileChecksum(reg.file)
    const input = JSON.parse(`{"id": ${record.id}, "patch": {"__proto__": {"name": "X"}}}`)
    const result = await call(channel, input)
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'field_unknown', params: { key: '__proto__' } },
    })
    expect(({} as Values).name).toBeUndefined()
    expect(fileChecksum(reg.file)).toBe(bytes)
  })

  it('refuses an empty patch and changes nothing', async () => {
    const record = await created()
    const bytes = fileChecksum(reg.file)
    expect(await call(channel, { id: record.id, patch: {} })).toMatchObject({
      ok: false,
      error: { code: 'patch_empty', field: 'patch' },
    })
    expect(fileChecksum(reg.file)).toBe(bytes)
    expect(await ok(`${channel.split(':')[0]}:get` as Channel, { id: record.id })).toEqual(record)
  })

  it('writes nothing, not even a change-log entry, when the patch changes nothing', async () => {
    const record = await created()
    const entries = logEntries()
    const sameValue = Object.fromEntries(Object.keys(patch).map((key) => [key, record[key]]))
    expect(await ok(channel, { id: record.id, patch: sameValue })).toEqual(record)
    expect(logEntries()).toBe(entries)
  })

  it('takes the whole record, as the app’s forms send it, and logs one change', async () => {
    const record = await created()
    const { id, created_at: _c, updated_at: _u, ...whole } = record
    const entries = logEntries()
    const updated = await ok<Values>(channel, { id, patch: { ...whole, ...patch } })
    expect(updated).toMatchObject(patch)
    expect(logEntries()).toBe(entries + 1)
  })
})

describe('a patch’s values', () => {
  it('follow the field’s own rules: an empty text is no text, a country code is upper case', async () => {
    const [id] = await twoCounterparties()
    const updated = await ok<Values>('counterparties:update', {
      id,
      patch: { notes: '', country: 'se' },
    })
    expect(updated).toMatchObject({ notes: null, country: 'SE', legal_name: 'Hostly Danmark ApS' })
  })

  it('are checked with the record as a whole, so rules across fields still hold', async () => {
    const [a, b] = await twoCounterparties()
    const link = await ok<{ id: number }>('links:create', { processor_id: a, sub_processor_id: b })
    expect(
      await call('links:update', { id: link.id, patch: { sub_processor_id: a } }),
    ).toMatchObject({ ok: false, error: { code: 'validation', field: 'sub_processor_id' } })
  })
})

describe('settings:update', () => {
  const settings = () =>
    ok<Values & { thresholds: Values; organisation: Values }>('settings:get', {})

  it('changes the named settings, nested ones too, and leaves the rest as it was', async () => {
    await ok('settings:update', {
      organisation: { name: 'Konsulent ApS', registration_no: '11223344', country: 'DK' },
      thresholds: { tia_months: 6, expiry_warn_days: 60 },
    })
    const before = await settings()
    await ok('settings:update', { thresholds: { tia_months: 9 } })
    await ok('settings:update', { organisation: { name: 'Konsulent A/S' } })
    const after = await settings()
    expect(after).toEqual({
      ...before,
      thresholds: { ...before.thresholds, tia_months: 9 },
      organisation: { ...before.organisation, name: 'Konsulent A/S' },
    })
    expect(after.thresholds.expiry_warn_days).toBe(60)
  })

  it.each([
    [{ langauge: 'en' }, 'langauge', 'langauge'],
    [{ thresholds: { tia_month: 6 } }, 'thresholds.tia_month', 'tia_month'],
    [JSON.parse('{"__proto__": {"language": "en"}}') as Values, '__proto__', '__proto__'],
  ])('refuses the unknown key of %j by name and changes nothing', async (patch, field, key) => {
    const bytes = fileChecksum(reg.file)
    expect(await call('settings:update', patch)).toMatchObject({
      ok: false,
      error: { code: 'field_unknown', field, params: { key } },
    })
    expect(fileChecksum(reg.file)).toBe(bytes)
  })

  it('refuses an empty patch and changes nothing', async () => {
    const bytes = fileChecksum(reg.file)
    expect(await call('settings:update', {})).toMatchObject({
      ok: false,
      error: { code: 'patch_empty' },
    })
    expect(fileChecksum(reg.file)).toBe(bytes)
  })

  it('writes no change-log entry when nothing changes', async () => {
    await ok('settings:update', { language: 'en', thresholds: { tia_months: 6 } })
    const entries = logEntries()
    await ok('settings:update', { language: 'en' })
    await ok('settings:update', { thresholds: { tia_months: 6 } })
    await ok('settings:update', await settings())
    expect(logEntries()).toBe(entries)
    await ok('settings:update', { language: 'da' })
    expect(logEntries()).toBe(entries + 1)
  })
})
