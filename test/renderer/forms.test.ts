import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import * as contract from '../../preload/contract'
import { da } from '../../renderer/i18n/da'
import {
  agreementInput,
  agreementValues,
  EMPTY_AGREEMENT,
  validateAgreement,
} from '../../renderer/lib/agreement-form'
import { contactInput, EMPTY_CONTACT, validateContact } from '../../renderer/lib/contact-form'
import { EMPTY_COUNTERPARTY, validateCounterparty } from '../../renderer/lib/counterparty-form'
import { changedFields, recordTitle } from '../../renderer/lib/history'
import { EMPTY_LINK, validateLink } from '../../renderer/lib/link-form'
import { basisFields, locationInput, locationValues } from '../../renderer/lib/location-form'
import {
  basisGroups,
  basisStatus,
  markOf,
  type Reference,
} from '../../renderer/lib/reference-countries'
import {
  EMPTY_SUPERVISION,
  supervisionInput,
  supervisionValues,
  validateSupervision,
} from '../../renderer/lib/supervision-form'
import type { ChangeLogEntry } from '../../renderer/lib/vocabulary'

const t = da

describe('what the forms send to save an edit', () => {
  const stamps = { id: 7, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-02T00:00:00Z' }
  /** A record as the server sends it: the schema's defaults plus its id and time stamps. */
  const stored = <S extends z.ZodType>(schema: S, input: object) => ({
    ...stamps,
    ...(schema.parse(input) as object),
  })

  it('is a patch of the record’s own fields, without its id and time stamps', () => {
    const patches = [
      [
        'locations:update',
        locationInput(
          3,
          locationValues(
            stored(contract.locationInput, { counterparty_id: 3, country: 'US' }) as never,
          ),
        ),
      ],
      [
        'agreements:update',
        agreementInput(
          3,
          agreementValues(
            stored(contract.agreementInput, { counterparty_id: 3, type: 'dpa' }) as never,
          ),
        ),
      ],
      [
        'supervisions:update',
        supervisionInput(
          3,
          supervisionValues(
            stored(contract.supervisionInput, { counterparty_id: 3, method: 'iso27001' }) as never,
          ),
        ),
      ],
    ] as const
    for (const [channel, patch] of patches) {
      expect(Object.keys(patch)).not.toContain('id')
      expect(Object.keys(patch)).not.toContain('updated_at')
      const parsed = contract.channels[channel].input.safeParse({ id: stamps.id, patch })
      expect(parsed.error, channel).toBeUndefined()
    }
  })
})

describe('form rules as the user types', () => {
  it('asks for a name and a well-formed e-mail, but accepts none', () => {
    expect(validateCounterparty(EMPTY_COUNTERPARTY, t)).toEqual({ name: 'Skal udfyldes' })
    expect(validateCounterparty({ ...EMPTY_COUNTERPARTY, name: 'X', risk_points: 11 }, t)).toEqual({
      risk_points: 'Skal være et helt tal mellem 1 og 10',
    })
    expect(validateContact({ ...EMPTY_CONTACT, name: 'Mette', email: 'mette@' }, t)).toEqual({
      email: t.errors.email,
    })
    expect(validateContact({ ...EMPTY_CONTACT, name: 'Mette' }, t)).toEqual({})
    expect(contactInput(1, { ...EMPTY_CONTACT, name: 'Mette', email: ' ' }).email).toBeNull()
  })

  it('keeps dates in order', () => {
    const agreement = { ...EMPTY_AGREEMENT, effective_from: '2026-01-01', expires_on: '2025-12-31' }
    expect(validateAgreement(agreement, t).expires_on).toBe('Må ikke ligge før Gælder fra')
    expect(validateAgreement({ ...agreement, expires_on: '2026-01-01' }, t)).toEqual({})
    expect(validateAgreement({ ...EMPTY_AGREEMENT, notice_period_days: -1 }, t)).toHaveProperty(
      'notice_period_days',
    )
    const supervision = {
      ...EMPTY_SUPERVISION,
      period_start: '2025-01-01',
      period_end: '2024-12-31',
    }
    expect(validateSupervision(supervision, t)).toHaveProperty('period_end')
  })

  it('needs a sub-processor picked or named', () => {
    expect(validateLink(EMPTY_LINK, t)).toHaveProperty('sub_processor_id')
    expect(validateLink({ ...EMPTY_LINK, new_name: 'Ny ApS' }, t)).toEqual({})
    expect(validateLink({ ...EMPTY_LINK, sub_processor_id: 3 }, t)).toEqual({})
  })
})

const reference: Reference = {
  version: 'test',
  verified_on: '2026-08-05',
  byCode: new Map([
    [
      'DE',
      { code: 'DE', eea: true, adequacy: null, decision: null, condition: null, expires: null },
    ],
    [
      'CH',
      { code: 'CH', eea: false, adequacy: 'full', decision: 'x', condition: null, expires: null },
    ],
    [
      'US',
      {
        code: 'US',
        eea: false,
        adequacy: 'partial',
        decision: 'y',
        condition: null,
        expires: null,
      },
    ],
  ]),
}

describe('transfer bases by country', () => {
  it('marks EEA, adequate and third countries', () => {
    expect(markOf(reference, 'DE')).toBe('eea')
    expect(markOf(reference, 'CH')).toBe('adequate')
    expect(markOf(reference, 'US')).toBe('partial')
    expect(markOf(reference, 'IN')).toBe('third')
    expect(markOf(reference, null)).toBeNull()
  })

  it('offers the bases that fit first and the invalid ones last', () => {
    expect(basisGroups('eea', 'DE').suggested).toEqual(['eea'])
    expect(basisGroups('adequate', 'CH').suggested).toEqual(['adequacy'])
    const us = basisGroups('partial', 'US')
    expect(us.suggested[0]).toBe('dpf')
    expect(us.invalid).toEqual(
      expect.arrayContaining(['privacy_shield', 'safe_harbour', 'scc_legacy']),
    )
    const india = basisGroups('third', 'IN')
    expect(india.suggested).toEqual(['scc_2021', 'bcr'])
    expect(india.invalid).toEqual(expect.arrayContaining(['adequacy', 'dpf', 'eea', 'none']))
    for (const groups of [us, india, basisGroups(null, null)]) {
      const all = [...groups.suggested, ...groups.other, ...groups.invalid]
      expect(new Set(all).size).toBe(13)
    }
  })

  it('asks for the fields the basis needs', () => {
    expect(basisFields('dpf', 'US')).toMatchObject({ dpf: true, tia: false })
    expect(basisFields('adequacy', 'US').dpf).toBe(true)
    expect(basisFields('scc_2021', 'IN')).toMatchObject({ scc: true, tia: true })
    expect(basisFields('ad_hoc_clauses', 'IN').authorisation).toBe(true)
    expect(basisFields('art49', 'IN').art49).toBe(true)
  })

  it('colours a location like the map does', () => {
    expect(basisStatus(reference, 'DE', 'none')).toBe('eea')
    expect(basisStatus(reference, 'US', 'dpf')).toBe('adequate')
    expect(basisStatus(reference, 'IN', 'dpf')).toBe('missing')
    expect(basisStatus(reference, 'CH', 'adequacy')).toBe('adequate')
    expect(basisStatus(reference, 'US', 'privacy_shield')).toBe('missing')
  })
})

describe('history entries', () => {
  const entry = (over: Partial<ChangeLogEntry>): ChangeLogEntry => ({
    id: 1,
    at: '2026-11-24T10:00:00Z',
    os_user: 'mette',
    action: 'update',
    entity: 'location',
    entity_id: 7,
    before: null,
    after: null,
    ...over,
  })

  it('lists what changed, in words and dates people read', () => {
    const change = entry({
      before: { id: 7, country: 'US', basis: 'none', tia_on: null, updated_at: 'a' },
      after: { id: 7, country: 'US', basis: 'scc_2021', tia_on: '2026-11-15', updated_at: 'b' },
    })
    expect(changedFields(t, 'da', change)).toEqual([
      {
        field: 'Overførselsgrundlag',
        before: 'Intet overførselsgrundlag',
        after: 'Standardkontraktbestemmelser (2021)',
      },
      { field: 'TIA udført', before: '—', after: '15. november 2026' },
    ])
    expect(recordTitle(t, 'da', change)).toBe('Datalokation · USA')
  })

  it('names the sub-processor of a link', () => {
    const created = entry({
      action: 'create',
      entity: 'sub_processor_link',
      after: { processor_id: 1, sub_processor_id: 2, purpose: null },
    })
    const names = new Map([
      [1, 'Nordhost A/S'],
      [2, 'Backup Vault Inc.'],
    ])
    expect(recordTitle(t, 'da', created, names)).toBe('Underdatabehandler · Backup Vault Inc.')
    expect(changedFields(t, 'da', created, names).map((line) => line.after)).toEqual([
      'Nordhost A/S',
      'Backup Vault Inc.',
    ])
  })
})
