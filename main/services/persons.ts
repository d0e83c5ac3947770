/**
 * The app's own GDPR duties towards the contact persons it stores: access and portability (export
 * everything about one person) and erasure (delete the person and redact their traces in the log).
 */
import { changeLogOf, deleteRow, getRow, rewriteChangeLogEntry, type Handle } from '../../db'
import type { Contact } from '../../preload/contract'
import { withinTransaction, type ServiceContext } from './context'
import { notFound } from './errors'
import { decode, logChange } from './records'

export const REDACTED = '[redacted]'
/** The fields of a contact that say who the person is. */
const PERSONAL_FIELDS = ['name', 'title', 'email', 'phone', 'notes'] as const

export interface PersonExport {
  exported_at: string
  contact: Contact
  counterparty: { id: number; name: string }
  history: { at: string; os_user: string; action: string; before: unknown; after: unknown }[]
}

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json))

export async function exportPerson(ctx: ServiceContext, contactId: number): Promise<PersonExport> {
  const h = ctx.db.kysely
  const row = await getRow(h, 'contact', contactId)
  if (!row) throw notFound('Contact', contactId)
  const counterparty = await getRow(h, 'counterparty', row.counterparty_id)
  const history = await changeLogOf(h, 'contact', contactId)
  return {
    exported_at: ctx.now().toISOString(),
    contact: decode('contact', row),
    counterparty: { id: row.counterparty_id, name: counterparty?.name ?? '' },
    history: history.map((entry) => ({
      at: entry.at,
      os_user: entry.os_user,
      action: entry.action,
      before: parse(entry.before),
      after: parse(entry.after),
    })),
  }
}

function redactJson(json: string | null): string | null {
  if (json === null) return null
  const value = JSON.parse(json) as Record<string, unknown>
  for (const field of PERSONAL_FIELDS) {
    if (value[field] !== null && value[field] !== undefined) value[field] = REDACTED
  }
  return JSON.stringify(value)
}

/** Deletes a contact person and replaces their data in the change log with a marker. */
export async function erasePerson(ctx: ServiceContext, contactId: number): Promise<void> {
  await withinTransaction(ctx, async (tx) => {
    const h: Handle = tx.db.kysely
    const row = await getRow(h, 'contact', contactId)
    if (!row) throw notFound('Contact', contactId)
    await deleteRow(h, 'contact', contactId)
    const redacted = JSON.parse(
      redactJson(JSON.stringify(decode('contact', row))) ?? 'null',
    ) as unknown
    await logChange(h, tx, 'delete', 'contact', contactId, redacted, null)
    // The redaction is logged first: the trigger only lets log rows change right after it.
    await logChange(h, tx, 'redact', 'contact', contactId, null, {
      redacted_fields: PERSONAL_FIELDS,
    })
    for (const entry of await changeLogOf(h, 'contact', contactId)) {
      if (entry.action === 'redact') continue
      await rewriteChangeLogEntry(h, entry.id, {
        before: redactJson(entry.before),
        after: redactJson(entry.after),
      })
    }
  })
}
