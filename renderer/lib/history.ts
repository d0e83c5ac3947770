/** A change-log entry as a person reads it: what record, and which fields went from what to what. */
import type { Messages } from '../i18n/da'
import { fill, formatDate } from '../i18n/translate'
import { countryName } from './countries'
import type { ChangeAction, ChangeLogEntry, Entity, Language } from './vocabulary'

type Fields = Record<string, unknown>
const IGNORED = new Set([
  'id',
  'created_at',
  'updated_at',
  'counterparty_id',
  'owner_type',
  'owner_id',
])
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const REDACTED = '[redacted]'

function fieldLabels(t: Messages, entity: Entity): Record<string, string> {
  const d = t.detail
  const labels: Partial<Record<Entity, Record<string, string>>> = {
    counterparty: t.form.fields,
    contact: d.contacts.fields,
    agreement: d.agreements.fields,
    location: d.locations.fields,
    sub_processor_link: d.links.fields,
    supervision: d.supervision.fields,
    document: d.documents.fields,
  }
  return labels[entity] ?? {}
}

/** Enum values by field name; `status` depends on the record. */
function enumLabels(
  t: Messages,
  entity: Entity,
  field: string,
): Record<string, string> | undefined {
  const e = t.enums
  const byField: Record<string, Record<string, string>> = {
    kinds: e.kinds,
    role: e.roles,
    data_categories: e.dataCategories,
    data_subjects_band: e.dataSubjectBands,
    type: e.agreementTypes,
    template: e.agreementTemplates,
    scc_module: e.sccModules,
    sub_processor_authorisation: e.subProcessorAuthorisations,
    activity: e.locationActivities,
    basis: e.transferBases,
    dpf_category: e.dpfCategories,
    dpf_status: e.dpfStatuses,
    art49_letter: e.art49Letters,
    method: e.supervisionMethods,
    opinion: e.supervisionOpinions,
    concept: t.detail.supervision.concepts,
    status: entity === 'agreement' ? e.agreementStatuses : e.counterpartyStatuses,
  }
  return byField[field]
}

/** Names of the counterparties a link entry points at, looked up by the history tab. */
export type Names = ReadonlyMap<number, string>
const COUNTERPARTY_REFS = new Set(['processor_id', 'sub_processor_id'])

export function formatValue(
  t: Messages,
  language: Language,
  entity: Entity,
  field: string,
  value: unknown,
  names: Names = new Map(),
): string {
  if (value === null || value === undefined || value === '') return t.common.none
  // What an erasure (Art. 17) leaves in the log in place of personal data.
  if (value === REDACTED) return t.detail.history.erased
  if (COUNTERPARTY_REFS.has(field) && typeof value === 'number') {
    return names.get(value) ?? `#${value}`
  }
  if (typeof value === 'boolean') return value ? t.detail.common.yes : t.detail.common.no
  if (Array.isArray(value)) {
    return value.length === 0
      ? t.common.none
      : value.map((v) => formatValue(t, language, entity, field, v)).join(', ')
  }
  const labels = enumLabels(t, entity, field)
  const text = String(value)
  if (labels?.[text] !== undefined) return labels[text]
  if ((field === 'country' || field.endsWith('_country')) && /^[A-Z]{2}$/.test(text)) {
    return countryName(language, text)
  }
  if (ISO_DATE.test(text)) return formatDate(language, text)
  return text
}

export interface ChangeLine {
  field: string
  before: string | null
  after: string
}

/** The fields that differ (an update), or that were set (a create). */
export function changedFields(
  t: Messages,
  language: Language,
  entry: ChangeLogEntry,
  names: Names = new Map(),
): ChangeLine[] {
  const before = (entry.before ?? {}) as Fields
  const after = (entry.after ?? {}) as Fields
  if (entry.action === 'delete' || entry.action === 'redact') return []
  const labels = fieldLabels(t, entry.entity)
  const show = (field: string, value: unknown) =>
    formatValue(t, language, entry.entity, field, value, names)
  return Object.keys(after)
    .filter((field) => !IGNORED.has(field))
    .filter((field) =>
      entry.action === 'create'
        ? after[field] !== null &&
          after[field] !== '' &&
          !(Array.isArray(after[field]) && (after[field] as unknown[]).length === 0)
        : JSON.stringify(before[field]) !== JSON.stringify(after[field]),
    )
    .map((field) => ({
      field: labels[field] ?? field,
      before: entry.action === 'create' ? null : show(field, before[field]),
      after: show(field, after[field]),
    }))
}

/** The counterparty ids a link entry points at, for the tab to look up their names. */
export function referencedCounterparties(entries: ChangeLogEntry[]): number[] {
  const ids = new Set<number>()
  for (const entry of entries) {
    for (const record of [entry.before, entry.after] as (Fields | null)[]) {
      for (const field of COUNTERPARTY_REFS) {
        const value = record?.[field]
        if (typeof value === 'number') ids.add(value)
      }
    }
  }
  return [...ids]
}

/** What the entry is about: "Aftale · Databehandleraftale 2024". */
export function recordTitle(
  t: Messages,
  language: Language,
  entry: ChangeLogEntry,
  names: Names = new Map(),
): string {
  const record = (entry.after ?? entry.before ?? {}) as Fields
  const country = typeof record.country === 'string' ? countryName(language, record.country) : null
  const sub =
    typeof record.sub_processor_id === 'number'
      ? (names.get(record.sub_processor_id) ?? null)
      : null
  const name = record.name ?? record.title ?? record.file_name ?? sub ?? country ?? null
  const label = t.enums.entities[entry.entity]
  if (entry.entity === 'agreement' && !record.title && typeof record.type === 'string') {
    return `${label} · ${t.enums.agreementTypes[record.type as keyof typeof t.enums.agreementTypes]}`
  }
  if (entry.entity === 'supervision' && typeof record.method === 'string') {
    return `${label} · ${t.enums.supervisionMethods[record.method as keyof typeof t.enums.supervisionMethods]}`
  }
  if (name === null) return label
  return `${label} · ${name === REDACTED ? t.detail.history.erased : String(name)}`
}

export const lineText = (t: Messages, line: ChangeLine): string =>
  line.before === null
    ? fill(t.detail.history.set, { field: line.field, after: line.after })
    : fill(t.detail.history.changed, line as unknown as Record<string, string>)

/** The colour of each kind of change, in the history tab and the change log alike. */
export const ACTION_COLORS: Record<ChangeAction, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  redact: 'grape',
}
