import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely'
import { LATEST_VERSION, migrations } from './migrations'
import type { Schema } from './schema'

/** An open register: the typed query builder plus the raw handle that pragmas and backups need. */
export interface Database {
  readonly path: string
  readonly kysely: Kysely<Schema>
  readonly sqlite: BetterSqlite3.Database
  close(): Promise<void>
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
  ) {
    super(
      `The register ${file} was written by a newer version of DPA Desk (schema ${fileVersion}; ` +
        `this version knows up to ${LATEST_VERSION}). It has not been changed. Update DPA Desk to open it.`,
    )
    this.name = 'DatabaseTooNewError'
  }
}

export class DatabaseOpenError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
    message = `Cannot open the register ${file}: ${cause instanceof Error ? cause.message : String(cause)}`,
  ) {
    super(message, { cause })
    this.name = 'DatabaseOpenError'
  }
}

/** The file is not a sound SQLite database: the UI offers to restore a backup instead. */
export class DatabaseDamagedError extends DatabaseOpenError {
  constructor(
    file: string,
    readonly problems: string[],
  ) {
    super(
      file,
      undefined,
      `The register ${file} is damaged (${problems.slice(0, 3).join('; ')}). ` +
        'Nothing was changed; restore the newest good backup.',
    )
    this.name = 'DatabaseDamagedError'
  }
}

const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB'])
const isDamage = (error: unknown) =>
  error instanceof Error && DAMAGE_CODES.has((error as { code?: string }).code ?? '')

function openFailure(file: string, error: unknown): DatabaseOpenError {
  if (error instanceof DatabaseOpenError) return error
  if (isDamage(error)) return new DatabaseDamagedError(file, [(error as Error).message])
  return new DatabaseOpenError(file, error)
}

export interface OpenOptions {
  /** Folder for the copy taken before a migration; default `backups/` beside the file. */
  backupDir?: string
  /** Clock for backup file names (tests pin it). */
  now?: () => Date
  /**
   * Leave `quick_check` to the caller, who runs `quickCheckInBackground` and holds all work until
   * it passes (the app's start-up). A file that needs migrating is always checked first, here.
   */
  deferQuickCheck?: boolean
  /**
   * A register used to be in this file (its backups say so): if the file exists but holds no
   * schema (cut to 0 bytes, or overwritten with an empty database) it is damaged, not new.
   */
  mustHoldRegister?: boolean
}

const BUSY_TIMEOUT_MS = 5000

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Database> {
  assertMigrationOrder()
  const existing = fs.existsSync(file)
  if (existing) refuseUnopenable(file, options.mustHoldRegister === true)
  else fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })

  let sqlite: BetterSqlite3.Database
  try {
    sqlite = new BetterSqlite3(file)
  } catch (error) {
    throw openFailure(file, error)
  }
  try {
    applyPragmas(sqlite)
    const migrating = schemaVersion(sqlite) < LATEST_VERSION
    if (existing && (migrating || !options.deferQuickCheck)) refuseDamagedFile(sqlite, file)
    migrate(sqlite, file, options)
  } catch (error) {
    sqlite.close()
    throw openFailure(file, error)
  }
  const kysely = new Kysely<Schema>({ dialect: new RegisterDialect(sqlite) })
  return {
    path: file,
    kysely,
    sqlite,
    close: async () => {
      await kysely.destroy()
    },
  }
}

/**
 * After a full disk or an I/O error SQLite has already rolled the transaction back by itself;
 * Kysely's ROLLBACK would then fail with "no transaction is active" and hide the real error.
 */
class RegisterDriver extends SqliteDriver {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite })
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection)
  }
}

class RegisterDialect extends SqliteDialect {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite })
  }

  override createDriver(): Driver {
    return new RegisterDriver(this.sqlite)
  }
}

export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number
}

function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
}

/**
 * Reads the version through a read-only handle so that a file we must refuse is never written:
 * one from a newer version, and one that should hold a register but holds no schema at all.
 */
function refuseUnopenable(file: string, mustHoldRegister: boolean): void {
  let version: number
  let objects: number
  try {
    const probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
    try {
      version = schemaVersion(probe)
      objects = probe.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number
    } finally {
      probe.close()
    }
  } catch (error) {
    throw openFailure(file, error)
  }
  if (version > LATEST_VERSION) throw new DatabaseTooNewError(file, version)
  if (mustHoldRegister && version === 0 && objects === 0) {
    const size = fs.statSync(file).size
    throw new DatabaseDamagedError(file, [
      `the file holds no register (${size} bytes, no tables) although backups of it exist`,
    ])
  }
}

function refuseDamagedFile(sqlite: BetterSqlite3.Database, file: string): void {
  let problems: string[]
  try {
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[]
    problems = rows.map((row) => row.quick_check).filter((line) => line !== 'ok')
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)]
  }
  if (problems.length > 0) throw new DatabaseDamagedError(file, problems)
}

// Plain CommonJS for an eval'd worker: it needs no bundler entry of its own, in Electron or Node.
const QUICK_CHECK_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
let problems
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true })
  try {
    problems = db.pragma('quick_check').map((row) => row.quick_check).filter((line) => line !== 'ok')
  } finally {
    db.close()
  }
} catch (error) {
  problems = [String((error && error.message) || error)]
}
parentPort.postMessage(problems)
`

/**
 * `quick_check` on a read-only connection in a worker thread, so a big register is checked while
 * start-up goes on. Resolves to the problems found; none means the file is sound.
 */
export function quickCheckInBackground(file: string): Promise<string[]> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  return new Promise((resolve) => {
    const worker = new Worker(QUICK_CHECK_WORKER, { eval: true, workerData: { file, driver } })
    worker.once('message', (problems: string[]) => resolve(problems))
    worker.once('error', (error) => resolve([error.message]))
  })
}

function migrate(sqlite: BetterSqlite3.Database, file: string, options: OpenOptions): void {
  const current = schemaVersion(sqlite)
  const pending = migrations.filter((m) => m.version > current)
  if (pending.length === 0) return
  if (current > 0) backupBeforeMigration(sqlite, file, current, options)
  sqlite.transaction(() => {
    for (const migration of pending) {
      sqlite.exec(migration.sql)
      sqlite.pragma(`user_version = ${migration.version}`)
    }
  })()
  sqlite.pragma('optimize')
}

function backupBeforeMigration(
  sqlite: BetterSqlite3.Database,
  file: string,
  version: number,
  options: OpenOptions,
): void {
  const dir = options.backupDir ?? path.join(path.dirname(path.resolve(file)), 'backups')
  fs.mkdirSync(dir, { recursive: true })
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-')
  const target = path.join(
    dir,
    `${path.basename(file, '.db')}-pre-migration-v${version}-${stamp}.db`,
  )
  sqlite.prepare('VACUUM INTO ?').run(target)
}

function assertMigrationOrder(): void {
  migrations.reduce((previous, migration) => {
    if (migration.version <= previous) {
      throw new Error(`Migration ${migration.name} (${migration.version}) is out of order`)
    }
    return migration.version
  }, 0)
}
