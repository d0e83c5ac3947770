/**
 * Checks of the transfer tool a location relies on: adequacy (R13 scope, R14 expiry), the EU-US
 * DPF (R08 certification, R09 fallback), Art. 46 safeguards (R10/R11 TIA, R12 SCC module, R22 ad
 * hoc clauses) and R07 for old SCCs.
 */
import type { Agreement } from '../../../preload/contract'
import { addMonths, fromDay, toDay } from '../dates'
import { INVALID_BASES, adequacyFor, type AdequacyDecision } from '../reference-data'
import type { LocalisedText, Warning } from '../types'
import { dateText, days as dayCount, listText } from '../warning'
import { emit, noBasis, type Site } from './site'

export function adequacyChecks(site: Site): Warning[] {
  const entry = adequacyFor(site.country)
  const adopted = toDay(entry?.adopted)
  if (!entry || adopted === null) return [noBasis(site, 'no_adequacy')]
  if (site.ctx.today < adopted) return [noBasis(site, 'adequacy_not_yet')]
  if (entry.status !== 'in_force') return [withdrawn(site, entry)]
  // US adequacy exists only through the DPF (§2 note g), so the DPF checks apply.
  if (entry.code === 'US') return dpfChecks(site)
  const warnings: Warning[] = []
  const expiry = adequacyExpiry(site, entry)
  if (expiry) warnings.push(expiry)
  if (entry.scope === 'partial' && site.loc.scope_confirmed !== true) {
    warnings.push(scopeUnconfirmed(site, entry))
  }
  return warnings
}

const adequacyRef = (entry: AdequacyDecision) => `GDPR Art. 45; Decision ${entry.decision}`

function withdrawn(site: Site, entry: AdequacyDecision): Warning {
  const { who, place } = site
  return emit(site, {
    rule: 'R14',
    severity: 'critical',
    due: site.ctx.today,
    legal_ref: `GDPR Art. 45(5); Decision ${entry.decision}`,
    params: { decision: entry.decision, status: entry.status },
    variant: 'status',
    message: {
      da: `Tilstrækkelighedsafgørelsen for ${place.da} (${entry.decision}) gælder ikke længere. Find straks et andet overførselsgrundlag for ${who.da}, eller stop overførslen.`,
      en: `The adequacy decision for ${place.en} (${entry.decision}) no longer applies. Find another transfer basis for ${who.en} now, or stop the transfer.`,
    },
  })
}

function adequacyExpiry(site: Site, entry: AdequacyDecision): Warning | null {
  const expires = toDay(entry.expires)
  if (expires === null) return null
  const { today, thresholds } = site.ctx
  const left = expires - today
  if (left > thresholds.adequacy_expiry_warn_days) return null
  const { who, place } = site
  const on = dateText(expires)
  const message =
    left < 0
      ? {
          da: `Tilstrækkelighedsafgørelsen for ${place.da} (${entry.decision}) udløb ${on.da}. Tjek om den er fornyet, og opdatér referencedata, eller find et andet overførselsgrundlag for ${who.da}.`,
          en: `The adequacy decision for ${place.en} (${entry.decision}) expired on ${on.en}. Check whether it was renewed and update the reference data, or find another transfer basis for ${who.en}.`,
        }
      : {
          da: `Tilstrækkelighedsafgørelsen for ${place.da} (${entry.decision}) udløber ${on.da}. Følg med i en fornyelse, og forbered et andet overførselsgrundlag for ${who.da}.`,
          en: `The adequacy decision for ${place.en} (${entry.decision}) expires on ${on.en}. Watch for its renewal and prepare another transfer basis for ${who.en}.`,
        }
  return emit(site, {
    rule: 'R14',
    severity: left < 0 ? 'critical' : 'medium',
    due: left < 0 ? today : expires,
    legal_ref: `GDPR Art. 45(5); Decision ${entry.decision}`,
    params: { decision: entry.decision, expires_on: fromDay(expires), days_left: left },
    message,
  })
}

/** R13: high while unconfirmed; critical once the recipient is recorded as out of scope. */
function scopeUnconfirmed(site: Site, entry: AdequacyDecision): Warning {
  const { who, place, loc } = site
  const condition = entry.condition ?? { da: '', en: '' }
  const denied = loc.scope_confirmed === false
  const message = denied
    ? {
        da: `${who.da} i ${place.da} er registreret som uden for tilstrækkelighedsafgørelsens anvendelsesområde (${condition.da}). Brug et andet overførselsgrundlag, fx standardkontraktbestemmelser med en TIA.`,
        en: `${who.en} in ${place.en} is recorded as outside the adequacy decision's scope (${condition.en}). Use another transfer basis, such as standard contractual clauses with a TIA.`,
      }
    : {
        da: `Tilstrækkelighedsafgørelsen for ${place.da} dækker kun delvist (${condition.da}). Bekræft at ${who.da} er omfattet, eller brug et andet overførselsgrundlag.`,
        en: `The adequacy decision for ${place.en} has a limited scope (${condition.en}). Confirm that ${who.en} is covered, or use another transfer basis.`,
      }
  return emit(site, {
    rule: 'R13',
    severity: denied ? 'critical' : 'high',
    due: site.ctx.today,
    legal_ref: adequacyRef(entry),
    params: { decision: entry.decision, scope_confirmed: denied ? 'no' : 'missing' },
    message,
  })
}

export function dpfChecks(site: Site): Warning[] {
  const us = adequacyFor('US')
  if (site.country !== 'US' || !us) return [noBasis(site, 'dpf_not_us')]
  if (site.ctx.today < (toDay(us.adopted) as number)) return [noBasis(site, 'adequacy_not_yet')]
  const warnings: Warning[] = []
  const certification = dpfCertification(site, us)
  if (certification) warnings.push(certification)
  const fallback = dpfFallback(site)
  if (fallback) warnings.push(fallback)
  return warnings
}

type DpfProblem = 'inactive' | 'status_missing' | 'category_missing' | 'never_verified' | 'stale'

function dpfProblems(site: Site): { problems: DpfProblem[]; staleSince: number | null } {
  const { loc, ctx } = site
  const problems: DpfProblem[] = []
  if (loc.dpf_status === 'inactive') problems.push('inactive')
  if (loc.dpf_status === null) problems.push('status_missing')
  if (loc.dpf_category === null) problems.push('category_missing')
  const verified = toDay(loc.dpf_verified_on)
  const staleSince = verified === null ? null : verified + ctx.thresholds.dpf_reverify_days
  if (verified === null) problems.push('never_verified')
  else if (ctx.today > (staleSince as number)) problems.push('stale')
  return { problems, staleSince }
}

function dpfProblemText(site: Site, problem: DpfProblem): LocalisedText {
  const verified = toDay(site.loc.dpf_verified_on)
  const when = verified === null ? { da: '', en: '' } : dateText(verified)
  const days = dayCount(site.ctx.thresholds.dpf_reverify_days)
  const texts: Record<DpfProblem, LocalisedText> = {
    inactive: { da: 'står som inaktiv på DPF-listen', en: 'is listed as inactive on the DPF List' },
    status_missing: {
      da: 'har ingen registreret DPF-status',
      en: 'has no DPF List status recorded',
    },
    category_missing: {
      da: 'mangler registreret datakategori (HR / ikke-HR)',
      en: 'has no certified data category (HR / non-HR) recorded',
    },
    never_verified: {
      da: 'er aldrig tjekket på DPF-listen',
      en: 'was never checked on the DPF List',
    },
    stale: {
      da: `blev sidst tjekket på DPF-listen ${when.da}, mere end ${days.da} siden`,
      en: `was last checked on the DPF List on ${when.en}, more than ${days.en} ago`,
    },
  }
  return texts[problem]
}

/** R08: high, critical when the organisation's certification has lapsed. */
function dpfCertification(site: Site, us: AdequacyDecision): Warning | null {
  const { problems, staleSince } = dpfProblems(site)
  if (problems.length === 0) return null
  const inactive = problems.includes('inactive')
  const onlyStale = problems.length === 1 && problems[0] === 'stale'
  const texts = problems.map((problem) => dpfProblemText(site, problem))
  const { who } = site
  const action = inactive
    ? {
        da: 'Stop overførslen, eller skift til standardkontraktbestemmelser med en TIA.',
        en: 'Stop the transfer, or switch to standard contractual clauses with a TIA.',
      }
    : {
        da: 'Tjek modtageren på DPF-listen, og registrér status, datakategori og dato.',
        en: 'Check the recipient on the DPF List and record its status, data category and the date.',
      }
  return emit(site, {
    rule: 'R08',
    severity: inactive ? 'critical' : 'high',
    due: onlyStale ? staleSince : site.ctx.today,
    legal_ref: adequacyRef(us),
    params: { problems: problems.join(',') },
    message: {
      da: `${who.da} i USA ${listText(
        texts.map((t) => t.da),
        'og',
      )}. ${action.da}`,
      en: `${who.en} in the US ${listText(
        texts.map((t) => t.en),
        'and',
      )}. ${action.en}`,
    },
  })
}

const isSccFallback = (a: Agreement) =>
  a.type === 'scc_2021' && a.status === 'signed' && (a.scc_module === 2 || a.scc_module === 3)

/** R09 (advisory): keep 2021 SCCs on file while the DPF is challenged (C-703/25 P). */
function dpfFallback(site: Site): Warning | null {
  const agreements = site.ctx.agreementsByCounterparty.get(site.cp.id) ?? []
  if (agreements.some(isSccFallback)) return null
  const { who } = site
  return emit(site, {
    rule: 'R09',
    severity: 'low',
    due: null,
    legal_ref: 'GDPR Art. 45, 46(2)(c); C-703/25 P',
    message: {
      da: `Overførslen til USA hos ${who.da} bygger kun på Data Privacy Framework, som er anfægtet ved EU-Domstolen (sag C-703/25 P). Overvej at underskrive standardkontraktbestemmelser (modul 2 eller 3) som reserve, hvis DPF falder.`,
      en: `The transfer to the US by ${who.en} relies on the Data Privacy Framework alone, which is challenged before the EU Court of Justice (case C-703/25 P). Consider signing standard contractual clauses (module 2 or 3) as a fallback in case the DPF falls.`,
    },
  })
}

export function art46Checks(site: Site): Warning[] {
  const warnings: Warning[] = []
  const { loc } = site
  if (loc.basis === 'ad_hoc_clauses' && !loc.authorisation_ref?.trim()) {
    warnings.push(adHocWithoutAuthorisation(site))
  }
  const agreement = site.ctx.agreementsById.get(loc.agreement_id ?? -1)
  if (agreement?.type === 'scc_legacy') warnings.push(...legacyScc(site))
  if (loc.basis === 'scc_2021') {
    const module = moduleMismatch(site, agreement)
    if (module) warnings.push(module)
  }
  if (!adequateInFull(site)) {
    const tia = tiaCheck(site)
    if (tia) warnings.push(tia)
  }
  return warnings
}

/** No TIA is needed for a destination fully covered by an adequacy decision (§3.4). */
function adequateInFull(site: Site): boolean {
  const entry = adequacyFor(site.country)
  if (!entry || entry.scope !== 'full' || entry.status !== 'in_force') return false
  const { today } = site.ctx
  const expires = toDay(entry.expires)
  return today >= (toDay(entry.adopted) as number) && (expires === null || today <= expires)
}

function adHocWithoutAuthorisation(site: Site): Warning {
  const { who, place } = site
  return emit(site, {
    rule: 'R22',
    severity: 'critical',
    due: site.ctx.today,
    legal_ref: 'GDPR Art. 46(3)(a)',
    message: {
      da: `Overførslen til ${place.da} hos ${who.da} bygger på ad hoc-kontraktbestemmelser uden registreret godkendelse fra Datatilsynet. Registrér Datatilsynets godkendelse (journalnummer), eller brug standardkontraktbestemmelser.`,
      en: `The transfer to ${place.en} by ${who.en} relies on ad hoc contractual clauses with no Datatilsynet authorisation recorded. Record the authorisation reference, or use standard contractual clauses.`,
    },
  })
}

/** Old SCCs: invalid for everyone from 27 Dec 2022, and for contracts made from 27 Sep 2021. */
export function legacyScc(site: Site): Warning[] {
  const entry = INVALID_BASES.scc_legacy
  const agreement = site.ctx.agreementsById.get(site.loc.agreement_id ?? -1)
  const signed = toDay(agreement?.signed_on)
  const invalidFrom = toDay(entry.invalid_from) as number
  const lapsed = site.ctx.today >= invalidFrom
  const tooLate = signed !== null && signed >= (toDay(entry.no_new_from) as number)
  if (!lapsed && !tooLate) return []
  const since = dateText(invalidFrom)
  const { who, place } = site
  return [
    emit(site, {
      rule: 'R07',
      severity: 'critical',
      due: site.ctx.today,
      legal_ref: `${entry.ruling}; GDPR Art. 46(2)(c)`,
      params: { invalid_since: entry.invalid_from },
      message: {
        da: `Overførslen til ${place.da} hos ${who.da} bygger på de gamle standardkontraktbestemmelser (2001/2004/2010), som ikke giver fornødne garantier efter ${since.da}. Indgå standardkontraktbestemmelserne fra 2021 (2021/914) med det rigtige modul, og lav en TIA.`,
        en: `The transfer to ${place.en} by ${who.en} relies on the old standard contractual clauses (2001/2004/2010), which give no safeguards after ${since.en}. Sign the 2021 SCCs (2021/914) with the right module and carry out a TIA.`,
      },
    }),
  ]
}

/** 2021/914 Clause 1(b): controller→processor is module 2, processor→processor module 3, … */
export function expectedModule(site: Site): 1 | 2 | 3 | null {
  if (site.chain) return 3
  switch (site.cp.role) {
    case 'processor':
      return 2
    case 'sub_processor':
      return 3
    case 'independent_controller':
    case 'joint_controller':
      return 1
    default:
      return null
  }
}

function moduleMismatch(site: Site, agreement: Agreement | undefined): Warning | null {
  const recorded = site.loc.scc_module ?? agreement?.scc_module ?? null
  const expected = expectedModule(site)
  if (recorded === null || expected === null || recorded === expected) return null
  const { who, place } = site
  return emit(site, {
    rule: 'R12',
    severity: 'medium',
    due: site.ctx.today,
    legal_ref: 'Decision (EU) 2021/914, Annex Clause 1(b)',
    params: { module: recorded, expected_module: expected },
    message: {
      da: `Overførslen til ${place.da} hos ${who.da} bruger SCC-modul ${recorded}, men relationen kræver modul ${expected}. Indgå standardkontraktbestemmelserne med det rigtige modul.`,
      en: `The transfer to ${place.en} by ${who.en} uses SCC module ${recorded}, but the relationship needs module ${expected}. Sign the standard contractual clauses with the right module.`,
    },
  })
}

const TIA_REF = 'CJEU C-311/18; Decision (EU) 2021/914 Clause 14; EDPB Recommendations 01/2020'

function tiaCheck(site: Site): Warning | null {
  const tia = toDay(site.loc.tia_on)
  if (tia === null) return missingTia(site)
  const { today, thresholds } = site.ctx
  const due = addMonths(tia, thresholds.tia_months)
  const newSub = newestSubProcessorSince(site, tia)
  if (today <= due && newSub === null) return null
  const { who, place } = site
  const done = dateText(tia)
  const reason =
    today > due
      ? {
          da: `den er fra ${done.da} og skal gennemgås hver ${thresholds.tia_months}. måned`,
          en: `it dates from ${done.en} and is reviewed every ${thresholds.tia_months} months`,
        }
      : {
          da: `der er kommet en ny underdatabehandler til siden ${done.da}`,
          en: `a new sub-processor was added after ${done.en}`,
        }
  return emit(site, {
    rule: 'R11',
    severity: 'medium',
    due: today > due ? due : today,
    legal_ref: TIA_REF,
    params: { tia_on: fromDay(tia), review_due: fromDay(due) },
    message: {
      da: `TIA'en for overførslen til ${place.da} hos ${who.da} er forældet: ${reason.da}. Gennemgå og opdatér TIA'en.`,
      en: `The TIA for the transfer to ${place.en} by ${who.en} is out of date: ${reason.en}. Review and update it.`,
    },
  })
}

/** A sub-processor listed, notified or approved after the TIA triggers a new one (R11). */
function newestSubProcessorSince(site: Site, tia: number): number | null {
  let newest: number | null = null
  for (const link of site.ctx.linksByProcessor.get(site.cp.id) ?? []) {
    for (const date of [link.listed_on, link.notified_on, link.approved_on]) {
      const day = toDay(date)
      if (day !== null && day > tia && (newest === null || day > newest)) newest = day
    }
  }
  return newest
}

function missingTia(site: Site): Warning {
  const { who, place } = site
  return emit(site, {
    rule: 'R10',
    severity: 'high',
    due: site.ctx.today,
    legal_ref: TIA_REF,
    message: {
      da: `Overførslen til ${place.da} hos ${who.da} bygger på fornødne garantier (art. 46), men der er ingen TIA (vurdering af overførslen). Udfør og registrér en TIA.`,
      en: `The transfer to ${place.en} by ${who.en} relies on appropriate safeguards (Art. 46) but has no transfer impact assessment. Carry out and record a TIA.`,
    },
  })
}
