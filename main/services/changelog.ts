import { listChangeLog } from '../../db'
import type { ChangeLogEntry, Output, ParsedInput } from '../../preload/contract'
import type { ServiceContext } from './context'

export async function changeLogPage(
  ctx: ServiceContext,
  query: Omit<ParsedInput<'changelog:list'>, 'counterparty_id'> & {
    counterparty_id?: number | null
  },
): Promise<Output<'changelog:list'>> {
  const page = await listChangeLog(ctx.db.kysely, query)
  return {
    total: page.total,
    rows: page.rows.map((row): ChangeLogEntry => ({
      ...row,
      action: row.action as ChangeLogEntry['action'],
      entity: row.entity as ChangeLogEntry['entity'],
      before: row.before === null ? null : (JSON.parse(row.before) as unknown),
      after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    })),
  }
}
