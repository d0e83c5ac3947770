import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Database } from '../../db'
import type { ServiceContext } from '../../main/services/context'
import {
  closeSession,
  openSession,
  sessionHandlers,
  type Session,
} from '../../main/services/session'
import type { Handlers } from '../../main/transport/dispatch'

export function tempDir(prefix = 'dpa-desk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

export interface TempRegister {
  dir: string
  file: string
  session: Session
  /** The open register and its service context (they change when a backup is restored). */
  readonly db: Database
  readonly ctx: ServiceContext
  handlers: Handlers
  close(): Promise<void>
}

/** A real register file in a fresh temp folder, with the real services on it. */
export async function openTempRegister(
  now = () => new Date('2026-11-24T12:00:00Z'),
): Promise<TempRegister> {
  const dir = tempDir()
  const file = path.join(dir, 'register.db')
  const session = await openSession(file, 'tester', { now })
  const ctx = () => {
    if (!session.ctx) throw new Error(`the temp register is not open: ${session.damage ?? ''}`)
    return session.ctx
  }
  return {
    dir,
    file,
    session,
    get db() {
      return ctx().db
    },
    get ctx() {
      return ctx()
    },
    handlers: sessionHandlers(session),
    close: async () => {
      await closeSession(session)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
