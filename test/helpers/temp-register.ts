import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase, type Database } from '../../db'
import { makeContext } from '../../main/services/context'
import { createHandlers } from '../../main/services/handlers'

export function tempDir(prefix = 'dpa-desk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

export interface TempRegister {
  dir: string
  file: string
  db: Database
  ctx: ReturnType<typeof makeContext>
  handlers: ReturnType<typeof createHandlers>
  close(): Promise<void>
}

/** A real register file in a fresh temp folder, with the real services on it. */
export async function openTempRegister(
  now = () => new Date('2026-11-24T12:00:00Z'),
): Promise<TempRegister> {
  const dir = tempDir()
  const file = path.join(dir, 'register.db')
  const db = await openDatabase(file)
  const ctx = makeContext(db, 'tester', now)
  return {
    dir,
    file,
    db,
    ctx,
    handlers: createHandlers(ctx),
    close: async () => {
      await db.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
