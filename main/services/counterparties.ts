import {
  counterpartyDependents,
  deleteRow,
  distinctOwners,
  getRow,
  inTransaction,
  listCounterparties,
  listRows,
  searchTerms,
  type CounterpartyQuery,
  type Handle,
} from '../../db'
import { counterpartyFilter, type Counterparty, type ParsedInput } from '../../preload/contract'
import type { ServiceContext } from './context'
import { countriesMatching, countryNameMap } from './country-names'
import { notFound, ServiceError } from './errors'
import { decode, entities, logChange, type Entity } from './records'
import { getSettings } from './settings'
import { counterpartiesWithWarnings } from './warning-index'

/** The list's search and filters as a query of the register (sort and page as given). */
async function counterpartyQuery(
  ctx: ServiceContext,
  filter: ParsedInput<'counterparties:list'>,
): Promise<CounterpartyQuery> {
  const ids = filter.warnings ? await counterpartiesWithWarnings(ctx, filter.warnings) : null
  // The list shows countries by name, so a search finds them by name and a sort orders by name.
  const searchCountries = new Map(
    searchTerms(filter.search).map((term) => [term, countriesMatching(term)]),
  )
  const countryNames =
    filter.sort === 'country' ? countryNameMap((await getSettings(ctx)).language) : null
  return { ...filter, ids, searchCountries, countryNames }
}

export async function listCounterpartyPage(
  ctx: ServiceContext,
  filter: ParsedInput<'counterparties:list'>,
): Promise<{ rows: Counterparty[]; total: number }> {
  const page = await listCounterparties(ctx.db.kysely, await counterpartyQuery(ctx, filter))
  return { rows: page.rows.map((row) => decode('counterparty', row)), total: page.total }
}

/** The ids of every counterparty the list's search and filters select, on no page: a report's scope. */
export async function counterpartyIdsMatching(
  ctx: ServiceContext,
  filter: Partial<ParsedInput<'counterparties:list'>>,
): Promise<number[]> {
  const query = await counterpartyQuery(ctx, counterpartyFilter.parse(filter))
  const { rows } = await listCounterparties(ctx.db.kysely, {
    ...query,
    offset: 0,
    limit: Number.MAX_SAFE_INTEGER,
  })
  return rows.map((row) => row.id)
}

export function listOwners(ctx: ServiceContext): Promise<string[]> {
  return distinctOwners(ctx.db.kysely)
}

const CHILDREN = ['contact', 'agreement', 'location', 'supervision'] as const
const ALL = { offset: 0, limit: Number.MAX_SAFE_INTEGER, sort: 'id', dir: 'asc' } as const

/**
 * Deletes a counterparty with everything that belongs to it. One that still has agreements or
 * sub-processor links is kept unless the caller confirms; every row that goes is logged.
 */
export async function deleteCounterparty(
  ctx: ServiceContext,
  id: number,
  confirm: boolean,
): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const existing = await getRow(tx, 'counterparty', id)
    if (!existing) throw notFound('Counterparty', id)
    const { agreements, links } = await counterpartyDependents(tx, id)
    if ((agreements > 0 || links > 0) && !confirm) {
      throw new ServiceError(
        'confirm_required',
        `${existing.name} still has ${agreements} agreement(s) and ${links} sub-processor link(s). ` +
          'Deleting it deletes them too; confirm to go ahead.',
      )
    }
    await logCascade(tx, ctx, id)
    await deleteRow(tx, 'counterparty', id)
    await logChange(tx, ctx, 'delete', 'counterparty', id, decode('counterparty', existing), null)
  })
}

async function logCascade(tx: Handle, ctx: ServiceContext, id: number): Promise<void> {
  const logDeleted = async (entity: Entity, where: Record<string, number>) => {
    const { rows } = await listRows(tx, entities[entity].table, { ...ALL, where })
    for (const row of rows) {
      await logChange(tx, ctx, 'delete', entity, row.id, decode(entity, row), null)
    }
  }
  for (const entity of CHILDREN) await logDeleted(entity, { counterparty_id: id })
  await logDeleted('sub_processor_link', { processor_id: id })
  await logDeleted('sub_processor_link', { sub_processor_id: id })
}
