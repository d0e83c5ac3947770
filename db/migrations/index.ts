/**
 * The ordered registry of migrations (STYLE: listed by hand, steps of ten). A shipped migration is
 * never edited: add a new one. `checksum` in test/db locks the text of each.
 */
import { sql as initial } from './0010-initial'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const migrations: readonly Migration[] = [{ version: 10, name: 'initial', sql: initial }]

export const LATEST_VERSION = migrations.at(-1)?.version ?? 0
