import type {
  Agreement,
  Contact,
  Counterparty,
  Location,
  Settings,
  SubProcessorLink,
  Supervision,
  UpcomingItem as ContractUpcomingItem,
  Warning as ContractWarning,
} from '../../preload/contract'
import { SEVERITIES } from '../../preload/contract'

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

// Severities and the shape of a finding are the API contract's; the engine narrows the rule id.
export { SEVERITIES }
export type { Severity } from '../../preload/contract'

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

export type Subject = ContractWarning['subject']
export type SubjectType = Subject['type']
export type LocalisedText = ContractWarning['message']

export interface Warning extends Omit<ContractWarning, 'rule'> {
  rule: RuleId
}

export type UpcomingKind = ContractUpcomingItem['kind']
export type UpcomingItem = ContractUpcomingItem
