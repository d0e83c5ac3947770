import { format } from 'date-fns/format'
import { inTransaction, transactionView, type Database } from '../../db'

/** What every service needs: the open register, who is acting (for the change log) and a clock. */
export interface ServiceContext {
  db: Database
  osUser: string
  now: () => Date
}

export function makeContext(db: Database, osUser: string, now: () => Date = () => new Date()) {
  return { db, osUser, now } satisfies ServiceContext
}

/** Runs several service calls as one transaction: all of their writes land, or none. */
export function withinTransaction<T>(
  ctx: ServiceContext,
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  return inTransaction(ctx.db, (tx) => work({ ...ctx, db: transactionView(ctx.db, tx) }))
}

/** YYYY-MM-DD in the local time zone: a Danish user's today, not UTC's. */
export const localDate = (date: Date): string => format(date, 'yyyy-MM-dd')
