/** One location being judged, with what its messages need. Shared by the transfer rules. */
import type { Counterparty, Location } from '../../../preload/contract'
import type { Context } from '../context'
import { countryInSentence } from '../reference-data'
import type { LocalisedText, RuleId, Severity, Warning } from '../types'
import { makeWarning, subject } from '../warning'
import { chainText, type Chain, type Chains } from './sub-processors'

export interface Site {
  ctx: Context
  loc: Location
  cp: Counterparty
  chain: Chain | undefined
  chains: Chains
  country: string
  /** The counterparty as messages name it, with its chain when reached through one. */
  who: LocalisedText
  place: LocalisedText
}

export function makeSite(
  ctx: Context,
  chains: Chains,
  loc: Location,
  cp: Counterparty,
  chain: Chain | undefined,
  country: string,
): Site {
  const who = chain
    ? {
        da: `${cp.name} (underdatabehandler for ${chain.via.name})`,
        en: `${cp.name} (sub-processor of ${chain.via.name})`,
      }
    : { da: cp.name, en: cp.name }
  const place = { da: countryInSentence(country, 'da'), en: countryInSentence(country, 'en') }
  return { ctx, loc, cp, chain, chains, country, who, place }
}

export interface Finding {
  rule: RuleId
  severity: Severity
  due: number | null
  legal_ref: string
  message: LocalisedText
  params?: Record<string, string | number>
  variant?: string
}

export function emit(site: Site, finding: Finding): Warning {
  const { cp, loc, chain } = site
  const params: Record<string, string | number> = {
    counterparty: cp.name,
    country: site.country,
    basis: loc.basis,
  }
  if (chain) {
    params.chain = chainText(site.ctx, site.chains, cp.id)
    params.via = chain.via.name
  }
  if (finding.params) Object.assign(params, finding.params)
  return makeWarning({ ...finding, subject: subject('location', loc.id, cp.id), params })
}

export type NoBasisReason =
  'none' | 'eea_outside_eea' | 'no_adequacy' | 'adequacy_not_yet' | 'dpf_not_us'

const REASONS: Record<NoBasisReason, LocalisedText> = {
  none: { da: 'der er intet overførselsgrundlag registreret', en: 'no transfer basis is recorded' },
  eea_outside_eea: {
    da: 'grundlaget står som EU/EØS, men landet ligger uden for EØS',
    en: 'the basis says EU/EEA, but the country is outside the EEA',
  },
  no_adequacy: {
    da: 'landet har ingen tilstrækkelighedsafgørelse',
    en: 'the country has no adequacy decision',
  },
  adequacy_not_yet: {
    da: 'tilstrækkelighedsafgørelsen var ikke vedtaget på datoen',
    en: 'the adequacy decision had not been adopted on that date',
  },
  dpf_not_us: {
    da: 'Data Privacy Framework dækker kun modtagere i USA',
    en: 'the Data Privacy Framework only covers recipients in the US',
  },
}

/** R05, or R20 for a sub-processor down a chain. */
export function noBasis(site: Site, reason: NoBasisReason): Warning {
  const { who, place, chain, ctx } = site
  const because = REASONS[reason]
  const message = chain
    ? {
        da: `Videreoverførsel: ${who.da} overfører personoplysninger til ${place.da} uden gyldigt overførselsgrundlag (${because.da}). Bed ${chain.root.name} om dokumentation for et gyldigt overførselsgrundlag, eller gør indsigelse mod underdatabehandleren.`,
        en: `Onward transfer: ${who.en} transfers personal data to ${place.en} without a valid transfer basis (${because.en}). Ask ${chain.root.name} to document a valid basis, or object to the sub-processor.`,
      }
    : {
        da: `${who.da} overfører personoplysninger til ${place.da} uden gyldigt overførselsgrundlag (${because.da}). Registrér et gyldigt overførselsgrundlag, fx standardkontraktbestemmelser med en TIA, eller stop overførslen.`,
        en: `${who.en} transfers personal data to ${place.en} without a valid transfer basis (${because.en}). Record a valid basis, such as standard contractual clauses with a TIA, or stop the transfer.`,
      }
  return emit(site, {
    rule: chain ? 'R20' : 'R05',
    severity: 'critical',
    due: ctx.today,
    legal_ref: chain ? 'GDPR Art. 44, 28(4), 46, 49' : 'GDPR Art. 44, 46, 49',
    message,
    params: { reason },
  })
}
