import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupDatabase,
  backupsToKeep,
  checkFileIntegrity,
  DatabaseDamagedError,
  listBackups,
  openDatabase,
  quickCheckInBackground,
  restoreBackupFile,
  rotateBackups,
  type BackupFile,
} from '../../db'
import { createRecord } from '../../main/services/records'
import {
  closeSession,
  openSession,
  restoreSession,
  sessionHandlers,
} from '../../main/services/session'
import { counterpartyFilter } from '../../preload/contract'
import { openTempRegister, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

const backupDir = () => path.join(reg.dir, 'backups')
const names = () => reg.db.sqlite.prepare('SELECT name FROM counterparty ORDER BY id').pluck().all()

describe('backups', () => {
  it('copy the live register through the online backup API and pass integrity_check', async () => {
    await createRecord(reg.ctx, 'counterparty', { name: 'Before backup' })
    const backup = await backupDatabase(reg.db, backupDir(), new Date('2026-11-24T10:00:00Z'))
    expect(path.basename(backup.file)).toBe('register-20261124T100000Z.backup.db')
    expect(checkFileIntegrity(backup.file)).toEqual({ ok: true, problems: [] })
    const copy = new BetterSqlite3(backup.file, { readonly: true })
    expect(copy.prepare('SELECT name FROM counterparty').pluck().all()).toEqual(['Before backup'])
    copy.close()
    expect(listBackups(backupDir(), 'register').map((b) => b.file)).toEqual([backup.file])
  })

  it('restore puts a backup back after saving the current file, and the register reopens sound', async () => {
    await createRecord(reg.ctx, 'counterparty', { name: 'Kept' })
    const backup = await backupDatabase(reg.db, backupDir(), new Date('2026-11-24T10:00:00Z'))
    await createRecord(reg.ctx, 'counterparty', { name: 'Added after the backup' })
    const result = await restoreSession(reg.session, path.basename(backup.file))
    expect(result).toMatchObject({ restored: path.basename(backup.file), integrity_ok: true })
    expect(names()).toEqual(['Kept'])
    const saved = new BetterSqlite3(path.join(backupDir(), result.saved_current_as ?? ''), {
      readonly: true,
    })
    expect(saved.prepare('SELECT count(*) FROM counterparty').pluck().get()).toBe(2)
    saved.close()
  })

  it('restore only takes files from the register’s own backup folder', async () => {
    await expect(restoreSession(reg.session, '../../etc/passwd')).rejects.toThrow(
      /no backup called/,
    )
    expect(reg.session.ctx).not.toBeNull()
  })

  it('refuse to restore a file that is not a sound backup, and leave the register alone', async () => {
    const bogus = path.join(reg.dir, 'bogus.backup.db')
    fs.writeFileSync(bogus, 'not a database at all'.repeat(100))
    await createRecord(reg.ctx, 'counterparty', { name: 'Still here' })
    expect(() => restoreBackupFile(reg.file, bogus)).toThrow(/not a sound backup/)
    expect(names()).toEqual(['Still here'])
  })
})

describe('rotation', () => {
  const at = (iso: string): BackupFile => ({ file: iso, takenAt: new Date(iso), size: 1 })

  it('keeps the newest backup of each of the last 7 days and of each of the last 4 weeks', () => {
    const backups: BackupFile[] = []
    for (let day = 0; day < 60; day++) {
      for (const hour of ['06', '18']) {
        const date = new Date(Date.UTC(2026, 10, 24 - day))
        backups.push(at(`${date.toISOString().slice(0, 10)}T${hour}:00:00.000Z`))
      }
    }
    const kept = [...backupsToKeep(backups, { daily: 7, weekly: 4 })].sort().reverse()
    expect(kept.slice(0, 7)).toEqual([
      '2026-11-24T18:00:00.000Z',
      '2026-11-23T18:00:00.000Z',
      '2026-11-22T18:00:00.000Z',
      '2026-11-21T18:00:00.000Z',
      '2026-11-20T18:00:00.000Z',
      '2026-11-19T18:00:00.000Z',
      '2026-11-18T18:00:00.000Z',
    ])
    // Weeks start on Monday: 2026-11-24 is a Tuesday, so the older weeks end on Sundays 22, 15, 8.
    expect(kept.slice(7)).toEqual(['2026-11-15T18:00:00.000Z', '2026-11-08T18:00:00.000Z'])
    expect(kept).toHaveLength(9)
  })

  it('never lists or deletes the backups of another register in the same folder', async () => {
    const other = path.join(backupDir(), 'other-20200101T000000Z.backup.db')
    fs.mkdirSync(backupDir(), { recursive: true })
    fs.copyFileSync(reg.file, other)
    await backupDatabase(reg.db, backupDir(), new Date('2026-11-21T10:00:00Z'))
    expect(listBackups(backupDir(), 'register')).toHaveLength(1)
    rotateBackups(backupDir(), 'register', { daily: 1, weekly: 0 })
    expect(fs.existsSync(other)).toBe(true)
  })

  it('deletes only what the policy does not keep', async () => {
    for (const iso of ['2026-11-20T10:00:00Z', '2026-11-20T12:00:00Z', '2026-11-21T10:00:00Z']) {
      await backupDatabase(reg.db, backupDir(), new Date(iso))
    }
    const removed = rotateBackups(backupDir(), 'register', { daily: 7, weekly: 4 })
    expect(removed.map((f) => path.basename(f))).toEqual(['register-20261120T100000Z.backup.db'])
    expect(listBackups(backupDir(), 'register')).toHaveLength(2)
  })
})

describe('a damaged register', () => {
  async function damage(file: string) {
    const bytes = fs.readFileSync(file)
    const pageSize = bytes.readUInt16BE(16)
    // Scribble over the interior of the table pages, leaving the file header intact.
    for (let offset = pageSize * 2 + 8; offset < bytes.length - pageSize; offset += pageSize) {
      bytes.fill(0xa5, offset, offset + 64)
    }
    fs.writeFileSync(file, bytes)
  }

  it('is refused on open with DatabaseDamagedError, never silently used', async () => {
    for (let i = 0; i < 300; i++) {
      await createRecord(reg.ctx, 'counterparty', { name: `Vendor ${i}`, notes: 'x'.repeat(500) })
    }
    await closeSession(reg.session)
    await damage(reg.file)
    await expect(openDatabase(reg.file)).rejects.toBeInstanceOf(DatabaseDamagedError)
  })

  it('is found by the background check at start-up too, before any work is done on it', async () => {
    for (let i = 0; i < 300; i++) {
      await createRecord(reg.ctx, 'counterparty', { name: `Vendor ${i}`, notes: 'x'.repeat(500) })
    }
    await closeSession(reg.session)
    await damage(reg.file)
    const session = await openSession(reg.file, 'tester', { backgroundCheck: true })
    const handlers = sessionHandlers(session)
    await expect(handlers['counterparties:list'](counterpartyFilter.parse({}))).rejects.toThrow(
      /damaged/,
    )
    expect(await handlers['recovery:status']({})).toMatchObject({ damaged: true })
  })

  it('is reported by quick_check in a worker thread, which finds nothing in a sound file', async () => {
    for (let i = 0; i < 300; i++) {
      await createRecord(reg.ctx, 'counterparty', { name: `Vendor ${i}`, notes: 'x'.repeat(500) })
    }
    reg.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    expect(await quickCheckInBackground(reg.file)).toEqual([])
    await closeSession(reg.session)
    await damage(reg.file)
    expect((await quickCheckInBackground(reg.file)).length).toBeGreaterThan(0)
  })

  it('lets a sound register through the background check', async () => {
    await createRecord(reg.ctx, 'counterparty', { name: 'Sound' })
    await closeSession(reg.session)
    const session = await openSession(reg.file, 'tester', { backgroundCheck: true })
    const list = await sessionHandlers(session)['counterparties:list'](counterpartyFilter.parse({}))
    expect(list.rows.map((r) => r.name)).toEqual(['Sound'])
    expect(await sessionHandlers(session)['recovery:status']({})).toMatchObject({ damaged: false })
    reg.session.ctx = session.ctx
  })

  it('starts in recovery mode, refuses ordinary work with the reason, and comes back by restoring a backup', async () => {
    await createRecord(reg.ctx, 'counterparty', { name: 'Good data' })
    const good = await reg.handlers['backups:create']({})
    for (let i = 0; i < 300; i++) {
      await createRecord(reg.ctx, 'counterparty', { name: `Vendor ${i}`, notes: 'x'.repeat(500) })
    }
    await closeSession(reg.session)
    await damage(reg.file)
    const session = await openSession(reg.file, 'tester')
    const handlers = sessionHandlers(session)
    expect(await handlers['recovery:status']({})).toMatchObject({
      damaged: true,
      message: expect.stringMatching(/damaged/),
    })
    await expect(handlers['counterparties:list'](counterpartyFilter.parse({}))).rejects.toThrow(
      /damaged/,
    )
    expect((await handlers['backups:list']({})).backups.map((b) => b.file_name)).toContain(
      good.file_name,
    )
    const restored = await handlers['backups:restore']({ file_name: good.file_name })
    expect(restored.integrity_ok).toBe(true)
    expect(await handlers['recovery:status']({})).toMatchObject({ damaged: false })
    const list = await handlers['counterparties:list'](counterpartyFilter.parse({}))
    expect(list.rows.map((r) => r.name)).toEqual(['Good data'])
    reg.session.ctx = session.ctx
  })
})
