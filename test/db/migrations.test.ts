/**
 * Issue 6, item 4: registers written by every shipped schema version (test/fixtures, made by
 * scripts/make-fixture.ts) migrate to the latest version with all their data, after a backup.
 * The checksum lock and the refusal of newer files are in open.test.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { checkIntegrity, LATEST_VERSION, openDatabase, type Database } from '../../db'
import { migrations } from '../../db/migrations'
import {
  closeSession,
  openSession,
  sessionHandlers,
  type Session,
} from '../../main/services/session'
import { channels } from '../../preload/contract'
import { tempDir } from '../helpers/temp-register'

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures')
const fixtureFile = (version: number) => path.join(FIXTURES, `schema-v${version}.db`)
const TABLES = [
  'counterparty',
  'contact',
  'agreement',
  'location',
  'sub_processor_link',
  'supervision',
  'document',
  'change_log',
  'setting',
] as const

type Rows = Record<string, unknown>[]
type Snapshot = Record<(typeof TABLES)[number], Rows>

function snapshot(sqlite: BetterSqlite3.Database): Snapshot {
  const order = (table: string) => (table === 'setting' ? 'key' : 'id')
  return Object.fromEntries(
    TABLES.map((table) => [
      table,
      sqlite.prepare(`SELECT * FROM ${table} ORDER BY ${order(table)}`).all() as Rows,
    ]),
  ) as Snapshot
}

function readFile<T>(file: string, read: (sqlite: BetterSqlite3.Database) => T): T {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  try {
    return read(sqlite)
  } finally {
    sqlite.close()
  }
}

/** Each old row, limited to the columns it had, must be found unchanged after the migration. */
function withColumnsOf(before: Rows, after: Rows): Rows {
  return after.map((row, i) =>
    Object.fromEntries(Object.keys(before[i] ?? row).map((column) => [column, row[column]])),
  )
}

const dirs: string[] = []
const open: Database[] = []
const sessions: Session[] = []
afterEach(async () => {
  for (const db of open.splice(0)) await db.close()
  for (const session of sessions.splice(0)) await closeSession(session)
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A copy of the fixture in a temp folder, so the committed file is never touched. */
function copyOfFixture(version: number): { file: string; backupDir: string } {
  const dir = tempDir('dpa-desk-migrate-')
  dirs.push(dir)
  const file = path.join(dir, 'register.db')
  fs.copyFileSync(fixtureFile(version), file)
  return { file, backupDir: path.join(dir, 'backups') }
}

const versions = migrations.map((m) => m.version)

describe('register fixtures', () => {
  it('exist for every schema version, each at its own version', () => {
    const missing = versions.filter((v) => !fs.existsSync(fixtureFile(v)))
    expect(missing, 'make them with: npx tsx scripts/make-fixture.ts <version>').toEqual([])
    for (const version of versions) {
      expect(
        readFile(fixtureFile(version), (s) => s.pragma('user_version', { simple: true })),
      ).toBe(version)
    }
  })

  it('hold rows in every table', () => {
    for (const version of versions) {
      const data = readFile(fixtureFile(version), snapshot)
      const empty = TABLES.filter((table) => data[table].length === 0)
      expect(empty, `empty tables in schema-v${version}.db`).toEqual([])
    }
  })
})

describe.each(versions)('a register at schema version %i', (version) => {
  it('migrates to the latest version with every row of every table intact', async () => {
    const { file, backupDir } = copyOfFixture(version)
    const before = readFile(file, snapshot)

    const db = await openDatabase(file, { backupDir })
    open.push(db)
    expect(db.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    expect(checkIntegrity(db.sqlite)).toEqual({ ok: true, problems: [] })
    const after = snapshot(db.sqlite)
    for (const table of TABLES) {
      expect(after[table].length, `${table} row count`).toBe(before[table].length)
      expect(withColumnsOf(before[table], after[table]), table).toEqual(before[table])
    }
    // A few values spelled out, so a wholesale mistake in the comparison above cannot hide.
    expect(after.counterparty.map((row) => row.name)).toContain(
      'Revisionsfirmaet Søndergård & Ørsted P/S',
    )
    expect(after.document[0]?.content).toEqual(before.document[0]?.content)
    expect(after.agreement.find((row) => row.id === 3)?.parent_agreement_id).toBe(2)
  })

  it('is backed up as it was before the migration changes it', async () => {
    const { file, backupDir } = copyOfFixture(version)
    const before = readFile(file, snapshot)
    const db = await openDatabase(file, {
      backupDir,
      now: () => new Date('2026-11-24T10:00:00Z'),
    })
    open.push(db)
    const backups = fs.existsSync(backupDir) ? fs.readdirSync(backupDir) : []
    if (version === LATEST_VERSION) {
      // Nothing to migrate, so nothing is copied.
      expect(backups).toEqual([])
      return
    }
    expect(backups).toEqual([`register-pre-migration-v${version}-2026-11-24T10-00-00-000Z.db`])
    const backup = path.join(backupDir, backups[0] ?? '')
    expect(readFile(backup, (s) => s.pragma('user_version', { simple: true }))).toBe(version)
    expect(readFile(backup, (s) => checkIntegrity(s))).toEqual({ ok: true, problems: [] })
    expect(readFile(backup, snapshot)).toEqual(before)
  })

  it('works through the services once migrated: read, search, write, and an append-only log', async () => {
    const { file } = copyOfFixture(version)
    const session = await openSession(file, 'tester', {
      now: () => new Date('2026-11-24T12:00:00Z'),
    })
    sessions.push(session)
    const handlers = sessionHandlers(session)
    const db = session.ctx?.db
    if (!db) throw new Error(`the migrated register did not open: ${session.damage}`)

    const hetzner = await handlers['counterparties:get']({ id: 1 })
    expect(hetzner).toMatchObject({ kinds: ['supplier', 'processor'], country: 'DE' })
    const contact = await handlers['contacts:get']({ id: 2 })
    expect(contact).toMatchObject({ name: 'Søren Ærø', legal_hold: true })
    const found = await handlers['counterparties:list'](
      channels['counterparties:list'].input.parse({ search: 'søndergård' }),
    )
    expect(found.rows.map((row) => row.id)).toEqual([4])
    const log = await handlers['changelog:list'](
      channels['changelog:list'].input.parse({ limit: 1000 }),
    )
    const fixtureLogRows = readFile(fixtureFile(version), (s) =>
      s.prepare('SELECT count(*) FROM change_log').pluck().get(),
    )
    expect(log.total).toBe(fixtureLogRows)

    const created = await handlers['counterparties:create'](
      channels['counterparties:create'].input.parse({ name: 'Netcompany A/S' }),
    )
    expect(created.id).toBeGreaterThan(4)
    expect(() => db.sqlite.prepare('DELETE FROM change_log').run()).toThrow(/append-only/)
    expect(() => db.sqlite.prepare("UPDATE change_log SET os_user = 'someone'").run()).toThrow(
      /append-only/,
    )
  })
})
