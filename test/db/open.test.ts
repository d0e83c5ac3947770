import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { DatabaseOpenError, DatabaseTooNewError, LATEST_VERSION, openDatabase } from '../../db'
import { migrations } from '../../db/migrations'
import { tempDir } from '../helpers/temp-register'

const dirs: string[] = []
const freshFile = () => {
  const dir = tempDir()
  dirs.push(dir)
  return path.join(dir, 'register.db')
}
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('opening a register', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on every open', async () => {
    const file = freshFile()
    for (let open = 0; open < 2; open++) {
      const db = await openDatabase(file)
      expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2)
      expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0)
      await db.close()
    }
  })

  it('creates the full schema at the latest version', async () => {
    const db = await openDatabase(freshFile())
    expect(db.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    const tables = db.sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'counterparty\\_search\\_%' ESCAPE '\\' ORDER BY name",
      )
      .pluck()
      .all()
    expect(tables).toEqual([
      'agreement',
      'change_log',
      'contact',
      'counterparty',
      'counterparty_search',
      'document',
      'location',
      'setting',
      'sub_processor_link',
      'supervision',
    ])
    await db.close()
  })

  it('refuses a register written by a newer version and leaves the file byte for byte as it was', async () => {
    const file = freshFile()
    const raw = new BetterSqlite3(file)
    raw.exec('CREATE TABLE future (x); INSERT INTO future VALUES (1);')
    raw.pragma(`user_version = ${LATEST_VERSION + 10}`)
    raw.close()
    const before = sha256(file)
    await expect(openDatabase(file)).rejects.toBeInstanceOf(DatabaseTooNewError)
    await expect(openDatabase(file)).rejects.toThrow(/newer version of DPA Desk/)
    expect(sha256(file)).toBe(before)
    expect(fs.existsSync(`${file}-wal`)).toBe(false)
  })

  it('backs up an existing register before migrating it, and the migration keeps its data', async () => {
    const file = freshFile()
    const raw = new BetterSqlite3(file)
    raw.exec("CREATE TABLE legacy (note TEXT); INSERT INTO legacy VALUES ('kept');")
    raw.pragma('user_version = 1')
    raw.close()
    const backupDir = path.join(path.dirname(file), 'backups')
    const db = await openDatabase(file, { backupDir, now: () => new Date('2026-01-02T03:04:05Z') })
    expect(db.sqlite.prepare('SELECT note FROM legacy').pluck().get()).toBe('kept')
    await db.close()
    const [backup] = fs.readdirSync(backupDir)
    expect(backup).toBe('register-pre-migration-v1-2026-01-02T03-04-05-000Z.db')
    const copy = new BetterSqlite3(path.join(backupDir, backup ?? ''), { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(1)
    expect(copy.prepare('SELECT note FROM legacy').pluck().get()).toBe('kept')
    copy.close()
  })

  it('takes no backup of a brand-new file', async () => {
    const file = freshFile()
    const db = await openDatabase(file)
    await db.close()
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false)
  })

  it('explains a file that is not a register instead of crashing, and leaves it as it was', async () => {
    const file = freshFile()
    fs.writeFileSync(file, 'this is a spreadsheet, not a database '.repeat(200))
    const before = sha256(file)
    await expect(openDatabase(file)).rejects.toBeInstanceOf(DatabaseOpenError)
    await expect(openDatabase(file)).rejects.toThrow(/is damaged .*restore the newest good backup/)
    expect(sha256(file)).toBe(before)
  })

  it('explains a register it may not read', async () => {
    const file = freshFile()
    fs.mkdirSync(file)
    await expect(openDatabase(file)).rejects.toThrow(/Cannot open the register/)
  })
})

describe('shipped migrations', () => {
  // A shipped migration is never edited: a changed checksum here means "write a new migration".
  const LOCKED: Record<number, string> = {
    10: '85089a3b4227a0e2556f3b05fb448f58bc173e7ea4a15697662a141b8b5244c2',
    20: '08f2e11d4e0ce862ca9672fa65d6669fd6a139b451e57f181bf735831ca7aa37',
    30: '682ee29a7d576adaa2e6a8980714a3b91347c38a35b044f778cb95efa32fd9ff',
  }

  it('are locked by checksum', () => {
    for (const migration of migrations) {
      const checksum = createHash('sha256').update(migration.sql).digest('hex')
      expect({ version: migration.version, checksum }).toEqual({
        version: migration.version,
        checksum: LOCKED[migration.version],
      })
    }
  })

  it('are numbered in steps that only go up', () => {
    const versions = migrations.map((m) => m.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
  })
})
