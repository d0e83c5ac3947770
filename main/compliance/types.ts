import type {
  Agreement,
  Contact,
  Counterparty,
  Location,
  Settings,
  SubProcessorLink,
  Supervision,
} from '../../preload/contract'

/** Everything the engine looks at: a snapshot of the register, read once. */
export interface Register {
  counterparties: Counterparty[]
  contacts: Contact[]
  agreements: Agreement[]
  locations: Location[]
  links: SubProcessorLink[]
  supervisions: Supervision[]
}

export type Thresholds = Settings['thresholds']

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const
export type Severity = (typeof SEVERITIES)[number]

export const RULE_IDS = [
  'R01',
  'R02',
  'R03',
  'R04',
  'R05',
  'R06',
  'R07',
  'R08',
  'R09',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
  'R16',
  'R17',
  'R18',
  'R19',
  'R20',
  'R21',
  'R22',
  'R23',
  'R24',
  'R25',
  'R26',
  'R27',
  'R28',
] as const
export type RuleId = (typeof RULE_IDS)[number]

/** The rules `evaluate` checks today; the others need data the register does not hold yet. */
export const IMPLEMENTED_RULES = [
  'R01',
  'R03',
  'R04',
  'R05',
  'R06',
  'R07',
  'R08',
  'R09',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
  'R16',
  'R17',
  'R18',
  'R19',
  'R20',
  'R21',
  'R22',
  'R23',
  'R26',
] as const satisfies readonly RuleId[]

export type SubjectType =
  'counterparty' | 'agreement' | 'location' | 'link' | 'contact' | 'supervision' | 'register'

export interface Subject {
  type: SubjectType
  id: number | null
  counterparty_id: number | null
}

export interface LocalisedText {
  da: string
  en: string
}

export interface Warning {
  /** Stable across runs, e.g. `R05:location:12`: the UI may remember dismissals by it. */
  id: string
  rule: RuleId
  severity: Severity
  subject: Subject
  /** YYYY-MM-DD: when it must be done; `today` for "immediately". */
  due: string | null
  legal_ref: string
  message: LocalisedText
  params: Record<string, string | number>
}

export type UpcomingKind =
  'expiry' | 'renewal' | 'notice_deadline' | 'objection_deadline' | 'supervision_due'

export interface UpcomingItem {
  id: string
  date: string
  kind: UpcomingKind
  subject: Subject
  label: LocalisedText
}
