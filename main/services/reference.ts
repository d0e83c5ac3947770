/** The reference data's country marks for the renderer, which may not import main/ itself. */
import {
  ADEQUACY_DECISIONS,
  EEA_OUTERMOST_REGIONS,
  EEA_STATES,
  REFERENCE_DATA_VERIFIED_ON,
  REFERENCE_DATA_VERSION,
} from '../compliance'
import type { ReferenceCountries } from '../../preload/contract'

type ReferenceCountry = ReferenceCountries['countries'][number]

export function referenceCountries(): ReferenceCountries {
  const countries = new Map<string, ReferenceCountry>()
  for (const code of [...Object.keys(EEA_STATES), ...Object.keys(EEA_OUTERMOST_REGIONS)]) {
    countries.set(code, {
      code,
      eea: true,
      adequacy: null,
      decision: null,
      condition: null,
      expires: null,
    })
  }
  for (const entry of ADEQUACY_DECISIONS) {
    // A decision that is no longer in force marks nothing: the country is a third country again.
    if (entry.status !== 'in_force') continue
    countries.set(entry.code, {
      code: entry.code,
      eea: false,
      adequacy: entry.scope,
      decision: entry.decision,
      condition: entry.condition,
      expires: entry.expires,
    })
  }
  return {
    version: REFERENCE_DATA_VERSION,
    verified_on: REFERENCE_DATA_VERIFIED_ON,
    countries: [...countries.values()].sort((a, b) => a.code.localeCompare(b.code)),
  }
}
