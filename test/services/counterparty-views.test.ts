import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { changeLogPage } from '../../main/services/changelog'
import { listCounterpartyPage } from '../../main/services/counterparties'
import { countriesMatching } from '../../main/services/country-names'
import { attachDocument } from '../../main/services/documents'
import { createRecord, deleteRecord, updateRecord } from '../../main/services/records'
import { updateSettings } from '../../main/services/settings'
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

describe('countries by name in the counterparty list', () => {
  const seed = async () => {
    for (const [name, country] of [
      ['Hetzner Online GmbH', 'DE'],
      ['Hetzner Danmark ApS', 'DK'],
      ['Netcompany A/S', 'DK'],
      ['Amazon Web Services', 'US'],
      ['Sage UK Ltd', 'GB'],
      ['Lokal Revisor', null],
    ] as const) {
      await createRecord(reg.ctx, 'counterparty', { name, country })
    }
  }

  it('finds counterparties by the Danish or English name of their country', async () => {
    await seed()
    expect(await names({ search: 'Tyskland' })).toEqual(['Hetzner Online GmbH'])
    expect(await names({ search: 'germany' })).toEqual(['Hetzner Online GmbH'])
    expect(await names({ search: 'tysk' })).toEqual(['Hetzner Online GmbH'])
    expect(await names({ search: 'USA' })).toEqual(['Amazon Web Services'])
    expect(await names({ search: 'united sta' })).toEqual(['Amazon Web Services'])
    expect(await names({ search: 'storbritannien' })).toEqual(['Sage UK Ltd'])
    expect(await names({ search: 'danmark' })).toEqual(['Hetzner Danmark ApS', 'Netcompany A/S'])
    // Two letters: the start of a word of a country name; a code finds its own country as before.
    expect(await names({ search: 'ty' })).toEqual(['Hetzner Online GmbH'])
    expect(await names({ search: 'DE' })).toEqual(['Hetzner Online GmbH'])
    expect(await names({ search: 'gb' })).toEqual(['Sage UK Ltd'])
  })

  it('searches names as before, and every term must match', async () => {
    await seed()
    expect(await names({ search: 'hetzner' })).toEqual([
      'Hetzner Danmark ApS',
      'Hetzner Online GmbH',
    ])
    expect(await names({ search: 'netcomp' })).toEqual(['Netcompany A/S'])
    expect(await names({ search: 'hetzner tyskland' })).toEqual(['Hetzner Online GmbH'])
    expect(await names({ search: 'germany hetzner' })).toEqual(['Hetzner Online GmbH'])
    expect(await names({ search: 'netcompany tyskland' })).toEqual([])
  })

  it('sorts by the country name in the language of the register, not by the code', async () => {
    await seed()
    const countries = async (dir: 'asc' | 'desc') =>
      (
        await listCounterpartyPage(reg.ctx, counterpartyFilter.parse({ sort: 'country', dir }))
      ).rows.map((r) => r.country)
    // Danmark, Storbritannien, Tyskland, USA; no country first ascending, as NULL always sorted.
    expect(await countries('asc')).toEqual([null, 'DK', 'DK', 'GB', 'DE', 'US'])
    expect(await countries('desc')).toEqual(['US', 'DE', 'GB', 'DK', 'DK', null])
    await updateSettings(reg.ctx, { language: 'en' })
    // Denmark, Germany, United Kingdom, United States of America.
    expect(await countries('asc')).toEqual([null, 'DK', 'DK', 'DE', 'GB', 'US'])
  })

  it('matches short terms only at the start of a word of a country name', () => {
    expect(countriesMatching('tysk')).toEqual(['DE'])
    expect(countriesMatching('germ')).toEqual(['DE'])
    expect(countriesMatching('usa')).toContain('US')
    expect(countriesMatching('stor')).toEqual(['GB'])
    expect(countriesMatching('fær')).toEqual(['FO'])
    expect(countriesMatching('FAER')).toEqual(['FO'])
    expect(countriesMatching('ty').sort()).toEqual(['DE', 'TR'])
    expect(countriesMatching('uk')).toContain('GB')
    expect(countriesMatching('de')).toEqual([])
    expect(countriesMatching('a')).toEqual([])
    expect(countriesMatching('hetzner')).toEqual([])
  })
})

describe('sorting the counterparty list by a coded field', () => {
  // Created out of order; listed in the order of a relationship's life or of the roles.
  it.each([
    {
      sort: 'status',
      records: [
        { name: 'Former A/S', status: 'former' },
        { name: 'Active A/S', status: 'active' },
        { name: 'Prospect A/S', status: 'prospect' },
      ],
      ascending: ['Prospect A/S', 'Active A/S', 'Former A/S'],
    },
    {
      sort: 'role',
      records: [
        { name: 'Revisor A/S', role: 'independent_controller' },
        { name: 'Bank A/S', role: 'none' },
        { name: 'Hosting A/S', role: 'processor' },
        { name: 'Backup A/S', role: 'sub_processor' },
      ],
      ascending: ['Hosting A/S', 'Backup A/S', 'Revisor A/S', 'Bank A/S'],
    },
  ] as const)('by $sort follows the field’s own order, not the codes’ spelling', async (c) => {
    for (const record of c.records) await createRecord(reg.ctx, 'counterparty', record)
    expect(await names({ sort: c.sort, dir: 'asc' })).toEqual(c.ascending)
    expect(await names({ sort: c.sort, dir: 'desc' })).toEqual([...c.ascending].reverse())
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
