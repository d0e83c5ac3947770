/**
 * Third-country transfers, judged per location (one row per place data goes): R05/R20 (no valid
 * basis), R06 (Safe Harbour / Privacy Shield), R07 (old SCCs), R21 (Art. 49 used routinely),
 * R22 (ad hoc clauses without authorisation); the tool-specific checks live in transfer-tools.ts.
 *
 * Locations of active counterparties are judged, and so are those of every sub-processor reached
 * down a chain from a processor we use (§3.1: onward transfers are transfers). Each location is
 * judged once: a missing basis is R20 when the location belongs to a reached sub-processor (the
 * message names the chain, the fix goes through our processor) and R05 otherwise, so a cycle or
 * several paths to one sub-processor never repeat a warning.
 */
import { isActive, needsDpa, type Context } from '../context'
import { toDay } from '../dates'
import { INVALID_BASES, isEea, normaliseCountry } from '../reference-data'
import type { Warning } from '../types'
import { dateText } from '../warning'
import { emit, makeSite, noBasis, type Site } from './site'
import { walkChains, type Chains } from './sub-processors'
import { adequacyChecks, art46Checks, dpfChecks, legacyScc } from './transfer-tools'

export function transferRules(ctx: Context, chains: Chains = walkChains(ctx)): Warning[] {
  const warnings: Warning[] = []
  for (const loc of ctx.register.locations) {
    const cp = ctx.counterparties.get(loc.counterparty_id)
    if (!cp) continue
    const chain = chains.byId.get(cp.id)
    if (!chain && !isActive(cp)) continue
    const country = normaliseCountry(loc.country)
    if (isEea(country)) continue
    for (const warning of judge(makeSite(ctx, chains, loc, cp, chain, country))) {
      warnings.push(warning)
    }
  }
  return warnings
}

function judge(site: Site): Warning[] {
  switch (site.loc.basis) {
    case 'adequacy':
      return adequacyChecks(site)
    case 'dpf':
      return dpfChecks(site)
    case 'scc_2021':
    case 'bcr':
    case 'code_of_conduct':
    case 'certification':
    case 'ad_hoc_clauses':
      return art46Checks(site)
    case 'art49':
      return art49Checks(site)
    case 'safe_harbour':
    case 'privacy_shield':
      return invalidUsBasis(site, site.loc.basis)
    case 'scc_legacy':
      return legacyScc(site)
    case 'eea':
      return [noBasis(site, 'eea_outside_eea')]
    default:
      return [noBasis(site, 'none')]
  }
}

function invalidUsBasis(site: Site, basis: 'safe_harbour' | 'privacy_shield'): Warning[] {
  const entry = INVALID_BASES[basis]
  const invalidFrom = toDay(entry.invalid_from) as number
  if (site.ctx.today < invalidFrom) return []
  const since = dateText(invalidFrom)
  const { who, place } = site
  return [
    emit(site, {
      rule: 'R06',
      severity: 'critical',
      due: site.ctx.today,
      legal_ref: `${entry.ruling}; GDPR Art. 44`,
      params: { invalid_since: entry.invalid_from },
      message: {
        da: `Overførslen til ${place.da} hos ${who.da} bygger på ${entry.names.da}, som har været ugyldig siden ${since.da}. Skift til EU-US Data Privacy Framework (med aktiv certificering) eller standardkontraktbestemmelser med en TIA.`,
        en: `The transfer to ${place.en} by ${who.en} relies on ${entry.names.en}, invalid since ${since.en}. Switch to the EU-US Data Privacy Framework (active certification) or standard contractual clauses with a TIA.`,
      },
    }),
  ]
}

/** R21: Art. 49 derogations are for occasional transfers, never an ongoing vendor relationship. */
function art49Checks(site: Site): Warning[] {
  const { cp, loc, chain, who, place } = site
  const ongoing = loc.recurring || chain !== undefined || (isActive(cp) && needsDpa(cp))
  if (!ongoing) return []
  return [
    emit(site, {
      rule: 'R21',
      severity: 'high',
      due: site.ctx.today,
      legal_ref: 'GDPR Art. 49; EDPB Guidelines 2/2018',
      params: { art49_letter: loc.art49_letter ?? '' },
      message: {
        da: `Overførslen til ${place.da} hos ${who.da} bygger på en undtagelse i art. 49, men den er gentagen eller led i et løbende samarbejde. Brug en tilstrækkelighedsafgørelse eller fornødne garantier (art. 46), fx standardkontraktbestemmelser.`,
        en: `The transfer to ${place.en} by ${who.en} relies on an Art. 49 derogation but is repeated or part of an ongoing relationship. Use an adequacy decision or appropriate safeguards (Art. 46), such as standard contractual clauses.`,
      },
    }),
  ]
}
