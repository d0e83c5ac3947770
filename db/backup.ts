/**
 * Backups through SQLite's online backup API. A backup counts only once it passes integrity_check;
 * rotation keeps the newest backup of each of the last N days and of each of the last M weeks.
 */
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { Database } from './open'

export interface BackupFile {
  file: string
  takenAt: Date
  size: number
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

/** Takes a verified backup; a copy that fails integrity_check is deleted and reported. */
export async function backupDatabase(
  db: Database,
  dir: string = defaultBackupDir(db.path),
  now: Date = new Date(),
): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true })
  const target = path.join(dir, `${backupBase(db.path)}-${stampOf(now)}.backup.db`)
  const partial = `${target}.partial`
  try {
    await db.sqlite.backup(partial)
    const report = checkFileIntegrity(partial)
    if (!report.ok)
      throw new Error(`the copy failed its integrity check: ${report.problems.join('; ')}`)
    fs.renameSync(partial, target)
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw new Error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    })
  }
  return { file: target, takenAt: parseStamp(stampOf(now)), size: fs.statSync(target).size }
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
      return [{ file, takenAt: parseStamp(match[2]), size: fs.statSync(file).size }]
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

/** The backups to keep: the newest of each of the last `daily` days and of the last `weekly` weeks. */
export function backupsToKeep(backups: BackupFile[], policy: RotationPolicy): Set<string> {
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
  return keep
}

/** Deletes the backups the policy does not keep; returns what was deleted. */
export function rotateBackups(
  dir: string,
  base: string,
  policy: RotationPolicy = DEFAULT_ROTATION,
): string[] {
  const backups = listBackups(dir, base)
  const keep = backupsToKeep(backups, policy)
  const removed = backups.filter((b) => !keep.has(b.file)).map((b) => b.file)
  for (const file of removed) fs.rmSync(file, { force: true })
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
