/**
 * Danish and English words for the register's coded values, as the files we write (spreadsheets,
 * calendar, report) show them, and as imports read them back. The renderer keeps its own copy in
 * renderer/i18n (it may not import main/); the wording here follows it.
 */
import { formatDay, toDay } from '../compliance/dates'
import type {
  AGREEMENT_STATUSES,
  AGREEMENT_TEMPLATES,
  AGREEMENT_TYPES,
  COUNTERPARTY_KINDS,
  COUNTERPARTY_STATUSES,
  DATA_CATEGORIES,
  DATA_SUBJECT_BANDS,
  DPF_CATEGORIES,
  DPF_STATUSES,
  LOCATION_ACTIVITIES,
  ROLES,
  SUB_PROCESSOR_AUTHORISATIONS,
  SUPERVISION_METHODS,
  SUPERVISION_OPINIONS,
  TRANSFER_BASES,
  WARNING_FILTERS,
} from '../../preload/contract'

export type Language = 'da' | 'en'
export interface Words {
  da: string
  en: string
}
type Labels<T extends readonly string[]> = Readonly<Record<T[number], Words>>

export const KIND_LABELS: Labels<typeof COUNTERPARTY_KINDS> = {
  supplier: { da: 'Leverandør', en: 'Supplier' },
  processor: { da: 'Databehandler', en: 'Processor' },
  sub_processor: { da: 'Underdatabehandler', en: 'Sub-processor' },
  auditor: { da: 'Revisor', en: 'Auditor' },
  advisor: { da: 'Rådgiver', en: 'Advisor' },
  customer: { da: 'Kunde', en: 'Customer' },
  authority: { da: 'Offentlig myndighed', en: 'Public authority' },
}

export const ROLE_LABELS: Labels<typeof ROLES> = {
  processor: { da: 'Databehandler', en: 'Processor' },
  sub_processor: { da: 'Underdatabehandler', en: 'Sub-processor' },
  independent_controller: { da: 'Selvstændig dataansvarlig', en: 'Independent controller' },
  joint_controller: { da: 'Fælles dataansvarlig', en: 'Joint controller' },
  none: { da: 'Ingen behandling for os', en: 'No processing for us' },
}

export const COUNTERPARTY_STATUS_LABELS: Labels<typeof COUNTERPARTY_STATUSES> = {
  prospect: { da: 'Potentiel', en: 'Prospect' },
  active: { da: 'Aktiv', en: 'Active' },
  former: { da: 'Tidligere', en: 'Former' },
}

export const DATA_CATEGORY_LABELS: Labels<typeof DATA_CATEGORIES> = {
  ordinary: { da: 'Almindelige personoplysninger', en: 'Ordinary personal data' },
  special: { da: 'Særlige kategorier (art. 9)', en: 'Special categories (Art. 9)' },
  cpr: { da: 'CPR-numre', en: 'CPR numbers' },
  criminal: { da: 'Strafbare forhold (art. 10)', en: 'Criminal offences (Art. 10)' },
}

export const DATA_SUBJECT_BAND_LABELS: Labels<typeof DATA_SUBJECT_BANDS> = {
  under_1000: { da: 'Under 1.000', en: 'Under 1,000' },
  '1000_10000': { da: '1.000–10.000', en: '1,000–10,000' },
  over_10000: { da: 'Over 10.000', en: 'Over 10,000' },
}

export const AGREEMENT_TYPE_LABELS: Labels<typeof AGREEMENT_TYPES> = {
  dpa: { da: 'Databehandleraftale', en: 'Data processing agreement' },
  dpa_we_process: {
    da: 'Databehandleraftale (vi er databehandler)',
    en: 'Data processing agreement (we are processor)',
  },
  scc_2021: {
    da: 'Standardkontraktbestemmelser (2021)',
    en: 'Standard contractual clauses (2021)',
  },
  scc_legacy: {
    da: 'Ældre standardkontraktbestemmelser',
    en: 'Older standard contractual clauses',
  },
  joint_controller: { da: 'Aftale om fælles dataansvar', en: 'Joint-controller arrangement' },
  nda: { da: 'Fortrolighedsaftale', en: 'Non-disclosure agreement' },
  master: { da: 'Hovedaftale', en: 'Master agreement' },
  other: { da: 'Anden aftale', en: 'Other agreement' },
}

export const AGREEMENT_TEMPLATE_LABELS: Labels<typeof AGREEMENT_TEMPLATES> = {
  dt_2019: {
    da: 'Datatilsynets standardbestemmelser (2019)',
    en: "Datatilsynet's standard clauses (2019)",
  },
  eu_2021_915: {
    da: 'EU-Kommissionens standardbestemmelser (2021/915)',
    en: "European Commission's standard clauses (2021/915)",
  },
  vendor: { da: 'Leverandørens egen skabelon', en: "Vendor's own template" },
  custom: { da: 'Egen skabelon', en: 'Our own template' },
}

export const AGREEMENT_STATUS_LABELS: Labels<typeof AGREEMENT_STATUSES> = {
  draft: { da: 'Udkast', en: 'Draft' },
  sent: { da: 'Sendt', en: 'Sent' },
  signed: { da: 'Underskrevet', en: 'Signed' },
  terminated: { da: 'Ophørt', en: 'Terminated' },
}

export const AUTHORISATION_LABELS: Labels<typeof SUB_PROCESSOR_AUTHORISATIONS> = {
  specific: { da: 'Specifik skriftlig godkendelse', en: 'Specific written authorisation' },
  general: { da: 'Generel skriftlig godkendelse', en: 'General written authorisation' },
}

export const ACTIVITY_LABELS: Labels<typeof LOCATION_ACTIVITIES> = {
  storage: { da: 'Opbevaring', en: 'Storage' },
  processing: { da: 'Behandling', en: 'Processing' },
  support_access: { da: 'Supportadgang', en: 'Support access' },
  backup: { da: 'Sikkerhedskopi', en: 'Backup' },
}

export const BASIS_LABELS: Labels<typeof TRANSFER_BASES> = {
  eea: { da: 'EU/EØS (ingen overførsel)', en: 'EU/EEA (no transfer)' },
  adequacy: { da: 'Tilstrækkelighedsafgørelse', en: 'Adequacy decision' },
  dpf: { da: 'EU-US Data Privacy Framework', en: 'EU-US Data Privacy Framework' },
  scc_2021: {
    da: 'Standardkontraktbestemmelser (2021)',
    en: 'Standard contractual clauses (2021)',
  },
  bcr: { da: 'Bindende virksomhedsregler (BCR)', en: 'Binding corporate rules (BCR)' },
  code_of_conduct: { da: 'Adfærdskodeks', en: 'Code of conduct' },
  certification: { da: 'Certificering', en: 'Certification' },
  ad_hoc_clauses: {
    da: 'Godkendte ad hoc-kontraktbestemmelser',
    en: 'Authorised ad hoc clauses',
  },
  art49: {
    da: 'Undtagelse i særlige situationer (art. 49)',
    en: 'Derogation for specific situations (Art. 49)',
  },
  privacy_shield: { da: 'Privacy Shield (ugyldigt)', en: 'Privacy Shield (invalid)' },
  safe_harbour: { da: 'Safe Harbour (ugyldigt)', en: 'Safe Harbour (invalid)' },
  scc_legacy: {
    da: 'Ældre standardkontraktbestemmelser (ophævet)',
    en: 'Older standard contractual clauses (repealed)',
  },
  none: { da: 'Intet overførselsgrundlag', en: 'No transfer basis' },
}

export const DPF_CATEGORY_LABELS: Labels<typeof DPF_CATEGORIES> = {
  hr: { da: 'HR-oplysninger', en: 'HR data' },
  non_hr: { da: 'Andre end HR-oplysninger', en: 'Non-HR data' },
  both: { da: 'Både HR- og andre oplysninger', en: 'HR and non-HR data' },
}

export const DPF_STATUS_LABELS: Labels<typeof DPF_STATUSES> = {
  active: { da: 'Aktiv', en: 'Active' },
  inactive: { da: 'Inaktiv', en: 'Inactive' },
}

export const METHOD_LABELS: Labels<typeof SUPERVISION_METHODS> = {
  isae3000_type1: { da: 'ISAE 3000 type 1-erklæring', en: 'ISAE 3000 type 1 report' },
  isae3000_type2: { da: 'ISAE 3000 type 2-erklæring', en: 'ISAE 3000 type 2 report' },
  isae3402_type1: { da: 'ISAE 3402 type 1-erklæring', en: 'ISAE 3402 type 1 report' },
  isae3402_type2: { da: 'ISAE 3402 type 2-erklæring', en: 'ISAE 3402 type 2 report' },
  soc2_type1: { da: 'SOC 2 type 1-rapport', en: 'SOC 2 type 1 report' },
  soc2_type2: { da: 'SOC 2 type 2-rapport', en: 'SOC 2 type 2 report' },
  iso27001: { da: 'ISO 27001-certifikat', en: 'ISO 27001 certificate' },
  questionnaire: { da: 'Spørgeskema', en: 'Questionnaire' },
  written_confirmation: { da: 'Skriftlig bekræftelse', en: 'Written confirmation' },
  onsite_audit: { da: 'Fysisk tilsyn', en: 'On-site audit' },
}

export const OPINION_LABELS: Labels<typeof SUPERVISION_OPINIONS> = {
  unqualified: { da: 'Konklusion uden forbehold', en: 'Unqualified opinion' },
  qualified: { da: 'Konklusion med forbehold', en: 'Qualified opinion' },
  adverse: { da: 'Afkræftende konklusion', en: 'Adverse opinion' },
  disclaimer: { da: 'Ingen konklusion', en: 'Disclaimer of opinion' },
}

/** The counterparty list's warnings filter, worded as the list offers it. */
export const WARNING_FILTER_LABELS: Labels<typeof WARNING_FILTERS> = {
  any: { da: 'Har advarsler', en: 'Has warnings' },
  transfers: { da: 'Advarsler om overførsler', en: 'Warnings about transfers' },
  no_basis: { da: 'Intet gyldigt grundlag', en: 'No valid basis' },
}

export const SEVERITY_LABELS = {
  critical: { da: 'Kritisk', en: 'Critical' },
  high: { da: 'Høj', en: 'High' },
  medium: { da: 'Middel', en: 'Medium' },
  low: { da: 'Lav', en: 'Low' },
} as const satisfies Record<string, Words>

export const UPCOMING_LABELS = {
  expiry: { da: 'Aftale udløber', en: 'Agreement expires' },
  renewal: { da: 'Aftale fornyes', en: 'Agreement renews' },
  notice_deadline: { da: 'Sidste frist for opsigelse', en: 'Last day to give notice' },
  objection_deadline: {
    da: 'Frist for indsigelse mod underdatabehandler',
    en: 'Deadline to object to sub-processor',
  },
  supervision_due: { da: 'Tilsyn forfalder', en: 'Supervision due' },
} as const satisfies Record<string, Words>

export const YES_NO = { yes: { da: 'Ja', en: 'Yes' }, no: { da: 'Nej', en: 'No' } } as const

/** The label of a coded value; an unknown code (never in a valid register) is shown as it is. */
export function label<K extends string>(
  labels: Readonly<Record<K, Words>>,
  code: K | null | undefined,
  language: Language,
): string {
  if (code === null || code === undefined) return ''
  return Object.hasOwn(labels, code) ? labels[code][language] : String(code)
}

/** "31. december 2026" in Danish, "31 December 2026" in English, from YYYY-MM-DD; '' for none. */
export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return ''
  const day = toDay(iso.slice(0, 10))
  if (day === null) return iso
  return formatDay(day, language)
}
