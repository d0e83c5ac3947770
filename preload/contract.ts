/**
 * THE API contract (DESIGN §4): every operation the renderer, the CLI and the HTTP transport may
 * call, declared once as channel → zod input/output. main/ builds its handler table from `channels`;
 * a channel without a handler is a compile error.
 */
import { z } from 'zod'

// ─── Vocabulary of the data model (DESIGN §5) ────────────────────────────────────────────────

export const COUNTERPARTY_KINDS = [
  'supplier',
  'processor',
  'sub_processor',
  'auditor',
  'advisor',
  'customer',
  'authority',
] as const
export const ROLES = [
  'processor',
  'sub_processor',
  'independent_controller',
  'joint_controller',
  'none',
] as const
export const COUNTERPARTY_STATUSES = ['prospect', 'active', 'former'] as const
export const DATA_CATEGORIES = ['ordinary', 'special', 'cpr', 'criminal'] as const
export const DATA_SUBJECT_BANDS = ['under_1000', '1000_10000', 'over_10000'] as const

export const AGREEMENT_TYPES = [
  'dpa',
  'dpa_we_process',
  'scc_2021',
  'scc_legacy',
  'joint_controller',
  'nda',
  'master',
  'other',
] as const
export const AGREEMENT_TEMPLATES = ['dt_2019', 'eu_2021_915', 'vendor', 'custom'] as const
export const AGREEMENT_STATUSES = ['draft', 'sent', 'signed', 'terminated'] as const
export const SCC_MODULES = [1, 2, 3, 4] as const
export const SUB_PROCESSOR_AUTHORISATIONS = ['specific', 'general'] as const

export const LOCATION_ACTIVITIES = ['storage', 'processing', 'support_access', 'backup'] as const
export const TRANSFER_BASES = [
  'eea',
  'adequacy',
  'dpf',
  'scc_2021',
  'bcr',
  'code_of_conduct',
  'certification',
  'ad_hoc_clauses',
  'art49',
  'privacy_shield',
  'safe_harbour',
  'scc_legacy',
  'none',
] as const
export const DPF_CATEGORIES = ['hr', 'non_hr', 'both'] as const
export const DPF_STATUSES = ['active', 'inactive'] as const
export const ART49_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'second_subparagraph'] as const

export const SUPERVISION_METHODS = [
  'isae3000_type1',
  'isae3000_type2',
  'isae3402_type1',
  'isae3402_type2',
  'soc2_type1',
  'soc2_type2',
  'iso27001',
  'questionnaire',
  'written_confirmation',
  'onsite_audit',
] as const
export const SUPERVISION_OPINIONS = ['unqualified', 'qualified', 'adverse', 'disclaimer'] as const
export const DOCUMENT_OWNERS = ['counterparty', 'agreement', 'supervision'] as const
export const CHANGE_ACTIONS = ['create', 'update', 'delete', 'redact'] as const
export const ENTITIES = [
  'counterparty',
  'contact',
  'agreement',
  'location',
  'sub_processor_link',
  'supervision',
  'document',
  'settings',
] as const

// ─── Field helpers ───────────────────────────────────────────────────────────────────────────

const id = z.int().positive()
const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' })
const optionalDate = isoDate.nullable().default(null)
const text = (max: number) => z.string().trim().max(max)
const optionalText = (max: number) =>
  text(max)
    .nullable()
    .default(null)
    .transform((value) => (value === '' ? null : value))
/** ISO 3166-1 alpha-2 upper case, or the pseudo-code of an international organisation. */
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2}|IO-[A-Z]+)$/, 'must be a two-letter country code such as DK or US')
  .transform((code) => (code === 'EL' ? 'GR' : code === 'UK' ? 'GB' : code))
const flag = z.boolean()
const audit = { id, created_at: z.string(), updated_at: z.string() }

// ─── Patches ─────────────────────────────────────────────────────────────────────────────────

export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[]
    ? T[K]
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K]
}

/** The `params.reason` of the issue an empty patch raises; the API answers it as `patch_empty`. */
export const PATCH_EMPTY = 'patch_empty'

/**
 * A field as a patch takes it: without its default, since a field the patch leaves out must stay
 * as it is, not be reset (zod applies a default inside `.optional()`); a nested object becomes a
 * patch of its own.
 */
function patchField(field: z.ZodType): z.ZodType {
  if (field instanceof z.ZodDefault || field instanceof z.ZodPrefault) {
    return patchField(field.unwrap() as z.ZodType)
  }
  if (field instanceof z.ZodNullable) return patchField(field.unwrap() as z.ZodType).nullable()
  if (field instanceof z.ZodPipe) {
    return patchField(field.in as z.ZodType).pipe(field.out as z.ZodType)
  }
  if (field instanceof z.ZodObject) return patchOf(field)
  return field
}

/**
 * The patch of a record or settings schema: every field optional and without its default, unknown
 * keys refused by name (`__proto__` too), and at least one field named. Derived from the schema, so
 * a field added to it can be patched at once. Rules across fields are checked on the merged
 * record by the service.
 */
export function patchOf<T extends z.ZodObject>(
  schema: T,
): z.ZodType<DeepPartial<z.output<T>>, DeepPartial<z.input<T>>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      patchField(field as z.ZodType).optional(),
    ]),
  )
  return z.strictObject(shape).refine((patch) => Object.keys(patch).length > 0, {
    message: 'nothing to change: name at least one field',
    params: { reason: PATCH_EMPTY },
  }) as unknown as z.ZodType<DeepPartial<z.output<T>>, DeepPartial<z.input<T>>>
}

// ─── Records ─────────────────────────────────────────────────────────────────────────────────

export const counterpartyInput = z.object({
  name: text(200).min(1, 'is required'),
  legal_name: optionalText(200),
  registration_no: optionalText(40),
  country: countryCode.nullable().default(null),
  website: optionalText(300),
  kinds: z.array(z.enum(COUNTERPARTY_KINDS)).default([]),
  role: z.enum(ROLES).default('none'),
  status: z.enum(COUNTERPARTY_STATUSES).default('active'),
  relationship_end: optionalDate,
  owner: optionalText(120),
  data_categories: z.array(z.enum(DATA_CATEGORIES)).default([]),
  data_subjects_band: z.enum(DATA_SUBJECT_BANDS).nullable().default(null),
  risk_points: z.int().min(1).max(10).nullable().default(null),
  notes: optionalText(10_000),
})
export const counterparty = counterpartyInput.extend(audit)

export const contactInput = z.object({
  counterparty_id: id,
  name: text(200).min(1, 'is required'),
  title: optionalText(200),
  email: z.email('must be an e-mail address').nullable().default(null),
  phone: optionalText(40),
  last_activity: optionalDate,
  legal_hold: flag.default(false),
  notes: optionalText(10_000),
})
export const contact = contactInput.extend(audit)

export const agreementInput = z.object({
  counterparty_id: id,
  title: optionalText(200),
  type: z.enum(AGREEMENT_TYPES),
  template: z.enum(AGREEMENT_TEMPLATES).nullable().default(null),
  scc_module: z
    .union(SCC_MODULES.map((m) => z.literal(m)))
    .nullable()
    .default(null),
  status: z.enum(AGREEMENT_STATUSES).default('draft'),
  signed_on: optionalDate,
  effective_from: optionalDate,
  expires_on: optionalDate,
  notice_period_days: z.int().min(0).max(3650).nullable().default(null),
  auto_renewal_months: z.int().min(0).max(120).nullable().default(null),
  review_interval_months: z.int().min(0).max(120).nullable().default(null),
  objection_window_days: z.int().min(0).max(365).nullable().default(null),
  sub_processor_authorisation: z.enum(SUB_PROCESSOR_AUTHORISATIONS).nullable().default(null),
  parent_agreement_id: id.nullable().default(null),
  notes: optionalText(10_000),
})
export const agreement = agreementInput.extend(audit)

export const locationInput = z.object({
  counterparty_id: id,
  country: countryCode,
  activity: z.enum(LOCATION_ACTIVITIES).default('storage'),
  basis: z.enum(TRANSFER_BASES).default('none'),
  scc_module: z
    .union(SCC_MODULES.map((m) => z.literal(m)))
    .nullable()
    .default(null),
  agreement_id: id.nullable().default(null),
  dpf_category: z.enum(DPF_CATEGORIES).nullable().default(null),
  dpf_status: z.enum(DPF_STATUSES).nullable().default(null),
  dpf_verified_on: optionalDate,
  tia_on: optionalDate,
  scope_confirmed: flag.nullable().default(null),
  art49_letter: z.enum(ART49_LETTERS).nullable().default(null),
  authorisation_ref: optionalText(120),
  recurring: flag.default(false),
  description: optionalText(2_000),
})
export const location = locationInput.extend(audit)

const subProcessorLinkFields = z.object({
  processor_id: id,
  sub_processor_id: id,
  purpose: optionalText(500),
  listed_on: optionalDate,
  notified_on: optionalDate,
  objection_deadline: optionalDate,
  approved_on: optionalDate,
  approved_by: optionalText(120),
  objected_on: optionalDate,
})
export const subProcessorLinkInput = subProcessorLinkFields.refine(
  (link) => link.processor_id !== link.sub_processor_id,
  { message: 'a counterparty cannot be its own sub-processor', path: ['sub_processor_id'] },
)
export const subProcessorLink = subProcessorLinkFields.extend(audit)

export const supervisionInput = z.object({
  counterparty_id: id,
  method: z.enum(SUPERVISION_METHODS),
  concept: z.int().min(1).max(6).nullable().default(null),
  period_start: optionalDate,
  period_end: optionalDate,
  received_on: optionalDate,
  opinion: z.enum(SUPERVISION_OPINIONS).nullable().default(null),
  deviations: optionalText(10_000),
  followed_up_on: optionalDate,
  next_due: optionalDate,
  notes: optionalText(10_000),
})
export const supervision = supervisionInput.extend(audit)

export const documentMeta = z.object({
  id,
  owner_type: z.enum(DOCUMENT_OWNERS),
  owner_id: id,
  file_name: z.string(),
  mime_type: z.string(),
  size: z.int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  created_at: z.string(),
})
export const documentInput = z.object({
  owner_type: z.enum(DOCUMENT_OWNERS),
  owner_id: id,
  file_name: text(255).min(1, 'is required'),
  mime_type: text(120).default('application/octet-stream'),
  /** File content, base64-encoded (both transports carry JSON). At most 25 MB once decoded. */
  content_base64: z.base64('must be base64').max(35_000_000, 'file is larger than 25 MB'),
})

export const changeLogEntry = z.object({
  id,
  at: z.string(),
  os_user: z.string(),
  action: z.enum(CHANGE_ACTIONS),
  entity: z.enum(ENTITIES),
  entity_id: z.int().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
})

export const settingsSchema = z.object({
  organisation: z
    .object({
      name: text(200).default(''),
      registration_no: text(40).default(''),
      country: countryCode.default('DK'),
    })
    .default({ name: '', registration_no: '', country: 'DK' }),
  language: z.enum(['da', 'en']).default('da'),
  thresholds: z
    .object({
      expiry_warn_days: z.int().min(1).max(730).default(90),
      expiry_escalate_days: z.int().min(1).max(365).default(30),
      dpf_reverify_days: z.int().min(1).max(730).default(90),
      tia_months: z.int().min(1).max(60).default(12),
      contact_retention_months: z.int().min(1).max(120).default(24),
      objection_window_days: z.int().min(1).max(365).default(30),
      objection_alert_days: z.int().min(0).max(60).default(5),
      adequacy_expiry_warn_days: z.int().min(1).max(730).default(180),
      reference_data_max_age_days: z.int().min(1).max(730).default(90),
      audit_report_max_age_months: z.int().min(1).max(36).default(12),
      audit_report_grace_months: z.int().min(0).max(12).default(3),
      supervision_months_high_risk: z.int().min(1).max(60).default(12),
      supervision_months_medium_risk: z.int().min(1).max(60).default(18),
      supervision_months_low_risk: z.int().min(1).max(60).default(30),
    })
    .prefault({}),
  backups: z
    .object({
      /** Hours between automatic backups while the app runs. */
      interval_hours: z.int().min(1).max(168).default(4),
      daily: z.int().min(1).max(365).default(7),
      weekly: z.int().min(0).max(520).default(4),
    })
    .prefault({}),
  reference_data_verified_on: isoDate.nullable().default(null),
  demo_offer_dismissed: z.boolean().default(false),
})
export type Settings = z.infer<typeof settingsSchema>
/**
 * A change to some settings (nested objects are patches too). It is merged over the stored
 * settings and the result validated whole (services/settings.ts).
 */
export const settingsPatch = patchOf(settingsSchema)
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({})

export const backupInfo = z.object({
  file_name: z.string(),
  taken_at: z.string(),
  size: z.int(),
})
export type BackupInfo = z.output<typeof backupInfo>

export const personExport = z.object({
  exported_at: z.string(),
  contact,
  counterparty: z.object({ id, name: z.string() }),
  history: z.array(
    z.object({
      at: z.string(),
      os_user: z.string(),
      action: z.string(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
})

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const
const subjectSchema = z.object({
  type: z.enum([
    'counterparty',
    'agreement',
    'location',
    'link',
    'contact',
    'supervision',
    'register',
  ]),
  id: z.int().nullable(),
  counterparty_id: z.int().nullable(),
})
const localised = z.object({ da: z.string(), en: z.string() })
/** A finding of the compliance engine (DESIGN §6): a heuristic for a person to review. */
export const warningSchema = z.object({
  /** Stable across runs, e.g. `R05:location:12`: the UI may remember dismissals by it. */
  id: z.string(),
  rule: z.string().regex(/^R\d\d$/),
  severity: z.enum(SEVERITIES),
  subject: subjectSchema,
  /** YYYY-MM-DD: when it must be done; the evaluation day for "immediately". */
  due: z.string().nullable(),
  legal_ref: z.string(),
  message: localised,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
})
export const upcomingItemSchema = z.object({
  id: z.string(),
  date: z.string(),
  kind: z.enum(['expiry', 'renewal', 'notice_deadline', 'objection_deadline', 'supervision_due']),
  subject: subjectSchema,
  label: localised,
})
export type Warning = z.output<typeof warningSchema>
export type UpcomingItem = z.output<typeof upcomingItemSchema>
export type Severity = (typeof SEVERITIES)[number]

export const TRANSFER_STATUSES = ['eea', 'adequate', 'safeguarded', 'missing'] as const
export type TransferStatus = (typeof TRANSFER_STATUSES)[number]
export const countryTransfers = z.object({
  country: z.string(),
  /** Locations there by transfer status. */
  counts: z.record(z.enum(TRANSFER_STATUSES), z.int()),
  /** The worst status of any location there. */
  status: z.enum(TRANSFER_STATUSES),
  counterparty_total: z.int(),
  /** Worst first, then by name; at most `per_country`. */
  counterparties: z.array(
    z.object({
      id,
      name: z.string(),
      basis: z.enum(TRANSFER_BASES),
      status: z.enum(TRANSFER_STATUSES),
    }),
  ),
})
export type CountryTransfers = z.output<typeof countryTransfers>
export const referenceCountries = z.object({
  version: z.string(),
  /** When the reference data in this version was last checked against its sources. */
  verified_on: z.string(),
  countries: z.array(
    z.object({
      code: z.string(),
      eea: z.boolean(),
      adequacy: z.enum(['full', 'partial', 'organisation']).nullable(),
      decision: z.string().nullable(),
      /** What a location must confirm under a partial adequacy decision. */
      condition: localised.nullable(),
      expires: z.string().nullable(),
    }),
  ),
})
export type ReferenceCountries = z.output<typeof referenceCountries>

// ─── Operations ──────────────────────────────────────────────────────────────────────────────

const page = { offset: z.int().min(0).default(0), limit: z.int().min(1).max(1000).default(100) }
const dir = z.enum(['asc', 'desc']).default('asc')
const byId = z.object({ id })
const deleteInput = z.object({
  id,
  /** Required to delete a counterparty that still has agreements or sub-processor links. */
  confirm: z.boolean().default(false),
})
const deleted = z.object({ deleted: z.literal(true) })
const listOf = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), total: z.int() })
const updateOf = <T extends z.ZodObject>(input: T) => z.strictObject({ id, patch: patchOf(input) })

/** any: every warning; transfers: about a data location; no_basis: a transfer without a valid basis. */
export const WARNING_FILTERS = ['any', 'transfers', 'no_basis'] as const
export const counterpartyFilter = z.object({
  search: z.string().trim().max(200).default(''),
  kind: z.enum(COUNTERPARTY_KINDS).nullable().default(null),
  role: z.enum(ROLES).nullable().default(null),
  status: z.enum(COUNTERPARTY_STATUSES).nullable().default(null),
  owner: z.string().trim().max(120).nullable().default(null),
  country: countryCode.nullable().default(null),
  /** Only counterparties with an open warning of the compliance engine (of this group). */
  warnings: z.enum(WARNING_FILTERS).nullable().default(null),
  sort: z.enum(['name', 'role', 'country', 'status', 'owner', 'updated_at']).default('name'),
  dir,
  ...page,
})
const childFilter = <S extends readonly [string, ...string[]]>(sorts: S) =>
  z.object({
    counterparty_id: id.nullable().default(null),
    sort: z.enum(sorts).default(sorts[0]),
    dir,
    ...page,
  })

// ─── Reports and data in and out (issue 5): schemas ──────────────────────────────────────────

/** The language of a file we write; null: the one in the settings. */
const fileLanguage = z.enum(['da', 'en']).nullable().default(null)
export const EXPORT_SHEETS = [
  'counterparties',
  'agreements',
  'contacts',
  'locations',
  'sub_processors',
  'supervision',
  'warnings',
] as const
export type ExportSheet = (typeof EXPORT_SHEETS)[number]

/** Largest file an import accepts: 50 MB, and its length once base64-encoded. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4

/** Counterparty fields a supplier spreadsheet can fill, plus one contact person per row. */
export const IMPORT_FIELDS = [
  'name',
  'legal_name',
  'registration_no',
  'country',
  'website',
  'kinds',
  'role',
  'status',
  'owner',
  'notes',
  'contact_name',
  'contact_email',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

export const importInput = z.object({
  file_name: text(255).min(1, 'is required'),
  content_base64: z
    .string()
    .max(MAX_IMPORT_BASE64, 'the file is larger than 50 MB; split it and import the parts'),
  /** Worksheet of an XLSX file; null picks the supplier sheet, else the first one. */
  sheet: z.string().max(100).nullable().default(null),
  /** Column letter → field. null: columns are matched by their headers. */
  mapping: z
    .record(
      z.string().regex(/^[A-Z]{1,3}$/, 'must be a column letter such as A or AB'),
      z.enum(IMPORT_FIELDS).nullable(),
    )
    .nullable()
    .default(null),
})
export const importCommitInput = importInput.extend({
  /** The preview's hash: the commit refuses when the file or the register changed since. */
  preview_hash: z.string().max(128).nullable().default(null),
})

export const importRowError = z.object({
  /** Row number as a spreadsheet program shows it (the header is usually row 1). */
  row: z.int(),
  /** Column letter, or null for a problem of the whole row. */
  column: z.string().nullable(),
  field: z.string(),
  value: z.string(),
  reason: z.string(),
})
export const importDuplicate = z.object({
  row: z.int(),
  by: z.enum(['registration_no', 'name']),
  value: z.string(),
  /** The counterparty already in the register, or null when an earlier row of the file has it. */
  existing_id: z.int().nullable(),
  existing_name: z.string().nullable(),
  first_row: z.int().nullable(),
})
export const importPreview = z.object({
  file_name: z.string(),
  format: z.enum(['csv', 'xlsx']),
  sheet: z.string().nullable(),
  sheets: z.array(z.string()),
  separator: z.string().nullable(),
  header_row: z.int(),
  columns: z.array(
    z.object({
      key: z.string(),
      header: z.string(),
      field: z.enum(IMPORT_FIELDS).nullable(),
      samples: z.array(z.string()),
    }),
  ),
  rows: z.array(
    z.object({
      row: z.int(),
      /** create: will be imported; duplicate: skipped; error: blocks the import. */
      status: z.enum(['create', 'duplicate', 'error']),
      name: z.string(),
      values: counterpartyInput.nullable(),
      contact: z.object({ name: z.string(), email: z.string().nullable() }).nullable(),
    }),
  ),
  errors: z.array(importRowError),
  duplicates: z.array(importDuplicate),
  notices: z.array(z.string()),
  summary: z.object({
    rows: z.int(),
    create: z.int(),
    duplicates: z.int(),
    errors: z.int(),
  }),
  preview_hash: z.string(),
})
export const importResult = z.object({
  created: z.array(z.object({ row: z.int(), id, name: z.string() })),
  contacts_created: z.int(),
  skipped_duplicates: z.int(),
  preview_hash: z.string(),
})
export type ImportPreview = z.output<typeof importPreview>
export type ImportResult = z.output<typeof importResult>

/**
 * The counterparty list's search and filters (the report covers the rows the list shows), and how
 * severe a warning must be to count.
 */
export const reportFilters = counterpartyFilter
  .pick({
    search: true,
    kind: true,
    role: true,
    owner: true,
    status: true,
    country: true,
    warnings: true,
  })
  .extend({
    /** Counterparties with an open warning at least this severe, and only those warnings. */
    severity: z.enum(SEVERITIES).nullable().default(null),
  })
  .prefault({})
export type ReportFilters = z.output<typeof reportFilters>
const reportInput = z.object({ filters: reportFilters, language: fileLanguage })
const fileText = z.object({ file_name: z.string(), text: z.string() })
const fileBase64 = z.object({ file_name: z.string(), base64: z.string() })

export const channels = {
  'app:info': {
    input: z.object({}),
    output: z.object({
      version: z.string(),
      db_path: z.string(),
      schema_version: z.int(),
      counterparty_count: z.int(),
    }),
  },
  'counterparties:list': { input: counterpartyFilter, output: listOf(counterparty) },
  'counterparties:get': { input: byId, output: counterparty },
  'counterparties:create': { input: counterpartyInput, output: counterparty },
  'counterparties:update': { input: updateOf(counterpartyInput), output: counterparty },
  'counterparties:delete': { input: deleteInput, output: deleted },
  'counterparties:owners': { input: z.object({}), output: z.array(z.string()) },

  'contacts:list': { input: childFilter(['name', 'last_activity']), output: listOf(contact) },
  'contacts:get': { input: byId, output: contact },
  'contacts:create': { input: contactInput, output: contact },
  'contacts:update': { input: updateOf(contactInput), output: contact },
  'contacts:delete': { input: byId, output: deleted },

  'agreements:list': {
    input: childFilter(['expires_on', 'type', 'status', 'signed_on']),
    output: listOf(agreement),
  },
  'agreements:get': { input: byId, output: agreement },
  'agreements:create': { input: agreementInput, output: agreement },
  'agreements:update': { input: updateOf(agreementInput), output: agreement },
  'agreements:delete': { input: byId, output: deleted },

  'locations:list': {
    input: childFilter(['country', 'basis', 'activity']),
    output: listOf(location),
  },
  'locations:get': { input: byId, output: location },
  'locations:create': { input: locationInput, output: location },
  'locations:update': { input: updateOf(locationInput), output: location },
  'locations:delete': { input: byId, output: deleted },
  /** Where the register's data goes, per country, with the status of each transfer (the map). */
  'locations:by-country': {
    input: z.object({ per_country: z.int().min(1).max(1000).default(200) }),
    output: z.array(countryTransfers),
  },
  /** EEA membership and adequacy decisions of the reference data (the country picker's marks). */
  'reference:countries': { input: z.object({}), output: referenceCountries },

  'links:list': {
    input: z.object({
      processor_id: id.nullable().default(null),
      sub_processor_id: id.nullable().default(null),
      sort: z.enum(['created_at', 'approved_on']).default('created_at'),
      dir,
      ...page,
    }),
    output: listOf(subProcessorLink),
  },
  'links:get': { input: byId, output: subProcessorLink },
  'links:create': { input: subProcessorLinkInput, output: subProcessorLink },
  'links:update': { input: updateOf(subProcessorLinkFields), output: subProcessorLink },
  'links:delete': { input: byId, output: deleted },

  'supervisions:list': {
    input: childFilter(['next_due', 'received_on', 'method']),
    output: listOf(supervision),
  },
  'supervisions:get': { input: byId, output: supervision },
  'supervisions:create': { input: supervisionInput, output: supervision },
  'supervisions:update': { input: updateOf(supervisionInput), output: supervision },
  'supervisions:delete': { input: byId, output: deleted },

  'documents:list': {
    input: z.object({ owner_type: z.enum(DOCUMENT_OWNERS), owner_id: id }),
    output: z.array(documentMeta),
  },
  'documents:create': { input: documentInput, output: documentMeta },
  'documents:content': {
    input: byId,
    output: documentMeta.extend({ content_base64: z.string() }),
  },
  /**
   * Opens the document in the system's own viewer where the app can (the desktop app); `opened`
   * is false where it cannot (browser mode), and the page opens it itself.
   */
  'documents:open': { input: byId, output: z.object({ opened: z.boolean() }) },
  'documents:delete': { input: byId, output: deleted },

  'changelog:list': {
    input: z.object({
      entity: z.enum(ENTITIES).nullable().default(null),
      entity_id: id.nullable().default(null),
      /** A counterparty's own entries and those of every record that is or was attached to it. */
      counterparty_id: id.nullable().default(null),
      ...page,
    }),
    output: listOf(changeLogEntry),
  },

  'settings:get': { input: z.object({}), output: settingsSchema },
  'settings:update': { input: settingsPatch, output: settingsSchema },

  'demo:create': { input: z.object({}), output: z.object({ counterparties: z.int() }) },

  'compliance:warnings': {
    input: z.object({
      counterparty_id: id.nullable().default(null),
      /** Evaluate as of another day (what-if); today by default. */
      today: isoDate.nullable().default(null),
    }),
    output: z.object({
      today: z.string(),
      reference: z.object({ version: z.string(), verified_on: z.string() }),
      warnings: z.array(warningSchema),
    }),
  },
  /** Counts and one line per counterparty: what the dashboard needs first, without every text. */
  'compliance:summary': {
    input: z.object({ today: isoDate.nullable().default(null) }),
    output: z.object({
      today: z.string(),
      reference: z.object({ version: z.string(), verified_on: z.string() }),
      total: z.int(),
      by_severity: z.record(z.enum(SEVERITIES), z.int()),
      by_rule: z.record(z.string(), z.int()),
      groups: z.array(
        z.object({
          counterparty_id: z.int(),
          name: z.string(),
          owner: z.string().nullable(),
          worst: z.enum(SEVERITIES),
          by_severity: z.record(z.enum(SEVERITIES), z.int()),
          rules: z.array(z.string()),
        }),
      ),
      /** Findings about the register as a whole (no counterparty), given in full. */
      register_warnings: z.array(warningSchema),
    }),
  },
  'compliance:upcoming': {
    input: z.object({
      days: z.int().min(1).max(730).default(365),
      today: isoDate.nullable().default(null),
    }),
    output: z.object({ today: z.string(), items: z.array(upcomingItemSchema) }),
  },

  'contacts:export-person': { input: byId, output: personExport },
  'contacts:erase': { input: byId, output: deleted },

  'recovery:status': {
    input: z.object({}),
    output: z.object({ damaged: z.boolean(), message: z.string().nullable(), db_path: z.string() }),
  },
  'backups:list': {
    input: z.object({}),
    output: z.object({ dir: z.string(), backups: z.array(backupInfo) }),
  },
  'backups:create': { input: z.object({}), output: backupInfo },
  'backups:restore': {
    input: z.object({ file_name: z.string().min(1).max(255) }),
    output: z.object({
      restored: z.string(),
      saved_current_as: z.string().nullable(),
      integrity_ok: z.boolean(),
    }),
  },

  // ─── Reports and data in and out (issue 5) ───────────────────────────────────────────────
  'exports:xlsx': { input: z.object({ language: fileLanguage }), output: fileBase64 },
  'exports:csv': {
    input: z.object({
      entity: z.enum(EXPORT_SHEETS),
      /** `;` is what Danish Excel expects. */
      separator: z.enum([',', ';']).default(';'),
      language: fileLanguage,
    }),
    output: fileText,
  },
  'imports:preview': { input: importInput, output: importPreview },
  'imports:commit': { input: importCommitInput, output: importResult },
  'calendar:ics': {
    input: z.object({ language: fileLanguage, days: z.int().min(1).max(1096).default(365) }),
    output: fileText,
  },
  'reports:html': { input: reportInput, output: z.object({ html: z.string() }) },
  'reports:pdf': { input: reportInput, output: fileBase64 },
} as const

export type Channels = typeof channels
export type Channel = keyof Channels
export type Input<C extends Channel> = z.input<Channels[C]['input']>
export type ParsedInput<C extends Channel> = z.output<Channels[C]['input']>
export type Output<C extends Channel> = z.output<Channels[C]['output']>

export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'confirm_required',
  'unauthorized',
  'forbidden',
  /** A patch names a field the record does not have (`params.key`). */
  'field_unknown',
  /** A patch names no field at all. */
  'patch_empty',
  /** The disk is full (SQLITE_FULL, ENOSPC): nothing was saved. */
  'disk_full',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]
export interface ApiError {
  code: ErrorCode
  /** English, for logs and the CLI; the UI makes its own text from the code and params. */
  message: string
  /** Dotted path of the field at fault, for validation errors. */
  field?: string
  /** What the UI's text needs besides the code, e.g. the unknown key of `field_unknown`. */
  params?: Record<string, string | number>
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export type Counterparty = z.output<typeof counterparty>
export type CounterpartyInput = z.input<typeof counterpartyInput>
export type Contact = z.output<typeof contact>
export type Agreement = z.output<typeof agreement>
export type Location = z.output<typeof location>
export type SubProcessorLink = z.output<typeof subProcessorLink>
export type Supervision = z.output<typeof supervision>
export type DocumentMeta = z.output<typeof documentMeta>
export type ChangeLogEntry = z.output<typeof changeLogEntry>
export type CounterpartyKind = (typeof COUNTERPARTY_KINDS)[number]
export type Role = (typeof ROLES)[number]
export type TransferBasis = (typeof TRANSFER_BASES)[number]

/** The name of the preload function for a channel: 'counterparties:list' → 'counterpartiesList'. */
export const bridgeName = (channel: Channel): string =>
  channel.replace(/[:-](\w)/g, (_, c: string) => c.toUpperCase())
