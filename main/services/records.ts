/**
 * Create, read, update, delete and list for every record type, in one generic form: each write runs
 * in a transaction that also appends to the change log, and every input is validated by the
 * contract's zod schema first.
 */
import type { z } from 'zod'
import {
  appendChangeLog,
  deleteRow,
  getRow,
  inTransaction,
  insertRow,
  listRows,
  updateRow,
  type Handle,
  type RecordTable,
  type Row,
} from '../../db'
import {
  agreement,
  agreementInput,
  contact,
  contactInput,
  counterparty,
  counterpartyInput,
  location,
  locationInput,
  patchOf,
  subProcessorLink,
  subProcessorLinkInput,
  supervision,
  supervisionInput,
} from '../../preload/contract'
import type { ServiceContext } from './context'
import { notFound, parseOrThrow, ServiceError } from './errors'

interface EntityConfig {
  table: RecordTable
  label: string
  input: z.ZodObject
  record: z.ZodType
  /** Columns stored as JSON arrays. */
  json: readonly string[]
  /** Columns stored as 0/1. */
  booleans: readonly string[]
  /** Columns that point at another record: a dangling id is a validation error, not a crash. */
  references: Readonly<Record<string, RecordTable>>
}

export const entities = {
  counterparty: {
    table: 'counterparty',
    label: 'Counterparty',
    input: counterpartyInput,
    record: counterparty,
    json: ['kinds', 'data_categories'],
    booleans: [],
    references: {},
  },
  contact: {
    table: 'contact',
    label: 'Contact',
    input: contactInput,
    record: contact,
    json: [],
    booleans: ['legal_hold'],
    references: { counterparty_id: 'counterparty' },
  },
  agreement: {
    table: 'agreement',
    label: 'Agreement',
    input: agreementInput,
    record: agreement,
    json: [],
    booleans: [],
    references: { counterparty_id: 'counterparty', parent_agreement_id: 'agreement' },
  },
  location: {
    table: 'location',
    label: 'Location',
    input: locationInput,
    record: location,
    json: [],
    booleans: ['scope_confirmed', 'recurring'],
    references: { counterparty_id: 'counterparty', agreement_id: 'agreement' },
  },
  sub_processor_link: {
    table: 'sub_processor_link',
    label: 'Sub-processor link',
    input: subProcessorLinkInput,
    record: subProcessorLink,
    json: [],
    booleans: [],
    references: { processor_id: 'counterparty', sub_processor_id: 'counterparty' },
  },
  supervision: {
    table: 'supervision',
    label: 'Supervision record',
    input: supervisionInput,
    record: supervision,
    json: [],
    booleans: [],
    references: { counterparty_id: 'counterparty' },
  },
} as const satisfies Record<RecordTable, EntityConfig>

export type Entity = keyof typeof entities
export type RecordOf<E extends Entity> = z.output<(typeof entities)[E]['record']>
export type InputOf<E extends Entity> = z.input<(typeof entities)[E]['input']>

type Values = Record<string, unknown>

/**
 * A stored row as the contract's record: JSON lists parsed, 0/1 as booleans. The row is turned
 * into the record in place (rows come fresh from each query), which spares a copy of every row
 * when the whole register is loaded.
 */
export function decode<E extends Entity>(entity: E, row: Row<RecordTable>): RecordOf<E> {
  const config: EntityConfig = entities[entity]
  const record: Values = row
  for (const column of config.json) record[column] = JSON.parse(String(record[column])) as unknown
  for (const column of config.booleans) {
    const value = record[column]
    record[column] = value === null || value === undefined ? null : value === 1
  }
  return record as RecordOf<E>
}

export function encode(entity: Entity, values: Values): Values {
  const config: EntityConfig = entities[entity]
  const row: Values = { ...values }
  for (const column of config.json) {
    if (column in row) row[column] = JSON.stringify(row[column])
  }
  for (const column of config.booleans) {
    const value = row[column]
    if (typeof value === 'boolean') row[column] = value ? 1 : 0
  }
  return row
}

async function assertReferencesExist(h: Handle, entity: Entity, values: Values): Promise<void> {
  const references: Record<string, RecordTable> = entities[entity].references
  for (const [column, table] of Object.entries(references)) {
    const id = values[column]
    if (typeof id !== 'number') continue
    if (!(await getRow(h, table, id))) {
      throw new ServiceError(
        'validation',
        `${column}: ${table.replace(/_/g, ' ')} ${id} does not exist`,
        column,
      )
    }
  }
}

const stamp = (ctx: ServiceContext) => ctx.now().toISOString()

export async function logChange(
  h: Handle,
  ctx: ServiceContext,
  action: 'create' | 'update' | 'delete' | 'redact',
  entity: string,
  id: number | null,
  before: unknown,
  after: unknown,
): Promise<void> {
  await appendChangeLog(h, {
    at: stamp(ctx),
    os_user: ctx.osUser,
    action,
    entity,
    entity_id: id,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
  })
}

function rethrowConstraint(error: unknown, entity: Entity): never {
  const message = error instanceof Error ? error.message : String(error)
  if (message.includes('UNIQUE constraint failed')) {
    throw new ServiceError('conflict', `${entities[entity].label} already exists`)
  }
  if (
    message.includes('CHECK constraint failed') ||
    message.includes('FOREIGN KEY constraint failed')
  ) {
    throw new ServiceError(
      'validation',
      `${entities[entity].label} breaks a rule of the register: ${message}`,
    )
  }
  throw error
}

export async function getRecord<E extends Entity>(
  ctx: ServiceContext,
  entity: E,
  id: number,
): Promise<RecordOf<E>> {
  const row = await getRow(ctx.db.kysely, entities[entity].table, id)
  if (!row) throw notFound(entities[entity].label, id)
  return decode(entity, row)
}

export async function createRecord<E extends Entity>(
  ctx: ServiceContext,
  entity: E,
  input: InputOf<E>,
): Promise<RecordOf<E>> {
  const values = parseOrThrow(entities[entity].input, input) as Values
  return inTransaction(ctx.db, async (tx) => {
    await assertReferencesExist(tx, entity, values)
    const now = stamp(ctx)
    const row = await insertRow(tx, entities[entity].table, {
      ...encode(entity, values),
      created_at: now,
      updated_at: now,
    } as never).catch((error: unknown) => rethrowConstraint(error, entity))
    const record = decode(entity, row)
    await logChange(tx, ctx, 'create', entity, row.id, null, record)
    return record
  })
}

const patchSchemas = new Map<Entity, z.ZodType>()
/** The entity's patch schema (the contract's own rule), made once. */
function patchSchema(entity: Entity): z.ZodType {
  let schema = patchSchemas.get(entity)
  if (!schema) patchSchemas.set(entity, (schema = patchOf(entities[entity].input)))
  return schema
}

/**
 * Changes the fields the patch names and nothing else. The patch is checked here too, so a caller
 * that does not come through the API gets the same refusals: an unknown field, or none at all.
 */
export async function updateRecord<E extends Entity>(
  ctx: ServiceContext,
  entity: E,
  id: number,
  patchInput: Partial<InputOf<E>>,
): Promise<RecordOf<E>> {
  const patch = parseOrThrow(patchSchema(entity), patchInput) as Values
  return inTransaction(ctx.db, async (tx) => {
    const existing = await getRow(tx, entities[entity].table, id)
    if (!existing) throw notFound(entities[entity].label, id)
    const before = decode(entity, existing) as Values
    // The merged record is validated whole, so rules across fields hold after a partial update.
    const merged = parseOrThrow(entities[entity].input, {
      ...pickInput(before),
      ...patch,
    }) as Values
    // Nothing to write and nothing to log when every field already holds its new value.
    if (!changesAny(before, merged)) return before as RecordOf<E>
    await assertReferencesExist(tx, entity, merged)
    const row = await updateRow(tx, entities[entity].table, id, {
      ...encode(entity, merged),
      updated_at: stamp(ctx),
    } as never).catch((error: unknown) => rethrowConstraint(error, entity))
    if (!row) throw notFound(entities[entity].label, id)
    const after = decode(entity, row)
    await logChange(tx, ctx, 'update', entity, id, before, after)
    return after
  })
}

/** Whether any value of `next` differs from the same field of `current` (lists by content). */
function changesAny(current: Values, next: Values): boolean {
  return Object.entries(next).some(
    ([key, value]) => JSON.stringify(value) !== JSON.stringify(current[key]),
  )
}

function pickInput(record: Values): Values {
  const { id: _id, created_at: _created, updated_at: _updated, ...input } = record
  return input
}

export async function deleteRecord(ctx: ServiceContext, entity: Entity, id: number): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const existing = await getRow(tx, entities[entity].table, id)
    if (!existing) throw notFound(entities[entity].label, id)
    await deleteRow(tx, entities[entity].table, id)
    await logChange(tx, ctx, 'delete', entity, id, decode(entity, existing), null)
  })
}

export interface ListOptions {
  where: Record<string, number | string | null>
  sort: string
  dir: 'asc' | 'desc'
  offset: number
  limit: number
}

export async function listRecords<E extends Entity>(
  ctx: ServiceContext,
  entity: E,
  options: ListOptions,
): Promise<{ rows: RecordOf<E>[]; total: number }> {
  const page = await listRows(ctx.db.kysely, entities[entity].table, options)
  return { rows: page.rows.map((row) => decode(entity, row)), total: page.total }
}
