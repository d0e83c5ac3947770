/**
 * Backups through SQLite's online backup API. A backup counts only once it passes integrity_check;
 * rotation keeps the newest backup of each of the last N days and of each of the last M weeks, and
 * never the last copy that holds more than the register does now.
 *
 * A copy is written under a temporary name (`….backup.db.partial`), made a single self-contained
 * file (rollback journal, so no `-wal`/`-shm` beside it), checked, flushed to disk and only then
 * renamed to its backup name: a copy cut short by a crash or a full disk is never listed as a
 * backup, and `cleanBackupLitter` removes it on the next start or backup.
 */
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { Database } from './open'

export interface BackupFile {
  file: string
  takenAt: Date
  size: number
  /** Bytes in the pages the copy uses (free pages left out): how much register it holds. */
  holds?: number
}

export interface RotationPolicy {
  daily: number
  weekly: number
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4 }

const NAME = /^(.+)-(\d{8}T\d{6}Z)\.backup\.db$/

const stampOf = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')

function parseStamp(stamp: string): Date {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp) ?? []
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`)
}

export function defaultBackupDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups')
}

export interface IntegrityReport {
  ok: boolean
  problems: string[]
}

/** integrity_check and foreign_key_check together: the file is sound and every reference holds. */
export function checkIntegrity(sqlite: BetterSqlite3.Database): IntegrityReport {
  const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[]
  const problems = integrity.map((row) => row.integrity_check).filter((line) => line !== 'ok')
  const foreignKeys = sqlite.pragma('foreign_key_check') as {
    table: string
    rowid: number
    parent: string
  }[]
  for (const fk of foreignKeys)
    problems.push(`${fk.table} row ${fk.rowid} points at a missing ${fk.parent}`)
  return { ok: problems.length === 0, problems }
}

export function checkFileIntegrity(file: string): IntegrityReport {
  try {
    const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
    try {
      return checkIntegrity(sqlite)
    } finally {
      sqlite.close()
    }
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] }
  }
}

/** Writes a copy of the open register to `file`. */
export type CopyDatabase = (sqlite: BetterSqlite3.Database, file: string) => Promise<unknown>

const onlineBackup: CopyDatabase = (sqlite, file) => sqlite.backup(file)

const PARTIAL = '.partial'
/** The files SQLite may keep beside a database file. */
const SIDE_FILES = ['-wal', '-shm', '-journal']

function removeWithSideFiles(file: string): void {
  for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(`${file}${suffix}`, { force: true })
}

/**
 * Takes a verified backup. The copy becomes a backup only when it is whole and sound; on any
 * failure (a full disk included: the error's cause says so) nothing of it is left behind.
 * `copy` writes the copy; the online backup API unless a test puts a failing disk under it.
 */
export async function backupDatabase(
  db: Database,
  dir: string = defaultBackupDir(db.path),
  now: Date = new Date(),
  copy: CopyDatabase = onlineBackup,
): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true })
  const target = path.join(dir, `${backupBase(db.path)}-${stampOf(now)}.backup.db`)
  const partial = `${target}${PARTIAL}`
  removeWithSideFiles(partial)
  try {
    await copy(db.sqlite, partial)
    sealCopy(partial)
    fs.renameSync(partial, target)
    syncDirectory(dir)
  } catch (error) {
    removeWithSideFiles(partial)
    throw new Error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    })
  } finally {
    cleanBackupLitter(dir, backupBase(db.path))
  }
  return {
    file: target,
    takenAt: parseStamp(stampOf(now)),
    size: fs.statSync(target).size,
    holds: bytesHeld(target),
  }
}

/**
 * Turns the fresh copy into one self-contained file and checks it: leaving WAL mode folds the
 * copy's write-ahead log into it and deletes `-wal`/`-shm` (a copy of a WAL register is in WAL
 * mode too, and any later reader would leave those two files beside it). Then its bytes are
 * flushed, so the rename that follows publishes a copy that is on the disk.
 */
function sealCopy(file: string): void {
  const copy = new BetterSqlite3(file, { fileMustExist: true })
  try {
    copy.pragma('journal_mode = DELETE')
    const report = checkIntegrity(copy)
    if (!report.ok)
      throw new Error(`the copy failed its integrity check: ${report.problems.join('; ')}`)
  } finally {
    copy.close()
  }
  const fd = fs.openSync(file, 'r+')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** Makes a rename in `dir` durable; a no-op where directories cannot be opened (Windows). */
function syncDirectory(dir: string): void {
  let fd: number
  try {
    fd = fs.openSync(dir, 'r')
  } catch {
    return
  }
  try {
    fs.fsyncSync(fd)
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself has happened.
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Removes what backups of this register leave when they are cut short (a kill, a crash, a full
 * disk): half-written copies under their temporary name, and SQLite's side files beside a copy or
 * a backup. Backups themselves, other registers' files and the files saved before a restore stay.
 * Returns what it removed.
 */
export function cleanBackupLitter(dir: string, base: string): string[] {
  if (!fs.existsSync(dir)) return []
  const litter = fs.readdirSync(dir).filter((name) => {
    const match = LITTER.exec(name)
    return match?.[1] === base && (match[3] !== undefined || match[4] !== undefined)
  })
  for (const name of litter) fs.rmSync(path.join(dir, name), { force: true })
  return litter
}
/** base, stamp, `.partial`, side-file suffix: a backup's name with what litter adds to it. */
const LITTER = /^(.+)-(\d{8}T\d{6}Z)\.backup\.db(\.partial)?(-wal|-shm|-journal)?$/

/**
 * Bytes in the pages a database file uses (page size × (pages − free pages)), read from its
 * header: how much register a backup holds, without opening it. 0 for a file too short to have one.
 */
export function bytesHeld(file: string): number {
  const header = Buffer.alloc(100)
  const fd = fs.openSync(file, 'r')
  let read: number
  try {
    read = fs.readSync(fd, header, 0, header.length, 0)
  } finally {
    fs.closeSync(fd)
  }
  if (read < header.length) return 0
  const pageSize = header.readUInt16BE(16) === 1 ? 65_536 : header.readUInt16BE(16)
  const pages = header.readUInt32BE(28)
  const free = header.readUInt32BE(36)
  return pageSize * Math.max(0, pages - free)
}

/** The same measure for the open register. */
export function bytesHeldBy(sqlite: BetterSqlite3.Database): number {
  const pragma = (name: string) => sqlite.pragma(name, { simple: true }) as number
  return pragma('page_size') * Math.max(0, pragma('page_count') - pragma('freelist_count'))
}

/** The name part that ties backups to their register: `register` for `register.db`. */
export const backupBase = (dbPath: string) => path.basename(dbPath).replace(/\.db$/, '')

/** The backups of one register; registers sharing a folder never see each other's. */
export function listBackups(dir: string, base: string): BackupFile[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const match = NAME.exec(name)
      if (!match?.[2] || match[1] !== base) return []
      const file = path.join(dir, name)
      const size = fs.statSync(file).size
      return [{ file, takenAt: parseStamp(match[2]), size, holds: bytesHeld(file) }]
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
}

const dayKey = (date: Date) => date.toISOString().slice(0, 10)
function weekKey(date: Date): string {
  // ISO week: the Thursday of the week decides its year.
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7))
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${thursday.getUTCFullYear()}-W${week}`
}

/**
 * The backups to keep: the newest of each of the last `daily` days and of the last `weekly` weeks,
 * and the newest that holds more than the register does now (`currentHolds` bytes). So backups of
 * a register that was emptied or cut short never push out its last fuller copy.
 */
export function backupsToKeep(
  backups: BackupFile[],
  policy: RotationPolicy,
  currentHolds = 0,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
  const keep = new Set<string>()
  const pick = (key: (date: Date) => string, count: number) => {
    const seen = new Set<string>()
    for (const backup of newestFirst) {
      const k = key(backup.takenAt)
      if (seen.has(k)) continue
      if (seen.size >= count) break
      seen.add(k)
      keep.add(backup.file)
    }
  }
  pick(dayKey, policy.daily)
  pick(weekKey, policy.weekly)
  const fuller = newestFirst.find((backup) => (backup.holds ?? 0) > currentHolds)
  if (fuller) keep.add(fuller.file)
  return keep
}

/**
 * Deletes the backups the policy does not keep (with any side files) and the litter of cut-short
 * backups; returns the backups deleted. `currentHolds`: what the register holds now (`bytesHeldBy`).
 */
export function rotateBackups(
  dir: string,
  base: string,
  policy: RotationPolicy = DEFAULT_ROTATION,
  currentHolds = 0,
): string[] {
  const backups = listBackups(dir, base)
  const keep = backupsToKeep(backups, policy, currentHolds)
  const removed = backups.filter((b) => !keep.has(b.file)).map((b) => b.file)
  for (const file of removed) removeWithSideFiles(file)
  cleanBackupLitter(dir, base)
  return removed
}

/**
 * Puts a backup in place of the register file. The register must be closed; the current file is
 * backed up first (as a verified copy when it can be read, as raw bytes when it cannot).
 */
export function restoreBackupFile(
  dbPath: string,
  backupFile: string,
  now: Date = new Date(),
): string {
  const report = checkFileIntegrity(backupFile)
  if (!report.ok)
    throw new Error(
      `${path.basename(backupFile)} is not a sound backup: ${report.problems.join('; ')}`,
    )
  const dir = defaultBackupDir(dbPath)
  fs.mkdirSync(dir, { recursive: true })
  const saved = path.join(dir, `${backupBase(dbPath)}-before-restore-${stampOf(now)}.db`)
  if (fs.existsSync(dbPath)) saveCurrentFile(dbPath, saved)
  const staged = `${dbPath}.restoring`
  fs.copyFileSync(backupFile, staged)
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${dbPath}${suffix}`, { force: true })
  fs.renameSync(staged, dbPath)
  return saved
}

function saveCurrentFile(dbPath: string, target: string): void {
  try {
    const sqlite = new BetterSqlite3(dbPath, { fileMustExist: true })
    try {
      sqlite.prepare('VACUUM INTO ?').run(target)
    } finally {
      sqlite.close()
    }
  } catch {
    // A damaged file cannot be vacuumed: keep its raw bytes (and its WAL) for forensics instead.
    fs.copyFileSync(dbPath, target)
    if (fs.existsSync(`${dbPath}-wal`)) fs.copyFileSync(`${dbPath}-wal`, `${target}-wal`)
  }
}
