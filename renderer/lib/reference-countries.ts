/**
 * The reference data's marks for countries (EEA, adequacy and its scope), fetched once per start:
 * the data ships with the app and changes only with a new version.
 */
import { useEffect, useState } from 'react'
import { call } from './api'
import type { ReferenceCountries, TransferBasis, TransferStatus } from './vocabulary'

export type ReferenceCountry = ReferenceCountries['countries'][number]
export type CountryMark = 'eea' | 'adequate' | 'partial' | 'organisation' | 'third'

export interface Reference {
  version: string
  verified_on: string
  byCode: ReadonlyMap<string, ReferenceCountry>
}

let loading: Promise<Reference> | null = null

function loadReference(): Promise<Reference> {
  loading ??= call('reference:countries', {}).then(
    (data) => ({ ...data, byCode: new Map(data.countries.map((c) => [c.code, c])) }),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** null until loaded (or when it could not be): the pickers then simply show no marks. */
export function useReference(): Reference | null {
  const [reference, setReference] = useState<Reference | null>(null)
  useEffect(() => {
    let current = true
    loadReference().then(
      (loaded) => current && setReference(loaded),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [])
  return reference
}

export function markOf(reference: Reference | null, code: string | null): CountryMark | null {
  if (!reference || !code) return null
  const entry = reference.byCode.get(code)
  if (!entry) return 'third'
  if (entry.eea) return 'eea'
  return entry.adequacy === 'full' ? 'adequate' : (entry.adequacy ?? 'third')
}

export const MARK_COLORS: Record<CountryMark, string> = {
  eea: 'blue',
  adequate: 'teal',
  partial: 'lime',
  organisation: 'teal',
  third: 'orange',
}

const SAFEGUARDS: TransferBasis[] = [
  'scc_2021',
  'bcr',
  'code_of_conduct',
  'certification',
  'ad_hoc_clauses',
  'art49',
]
const LEGACY: TransferBasis[] = ['privacy_shield', 'safe_harbour', 'scc_legacy']
const except = (list: TransferBasis[], ...drop: TransferBasis[]) =>
  list.filter((basis) => !drop.includes(basis))

export interface BasisGroups {
  suggested: TransferBasis[]
  other: TransferBasis[]
  /** Invalid bases and those that cannot work for the country: last, and marked. */
  invalid: TransferBasis[]
}

/** The transfer bases in the order that makes sense for a country (gdpr-reference §1–§3). */
export function basisGroups(mark: CountryMark | null, code: string | null): BasisGroups {
  if (mark === null) {
    return {
      suggested: [],
      other: ['eea', 'adequacy', 'dpf', ...SAFEGUARDS],
      invalid: ['none', ...LEGACY],
    }
  }
  if (mark === 'eea') {
    return {
      suggested: ['eea'],
      other: SAFEGUARDS,
      invalid: ['adequacy', 'dpf', 'none', ...LEGACY],
    }
  }
  if (code === 'US') {
    return {
      suggested: ['dpf', 'scc_2021'],
      other: [...except(SAFEGUARDS, 'scc_2021'), 'adequacy'],
      invalid: ['none', 'eea', ...LEGACY],
    }
  }
  if (mark === 'third') {
    return {
      suggested: ['scc_2021', 'bcr'],
      other: except(SAFEGUARDS, 'scc_2021', 'bcr'),
      invalid: ['none', 'eea', 'adequacy', 'dpf', ...LEGACY],
    }
  }
  return { suggested: ['adequacy'], other: SAFEGUARDS, invalid: ['none', 'eea', 'dpf', ...LEGACY] }
}

/** The map's colour of one location, from the reference data alone (as main/services/map.ts). */
export function basisStatus(
  reference: Reference | null,
  code: string,
  basis: TransferBasis,
): TransferStatus {
  const mark = markOf(reference, code)
  if (mark === 'eea') return 'eea'
  if (SAFEGUARDS.includes(basis)) return 'safeguarded'
  // The DPF is an adequacy decision (Art. 45) for certified US organisations, as on the server's map.
  if (basis === 'dpf') return code === 'US' ? 'adequate' : 'missing'
  if (basis === 'adequacy' && mark !== 'third') return 'adequate'
  return 'missing'
}

export const STATUS_COLORS: Record<TransferStatus, string> = {
  eea: 'blue',
  adequate: 'teal',
  safeguarded: 'yellow',
  missing: 'red',
}
