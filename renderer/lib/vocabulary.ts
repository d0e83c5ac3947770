/**
 * Named types for the contract's enums. The renderer may only `import type` from the contract, so
 * the option lists are built from the translation tables (see enum-options.ts), not these types.
 */
import type {
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
  LOCATION_ACTIVITIES,
  ROLES,
  SCC_MODULES,
  SUB_PROCESSOR_AUTHORISATIONS,
  SUPERVISION_METHODS,
  SUPERVISION_OPINIONS,
  TRANSFER_BASES,
  TRANSFER_STATUSES,
  WARNING_FILTERS,
  Input,
  Settings,
} from '../../preload/contract'

export type {
  Agreement,
  ApiError,
  ChangeLogEntry,
  Channel,
  Contact,
  Counterparty,
  CounterpartyInput,
  CountryTransfers,
  DocumentMeta,
  Location,
  ReferenceCountries,
  Severity,
  SubProcessorLink,
  Supervision,
  Warning,
  ErrorCode,
  Input,
  Output,
  Result,
  Settings,
} from '../../preload/contract'

export type CounterpartyKind = (typeof COUNTERPARTY_KINDS)[number]
export type Role = (typeof ROLES)[number]
export type CounterpartyStatus = (typeof COUNTERPARTY_STATUSES)[number]
export type DataCategory = (typeof DATA_CATEGORIES)[number]
export type DataSubjectBand = (typeof DATA_SUBJECT_BANDS)[number]
export type AgreementType = (typeof AGREEMENT_TYPES)[number]
export type AgreementTemplate = (typeof AGREEMENT_TEMPLATES)[number]
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]
export type SccModule = (typeof SCC_MODULES)[number]
export type SubProcessorAuthorisation = (typeof SUB_PROCESSOR_AUTHORISATIONS)[number]
export type LocationActivity = (typeof LOCATION_ACTIVITIES)[number]
export type TransferBasis = (typeof TRANSFER_BASES)[number]
export type DpfCategory = (typeof DPF_CATEGORIES)[number]
export type DpfStatus = (typeof DPF_STATUSES)[number]
export type Art49Letter = (typeof ART49_LETTERS)[number]
export type SupervisionMethod = (typeof SUPERVISION_METHODS)[number]
export type SupervisionOpinion = (typeof SUPERVISION_OPINIONS)[number]
export type DocumentOwner = (typeof DOCUMENT_OWNERS)[number]
export type ChangeAction = (typeof CHANGE_ACTIONS)[number]
export type Entity = (typeof ENTITIES)[number]
export type Language = Settings['language']
export type WarningFilter = (typeof WARNING_FILTERS)[number]
export type TransferStatus = (typeof TRANSFER_STATUSES)[number]
export type Thresholds = Settings['thresholds']
export type CounterpartyListQuery = Input<'counterparties:list'>
export type CounterpartySort = NonNullable<CounterpartyListQuery['sort']>
export type SortDirection = NonNullable<CounterpartyListQuery['dir']>
