/** What the register-wide change log needs beyond renderer/lib/history.ts: links and settings. */
import type { Messages } from '../../i18n/da'
import { changedFields, formatValue, type ChangeLine, type Names } from '../../lib/history'
import type { DetailTab } from '../../lib/router'
import type { ChangeLogEntry, Entity, Language } from '../../lib/vocabulary'

type Fields = Record<string, unknown>
const record = (entry: ChangeLogEntry): Fields => (entry.after ?? entry.before ?? {}) as Fields
const numberOr = (value: unknown): number | null => (typeof value === 'number' ? value : null)

/** The counterparty an entry is about or hangs on; null for settings, erasures and such. */
export function entryCounterparty(entry: ChangeLogEntry): number | null {
  const fields = record(entry)
  switch (entry.entity) {
    case 'counterparty':
      return entry.entity_id
    case 'sub_processor_link':
      return numberOr(fields.processor_id)
    case 'document':
      return fields.owner_type === 'counterparty' ? numberOr(fields.owner_id) : null
    default:
      return numberOr(fields.counterparty_id)
  }
}

const TABS: Partial<Record<Entity, DetailTab>> = {
  contact: 'contacts',
  agreement: 'agreements',
  location: 'locations',
  sub_processor_link: 'sub-processors',
  supervision: 'supervision',
}

export const entryTab = (entry: ChangeLogEntry): DetailTab | undefined => TABS[entry.entity]

/** Settings are nested ({organisation: {name}}): one line per leaf that changed. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>()
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    if (prefix) flat.set(prefix, value)
    return flat
  }
  for (const [key, inner] of Object.entries(value)) {
    for (const [path, leaf] of flatten(inner, prefix ? `${prefix}.${key}` : key)) {
      flat.set(path, leaf)
    }
  }
  return flat
}

function settingsLabel(t: Messages, path: string): string {
  const s = t.settingsPage
  const [group, leaf = ''] = path.split('.')
  const labels: Record<string, Record<string, string>> = {
    organisation: s.organisation,
    thresholds: s.thresholds.labels,
    backups: s.backups,
  }
  const label = group ? labels[group]?.[leaf] : undefined
  const section: Record<string, string> = {
    organisation: s.organisation.title,
    thresholds: s.thresholds.title,
    backups: s.backups.rotation,
  }
  if (group && label && section[group]) return `${section[group]} · ${label}`
  if (group === 'language') return s.language.title
  if (group === 'reference_data_verified_on') return s.reference.userVerified
  if (group === 'demo_offer_dismissed') return s.demoOfferDismissed
  return label ?? path
}

function settingsChanges(t: Messages, language: Language, entry: ChangeLogEntry): ChangeLine[] {
  const before = flatten(entry.before)
  const after = flatten(entry.after)
  const show = (path: string, value: unknown) =>
    path === 'language' && (value === 'da' || value === 'en')
      ? t.languages[value]
      : formatValue(t, language, 'settings', path.split('.').pop() ?? path, value)
  return [...after.keys()]
    .filter((path) => JSON.stringify(before.get(path)) !== JSON.stringify(after.get(path)))
    .map((path) => ({
      field: settingsLabel(t, path),
      before: entry.before === null ? null : show(path, before.get(path)),
      after: show(path, after.get(path)),
    }))
}

/** The entry's field changes as lines "field: before → after". */
export function entryChanges(
  t: Messages,
  language: Language,
  entry: ChangeLogEntry,
  names: Names,
): ChangeLine[] {
  if (entry.entity === 'settings') return settingsChanges(t, language, entry)
  return changedFields(t, language, entry, names)
}

/** The fields an erasure removed from the log, as the forms name them. */
export function redactedFields(t: Messages, entry: ChangeLogEntry): string[] {
  const fields = (entry.after as { redacted_fields?: unknown } | null)?.redacted_fields
  if (!Array.isArray(fields)) return []
  const labels: Record<string, string> = t.detail.contacts.fields
  return fields.map((field) => labels[String(field)] ?? String(field))
}
