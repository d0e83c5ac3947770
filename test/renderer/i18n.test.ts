import { describe, expect, it } from 'vitest'
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TEMPLATES,
  AGREEMENT_TYPES,
  ART49_LETTERS,
  CHANGE_ACTIONS,
  COUNTERPARTY_KINDS,
  COUNTERPARTY_STATUSES,
  DATA_CATEGORIES,
  DATA_SUBJECT_BANDS,
  DOCUMENT_OWNERS,
  DPF_CATEGORIES,
  DPF_STATUSES,
  ENTITIES,
  ERROR_CODES,
  LOCATION_ACTIVITIES,
  ROLES,
  SCC_MODULES,
  SUB_PROCESSOR_AUTHORISATIONS,
  SUPERVISION_METHODS,
  SUPERVISION_OPINIONS,
  TRANSFER_BASES,
} from '../../preload/contract'
import { da } from '../../renderer/i18n/da'
import { en } from '../../renderer/i18n/en'
import { fill, formatDate, parseTypedDate } from '../../renderer/i18n/translate'

/** Every leaf of a translation table as 'dotted.path' → text. */
function leaves(table: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>()
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object') {
      for (const [leaf, text] of leaves(value as object, path)) found.set(leaf, text)
    } else {
      found.set(path, value)
    }
  }
  return found
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
const languages = { da: leaves(da), en: leaves(en) }

describe('translations', () => {
  it('have exactly the same keys in Danish and English', () => {
    expect([...languages.en.keys()].sort()).toEqual([...languages.da.keys()].sort())
  })

  it.each(Object.entries(languages))('has no missing or empty text in %s', (_, texts) => {
    const empty = [...texts].filter(([, text]) => typeof text !== 'string' || text.trim() === '')
    expect(empty.map(([key]) => key)).toEqual([])
  })

  it('uses the same placeholders in both languages', () => {
    const differing = [...languages.da].filter(
      ([key, text]) =>
        JSON.stringify(placeholders(String(text))) !==
        JSON.stringify(placeholders(String(languages.en.get(key)))),
    )
    expect(differing.map(([key]) => key)).toEqual([])
  })

  it.each([
    ['kinds', COUNTERPARTY_KINDS],
    ['roles', ROLES],
    ['counterpartyStatuses', COUNTERPARTY_STATUSES],
    ['dataCategories', DATA_CATEGORIES],
    ['dataSubjectBands', DATA_SUBJECT_BANDS],
    ['agreementTypes', AGREEMENT_TYPES],
    ['agreementTemplates', AGREEMENT_TEMPLATES],
    ['agreementStatuses', AGREEMENT_STATUSES],
    ['sccModules', SCC_MODULES],
    ['subProcessorAuthorisations', SUB_PROCESSOR_AUTHORISATIONS],
    ['locationActivities', LOCATION_ACTIVITIES],
    ['transferBases', TRANSFER_BASES],
    ['dpfCategories', DPF_CATEGORIES],
    ['dpfStatuses', DPF_STATUSES],
    ['art49Letters', ART49_LETTERS],
    ['supervisionMethods', SUPERVISION_METHODS],
    ['supervisionOpinions', SUPERVISION_OPINIONS],
    ['documentOwners', DOCUMENT_OWNERS],
    ['changeActions', CHANGE_ACTIONS],
    ['entities', ENTITIES],
  ] as const)('labels every value of the contract enum %s', (table, values) => {
    const expected = values.map(String).sort()
    expect(Object.keys(da.enums[table]).sort()).toEqual(expected)
    expect(Object.keys(en.enums[table]).sort()).toEqual(expected)
  })

  it('has a text for every error code', () => {
    expect(Object.keys(da.errors.codes).sort()).toEqual([...ERROR_CODES].sort())
  })
})

describe('formatting', () => {
  it('writes dates the Danish and the British way', () => {
    expect(formatDate('da', '2018-05-24')).toBe('24. maj 2018')
    expect(formatDate('en', '2018-05-24')).toBe('24 May 2018')
    expect(formatDate('da', null)).toBe('—')
  })

  it('reads the dates people type', () => {
    expect(parseTypedDate('da', '24.5.2018')).toBe('2018-05-24')
    expect(parseTypedDate('da', '24. maj 2018')).toBe('2018-05-24')
    expect(parseTypedDate('en', '24 May 2018')).toBe('2018-05-24')
    expect(parseTypedDate('en', '2018-05-24')).toBe('2018-05-24')
    expect(parseTypedDate('da', 'i morgen')).toBeNull()
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{count} modparter', { count: 3 })).toBe('3 modparter')
    expect(fill('{name} er {what}', { name: 'X' })).toBe('X er {what}')
  })
})
