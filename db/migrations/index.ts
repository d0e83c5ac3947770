/**
 * The ordered registry of migrations (STYLE: listed by hand, steps of ten). A shipped migration is
 * never edited: add a new one. `checksum` in test/db locks the text of each.
 */
import { sql as initial } from './0010-initial'
import { sql as appendOnlyChangeLog } from './0020-append-only-change-log'
import { sql as counterpartySearch } from './0030-counterparty-search'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const migrations: readonly Migration[] = [
  { version: 10, name: 'initial', sql: initial },
  { version: 20, name: 'append-only change log', sql: appendOnlyChangeLog },
  { version: 30, name: 'counterparty search', sql: counterpartySearch },
]

export const LATEST_VERSION = migrations.at(-1)?.version ?? 0
