/**
 * Typed queries: the only SQL in the app. Services call these with a `Handle` (the database or an
 * open transaction) and never see kysely or SQLite themselves, so a server database can replace
 * the file later (DESIGN §10).
 */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import type { Database } from './open'
import type { ChangeLogTable, DocumentTable, RecordTable, Schema } from './schema'

export type Handle = Kysely<Schema> | Transaction<Schema>
export type Row<T extends keyof Schema> = Selectable<Schema[T]>
export type NewRow<T extends RecordTable> = Omit<Row<T>, 'id'>
export type SortDirection = 'asc' | 'desc'

export interface Page {
  offset: number
  limit: number
}
export interface Paged<T> {
  rows: T[]
  total: number
}

/**
 * Runs `work` in one transaction: all of it is written, or none of it. Inside a database handle
 * that is already a transaction (see `withinTransaction` in services) it joins that one.
 */
export function inTransaction<T>(db: Database, work: (tx: Handle) => Promise<T>): Promise<T> {
  if (db.kysely.isTransaction) return work(db.kysely)
  return db.kysely.transaction().execute(work)
}

/** The same register seen through an open transaction, so several service calls commit as one. */
export function transactionView(db: Database, tx: Handle): Database {
  return { ...db, kysely: tx as Kysely<Schema> }
}

// Kysely's types cannot follow a table name chosen at run time; these casts are the one place
// where the generic record operations meet it.
type AnyTable = Kysely<Record<string, Record<string, unknown>>>
const loose = (h: Handle) => h as unknown as AnyTable

export async function insertRow<T extends RecordTable>(
  h: Handle,
  table: T,
  values: NewRow<T>,
): Promise<Row<T>> {
  const row = await loose(h)
    .insertInto(table as string)
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow()
  return row as Row<T>
}

/** Until the transaction commits, references may point at rows written later in it (imports). */
export async function deferForeignKeys(h: Handle): Promise<void> {
  await sql`PRAGMA defer_foreign_keys = ON`.execute(h)
}

/** Inserts a row exactly as given, id and timestamps included (register import). */
export async function insertRecordRow(
  h: Handle,
  table: RecordTable,
  values: Record<string, unknown>,
): Promise<void> {
  await loose(h)
    .insertInto(table as string)
    .values(values)
    .execute()
}

export async function updateRow<T extends RecordTable>(
  h: Handle,
  table: T,
  id: number,
  values: Partial<NewRow<T>>,
): Promise<Row<T> | undefined> {
  const row = await loose(h)
    .updateTable(table as string)
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
  return row as Row<T> | undefined
}

export async function getRow<T extends RecordTable>(
  h: Handle,
  table: T,
  id: number,
): Promise<Row<T> | undefined> {
  const row = await loose(h)
    .selectFrom(table as string)
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return row as Row<T> | undefined
}

export async function deleteRow(h: Handle, table: RecordTable, id: number): Promise<boolean> {
  const result = await loose(h)
    .deleteFrom(table as string)
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numDeletedRows > 0n
}

export interface ListQuery extends Page {
  /** Column = value filters; null values are skipped. */
  where: Record<string, string | number | null>
  sort: string
  dir: SortDirection
}

export async function listRows<T extends RecordTable>(
  h: Handle,
  table: T,
  query: ListQuery,
): Promise<Paged<Row<T>>> {
  let select = loose(h).selectFrom(table as string)
  for (const [column, value] of Object.entries(query.where)) {
    if (value !== null) select = select.where(column, '=', value)
  }
  const { total } = await select
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow()
  const rows = await select
    .selectAll()
    .orderBy(sql.ref(query.sort), query.dir)
    .orderBy('id', 'asc')
    .offset(query.offset)
    .limit(query.limit)
    .execute()
  return { rows: rows as Row<T>[], total: Number(total) }
}

export interface CounterpartyQuery extends Page {
  search: string
  kind: string | null
  role: string | null
  status: string | null
  owner: string | null
  country: string | null
  /** Only these counterparties (a set the services worked out, such as those with warnings). */
  ids?: readonly number[] | null
  /**
   * Per search term (as split by searchTerms), the ISO codes of the countries whose name matches
   * it: a counterparty in one of them matches the term too ("Tyskland" finds country DE).
   */
  searchCountries?: ReadonlyMap<string, readonly string[]> | null
  /**
   * Code → display name of the countries ({"DE": "Tyskland", …}): sort by country orders by these
   * names (a code without one by itself) instead of by the codes.
   */
  countryNames?: Readonly<Record<string, string>> | null
  sort: 'name' | 'role' | 'country' | 'status' | 'owner' | 'updated_at'
  dir: SortDirection
}

/** The terms of a search box: every word must match (AND across terms). */
export function searchTerms(search: string): string[] {
  return search.split(/\s+/).filter(Boolean)
}

export async function listCounterparties(
  h: Handle,
  query: CounterpartyQuery,
): Promise<Paged<Row<'counterparty'>>> {
  let select = h.selectFrom('counterparty')
  if (query.role) select = select.where('role', '=', query.role)
  if (query.status) select = select.where('status', '=', query.status)
  if (query.owner) select = select.where('owner', '=', query.owner)
  if (query.country) select = select.where('country', '=', query.country)
  if (query.ids) {
    // One JSON parameter however many ids: SQLite limits the number of bound parameters.
    const ids = JSON.stringify(query.ids)
    select = select.where(sql<boolean>`counterparty.id IN (SELECT value FROM json_each(${ids}))`)
  }
  if (query.kind) {
    const kind = query.kind
    select = select.where(({ exists, selectFrom }) =>
      exists(
        selectFrom(sql<{ value: string }>`json_each(counterparty.kinds)`.as('k'))
          .select('k.value')
          .where('k.value', '=', kind),
      ),
    )
  }
  for (const term of searchTerms(query.search)) {
    select = select.where(searchTerm(term, query.searchCountries?.get(term) ?? []))
  }
  const { total } = await select
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow()
  const rows = await select
    .selectAll('counterparty')
    .orderBy(sortKey(query), query.dir)
    .orderBy('counterparty.id', 'asc')
    .offset(query.offset)
    .limit(query.limit)
    .execute()
  return { rows, total: Number(total) }
}

const TRIGRAM = 3

/**
 * The ORDER BY expression of the list. By country: the country's display name when the caller gave
 * the names (else the code), without case. A counterparty without a country has a NULL key, which
 * SQLite sorts first in ascending order and last in descending order, as it always has.
 */
function sortKey(query: CounterpartyQuery) {
  const column = sql.ref(`counterparty.${query.sort}`)
  if (query.sort === 'name') return sql`${column} COLLATE NOCASE`
  // By role: processors first, down to no direct role (the order the contract lists them in).
  if (query.sort === 'role') {
    return sql`CASE ${column} WHEN 'processor' THEN 0 WHEN 'sub_processor' THEN 1 WHEN 'independent_controller' THEN 2 WHEN 'joint_controller' THEN 3 ELSE 4 END`
  }
  // By status: in the order of a relationship's life, not by the codes' spelling.
  if (query.sort === 'status') {
    return sql`CASE ${column} WHEN 'prospect' THEN 0 WHEN 'active' THEN 1 WHEN 'former' THEN 2 ELSE 3 END`
  }
  if (query.sort === 'country' && query.countryNames) {
    // `->>` by key rather than a json_each subquery: SQLite caches the parsed object across rows,
    // which makes the sort of 10,000 rows some eight times faster.
    const names = JSON.stringify(query.countryNames)
    return sql`coalesce(${names} ->> counterparty.country, counterparty.country) COLLATE NOCASE`
  }
  return column
}

/**
 * One search term: three or more characters go through the trigram index (substring match without
 * case or diacritics); shorter ones, which a trigram index cannot answer, fall back to LIKE. A
 * counterparty in one of the countries the term names (`countries`, ISO codes) matches as well.
 */
function searchTerm(raw: string, countries: readonly string[]) {
  const text = searchText(raw)
  if (countries.length === 0) return text
  // One JSON parameter however many codes, as for the ids filter.
  const codes = JSON.stringify(countries)
  return sql<boolean>`(${text} OR counterparty.country IN (SELECT value FROM json_each(${codes})))`
}

function searchText(raw: string) {
  // FTS5 reads its query as a C string, so a NUL would cut the phrase short ("unterminated string").
  const term = raw.replaceAll('\0', '')
  if ([...term].length >= TRIGRAM) {
    const phrase = `"${term.replace(/"/g, '""')}"`
    return sql<boolean>`counterparty.id IN (SELECT rowid FROM counterparty_search WHERE counterparty_search MATCH ${phrase})`
  }
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const like = (column: string) => sql<boolean>`${sql.ref(column)} LIKE ${pattern} ESCAPE '\\'`
  return sql<boolean>`(${like('counterparty.name')} OR ${like('counterparty.legal_name')} OR ${like('counterparty.registration_no')} OR ${like('counterparty.country')} OR EXISTS (SELECT 1 FROM contact WHERE contact.counterparty_id = counterparty.id AND ${like('contact.name')}))`
}

/** Every counterparty's id, name and owner: enough to label groups of findings. */
export function counterpartyDirectory(
  h: Handle,
): Promise<{ id: number; name: string; owner: string | null }[]> {
  return h.selectFrom('counterparty').select(['id', 'name', 'owner']).execute()
}

export async function countCounterparties(h: Handle): Promise<number> {
  const { total } = await h
    .selectFrom('counterparty')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow()
  return Number(total)
}

export async function distinctOwners(h: Handle): Promise<string[]> {
  const rows = await h
    .selectFrom('counterparty')
    .select('owner')
    .distinct()
    .where('owner', 'is not', null)
    .orderBy('owner')
    .execute()
  return rows.flatMap((row) => (row.owner ? [row.owner] : []))
}

/** What still hangs on a counterparty: a delete of it needs confirmation when any is non-zero. */
export async function counterpartyDependents(
  h: Handle,
  id: number,
): Promise<{ agreements: number; links: number }> {
  const agreements = await h
    .selectFrom('agreement')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('counterparty_id', '=', id)
    .executeTakeFirstOrThrow()
  const links = await h
    .selectFrom('sub_processor_link')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.or([eb('processor_id', '=', id), eb('sub_processor_id', '=', id)]))
    .executeTakeFirstOrThrow()
  return { agreements: Number(agreements.n), links: Number(links.n) }
}

// ─── Change log ──────────────────────────────────────────────────────────────────────────────

export type NewChangeLogEntry = Omit<Row<'change_log'>, 'id'>

export async function appendChangeLog(h: Handle, entry: NewChangeLogEntry): Promise<void> {
  await h.insertInto('change_log').values(entry).execute()
}

export async function listChangeLog(
  h: Handle,
  query: Page & {
    entity: string | null
    entity_id: number | null
    counterparty_id?: number | null
  },
): Promise<Paged<Selectable<ChangeLogTable>>> {
  let select = h.selectFrom('change_log')
  if (query.entity) select = select.where('entity', '=', query.entity)
  if (query.entity_id !== null) select = select.where('entity_id', '=', query.entity_id)
  if (query.counterparty_id != null) select = select.where(belongsTo(query.counterparty_id))
  const { total } = await select
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow()
  const rows = await select
    .selectAll()
    .orderBy('id', 'desc')
    .offset(query.offset)
    .limit(query.limit)
    .execute()
  return { rows, total: Number(total) }
}

/** The id of the newest change-log entry, 0 for none: it moves on with every write. */
export async function latestChangeId(h: Handle): Promise<number> {
  const row = await h
    .selectFrom('change_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst()
  return Number(row?.id ?? 0)
}

/**
 * Entries about a counterparty or any record that is or was attached to it, read from the logged
 * before/after images, so deleted children keep their history. A document of an agreement is
 * found through the agreement's own entries.
 */
function belongsTo(counterpartyId: number) {
  const field = (name: string) =>
    sql`coalesce(json_extract(change_log."after", ${`$.${name}`}), json_extract(change_log."before", ${`$.${name}`}))`
  const ownedBy = (type: string, ids: ReturnType<typeof sql>) =>
    sql`(${field('owner_type')} = ${type} AND ${field('owner_id')} IN ${ids})`
  const children = (entity: string) =>
    sql`(SELECT c.entity_id FROM change_log c WHERE c.entity = ${entity} AND coalesce(json_extract(c."after", '$.counterparty_id'), json_extract(c."before", '$.counterparty_id')) = ${counterpartyId})`
  return sql<boolean>`(
    (change_log.entity = 'counterparty' AND change_log.entity_id = ${counterpartyId})
    OR (change_log.entity IN ('contact', 'agreement', 'location', 'supervision') AND ${field('counterparty_id')} = ${counterpartyId})
    OR (change_log.entity = 'sub_processor_link' AND (${field('processor_id')} = ${counterpartyId} OR ${field('sub_processor_id')} = ${counterpartyId}))
    OR (change_log.entity = 'document' AND (${ownedBy('counterparty', sql`(${counterpartyId})`)} OR ${ownedBy('agreement', children('agreement'))} OR ${ownedBy('supervision', children('supervision'))}))
  )`
}

/** The log entries of one record, oldest first (a person's traces, for access and erasure). */
export function changeLogOf(
  h: Handle,
  entity: string,
  entityId: number,
): Promise<Selectable<ChangeLogTable>[]> {
  return h
    .selectFrom('change_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute()
}

/** Rewrites before/after of one log row; the append-only trigger allows it only for a logged redaction. */
export async function rewriteChangeLogEntry(
  h: Handle,
  id: number,
  values: { before: string | null; after: string | null },
): Promise<void> {
  await h.updateTable('change_log').set(values).where('id', '=', id).execute()
}

// ─── Settings ────────────────────────────────────────────────────────────────────────────────

export async function readSettings(h: Handle): Promise<Record<string, unknown>> {
  const rows = await h.selectFrom('setting').selectAll().execute()
  return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]))
}

export async function writeSetting(h: Handle, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value)
  await h
    .insertInto('setting')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute()
}

// ─── Documents ───────────────────────────────────────────────────────────────────────────────

export type DocumentOwnerColumn = 'counterparty_id' | 'agreement_id' | 'supervision_id'
export type DocumentRow = Selectable<DocumentTable>
export type DocumentMetaRow = Omit<DocumentRow, 'content'>
const documentMetaColumns = [
  'id',
  'counterparty_id',
  'agreement_id',
  'supervision_id',
  'file_name',
  'mime_type',
  'size',
  'sha256',
  'created_at',
] as const

export async function insertDocument(
  h: Handle,
  values: Omit<DocumentRow, 'id'>,
): Promise<DocumentMetaRow> {
  return h
    .insertInto('document')
    .values(values)
    .returning(documentMetaColumns)
    .executeTakeFirstOrThrow()
}

export function listDocuments(
  h: Handle,
  owner: DocumentOwnerColumn,
  ownerId: number,
): Promise<DocumentMetaRow[]> {
  return h
    .selectFrom('document')
    .select(documentMetaColumns)
    .where(owner, '=', ownerId)
    .orderBy('id')
    .execute()
}

export function getDocument(h: Handle, id: number): Promise<DocumentRow | undefined> {
  return h.selectFrom('document').selectAll().where('id', '=', id).executeTakeFirst()
}

export function getDocumentMeta(h: Handle, id: number): Promise<DocumentMetaRow | undefined> {
  return h
    .selectFrom('document')
    .select(documentMetaColumns)
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function deleteDocument(h: Handle, id: number): Promise<boolean> {
  const result = await h.deleteFrom('document').where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}

// ─── Whole register ──────────────────────────────────────────────────────────────────────────

export interface RegisterRows {
  counterparty: Row<'counterparty'>[]
  contact: Row<'contact'>[]
  agreement: Row<'agreement'>[]
  location: Row<'location'>[]
  sub_processor_link: Row<'sub_processor_link'>[]
  supervision: Row<'supervision'>[]
}

/** Every record row, ordered by id: the input of the compliance engine and of exports. */
export async function readRegister(h: Handle): Promise<RegisterRows> {
  const all = <T extends RecordTable>(table: T) =>
    loose(h)
      .selectFrom(table as string)
      .selectAll()
      .orderBy('id')
      .execute() as Promise<Row<T>[]>
  return {
    counterparty: await all('counterparty'),
    contact: await all('contact'),
    agreement: await all('agreement'),
    location: await all('location'),
    sub_processor_link: await all('sub_processor_link'),
    supervision: await all('supervision'),
  }
}
