import { createHash } from 'node:crypto'
import fs from 'node:fs'
import type BetterSqlite3 from 'better-sqlite3'

/** Every table of the file (the search index's shadow tables too), by name. */
function tableNames(sqlite: BetterSqlite3.Database): string[] {
  return sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .pluck()
    .all() as string[]
}

/**
 * A checksum of the register's logical content: the schema, the version and every row of every
 * table, change log included. Equal before and after a call means the call changed nothing.
 */
export function contentChecksum(sqlite: BetterSqlite3.Database): string {
  const hash = createHash('sha256')
  hash.update(String(sqlite.pragma('user_version', { simple: true })))
  hash.update(
    JSON.stringify(sqlite.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()),
  )
  for (const table of tableNames(sqlite)) {
    // Rows are sorted as text, so tables without a rowid hash the same way as the others.
    const rows = (sqlite.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]).map(
      (row) =>
        JSON.stringify(row.map((cell) => (Buffer.isBuffer(cell) ? cell.toString('base64') : cell))),
    )
    hash.update(`${table}\n${rows.sort().join('\n')}\n`)
  }
  return hash.digest('hex')
}

/** Row counts of the register's own tables, for readable failure messages. */
export function rowCounts(sqlite: BetterSqlite3.Database): Record<string, number> {
  return Object.fromEntries(
    tableNames(sqlite)
      .filter((name) => !name.startsWith('counterparty_search'))
      .map((name) => [
        name,
        sqlite.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number,
      ]),
  )
}

/**
 * A checksum of the register's bytes on disk: the file and its write-ahead log (the `-shm` index
 * is rebuilt from them and is not content). Equal before and after a call means the call wrote
 * nothing at all, not even a rolled-back page, and nothing is waiting to be checkpointed.
 */
export function fileChecksum(dbPath: string): string {
  const hash = createHash('sha256')
  for (const file of [dbPath, `${dbPath}-wal`]) {
    hash.update(`${file}\n`)
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}
