/**
 * Backups that leave nothing behind, a register cut to nothing that is recognised as damaged, and a
 * rotation that never lets an emptied register's backups push out its last fuller copy.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupDatabase,
  backupsToKeep,
  cleanBackupLitter,
  listBackups,
  type BackupFile,
  type CopyDatabase,
} from '../../db'
import { createRecord } from '../../main/services/records'
import {
  backupSession,
  closeSession,
  openSession,
  sessionHandlers,
  type Session,
} from '../../main/services/session'
import { dispatch, isDiskFull } from '../../main/transport/dispatch'
import { listen, TOKEN_HEADER } from '../../main/transport/http'
import { counterpartyFilter } from '../../preload/contract'
import { openTempRegister, tempDir, type TempRegister } from '../helpers/temp-register'

let reg: TempRegister
beforeEach(async () => {
  reg = await openTempRegister()
})
afterEach(async () => {
  await reg.close()
})

const backupDir = () => path.join(reg.dir, 'backups')
const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [])
const at = (iso: string) => new Date(iso)

async function fillRegister(count = 40): Promise<void> {
  for (let i = 0; i < count; i++) {
    await createRecord(reg.ctx, 'counterparty', { name: `Vendor ${i}`, notes: 'x'.repeat(300) })
  }
}

describe('a backup', () => {
  it('leaves nothing beside it but the backup, also once it has been listed and read', async () => {
    await fillRegister(3)
    const backup = await backupDatabase(reg.db, backupDir(), at('2026-11-24T10:00:00Z'))
    expect(filesIn(backupDir())).toEqual(['register-20261124T100000Z.backup.db'])
    // Listing reads each backup's header; a restore checks the copy read-only first.
    const [listed] = listBackups(backupDir(), 'register')
    expect(listed?.holds).toBeGreaterThan(0)
    await reg.handlers['backups:restore']({ file_name: path.basename(backup.file) })
    expect(filesIn(backupDir()).filter((name) => name.includes('.backup.db'))).toEqual([
      'register-20261124T100000Z.backup.db',
    ])
  })

  it('taken many times leaves exactly the backups rotation keeps', async () => {
    await fillRegister(3)
    for (let hour = 0; hour < 12; hour++) {
      await backupDatabase(
        reg.db,
        backupDir(),
        at(`2026-11-24T${String(hour).padStart(2, '0')}:00:00Z`),
      )
    }
    expect(filesIn(backupDir())).toHaveLength(12)
    await reg.handlers['backups:create']({})
    // Default policy: one a day, so today's newest (the one just taken) is all that stays.
    expect(filesIn(backupDir())).toEqual(['register-20261124T120000Z.backup.db'])
  })
})

describe('what cut-short backups leave', () => {
  /** What a backup killed half-way leaves: a partial copy and SQLite's side files of it. */
  function litter(base: string, stamp: string): string[] {
    const name = `${base}-${stamp}.backup.db`
    const files = [
      `${name}.partial`,
      `${name}.partial-wal`,
      `${name}.partial-shm`,
      `${name}.partial-journal`,
    ]
    const half = fs.readFileSync(reg.file).subarray(0, 3000)
    for (const file of files) fs.writeFileSync(path.join(backupDir(), file), half)
    return files
  }

  it('is never listed as a backup, and is removed on the next start and after every backup', async () => {
    await fillRegister(3)
    const good = await backupDatabase(reg.db, backupDir(), at('2026-11-23T10:00:00Z'))
    const cut = litter('register', '20261124T100000Z')
    // Side files an older version's readers left beside a finished backup.
    for (const suffix of ['-wal', '-shm']) fs.writeFileSync(`${good.file}${suffix}`, 'x')
    const others = litter('other', '20261124T100000Z')
    expect(listBackups(backupDir(), 'register').map((b) => b.file)).toEqual([good.file])

    await closeSession(reg.session)
    const session = await openSession(reg.file, 'tester')
    reg.session.ctx = session.ctx
    expect(filesIn(backupDir())).toEqual([path.basename(good.file), ...others].sort())
    expect(filesIn(backupDir())).not.toContain(cut[0])

    litter('register', '20261124T110000Z')
    await backupSession(session)
    expect(filesIn(backupDir()).filter((name) => name.startsWith('register-'))).toEqual(
      listBackups(backupDir(), 'register')
        .map((b) => path.basename(b.file))
        .sort(),
    )
  })

  it('are told apart from backups by name alone', () => {
    fs.mkdirSync(backupDir(), { recursive: true })
    const keep = [
      'register-20261124T100000Z.backup.db',
      'register-before-restore-20261124T100000Z.db',
      'register-before-restore-20261124T100000Z.db-wal',
      'register-pre-migration-v20-2026-11-24T10-00-00-000Z.db',
      'notes.txt',
    ]
    for (const name of keep) fs.writeFileSync(path.join(backupDir(), name), 'x')
    fs.writeFileSync(path.join(backupDir(), 'register-20261124T100000Z.backup.db.partial'), 'x')
    expect(cleanBackupLitter(backupDir(), 'register')).toEqual([
      'register-20261124T100000Z.backup.db.partial',
    ])
    expect(filesIn(backupDir())).toEqual([...keep].sort())
  })
})

describe('a backup on a full disk', () => {
  // The kernel's own full device: every write to it fails with ENOSPC, as on a full disk.
  const FULL_DEVICE = '/dev/full'
  /** Half of the copy is written, then the disk is full. */
  const diskFillsUp: CopyDatabase = async (sqlite, file) => {
    const bytes = sqlite.serialize()
    fs.writeFileSync(file, bytes.subarray(0, bytes.length / 2))
    fs.appendFileSync(FULL_DEVICE, bytes.subarray(bytes.length / 2))
  }

  it.skipIf(!fs.existsSync(FULL_DEVICE))(
    'fails as disk_full (HTTP 507), leaves no half-written copy and lists nothing new',
    async () => {
      await fillRegister(3)
      const before = filesIn(backupDir())
      const failing = backupDatabase(reg.db, backupDir(), at('2026-11-24T10:00:00Z'), diskFillsUp)
      const error: unknown = await failing.catch((e: unknown) => e)
      expect(error).toBeInstanceOf(Error)
      expect(isDiskFull(error)).toBe(true)
      expect(filesIn(backupDir())).toEqual(before)

      const handlers = {
        ...reg.handlers,
        'backups:create': () =>
          backupDatabase(reg.db, backupDir(), at('2026-11-24T11:00:00Z'), diskFillsUp).then(() => ({
            file_name: 'never',
            taken_at: '',
            size: 0,
          })),
      }
      expect(await dispatch(handlers, 'backups:create', {}, () => undefined)).toMatchObject({
        ok: false,
        error: { code: 'disk_full' },
      })
      const server = await listen({ handlers, token: 't', log: () => undefined })
      try {
        const res = await fetch(`http://127.0.0.1:${server.port}/api/backups:create`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: 't' },
          body: '{}',
        })
        expect(res.status).toBe(507)
        expect(await res.json()).toMatchObject({ ok: false, error: { code: 'disk_full' } })
      } finally {
        await server.close()
      }
      expect(filesIn(backupDir())).toEqual(before)
    },
  )
})

describe('a register cut to nothing', () => {
  async function reopen(): Promise<Session> {
    await closeSession(reg.session)
    const session = await openSession(reg.file, 'tester')
    reg.session.ctx = session.ctx
    return session
  }

  it('opens in recovery mode when backups of it exist, and comes back from the newest good one', async () => {
    await fillRegister()
    const good = await reg.handlers['backups:create']({})
    await closeSession(reg.session)
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(reg.file + suffix)) fs.truncateSync(reg.file + suffix, 0)
    }
    const session = await reopen()
    const handlers = sessionHandlers(session)
    expect(await handlers['recovery:status']({})).toMatchObject({
      damaged: true,
      message: expect.stringMatching(/damaged.*holds no register \(0 bytes/),
    })
    expect(fs.statSync(reg.file).size).toBe(0)
    const { backups } = await handlers['backups:list']({})
    expect(backups.map((b) => b.file_name)).toEqual([good.file_name])
    expect((await handlers['backups:restore']({ file_name: good.file_name })).integrity_ok).toBe(
      true,
    )
    reg.session.ctx = session.ctx
    const list = await handlers['counterparties:list'](counterpartyFilter.parse({}))
    expect(list.total).toBe(40)
  })

  it('opens in recovery mode when an empty database has taken its place', async () => {
    await fillRegister(3)
    await reg.handlers['backups:create']({})
    await closeSession(reg.session)
    for (const suffix of ['-wal', '-shm']) fs.rmSync(reg.file + suffix, { force: true })
    fs.copyFileSync(emptyDatabase(), reg.file)
    const session = await reopen()
    expect(session.ctx).toBeNull()
    expect(session.damage).toMatch(/holds no register/)
  })

  it('is a new register where no backup says a register was there', async () => {
    await closeSession(reg.session)
    fs.rmSync(backupDir(), { recursive: true, force: true })
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(reg.file + suffix, { force: true })
    fs.writeFileSync(reg.file, '')
    const session = await reopen()
    expect(session.damage).toBeNull()
    expect(await sessionHandlers(session)['app:info']({})).toMatchObject({ counterparty_count: 0 })
  })

  it('is created empty when the file does not exist', async () => {
    const dir = tempDir()
    const session = await openSession(path.join(dir, 'new.db'), 'tester')
    try {
      expect(session.damage).toBeNull()
      expect(await sessionHandlers(session)['app:info']({})).toMatchObject({
        counterparty_count: 0,
      })
    } finally {
      await closeSession(session)
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** A database file with no tables at all, as another program might leave in the register's place. */
function emptyDatabase(): string {
  const file = path.join(tempDir(), 'empty.db')
  fs.writeFileSync(file, '')
  return file
}

describe('rotation and a register that holds less than before', () => {
  const backup = (iso: string, holds: number): BackupFile => ({
    file: iso,
    takenAt: new Date(iso),
    size: holds,
    holds,
  })

  it('keeps the newest backup that holds more than the register now, whatever the policy', () => {
    const backups = [
      backup('2026-11-24T09:00:00Z', 40_000),
      backup('2026-11-24T08:00:00Z', 900_000),
      backup('2026-11-23T08:00:00Z', 800_000),
    ]
    expect([...backupsToKeep(backups, { daily: 1, weekly: 0 }, 40_000)].sort()).toEqual([
      '2026-11-24T08:00:00Z',
      '2026-11-24T09:00:00Z',
    ])
    // A register that holds as much as its backups needs no extra copy.
    expect([...backupsToKeep(backups, { daily: 1, weekly: 0 }, 900_000)]).toEqual([
      '2026-11-24T09:00:00Z',
    ])
  })

  it('never lets backups of an emptied register push out the day’s good backup', async () => {
    await fillRegister()
    const good = await backupDatabase(reg.db, backupDir(), at('2026-11-24T08:00:00Z'))
    // Everything deleted, then the free pages given back: the register now holds almost nothing.
    reg.db.sqlite.exec('PRAGMA foreign_keys = OFF; DELETE FROM counterparty; VACUUM;')
    await reg.handlers['settings:update']({ backups: { daily: 1, weekly: 0 } })
    for (let i = 0; i < 3; i++) await reg.handlers['backups:create']({})
    const kept = listBackups(backupDir(), 'register').map((b) => b.file)
    expect(kept).toContain(good.file)
    expect(kept).toHaveLength(2)
  })
})
