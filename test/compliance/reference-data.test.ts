import { describe, expect, it } from 'vitest'
import {
  ADEQUACY_DECISIONS,
  EEA_STATES,
  INVALID_BASES,
  REFERENCE_DATA_VERIFIED_ON,
  REFERENCE_DATA_VERSION,
  adequacyFor,
  countryName,
  isEea,
  minimumConcept,
  normaliseCountry,
} from '../../main/compliance/reference-data'

describe('reference data', () => {
  it('has a version and a verification date', () => {
    expect(REFERENCE_DATA_VERSION).toMatch(/\S/)
    expect(REFERENCE_DATA_VERIFIED_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('lists the 30 EEA states, Greece as GR with EL accepted', () => {
    expect(Object.keys(EEA_STATES)).toHaveLength(30)
    expect(Object.keys(EEA_STATES)).toContain('GR')
    expect(Object.keys(EEA_STATES)).not.toContain('EL')
    expect(normaliseCountry(' el ')).toBe('GR')
    expect(isEea('EL')).toBe(true)
    expect(countryName('EL', 'da')).toBe('Grækenland')
  })

  it('keeps the Faroe Islands, Greenland, the UK and Switzerland outside the EEA', () => {
    for (const code of ['FO', 'GL', 'GB', 'CH', 'US', '', 'XX']) expect(isEea(code)).toBe(false)
  })

  it('has all 17 adequacy entries with decision numbers and dates', () => {
    expect(ADEQUACY_DECISIONS).toHaveLength(17)
    for (const entry of ADEQUACY_DECISIONS) {
      expect(entry.decision).toMatch(/\d{4}\/\d+/)
      expect(entry.adopted).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(entry.sources.length).toBeGreaterThan(0)
    }
    expect(adequacyFor('BR')).toMatchObject({ decision: '(EU) 2026/179', adopted: '2026-01-26' })
    expect(adequacyFor('US')).toMatchObject({ decision: '(EU) 2023/1795', adopted: '2023-07-10' })
  })

  it('marks exactly CA, FO, IL, JP, KR and US as partial, each with a condition', () => {
    const partial = ADEQUACY_DECISIONS.filter((e) => e.scope === 'partial')
    expect(partial.map((e) => e.code).sort()).toEqual(['CA', 'FO', 'IL', 'JP', 'KR', 'US'])
    for (const entry of partial) expect(entry.condition?.da && entry.condition.en).toBeTruthy()
    expect(adequacyFor('IO-EPORG')?.scope).toBe('organisation')
  })

  it('lets the UK decision expire on 27 Dec 2031 and no other', () => {
    const expiring = ADEQUACY_DECISIONS.filter((e) => e.expires !== null)
    expect(expiring.map((e) => [e.code, e.expires])).toEqual([['GB', '2031-12-27']])
  })

  it('dates the invalid bases', () => {
    expect(INVALID_BASES.safe_harbour.invalid_from).toBe('2015-10-06')
    expect(INVALID_BASES.privacy_shield.invalid_from).toBe('2020-07-16')
    expect(INVALID_BASES.scc_legacy).toMatchObject({
      no_new_from: '2021-09-27',
      invalid_from: '2022-12-27',
    })
    expect(INVALID_BASES.scc_legacy.decisions.map((d) => d.decision)).toEqual([
      '2001/497/EC',
      '2002/16/EC',
      '2004/915/EC',
      '2010/87/EU',
    ])
  })

  it("maps Datatilsynet's risk points to the least concept allowed", () => {
    const minimum = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(minimumConcept)
    expect(minimum).toEqual([1, 1, 2, 2, 3, 3, 5, 5, 5, 5])
    expect(minimumConcept(null)).toBeNull()
  })
})
