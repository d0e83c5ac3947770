import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { changeLogPage } from '../../main/services/changelog'
import { listCounterpartyPage } from '../../main/services/counterparties'
import { attachDocument } from '../../main/services/documents'
import { createRecord, deleteRecord, updateRecord } from '../../main/services/records'
import { counterpartyFilter, type CounterpartyInput } from '../../preload/contract'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

const names = async (input: object) =>
  (await listCounterpartyPage(reg.ctx, counterpartyFilter.parse(input))).rows.map((r) => r.name)

describe('the warnings filter of the counterparty list', () => {
  it('keeps the counterparties with warnings of the group and follows every change', async () => {
    const active = {
      status: 'active',
      kinds: ['processor'],
      role: 'processor',
    } satisfies Partial<CounterpartyInput>
    const cloud = await createRecord(reg.ctx, 'counterparty', { name: 'Cloud Inc.', ...active })
    const mail = await createRecord(reg.ctx, 'counterparty', { name: 'Mail LLC', ...active })
    await createRecord(reg.ctx, 'counterparty', { name: 'Advokat', role: 'independent_controller' })
    const location = await createRecord(reg.ctx, 'location', {
      counterparty_id: cloud.id,
      country: 'US',
      basis: 'none',
    })
    await createRecord(reg.ctx, 'location', {
      counterparty_id: mail.id,
      country: 'US',
      basis: 'privacy_shield',
    })

    expect(await names({ warnings: 'no_basis' })).toEqual(['Cloud Inc.', 'Mail LLC'])
    expect(await names({ warnings: 'transfers', search: 'mail' })).toEqual(['Mail LLC'])
    const any = await names({ warnings: 'any' })
    expect(any).toContain('Cloud Inc.')
    expect(any).not.toContain('Advokat')
    expect((await listCounterpartyPage(reg.ctx, counterpartyFilter.parse({}))).total).toBe(3)

    // Fixing the transfer takes the counterparty off the list at once: the cache follows writes.
    await updateRecord(reg.ctx, 'location', location.id, {
      basis: 'scc_2021',
      scc_module: 2,
      tia_on: '2026-10-01',
    })
    expect(await names({ warnings: 'no_basis' })).toEqual(['Mail LLC'])
  })
})

describe('the history of a counterparty', () => {
  it('includes its children and sub-processor links, deleted ones too', async () => {
    const cp = await createRecord(reg.ctx, 'counterparty', { name: 'Hostly ApS' })
    const other = await createRecord(reg.ctx, 'counterparty', { name: 'Other A/S' })
    const sub = await createRecord(reg.ctx, 'counterparty', { name: 'Sub Inc.' })
    const contact = await createRecord(reg.ctx, 'contact', {
      counterparty_id: cp.id,
      name: 'Mette',
    })
    await createRecord(reg.ctx, 'contact', { counterparty_id: other.id, name: 'Not here' })
    const agreement = await createRecord(reg.ctx, 'agreement', {
      counterparty_id: cp.id,
      type: 'dpa',
    })
    await attachDocument(reg.ctx, {
      owner_type: 'agreement',
      owner_id: agreement.id,
      file_name: 'dpa.pdf',
      mime_type: 'application/pdf',
      content_base64: Buffer.from('%PDF').toString('base64'),
    })
    await createRecord(reg.ctx, 'sub_processor_link', {
      processor_id: cp.id,
      sub_processor_id: sub.id,
    })
    await deleteRecord(reg.ctx, 'contact', contact.id)

    const { rows } = await changeLogPage(reg.ctx, {
      entity: null,
      entity_id: null,
      counterparty_id: cp.id,
      offset: 0,
      limit: 100,
    })
    expect(rows.map((r) => `${r.action} ${r.entity}`)).toEqual([
      'delete contact',
      'create sub_processor_link',
      'create document',
      'create agreement',
      'create contact',
      'create counterparty',
    ])
  })
})
