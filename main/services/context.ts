import type { Database } from '../../db'

/** What every service needs: the open register, who is acting (for the change log) and a clock. */
export interface ServiceContext {
  db: Database
  osUser: string
  now: () => Date
}

export function makeContext(db: Database, osUser: string, now: () => Date = () => new Date()) {
  return { db, osUser, now } satisfies ServiceContext
}
