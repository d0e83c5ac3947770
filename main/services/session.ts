/**
 * The open register behind both transports, for the life of the app. It survives a restore (the
 * database under it is swapped) and a damaged file: then it runs in recovery mode, where only the
 * recovery and backup operations answer, so the UI can offer to restore instead of crashing.
 */
import fs from 'node:fs'
import path from 'node:path'
import {
  backupBase,
  backupDatabase,
  bytesHeldBy,
  checkIntegrity,
  cleanBackupLitter,
  DatabaseDamagedError,
  defaultBackupDir,
  listBackups,
  openDatabase,
  quickCheckInBackground,
  restoreBackupFile,
  rotateBackups,
  type BackupFile,
} from '../../db'
import { channels, type BackupInfo, type Channel, type Output } from '../../preload/contract'
import type { Handlers } from '../transport/dispatch'
import { complianceSummary } from './compliance'
import { makeContext, type ServiceContext } from './context'
import { ServiceError } from './errors'
import { createHandlers, type HostServices } from './handlers'
import { getSettings } from './settings'

export interface Session {
  readonly dbPath: string
  readonly backupDir: string
  readonly osUser: string
  readonly now: () => Date
  ctx: ServiceContext | null
  damage: string | null
  /** Settles once the file has passed (or failed) its `quick_check`; all work waits for it. */
  checked: Promise<void>
}

export interface SessionOptions {
  now?: () => Date
  /** Check the file in a worker while start-up goes on, instead of before opening (the app). */
  backgroundCheck?: boolean
}

export async function openSession(
  dbPath: string,
  osUser: string,
  options: SessionOptions = {},
): Promise<Session> {
  const now = options.now ?? (() => new Date())
  const session: Session = {
    dbPath,
    backupDir: defaultBackupDir(dbPath),
    osUser,
    now,
    ctx: null,
    damage: null,
    checked: Promise.resolve(),
  }
  const existed = fs.existsSync(dbPath)
  const base = backupBase(dbPath)
  cleanBackupLitter(session.backupDir, base)
  try {
    const db = await openDatabase(dbPath, {
      deferQuickCheck: options.backgroundCheck === true,
      // Backups of it mean a register was here: a file with no register in it is then damaged.
      mustHoldRegister: listBackups(session.backupDir, base).length > 0,
    })
    session.ctx = makeContext(db, osUser, now)
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) throw error
    session.damage = error.message
  }
  if (options.backgroundCheck && existed && session.ctx)
    session.checked = checkInBackground(session)
  return session
}

async function checkInBackground(session: Session): Promise<void> {
  const problems = await quickCheckInBackground(session.dbPath)
  if (problems.length === 0) return
  await closeSession(session)
  session.damage = new DatabaseDamagedError(session.dbPath, problems).message
}

export async function closeSession(session: Session): Promise<void> {
  await session.ctx?.db.close()
  session.ctx = null
}

const info = (backup: BackupFile): BackupInfo => ({
  file_name: path.basename(backup.file),
  taken_at: backup.takenAt.toISOString(),
  size: backup.size,
})

/** A verified backup, then rotation by the policy in settings. */
export async function backupSession(session: Session): Promise<BackupInfo> {
  const ctx = sessionContext(session)
  const backup = await backupDatabase(ctx.db, session.backupDir, session.now())
  const { backups } = await getSettings(ctx)
  rotateBackups(session.backupDir, backupBase(session.dbPath), backups, bytesHeldBy(ctx.db.sqlite))
  return info(backup)
}

/** Restores a backup from the register's own backup folder (never an arbitrary path). */
export async function restoreSession(
  session: Session,
  fileName: string,
): Promise<Output<'backups:restore'>> {
  const backup = listBackups(session.backupDir, backupBase(session.dbPath)).find(
    (b) => path.basename(b.file) === fileName,
  )
  if (!backup) {
    throw new ServiceError('not_found', `There is no backup called ${fileName}`, 'file_name')
  }
  await closeSession(session)
  let saved: string
  try {
    saved = restoreBackupFile(session.dbPath, backup.file, session.now())
  } finally {
    await reopen(session)
  }
  const integrity = session.ctx ? checkIntegrity(session.ctx.db.sqlite) : { ok: false }
  return {
    restored: fileName,
    saved_current_as: path.basename(saved),
    integrity_ok: integrity.ok,
  }
}

async function reopen(session: Session): Promise<void> {
  try {
    session.ctx = makeContext(await openDatabase(session.dbPath), session.osUser, session.now)
    session.damage = null
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) throw error
    session.damage = error.message
  }
}

/** The service context of a sound register; in recovery mode, a refusal that says why. */
export function sessionContext(session: Session): ServiceContext {
  if (!session.ctx) {
    throw new ServiceError('conflict', session.damage ?? 'The register is not open.')
  }
  return session.ctx
}

const RECOVERY_CHANNELS = new Set<Channel>(['recovery:status', 'backups:list', 'backups:restore'])

/**
 * The handler table over a session: the register's handlers while it is sound, the recovery
 * operations always, and a clear refusal of everything else while it is damaged.
 */
export function sessionHandlers(session: Session, host: HostServices = {}): Handlers {
  const recovery = sessionOperations(session)
  let built: { ctx: ServiceContext; handlers: Handlers } | null = null
  const current = (): Handlers => {
    const ctx = sessionContext(session)
    if (built?.ctx !== ctx) built = { ctx, handlers: createHandlers(ctx, recovery, host) }
    return built.handlers
  }
  const table: Record<string, (input: never) => Promise<unknown>> = {}
  for (const channel of Object.keys(channels) as Channel[]) {
    const run: (input: never) => Promise<unknown> = RECOVERY_CHANNELS.has(channel)
      ? recovery[channel as keyof SessionOperations]
      : (input) => (current()[channel] as (input: unknown) => Promise<unknown>)(input)
    table[channel] = async (input) => {
      await session.checked
      return run(input)
    }
  }
  return table as unknown as Handlers
}

export type SessionOperations = Pick<
  Handlers,
  'recovery:status' | 'backups:list' | 'backups:create' | 'backups:restore'
>

function sessionOperations(session: Session): SessionOperations {
  return {
    'recovery:status': async () => ({
      damaged: session.ctx === null,
      message: session.damage,
      db_path: session.dbPath,
    }),
    'backups:list': async () => ({
      dir: session.backupDir,
      backups: listBackups(session.backupDir, backupBase(session.dbPath)).map(info),
    }),
    'backups:create': () => backupSession(session),
    'backups:restore': ({ file_name }) => restoreSession(session, file_name),
  }
}

/**
 * A backup now (on start) and then every `backups.interval_hours` while the app runs. Failures are
 * logged and retried at the next turn; they never stop the app.
 */
export function scheduleBackups(
  session: Session,
  log: (message: string) => void,
): { stop: () => void } {
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const turn = async () => {
    let hours = 4
    try {
      if (session.ctx) {
        hours = (await getSettings(session.ctx)).backups.interval_hours
        const backup = await backupSession(session)
        log(`Backup saved: ${backup.file_name}`)
      }
    } catch (error) {
      log(error instanceof Error ? error.message : String(error))
    }
    if (!stopped) timer = setTimeout(() => void turn(), hours * 3_600_000).unref()
  }
  void turn()
  return {
    stop: () => {
      stopped = true
      clearTimeout(timer)
    },
  }
}

/**
 * Works out today's warnings and the dashboard's summary of them right after start, so the
 * dashboard opens fast.
 */
export function warmUp(session: Session, log: (message: string) => void): void {
  if (!session.ctx) return
  complianceSummary(session.ctx, { today: null }).catch((error: unknown) =>
    log(
      `Could not evaluate the register: ${error instanceof Error ? error.message : String(error)}`,
    ),
  )
}
